import Testing

@testable import SeenKit

/// The PDF writer on its own: file structure, cross-reference offsets, string escaping,
/// numbers and dates, held to the standard of a library.
@Suite struct PDFWriterTests {
  private func sample(pages: Int = 3, date: String? = nil, title: String = "A title")
    -> [UInt8]
  {
    let streams = (1...pages).map { page in
      PDFContentStream.operators(
        for: [
          .text(
            PDFRun(font: .helvetica, bytes: Array("Page \(page) (of \(pages)) \\ done".utf8)),
            x: 40, baseline: 60, size: 10),
          .line(x1: 40, y1: 70, x2: 200, y2: 70, width: 0.5),
          .rectangle(x: 40, y: 80, width: 8, height: 8, lineWidth: 0.8),
          .fill(x: 40, y: 100, width: 20, height: 5, gray: 0.5),
        ], pageHeight: 841.89)
    }
    return PDFWriter().write(
      pages: streams,
      info: PDFDocumentInfo(
        title: title, producer: "seen test", creationDate: date, language: "en-GB"))
  }

  @Test func everyCrossReferenceOffsetPointsAtItsObject() throws {
    for bytes in [sample(pages: 1), sample(pages: 5), sample(date: "D:20240101000000Z")] {
      let pdf = ParsedPDF(bytes)
      let (size, offsets) = try pdf.crossReference()
      #expect(offsets.count == size - 1, "every object but 0 is in use")
      for (number, offset) in offsets {
        let prefix = String(decoding: bytes[offset..<min(bytes.count, offset + 20)], as: UTF8.self)
        #expect(prefix.hasPrefix("\(number) 0 obj\n"), "object \(number) at \(offset): \(prefix)")
      }
      #expect(pdf.text.contains("trailer\n<< /Size \(size) /Root 1 0 R /Info 5 0 R >>"))
      #expect(pdf.text.hasPrefix("%PDF-1.4\n"))
      #expect(pdf.text.hasSuffix("%%EOF\n"))
    }
  }

  @Test func streamLengthsAreExact() throws {
    let pdf = ParsedPDF(sample())
    var checked = 0
    var search = pdf.text[...]
    while let range = search.range(of: "<< /Length ") {
      let rest = search[range.upperBound...]
      guard let end = rest.firstIndex(of: " "), let length = Int(rest[..<end]) else {
        Issue.record("bad /Length")
        return
      }
      let streamStart = rest.range(of: ">>\nstream\n")!.upperBound
      let body = Array(rest[streamStart...].utf8)
      #expect(String(decoding: body[length..<length + 10], as: UTF8.self) == "endstream\n")
      checked += 1
      search = rest[streamStart...]
    }
    #expect(checked == 3)
  }

  @Test func pagesAreCountedAndListed() {
    let pdf = ParsedPDF(sample(pages: 4))
    #expect(pdf.pageCount == 4)
    #expect(pdf.text.contains("/Kids [6 0 R 8 0 R 10 0 R 12 0 R] /Count 4"))
    #expect(pdf.text.contains("/MediaBox [0 0 595.28 841.89]"))
    #expect(pdf.text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
    #expect(pdf.text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"))
  }

  @Test func outputIsASCIIAndDeterministic() {
    let first = sample(title: "Fiche de réflexion – cas 12")
    #expect(first == sample(title: "Fiche de réflexion – cas 12"))
    #expect(first.allSatisfy { $0 < 0x80 }, "the file is plain ASCII")
  }

  @Test func datesOnlyWhenGiven() {
    #expect(!ParsedPDF(sample()).text.contains("/CreationDate"))
    let dated = ParsedPDF(sample(date: "D:20240101000000Z")).text
    #expect(dated.contains("/CreationDate (D:20240101000000Z)"))
    #expect(dated.contains("/ModDate (D:20240101000000Z)"))
  }

  @Test func informationDictionary() {
    let text = ParsedPDF(sample(title: "Sheet (case 7)")).text
    #expect(text.contains("/Title (Sheet \\(case 7\\)) /Producer (seen test)"))
    #expect(text.contains("/Lang (en-GB)"))
    #expect(text.contains("/DisplayDocTitle true"))
  }

  @Test func literalStringsEscapeDelimitersAndNonASCII() {
    #expect(PDFSyntax.literal(Array("a(b)c\\d".utf8)) == "(a\\(b\\)c\\\\d)")
    #expect(PDFSyntax.literal([0xE9, 0x0A, 0x0D, 0x00, 0x92]) == "(\\351\\012\\015\\000\\222)")
    #expect(PDFSyntax.literal(Array(")".utf8)) == "(\\))")
    #expect(PDFSyntax.literal([]) == "()")
  }

  @Test func textStringsUseUTF16ForNonASCII() {
    #expect(PDFSyntax.textString("Case 7") == "(Case 7)")
    #expect(PDFSyntax.textString("é") == "<FEFF00E9>")
    #expect(PDFSyntax.textString("😀") == "<FEFFD83DDE00>")
  }

  @Test func numbersHaveAtMostTwoDecimalsAndNoExponent() {
    #expect(PDFSyntax.number(72) == "72")
    #expect(PDFSyntax.number(0.5) == "0.5")
    #expect(PDFSyntax.number(-0.25) == "-0.25")
    #expect(PDFSyntax.number(841.89) == "841.89")
    #expect(PDFSyntax.number(12.305) == "12.31")
    #expect(PDFSyntax.number(0.00001) == "0")
    #expect(PDFSyntax.number(3.07) == "3.07")
    #expect(PDFSyntax.number(1e7) == "10000000")
  }

  @Test func datesFromSecondsSince1970() {
    #expect(PDFSyntax.date(secondsSince1970: 0) == "D:19700101000000Z")
    #expect(PDFSyntax.date(secondsSince1970: 1_700_000_000) == "D:20231114221320Z")
    #expect(PDFSyntax.date(secondsSince1970: 951_782_400) == "D:20000229000000Z")
    #expect(PDFSyntax.date(secondsSince1970: 1_709_251_199) == "D:20240229235959Z")
    #expect(PDFSyntax.date(secondsSince1970: 4_102_444_800) == "D:21000101000000Z")
  }

  @Test func contentStreamTurnsCoordinatesUpsideDown() {
    let operators = PDFContentStream.operators(
      for: [
        .text(
          PDFRun(font: .helveticaBold, bytes: Array("Hi".utf8)), x: 40, baseline: 100, size: 12),
        .rectangle(x: 10, y: 20, width: 30, height: 40, lineWidth: 1),
      ], pageHeight: 800)
    #expect(operators == "BT /F2 12 Tf 40 700 Td (Hi) Tj ET\n1 w 10 740 30 40 re S\n")
  }
}
