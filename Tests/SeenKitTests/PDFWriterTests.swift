import XCTest

@testable import SeenKit

/// The PDF writer on its own: file structure, cross-reference offsets, string escaping,
/// numbers and dates, held to the standard of a library.
final class PDFWriterTests: XCTestCase {
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

  func testEveryCrossReferenceOffsetPointsAtItsObject() throws {
    for bytes in [sample(pages: 1), sample(pages: 5), sample(date: "D:20240101000000Z")] {
      let pdf = ParsedPDF(bytes)
      let (size, offsets) = try pdf.crossReference()
      XCTAssertEqual(offsets.count, size - 1, "every object but 0 is in use")
      for (number, offset) in offsets {
        let prefix = String(decoding: bytes[offset..<min(bytes.count, offset + 20)], as: UTF8.self)
        XCTAssertTrue(
          prefix.hasPrefix("\(number) 0 obj\n"), "object \(number) at \(offset): \(prefix)")
      }
      XCTAssertTrue(pdf.text.contains("trailer\n<< /Size \(size) /Root 1 0 R /Info 5 0 R >>"))
      XCTAssertTrue(pdf.text.hasPrefix("%PDF-1.4\n"))
      XCTAssertTrue(pdf.text.hasSuffix("%%EOF\n"))
    }
  }

  func testStreamLengthsAreExact() throws {
    let pdf = ParsedPDF(sample())
    var checked = 0
    var search = pdf.text[...]
    while let range = search.range(of: "<< /Length ") {
      let rest = search[range.upperBound...]
      guard let end = rest.firstIndex(of: " "), let length = Int(rest[..<end]) else {
        return XCTFail("bad /Length")
      }
      let streamStart = rest.range(of: ">>\nstream\n")!.upperBound
      let body = Array(rest[streamStart...].utf8)
      XCTAssertEqual(String(decoding: body[length..<length + 10], as: UTF8.self), "endstream\n")
      checked += 1
      search = rest[streamStart...]
    }
    XCTAssertEqual(checked, 3)
  }

  func testPagesAreCountedAndListed() {
    let pdf = ParsedPDF(sample(pages: 4))
    XCTAssertEqual(pdf.pageCount, 4)
    XCTAssertTrue(pdf.text.contains("/Kids [6 0 R 8 0 R 10 0 R 12 0 R] /Count 4"))
    XCTAssertTrue(pdf.text.contains("/MediaBox [0 0 595.28 841.89]"))
    XCTAssertTrue(
      pdf.text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
    XCTAssertTrue(pdf.text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"))
  }

  func testOutputIsASCIIAndDeterministic() {
    let first = sample(title: "Fiche de réflexion – cas 12")
    XCTAssertEqual(first, sample(title: "Fiche de réflexion – cas 12"))
    XCTAssertTrue(first.allSatisfy { $0 < 0x80 }, "the file is plain ASCII")
  }

  func testDatesOnlyWhenGiven() {
    XCTAssertFalse(ParsedPDF(sample()).text.contains("/CreationDate"))
    let dated = ParsedPDF(sample(date: "D:20240101000000Z")).text
    XCTAssertTrue(dated.contains("/CreationDate (D:20240101000000Z)"))
    XCTAssertTrue(dated.contains("/ModDate (D:20240101000000Z)"))
  }

  func testInformationDictionary() {
    let text = ParsedPDF(sample(title: "Sheet (case 7)")).text
    XCTAssertTrue(text.contains("/Title (Sheet \\(case 7\\)) /Producer (seen test)"))
    XCTAssertTrue(text.contains("/Lang (en-GB)"))
    XCTAssertTrue(text.contains("/DisplayDocTitle true"))
  }

  func testLiteralStringsEscapeDelimitersAndNonASCII() {
    XCTAssertEqual(PDFSyntax.literal(Array("a(b)c\\d".utf8)), "(a\\(b\\)c\\\\d)")
    XCTAssertEqual(
      PDFSyntax.literal([0xE9, 0x0A, 0x0D, 0x00, 0x92]), "(\\351\\012\\015\\000\\222)")
    XCTAssertEqual(PDFSyntax.literal(Array(")".utf8)), "(\\))")
    XCTAssertEqual(PDFSyntax.literal([]), "()")
  }

  func testTextStringsUseUTF16ForNonASCII() {
    XCTAssertEqual(PDFSyntax.textString("Case 7"), "(Case 7)")
    XCTAssertEqual(PDFSyntax.textString("é"), "<FEFF00E9>")
    XCTAssertEqual(PDFSyntax.textString("😀"), "<FEFFD83DDE00>")
  }

  func testNumbersHaveAtMostTwoDecimalsAndNoExponent() {
    XCTAssertEqual(PDFSyntax.number(72), "72")
    XCTAssertEqual(PDFSyntax.number(0.5), "0.5")
    XCTAssertEqual(PDFSyntax.number(-0.25), "-0.25")
    XCTAssertEqual(PDFSyntax.number(841.89), "841.89")
    XCTAssertEqual(PDFSyntax.number(12.305), "12.31")
    XCTAssertEqual(PDFSyntax.number(0.00001), "0")
    XCTAssertEqual(PDFSyntax.number(3.07), "3.07")
    XCTAssertEqual(PDFSyntax.number(1e7), "10000000")
  }

  func testDatesFromSecondsSince1970() {
    XCTAssertEqual(PDFSyntax.date(secondsSince1970: 0), "D:19700101000000Z")
    XCTAssertEqual(PDFSyntax.date(secondsSince1970: 1_700_000_000), "D:20231114221320Z")
    XCTAssertEqual(PDFSyntax.date(secondsSince1970: 951_782_400), "D:20000229000000Z")
    XCTAssertEqual(PDFSyntax.date(secondsSince1970: 1_709_251_199), "D:20240229235959Z")
    XCTAssertEqual(PDFSyntax.date(secondsSince1970: 4_102_444_800), "D:21000101000000Z")
  }

  func testContentStreamTurnsCoordinatesUpsideDown() {
    let operators = PDFContentStream.operators(
      for: [
        .text(
          PDFRun(font: .helveticaBold, bytes: Array("Hi".utf8)), x: 40, baseline: 100, size: 12),
        .rectangle(x: 10, y: 20, width: 30, height: 40, lineWidth: 1),
      ], pageHeight: 800)
    XCTAssertEqual(
      operators, "BT /F2 12 Tf 40 700 Td (Hi) Tj ET\n1 w 10 740 30 40 re S\n")
  }
}
