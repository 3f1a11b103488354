/// A filled sheet's space given back on paper: where the PDF's last page would hold only a
/// remnant (under a quarter of a page), the sheet is laid out again with one writing line fewer
/// under each reflective question, and that version is printed when it takes fewer pages
/// (`SheetRenderer`). The checklist's one line beside each item is never taken.
extension ReflectionSheet {
  /// The share of a page under which a last page counts as a remnant.
  static let remnant = 0.25

  /// The same document with one line fewer in every writing space of two lines or more (the
  /// room under a question); nil when it has none.
  static func fewerWritingLines(_ document: Document) -> Document? {
    var changed = false
    func tighten(_ blocks: [Block]) -> [Block] {
      blocks.map { block in
        switch block {
        case .writing(var space) where space.lines >= 2:
          space.lines -= 1
          changed = true
          return .writing(space)
        case .group(var group):
          group.blocks = tighten(group.blocks)
          return .group(group)
        default:
          return block
        }
      }
    }
    var tighter = document
    tighter.blocks = tighten(document.blocks)
    return changed ? tighter : nil
  }

  /// How full each page of the document is as a PDF, from 0 to 1 of the room between the
  /// margins (the footer's furniture aside), as `PDFDocumentWriter` lays it out.
  static func pageFills(_ document: Document) -> [Double] {
    let safe = SafeDocument(document, for: .pdf).document
    var layout = PDFLayout()
    for block in safe.blocks { layout.place(block) }
    layout.placeFooter(safe.footer)
    let flow = layout.flow
    let usable = flow.pageHeight - flow.top - flow.bottom
    return flow.pages.map { page in ((page.map(\.bottom).max() ?? flow.top) - flow.top) / usable }
  }

  /// The document to print as a PDF: the sheet's own, or its tighter version where the own
  /// leaves a remnant on its last page and the tighter takes fewer pages.
  var documentForPDF: Document {
    guard let tighter else { return document }
    let fills = Self.pageFills(document)
    guard fills.count > 1, let last = fills.last, last < Self.remnant,
      Self.pageFills(tighter).count < fills.count
    else { return document }
    return tighter
  }
}
