/// Writes a PDF 1.4 file: a catalog, a page tree, the two standard fonts, the document
/// information and one content stream per page, then a cross-reference table whose offsets are
/// counted as the file is written. Streams are not compressed: the file stays ASCII, readable in
/// a text editor, and deterministic.
struct PDFWriter {
  /// A4 in points.
  var pageWidth = 595.28
  var pageHeight = 841.89

  /// The objects' numbers in the order they are written.
  private enum Fixed {
    static let catalog = 1
    static let pages = 2
    static let fonts = 3  // 3 and 4, in StandardFont.allCases order
    static let info = 5
    static let firstPage = 6  // each page, then its content stream
  }

  /// - Parameter pages: one content stream (operators) per page.
  func write(pages: [String], info: PDFDocumentInfo) -> [UInt8] {
    var output = Output()
    output.emit("%PDF-1.4\n")
    output.object(Fixed.catalog, Self.catalog(info))

    let pageNumbers = pages.indices.map { Fixed.firstPage + 2 * $0 }
    output.object(
      Fixed.pages,
      "<< /Type /Pages /Kids [" + pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        + "] /Count \(pages.count) >>")

    var fontResources: [String] = []
    for (index, font) in StandardFont.allCases.enumerated() {
      output.object(
        Fixed.fonts + index,
        "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding >>"
      )
      fontResources.append("/\(font.resourceName) \(Fixed.fonts + index) 0 R")
    }

    output.object(Fixed.info, Self.information(info))

    let mediaBox = "[0 0 \(PDFSyntax.number(pageWidth)) \(PDFSyntax.number(pageHeight))]"
    for (index, stream) in pages.enumerated() {
      let number = pageNumbers[index]
      output.object(
        number,
        "<< /Type /Page /Parent \(Fixed.pages) 0 R /MediaBox \(mediaBox) /Resources << /Font << "
          + fontResources.joined(separator: " ") + " >> >> /Contents \(number + 1) 0 R >>")
      output.stream(number + 1, Array(stream.utf8))
    }
    output.finish(count: Fixed.firstPage + 2 * pages.count)
    return output.bytes
  }

  private static func catalog(_ info: PDFDocumentInfo) -> String {
    var catalog = "<< /Type /Catalog /Pages \(Fixed.pages) 0 R"
    catalog += " /ViewerPreferences << /DisplayDocTitle true >>"
    if let language = info.language { catalog += " /Lang " + PDFSyntax.textString(language) }
    return catalog + " >>"
  }

  /// The document information dictionary: title, producer and dates.
  private static func information(_ info: PDFDocumentInfo) -> String {
    var infoBody = "<< /Title " + PDFSyntax.textString(info.title)
    infoBody += " /Producer " + PDFSyntax.textString(info.producer)
    if let date = info.creationDate {
      infoBody += " /CreationDate " + PDFSyntax.literal(Array(date.utf8))
      infoBody += " /ModDate " + PDFSyntax.literal(Array(date.utf8))
    }
    return infoBody + " >>"
  }

  /// The file's bytes so far, and where each object starts in them.
  private struct Output {
    var bytes: [UInt8] = []
    var offsets: [Int: Int] = [:]

    mutating func emit(_ text: String) { bytes += Array(text.utf8) }

    mutating func object(_ number: Int, _ body: String) {
      offsets[number] = bytes.count
      emit("\(number) 0 obj\n\(body)\nendobj\n")
    }

    mutating func stream(_ number: Int, _ content: [UInt8]) {
      offsets[number] = bytes.count
      emit("\(number) 0 obj\n<< /Length \(content.count) >>\nstream\n")
      bytes += content
      emit("endstream\nendobj\n")
    }

    /// The cross-reference table for objects 1 to `count` - 1, and the trailer.
    mutating func finish(count: Int) {
      // Every entry is exactly 20 bytes: a 10-digit offset, a 5-digit generation, a keyword and a
      // two-byte end of line (space and line feed).
      let startXref = bytes.count
      emit("xref\n0 \(count)\n0000000000 65535 f \n")
      for number in 1..<count {
        let offset = String(offsets[number] ?? 0)
        emit(String(repeating: "0", count: 10 - offset.count) + offset + " 00000 n \n")
      }
      emit(
        "trailer\n<< /Size \(count) /Root \(Fixed.catalog) 0 R /Info \(Fixed.info) 0 R >>\n"
          + "startxref\n\(startXref)\n%%EOF\n")
    }
  }
}
