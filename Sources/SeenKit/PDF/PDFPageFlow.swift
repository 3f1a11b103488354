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
  ///
  /// Each page takes the marks that end above its cut (in the block's own order), and the next
  /// page starts where the highest mark left over starts. The marks are sorted by where they end
  /// once, so that a block of many pages costs its marks once each, not once for every page.
  mutating func place(_ block: PDFBlock) {
    if block.height > remaining && !isAtTopOfPage { newPage() }
    guard block.height > remaining, !block.marks.isEmpty else { return draw(block) }
    let marks = block.marks
    let bottoms = marks.map(\.bottom)
    let order = marks.indices.sorted {
      bottoms[$0] < bottoms[$1] || (bottoms[$0] == bottoms[$1] && $0 < $1)
    }
    // lowestTop[k]: the highest point reached by any of the marks order[k...].
    var lowestTop = [Double](repeating: .infinity, count: marks.count + 1)
    for k in stride(from: marks.count - 1, through: 0, by: -1) {
      lowestTop[k] = min(lowestTop[k + 1], marks[order[k]].top)
    }
    var offset = 0.0  // where the part still to place starts, in the block's coordinates
    var height = block.height  // the height of that part
    var placed = 0  // order[..<placed] are on earlier pages
    while height > remaining && placed < marks.count {
      let cut = offset + remaining
      var end = placed
      while end < marks.count && bottoms[order[end]] - offset <= remaining { end += 1 }
      if end == placed && isAtTopOfPage {
        // Nothing fits even on an empty page (one mark taller than a page): draw it anyway.
        break
      }
      let shift = cursor - offset
      pages[pages.count - 1] += order[placed..<end].sorted().map { marks[$0].moved(down: shift) }
      cursor += remaining
      newPage()
      let start = min(cut, lowestTop[end]) - offset
      offset += start
      height = max(0, height - start)
      placed = end
    }
    let shift = cursor - offset
    pages[pages.count - 1] += order[placed...].sorted().map { marks[$0].moved(down: shift) }
    cursor += height
  }

  private mutating func draw(_ block: PDFBlock) {
    pages[pages.count - 1] += block.marks.map { $0.moved(down: cursor) }
    cursor += block.height
  }
}
