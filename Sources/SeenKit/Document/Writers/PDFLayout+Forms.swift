/// The parts of a document that are filled in or counted, on a PDF page: tables row by row with
/// their column headings repeated, tick boxes drawn as squares (a cross in the ticked one), and
/// rules to write on.
extension PDFLayout {
  /// A table laid out: caption and headings, one unit a row, and the note under it.
  struct TableUnits {
    var intro: [PDFBlock]
    var header: PDFBlock
    var rows: [PDFBlock]
    var note: [PDFBlock]

    var all: [PDFBlock] { intro + [header] + rows + note }
  }

  /// Places a table: the caption and headings with the first row (and any pending heading),
  /// then a row at a time, the headings drawn again at the top of each page it continues to.
  mutating func place(_ table: Table) {
    let units = tableUnits(table)
    flow.place(together: pending + units.intro + [units.header] + units.rows.prefix(1))
    pending = []
    flow.continuation = units.header
    for row in units.rows.dropFirst() { flow.place(row) }
    flow.continuation = nil
    for line in units.note { flow.place(line) }
  }

  mutating func tableUnits(_ table: Table) -> TableUnits {
    let xs = columnStarts(table)
    var intro: [PDFBlock] = []
    if let caption = table.caption {
      intro.append(text([bold(caption)], size: Size.body + 0.5, leading: 13, x: left, width: width))
    }
    if let instruction = table.instruction {
      intro.append(
        text([regular(instruction)], size: Size.small, leading: 10, x: left, width: width))
    }
    var header = PDFBlock()
    for (index, column) in table.columns.enumerated() {
      header.append(
        cell(RichText([.strong(column.title)]), role: column.role, x: xs, index, size: Size.small),
        at: 2)
    }
    header.height += 2
    let rows = table.rows.map { row($0, in: table, x: xs) }
    let note = table.note.map {
      lines(runs($0), size: Size.small, leading: 10, x: left, width: width)
    }
    return TableUnits(intro: intro, header: header, rows: rows, note: note ?? [])
  }

  /// A row under a rule, each cell in its column: text, a right-aligned figure or tick boxes.
  private mutating func row(_ row: [Table.Cell], in table: Table, x xs: [Double]) -> PDFBlock {
    var block = PDFBlock()
    block.marks.append(.line(x1: left, y1: 0, x2: left + width, y2: 0, width: 0.5))
    for (index, value) in row.enumerated() where index < table.columns.count {
      let cellWidth = xs[index + 1] - xs[index] - 8
      var content: PDFBlock
      if let answer = value.answer {
        content = self.answer(answer, x: xs[index], width: cellWidth)
      } else {
        content = cell(
          value.text, role: table.columns[index].role, x: xs, index,
          size: table.isForm ? Size.form : Size.body)
      }
      if let space = value.writing {
        content.append(blank(space, x: xs[index], width: cellWidth), at: content.height)
      }
      block.append(content, at: 2)
    }
    block.height += table.isForm ? 2 : 3
    return block
  }

  /// Where each column starts, and the right edge last: a label column takes a third, the rest
  /// share what is left. A table of tick boxes is laid out as a form: the label column narrows as
  /// the answer columns grow, so that "not known" still fits, with a wide gutter that keeps
  /// text extraction (pdftotext, screen readers) reading a row's label whole before its boxes.
  private func columnStarts(_ table: Table) -> [Double] {
    let count = max(1, table.columns.count)
    if table.isForm {
      let answers = count - 1
      let gutter = answers >= 4 ? 8.0 : 14.0
      let label: Double
      switch answers {
      case 1: label = width - 132
      case 2: label = width * 0.4
      case 3: label = width * 0.34
      default: label = width * 0.28
      }
      let cell = (width - label - gutter * Double(answers)) / Double(answers)
      return [left]
        + (0..<answers).map { left + label + gutter + Double($0) * (cell + gutter) }
        + [left + width + 8]
    }
    let labelWidth =
      table.columns.first?.role == .label && count > 1 ? width * (count > 3 ? 0.34 : 0.4) : 0
    let others = labelWidth > 0 ? count - 1 : count
    let other = (width - labelWidth) / Double(others)
    let firstOther = labelWidth > 0 ? 1 : 0
    return [left]
      + (firstOther...count).dropFirst(firstOther == 0 ? 1 : 0).map { index in
        left + labelWidth + Double(index - firstOther) * other
      }
  }

  private mutating func cell(
    _ value: RichText, role: Table.Column.Role, x xs: [Double], _ index: Int, size: Double
  ) -> PDFBlock {
    let x = xs[index]
    let cellWidth = xs[index + 1] - x - 8
    let runs = self.runs(value)
    let leading = size == Size.form ? Size.formLeading : size + 2.6
    guard role == .number else {
      return text(runs, size: size, leading: leading, x: x, width: cellWidth)
    }
    return text(
      runs, size: size, leading: leading, x: x, width: cellWidth, alignRight: true)
  }

  /// The prompt, the tick boxes beside or under it, then the mark and the note.
  mutating func answer(_ answer: AnswerLine) -> PDFBlock {
    var block = PDFBlock()
    var x = left
    if let prompt = answer.prompt {
      let runs = self.runs(prompt, strong: true)
      block.append(
        text(runs, size: Size.body, leading: Size.leading, x: left, width: width * 0.5, padTop: 2),
        at: 0)
      x = left + min(width * 0.5, runs.reduce(0) { $0 + $1.width(size: Size.body) }) + 8
    }
    block.append(self.answer(answer, x: x, width: left + width - x), at: 2)
    return block
  }

  /// Tick boxes, with the mark (a bar beside its words, a sign that is not colour) and the note
  /// under them.
  mutating func answer(_ answer: AnswerLine, x: Double, width: Double) -> PDFBlock {
    var block = tickBoxes(answer.choices, selected: answer.selected, x: x, width: width)
    if let mark = answer.mark {
      var gap = text(
        [bold(mark.words)], size: Size.choice, leading: 10.5, x: x + 5, width: width - 5, padTop: 2)
      gap.marks.append(.line(x1: x + 1, y1: 3, x2: x + 1, y2: gap.height + 1, width: 2))
      block.append(gap, at: block.height)
    }
    if let note = answer.note {
      block.append(
        text(
          [regular("Note: ")] + runs(note), size: Size.small, leading: 10, x: x, width: width,
          padTop: 2),
        at: block.height)
    }
    if let label = answer.blank {
      block.append(
        self.blank(WritingSpace(label: label, lines: 1), x: x, width: width), at: block.height)
    }
    return block
  }

  /// Room to write inside a cell: the label small and strong, a rule from it to the cell's
  /// edge, and any more rules under it, each a handwritten line apart.
  mutating func blank(_ space: WritingSpace, x: Double, width: Double) -> PDFBlock {
    var block = PDFBlock()
    let lineGap = 14.0
    var start = x
    if let label = space.label {
      let run = bold(label + ":")
      block.text([run], x: x, baseline: lineGap - 2, size: Size.small)
      start = x + run.width(size: Size.small) + 3
    }
    for line in 0..<max(1, space.lines) {
      let y = Double(line + 1) * lineGap
      block.marks.append(.line(x1: line == 0 ? start : x, y1: y, x2: x + width, y2: y, width: 0.5))
      block.height = y + 2
    }
    return block
  }

  /// Tick boxes with their labels, flowing onto more lines when the width runs out.
  mutating func tickBoxes(_ labels: [String], selected: Int?, x: Double, width: Double) -> PDFBlock
  {
    var block = PDFBlock()
    let box = Size.box
    var cursorX = x
    var baseline = Size.choice
    for (index, label) in labels.enumerated() {
      let run = index == selected ? bold(label) : regular(label)
      // Measured in bold whether ticked or not, so that ticking a box never moves the others.
      let itemWidth = box + 3 + StandardFont.helveticaBold.width(of: run.bytes, size: Size.choice)
      if cursorX > x && cursorX + itemWidth > x + width {
        cursorX = x
        baseline += 11.5
      }
      let top = baseline - box + 0.5
      block.marks.append(.rectangle(x: cursorX, y: top, width: box, height: box, lineWidth: 0.8))
      if index == selected {
        // A cross from corner to corner: a tick that survives any printer.
        let (x1, x2, y1, y2) = (cursorX + 1.2, cursorX + box - 1.2, top + 1.2, top + box - 1.2)
        block.marks.append(.line(x1: x1, y1: y1, x2: x2, y2: y2, width: 1.2))
        block.marks.append(.line(x1: x1, y1: y2, x2: x2, y2: y1, width: 1.2))
      }
      block.text([run], x: cursorX + box + 3, baseline: baseline, size: Size.choice)
      cursorX += itemWidth + 8
    }
    block.height = baseline + 3
    return block
  }
}

extension Table {
  /// A label column and tick boxes for each of the others: a checklist to fill in, set a little
  /// smaller than running text so that its rows fit the page.
  var isForm: Bool {
    columns.first?.role == .label && columns.count > 1
      && columns.dropFirst().allSatisfy { $0.role == .answer }
  }
}
