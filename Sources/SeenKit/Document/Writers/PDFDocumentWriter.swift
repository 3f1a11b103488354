/// Writes a document as a PDF on A4 pages with seen's own PDF machinery (`PDFPageFlow`,
/// `PDFLineBreaker`, `PDFWriter`): Helvetica and Helvetica-Bold, headings kept with what follows
/// them, list entries and table rows kept whole on a page, a table's column headings repeated
/// on every page it continues to, and the title and "Page 2 of 3" at the foot of each page.
///
/// Text the standard fonts cannot show becomes a visible placeholder; `Output.replaced` lists it
/// so that the caller can warn once.
struct PDFDocumentWriter: DocumentWriter {
  static let medium = Medium.pdf

  struct Output: Equatable {
    var bytes: [UInt8]
    /// Every character replaced by the placeholder, in order.
    var replaced: [Character]
  }

  /// /Producer: the program that wrote the file.
  var producer: String
  /// Already in PDF date syntax, or nil to leave the dates out (the same document gives the
  /// same bytes unless the caller asks for a date).
  var creationDate: String?

  func write(_ safe: SafeDocument) -> Output {
    let document = safe.document
    var layout = PDFLayout()
    for block in document.blocks {
      layout.place(block)
    }
    layout.placeFooter(document.footer)
    let title = layout.encodeQuietly(document.title)
    let pages = layout.flow.pages.enumerated().map { index, marks in
      PDFContentStream.operators(
        for: marks + layout.furniture(page: index + 1, of: layout.flow.pages.count, title: title),
        pageHeight: layout.writer.pageHeight)
    }
    let bytes = layout.writer.write(
      pages: pages,
      info: PDFDocumentInfo(
        title: document.title, producer: producer, creationDate: creationDate,
        language: "en-GB"))
    return Output(bytes: bytes, replaced: layout.replaced)
  }
}
