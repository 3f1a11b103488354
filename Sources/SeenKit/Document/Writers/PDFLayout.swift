/// Lays a safe document's blocks down A4 pages for `PDFDocumentWriter`: measures and wraps text
/// in the standard fonts and hands whole blocks to `PDFPageFlow`, which decides the pages.
struct PDFLayout {
  let writer = PDFWriter()
  let left = 40.0
  var width: Double { writer.pageWidth - 2 * left }
  var flow: PDFPageFlow
  /// Every character replaced by the placeholder, in order.
  var replaced: [Character] = []
  /// Blocks waiting to be placed with the next one: a heading is never left alone at the foot of
  /// a page.
  var pending: [PDFBlock] = []

  /// Sizes in points: 9.5pt text on 11.6pt lines reads well on A4 and fits a blank reflection
  /// sheet for two men on four pages, with a line beside each item to write on.
  enum Size {
    static let title = 15.0
    static let heading = 11.5
    static let subheading = 10.5
    static let body = 9.5
    static let leading = 11.6
    /// The rows of a table of tick boxes.
    static let form = 9.5
    static let formLeading = 11.2
    static let choice = 9.0
    static let small = 8.5
    static let footer = 7.5
    static let box = 7.5
    static let writingLine = 17.0
  }

  init() {
    flow = PDFPageFlow(pageHeight: writer.pageHeight, top: 34, bottom: 40)
  }

  mutating func place(_ block: Block) {
    switch block {
    case .pageBreak:
      placePending()
      if !flow.isAtTopOfPage { flow.newPage() }
    case .heading(let heading):
      flow.skip(heading.level == 1 ? 0 : heading.level == 2 ? 8 : 6)
      pending.append(self.heading(heading))
    case .note where !pending.isEmpty:
      // Small print under a heading (where its questions come from) belongs to the heading:
      // both wait for the block they introduce.
      pending.append(PDFBlock(height: 4, marks: []))
      pending += units(for: block)
    case .table(let table):
      skip(spaceBefore(block))
      place(table)
    case .chart(let chart):
      // A page of standard fonts draws no picture: the chart's figures as its table, with its
      // lead kept on a page with the table's start, as a heading is.
      skip(spaceBefore(block))
      if let lead = chart.lead {
        pending += lines(runs(lead), size: Size.body, leading: Size.leading, x: left, width: width)
        pending.append(PDFBlock(height: 6, marks: []))
      }
      place(chart.table)
    case .group(let group) where group.arrangement == .sideBySide:
      // A page has no room for two columns of writing: each block under the one before it,
      // each kept together as its own group.
      for block in group.blocks { place(block) }
    case .group:
      skip(4)
      place(units(for: block), together: true)
    default:
      skip(spaceBefore(block))
      place(units(for: block), together: false)
    }
  }

  /// Room above a block, unless a heading waiting for it has already left room above itself.
  private mutating func skip(_ space: Double) {
    if pending.isEmpty { flow.skip(space) }
  }

  private func spaceBefore(_ block: Block) -> Double {
    switch block {
    case .box, .table, .chart: return 8
    case .list, .quote, .answer, .writing: return 3
    default: return 4
    }
  }

  /// Places the units of a block: the first with any pending heading, the rest after, or all on
  /// one page when they must stay together.
  mutating func place(_ units: [PDFBlock], together: Bool) {
    if together {
      flow.place(together: pending + units)
    } else {
      flow.place(together: pending + units.prefix(1))
      for unit in units.dropFirst() { flow.place(unit) }
    }
    pending = []
  }

  mutating func placePending() {
    if !pending.isEmpty { flow.place(together: pending) }
    pending = []
  }

  /// The pieces a block is placed in: a paragraph line by line, a list entry by entry, a table
  /// row by row.
  mutating func units(for block: Block) -> [PDFBlock] {
    switch block {
    case .heading(let heading): return [self.heading(heading)]
    case .paragraph(let text):
      return lines(runs(text), size: Size.body, leading: Size.leading, x: left, width: width)
    case .note(let text):
      return lines(runs(text), size: Size.small, leading: 10.5, x: left, width: width)
    case .list(let list): return list.entries.flatMap { entry($0) }
    case .quote(let quote): return [self.quote(quote)]
    case .table(let table): return tableUnits(table).all
    case .chart(let chart): return chart.blocks.flatMap { units(for: $0) }
    case .answer(let answer): return [self.answer(answer)]
    case .fields(let fields): return fieldRows(fields)
    case .box(let box): return [self.box(box)]
    case .writing(let space): return [writing(space)]
    case .group(let group): return units(grouped: group.blocks[...])
    case .pageBreak: return []
    }
  }

  /// A group's blocks: a paragraph with unlabelled lines under it as one unit, as on a form.
  private mutating func units(grouped blocks: ArraySlice<Block>) -> [PDFBlock] {
    guard let first = blocks.first else { return [] }
    if case .paragraph(let text) = first, blocks.count > 1,
      case .writing(let space) = blocks[blocks.startIndex + 1], space.label == nil
    {
      return [paragraph(text, writing: space)] + units(grouped: blocks.dropFirst(2))
    }
    return units(for: first) + units(grouped: blocks.dropFirst())
  }

  private mutating func heading(_ heading: Heading) -> PDFBlock {
    let size = [Size.title, Size.heading][safe: heading.level - 1] ?? Size.subheading
    var block = text(
      [bold(heading.text)], size: size, leading: size + 2.5, x: left, width: width)
    if heading.level == 2 {
      block.marks.append(
        .line(x1: left, y1: block.height + 1, x2: left + width, y2: block.height + 1, width: 1))
      block.height += 5
    } else if heading.level == 1 {
      block.height += 4
    }
    return block
  }

  /// An entry and its fields, each a unit: the marker in the margin, the lead strong, fields
  /// under it with their labels strong.
  private mutating func entry(_ entry: ListEntry) -> [PDFBlock] {
    let indent = left + Double(entry.level) * 14
    let textX = indent + (entry.marker == .bullet ? 10 : 14)
    var runs = [PDFRun]()
    if let lead = entry.lead {
      runs += self.runs(lead, strong: true)
      if !entry.text.isEmpty { runs.append(bold(": ")) }
    }
    runs += self.runs(entry.text)
    var block: PDFBlock
    if entry.lead == nil, let command = CommandWrapping.command(in: entry.text) {
      block = commandBlock(
        label: nil, command, x: textX, width: left + width - textX, padTop: 1.5)
    } else {
      block = text(
        runs, size: Size.body, leading: Size.leading, x: textX, width: left + width - textX,
        padTop: 1.5)
    }
    let marker: PDFRun
    switch entry.marker {
    case .bullet: marker = PDFRun(font: .helvetica, bytes: [0x95])
    case .number(let number): marker = PDFRun(font: .helvetica, bytes: Array("\(number).".utf8))
    }
    // The marker first, so that text extraction reads it before the entry's words.
    block.marks.insert(.text(marker, x: indent, baseline: 1.5 + Size.body, size: Size.body), at: 0)
    var units = [block]
    for field in entry.fields {
      if let value = field.value, let command = CommandWrapping.command(in: value) {
        units.append(
          commandBlock(
            label: field.label, command, x: textX + 10, width: left + width - textX - 10,
            padTop: 1))
        continue
      }
      let runs = [bold(field.label + ": ")] + (field.value.map { self.runs($0) } ?? [])
      units.append(
        text(
          runs, size: Size.body, leading: Size.leading, x: textX + 10,
          width: left + width - textX - 10, padTop: 1))
    }
    return units
  }

  /// A command to type: after its label when it fits there, else under it on lines of its own,
  /// broken only between its arguments with a continuation, so that it is copied as typed.
  private mutating func commandBlock(
    label: String?, _ command: String, x: Double, width: Double, padTop: Double
  ) -> PDFBlock {
    let size = Size.body
    let measure = { (line: String) in
      StandardFont.helvetica.width(of: WinAnsiEncoding.encode(line).bytes, size: size)
    }
    let labelWidth = label.map {
      StandardFont.helveticaBold.width(of: WinAnsiEncoding.encode($0 + ": ").bytes, size: size)
    }
    if (labelWidth ?? 0) + measure(command) <= width {
      let whole = (label.map { [bold($0 + ": ")] } ?? []) + [regular(command)]
      return text(whole, size: size, leading: Size.leading, x: x, width: width, padTop: padTop)
    }
    var lines: [PDFBlock] = []
    var commandX = x
    if let label {
      lines.append(
        text(
          [bold(label + ":")], size: size, leading: Size.leading, x: x, width: width,
          padTop: padTop))
      commandX += 10
    }
    let room = x + width - commandX
    for (offset, line) in CommandWrapping.lines(command, width: room, measure: measure).enumerated()
    {
      // Each line measured to fit: set as it is, never broken again.
      lines.append(
        text(
          [regular(line)], size: size, leading: Size.leading, x: commandX, width: room + 1,
          padTop: offset == 0 && label == nil ? padTop : 0))
    }
    return Self.stacked(lines[...])
  }

  /// Words from a source, indented behind a rule, with the source after them.
  private mutating func quote(_ quote: Quote) -> PDFBlock {
    var runs = self.runs(quote.text)
    if let source = quote.source { runs.append(regular(" (\(source))")) }
    var block = text(
      runs, size: Size.body, leading: Size.leading, x: left + 14, width: width - 14, padTop: 1)
    block.marks.append(.line(x1: left + 4, y1: 2, x2: left + 4, y2: block.height, width: 1.5))
    return block
  }

  mutating func placeFooter(_ footer: [String]) {
    placePending()
    var blocks: [PDFBlock] = []
    if !footer.isEmpty {
      blocks.append(
        PDFBlock(height: 4.5, marks: [.line(x1: left, y1: 4, x2: left + width, y2: 4, width: 0.5)]))
      blocks += footer.map { line in
        text([regular(line)], size: Size.footer, leading: 9, x: left, width: width, padTop: 1.5)
      }
    }
    if !replaced.isEmpty {
      let placeholder = String(decoding: WinAnsiEncoding.placeholder, as: UTF8.self)
      blocks.append(
        text(
          [
            regular(
              "\(placeholder) marks text this PDF's standard font cannot show; the HTML keeps it.")
          ], size: Size.footer, leading: 9, x: left, width: width, padTop: 1.5))
    }
    guard !blocks.isEmpty else { return }
    flow.skip(6)
    flow.place(together: blocks)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
