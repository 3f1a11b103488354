/// Places blocks down a page and onto new pages when they no longer fit. A group of blocks is
/// kept together on one page when it can be (a question with the lines to answer it), and split
/// between its blocks only when it is taller than a whole page.
struct PDFPageFlow {
  var pageHeight: Double
  var top: Double
  var bottom: Double
  /// The pages so far, each a list of marks in page coordinates.
  private(set) var pages: [[PDFMark]] = [[]]
  /// How far down the current page the next block goes.
  private(set) var cursor: Double
  /// Drawn at the top of every new page while set, such as the column headings of a table that
  /// continues from the page before.
  var continuation: PDFBlock?

  init(pageHeight: Double, top: Double, bottom: Double) {
    self.pageHeight = pageHeight
    self.top = top
    self.bottom = bottom
    self.cursor = top
  }

  /// The room left on the current page.
  var remaining: Double { pageHeight - bottom - cursor }

  /// The room on a fresh page, after any continuation.
  var pageCapacity: Double { pageHeight - bottom - top - (continuation?.height ?? 0) }

  var isAtTopOfPage: Bool { cursor <= top + (continuation?.height ?? 0) }

  mutating func newPage() {
    pages.append([])
    cursor = top
    if let continuation { draw(continuation) }
  }

  /// Adds space below the last block; at the top of a page it is not needed and is dropped.
  mutating func skip(_ space: Double) {
    if isAtTopOfPage { return }
    cursor = min(cursor + space, pageHeight - bottom)
  }

  /// Places the blocks on one page if they fit on one, otherwise one after another.
  mutating func place(together blocks: [PDFBlock]) {
    let total = blocks.reduce(0) { $0 + $1.height }
    if total > remaining && !isAtTopOfPage && total <= pageCapacity {
      newPage()
    }
    for block in blocks { place(block) }
  }

  /// Places a block on the current page, or on a new one when it does not fit. A block taller
  /// than a whole page (a very long note) is cut between its marks and continued on the next
  /// pages, so that no text is drawn past the bottom margin.
  mutating func place(_ block: PDFBlock) {
    if block.height > remaining && !isAtTopOfPage { newPage() }
    var rest = block
    while rest.height > remaining && !rest.marks.isEmpty {
      let (head, tail) = rest.split(at: remaining)
      if head.marks.isEmpty && isAtTopOfPage {
        // Nothing fits even on an empty page (one mark taller than a page): draw it anyway.
        break
      }
      draw(head)
      newPage()
      rest = tail
    }
    draw(rest)
  }

  private mutating func draw(_ block: PDFBlock) {
    pages[pages.count - 1] += block.marks.map { $0.moved(down: cursor) }
    cursor += block.height
  }
}
