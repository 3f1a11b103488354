/// Lays a reflection sheet out on A4 pages and writes it as a PDF with seen's own PDF writer:
/// Helvetica and Helvetica-Bold, tick boxes and writing lines drawn as rules, each checklist row
/// and each question kept whole on a page, the table's column headings repeated on every page it
/// continues to, and "Page 2 of 3" at the foot of each page.
///
/// Text the standard fonts cannot show becomes a visible placeholder; `replaced` lists it so that
/// the caller can warn once.
struct SheetPDFFormatter {
  var producer: String
  var creationDate: String?
  /// Every character replaced by the placeholder, in order.
  private(set) var replaced: [Character] = []
  /// Blocks waiting to be placed with the next one: a heading is never left alone at the foot of
  /// a page.
  var pending: [PDFBlock] = []

  init(producer: String, creationDate: String?) {
    self.producer = producer
    self.creationDate = creationDate
  }

  let writer = PDFWriter()
  let left = 40.0
  let top = 34.0
  let bottom = 40.0
  var width: Double { writer.pageWidth - 2 * left }

  /// Sizes in points: 9.5pt text on 12pt lines reads well on A4 and fits the blank sheet for one
  /// man on two pages.
  enum Size {
    static let title = 15.0
    static let heading = 11.5
    static let body = 9.5
    static let leading = 11.2
    static let choice = 9.0
    static let small = 8.0
    static let footer = 7.5
    static let box = 7.5
    static let writingLine = 17.0
  }

  mutating func format(_ sheet: ReflectionSheet) -> [UInt8] {
    var flow = PDFPageFlow(pageHeight: writer.pageHeight, top: top, bottom: bottom)
    flow.place(text([bold(sheet.title)], size: Size.title, leading: 18, x: left, width: width))
    flow.skip(4)
    for block in sheet.blocks {
      place(block, in: &flow)
    }
    var footer = [rule(x: left, width: width, y: 4, weight: 0.5)]
    footer.append(
      contentsOf: sheet.footer.map { line in
        text([regular(line)], size: Size.footer, leading: 9, x: left, width: width, padTop: 1.5)
      })
    if !replaced.isEmpty {
      let placeholder = String(decoding: WinAnsiEncoding.placeholder, as: UTF8.self)
      footer.append(
        text(
          [
            regular(
              "\(placeholder) marks text this PDF's standard font cannot show; the HTML sheet keeps it."
            )
          ],
          size: Size.footer, leading: 9, x: left, width: width, padTop: 1.5))
    }
    flow.skip(4)
    flow.place(together: pending + footer)
    pending = []

    let title = encodeQuietly(sheet.documentTitle)
    let pages = flow.pages.enumerated().map { index, marks in
      PDFContentStream.operators(
        for: marks + furniture(page: index + 1, of: flow.pages.count, title: title),
        pageHeight: writer.pageHeight)
    }
    return writer.write(
      pages: pages,
      info: PDFDocumentInfo(
        title: sheet.documentTitle.terminalSafe, producer: producer, creationDate: creationDate,
        language: "en-GB"))
  }

  // MARK: - Blocks

  mutating func place(_ block: ReflectionSheet.Block, in flow: inout PDFPageFlow) {
    switch block {
    case .heading(let heading):
      flow.skip(8)
      var block = text([bold(heading)], size: Size.heading, leading: 14, x: left, width: width)
      block.marks.append(
        .line(x1: left, y1: block.height + 1, x2: left + width, y2: block.height + 1, width: 1))
      block.height += 5
      pending.append(block)
    case .paragraph(let paragraph):
      place(
        lines([regular(paragraph)], size: Size.body, leading: Size.leading, x: left, width: width),
        in: &flow)
      flow.skip(3)
    case .note(let note):
      place(lines([regular(note)], size: Size.small, leading: 10, x: left, width: width), in: &flow)
      flow.skip(3)
    case .fields(let fields):
      place(fieldRows(fields), in: &flow)
      flow.skip(4)
    case .men(let men):
      for man in men {
        place([self.man(man)], in: &flow)
      }
    case .checklist(let checklist):
      place(checklist, in: &flow)
    case .question(let question):
      place([self.question(question)], in: &flow)
    case .box(let box):
      flow.skip(8)
      place([self.box(box)], in: &flow)
    case .list(let entries):
      for entry in entries {
        var runs = [PDFRun]()
        if let lead = entry.lead { runs.append(bold(lead + ": ")) }
        runs.append(regular(entry.text))
        var item = text(
          runs, size: Size.body, leading: Size.leading, x: left + 10, width: width - 10, padTop: 1)
        item.marks.append(
          .text(
            PDFRun(font: .helvetica, bytes: [0x95]), x: left + 1, baseline: 1 + Size.body,
            size: Size.body))
        place([item], in: &flow)
      }
    }
  }

  /// Places blocks together with any pending heading, on one page when they fit on one.
  mutating func place(_ blocks: [PDFBlock], in flow: inout PDFPageFlow) {
    flow.place(together: pending + blocks)
    pending = []
  }

  private mutating func fieldRows(_ fields: [ReflectionSheet.Field]) -> [PDFBlock] {
    // Two fields to a row, each a bold label and its value or a line to write on.
    let gutter = 18.0
    let column = (width - gutter) / 2
    var rows: [PDFBlock] = []
    var index = 0
    while index < fields.count {
      var row = PDFBlock()
      for offset in 0..<2 where index + offset < fields.count {
        let field = fields[index + offset]
        let x = left + Double(offset) * (column + gutter)
        let label = bold(field.label + ": ")
        let labelWidth = label.width(size: Size.body) + 2
        if let value = field.value, !value.terminalSafe.isEmpty {
          let valueBlock = text(
            [label, regular(value)], size: Size.body, leading: Size.leading, x: x, width: column,
            padTop: 6)
          row.append(valueBlock, at: 0)
        } else {
          row.text([label], x: x, baseline: 6 + Size.body, size: Size.body)
          row.marks.append(
            .line(
              x1: x + labelWidth, y1: 6 + Size.body + 2, x2: x + column, y2: 6 + Size.body + 2,
              width: 0.6))
          row.height = max(row.height, 6 + Size.leading + 2)
        }
      }
      rows.append(row)
      index += 2
    }
    return rows
  }

  private mutating func man(_ man: ReflectionSheet.Man) -> PDFBlock {
    var block = PDFBlock()
    guard !man.isBlank else {
      let label = bold(man.label)
      let labelWidth = max(label.width(size: Size.body) + 8, 42)
      let baseline = 6 + Size.body
      block.text([label], x: left, baseline: baseline, size: Size.body)
      let fieldsWidth = width - labelWidth
      let half = (fieldsWidth - 14) / 2
      for (offset, name) in ["Label (not a name):", "Relationship:"].enumerated() {
        let x = left + labelWidth + Double(offset) * (half + 14)
        let run = regular(name)
        block.text([run], x: x, baseline: baseline, size: Size.body)
        let start = x + run.width(size: Size.body) + 4
        block.marks.append(
          .line(x1: start, y1: baseline + 2, x2: x + half, y2: baseline + 2, width: 0.6))
      }
      let second = baseline + 16
      let question = regular("Lives with the baby?")
      block.text([question], x: left + labelWidth, baseline: second, size: Size.body)
      let choices = tickBoxes(
        ["yes", "no", "not known"], selected: nil,
        x: left + labelWidth + question.width(size: Size.body) + 8, width: 200)
      block.append(choices, at: second - Size.choice)
      block.height = second + 6
      return block
    }
    let details = [man.relationship, man.livesWithBaby].compactMap { $0 }.joined(separator: "; ")
    block.append(
      text(
        [bold(man.label + ": "), regular(details + ".")], size: Size.body, leading: Size.leading,
        x: left, width: width, padTop: 4),
      at: 0)
    if let visibility = man.visibility {
      block.append(
        text(
          [regular("Visibility: "), bold(visibility)], size: Size.body, leading: Size.leading,
          x: left + 12, width: width - 12, padTop: 1),
        at: block.height)
    }
    block.height += 2
    return block
  }

  private mutating func question(_ question: ReflectionSheet.Question) -> PDFBlock {
    var block = PDFBlock()
    var questionText = "\(question.number). " + question.text
    if let source = question.source { questionText += " (\(source))" }
    let runs = [bold(questionText)]
    let padTop = 5.0
    let textLines = PDFLineBreaker.lines(runs, size: Size.body, width: width)
    block.append(
      text(runs, size: Size.body, leading: Size.leading, x: left, width: width, padTop: padTop),
      at: 0)
    var lines = question.writingLines
    let indent = left + 12
    if question.response == nil && question.writingLabel == nil, lines > 0,
      let last = textLines.last
    {
      // The first line to write on starts beside the question when there is room, as on a form.
      let end = left + last.reduce(0) { $0 + $1.width(size: Size.body) } + 6
      if left + width - end >= 140 {
        let y = padTop + Size.body + Double(textLines.count - 1) * Size.leading + 2
        block.marks.append(.line(x1: end, y1: y, x2: left + width, y2: y, width: 0.5))
        block.height = y
        lines -= 1
      }
    }
    if let response = question.response {
      var responseRuns = [PDFRun]()
      if let label = question.responseLabel { responseRuns.append(bold(label + ": ")) }
      responseRuns.append(regular(response))
      block.append(
        text(
          responseRuns, size: Size.body, leading: Size.leading, x: indent, width: width - 12,
          padTop: 2),
        at: block.height)
    }
    var lineStart = indent
    if let label = question.writingLabel {
      let run = bold(label + ":")
      block.text([run], x: indent, baseline: block.height + Size.writingLine - 3, size: Size.body)
      lineStart = indent + run.width(size: Size.body) + 4
    }
    for line in 0..<lines {
      let y = block.height + Size.writingLine
      block.marks.append(
        .line(x1: line == 0 ? lineStart : indent, y1: y, x2: left + width, y2: y, width: 0.5))
      block.height = y
    }
    block.height += 3
    return block
  }

  private mutating func box(_ box: ReflectionSheet.Box) -> PDFBlock {
    var block = PDFBlock()
    let inset = 8.0
    let inner = width - 2 * inset
    block.append(
      text(
        [bold(box.title)], size: Size.body + 1, leading: 13, x: left + inset, width: inner,
        padTop: 6), at: 0)
    let labelWidth =
      (box.rows.compactMap { $0.label.map { bold($0).width(size: Size.body) } }.max() ?? 0) + 8
    for row in box.rows {
      let baseline = block.height + 15
      var x = left + inset
      if let label = row.label {
        block.text([bold(label)], x: x, baseline: baseline, size: Size.body)
        x += labelWidth
      }
      if !row.choices.isEmpty {
        let choices = tickBoxes(row.choices, selected: nil, x: x, width: 120)
        block.append(choices, at: baseline - Size.choice)
        x +=
          choices.marks.compactMap { mark -> Double? in
            if case .text(let run, let x, _, let size) = mark { return x + run.width(size: size) }
            return nil
          }.max().map { $0 - x + 12 } ?? 0
      }
      // Blanks share the rest; an unlabelled one (the action itself) gets twice as much.
      let labels = row.blanks.map { $0.isEmpty ? nil : regular($0 + ":") }
      let labelTotal = labels.reduce(0) { $0 + ($1.map { $0.width(size: Size.body) + 4 } ?? 0) }
      let gaps = Double(max(0, row.blanks.count - 1)) * 10
      let room = left + inset + inner - x - labelTotal - gaps
      let shares = row.blanks.map { $0.isEmpty ? 2.0 : 1.0 }
      let totalShares = max(1, shares.reduce(0, +))
      for (index, label) in labels.enumerated() {
        if let label {
          block.text([label], x: x, baseline: baseline, size: Size.body)
          x += label.width(size: Size.body) + 4
        }
        let length = room * shares[index] / totalShares
        block.marks.append(
          .line(x1: x, y1: baseline + 2, x2: x + length, y2: baseline + 2, width: 0.6))
        x += length + 10
      }
      block.height = baseline + 4
    }
    block.height += 7
    block.marks.append(.rectangle(x: left, y: 0, width: width, height: block.height, lineWidth: 1))
    return block
  }

  // MARK: - Page furniture

  private func furniture(page: Int, of count: Int, title: [UInt8]) -> [PDFMark] {
    let baseline = writer.pageHeight - 24
    let number = PDFRun(font: .helvetica, bytes: Array("Page \(page) of \(count)".utf8))
    let numberWidth = number.width(size: Size.small)
    var marks: [PDFMark] = [
      .text(number, x: left + width - numberWidth, baseline: baseline, size: Size.small)
    ]
    // The sheet's title at the left, shortened to leave room for the page number.
    var titleBytes = title
    let room = width - numberWidth - 20
    while !titleBytes.isEmpty
      && StandardFont.helvetica.width(of: titleBytes, size: Size.small) > room
    {
      titleBytes.removeLast()
    }
    marks.append(
      .text(
        PDFRun(font: .helvetica, bytes: titleBytes), x: left, baseline: baseline, size: Size.small))
    return marks
  }

  // MARK: - Text

  /// Text made safe and encoded. terminalSafe trims the ends, so a space that joins this run
  /// to the next ("1. ", "Note: ") is put back.
  mutating func encode(_ string: String) -> [UInt8] {
    let encoded = WinAnsiEncoding.encode(string.terminalSafe)
    replaced += encoded.replaced
    var bytes = encoded.bytes
    if string.last == " " { bytes.append(UInt8(ascii: " ")) }
    return bytes
  }

  /// For the page furniture: the title's replacements were already counted in the body.
  func encodeQuietly(_ string: String) -> [UInt8] {
    WinAnsiEncoding.encode(string.terminalSafe).bytes
  }

  mutating func regular(_ string: String) -> PDFRun {
    PDFRun(font: .helvetica, bytes: encode(string))
  }

  mutating func bold(_ string: String) -> PDFRun {
    PDFRun(font: .helveticaBold, bytes: encode(string))
  }

  /// Wrapped text as one block.
  func text(
    _ runs: [PDFRun], size: Double, leading: Double, x: Double, width: Double, padTop: Double = 0
  ) -> PDFBlock {
    var block = PDFBlock()
    for (index, line) in PDFLineBreaker.lines(runs, size: size, width: width).enumerated() {
      block.text(line, x: x, baseline: padTop + size + Double(index) * leading, size: size)
    }
    let count = Double(PDFLineBreaker.lines(runs, size: size, width: width).count)
    block.height = padTop + size + (count - 1) * leading + (leading - size) + 1
    return block
  }

  /// Wrapped text as one block per line, so that a long paragraph can continue on the next page.
  func lines(
    _ runs: [PDFRun], size: Double, leading: Double, x: Double, width: Double
  ) -> [PDFBlock] {
    PDFLineBreaker.lines(runs, size: size, width: width).map { line in
      var block = PDFBlock(height: leading)
      block.text(line, x: x, baseline: size, size: size)
      return block
    }
  }

  func rule(x: Double, width: Double, y: Double, weight: Double) -> PDFBlock {
    PDFBlock(height: y + weight, marks: [.line(x1: x, y1: y, x2: x + width, y2: y, width: weight)])
  }
}
