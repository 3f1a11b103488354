/// The checklist table of a sheet in PDF: a prompt column and a column of tick boxes for each
/// man, with its header repeated at the top of every page it continues onto.
extension SheetPDFFormatter {
  mutating func place(_ checklist: ReflectionSheet.Checklist, in flow: inout PDFPageFlow) {
    flow.skip(6)
    var heading = text(
      [bold(checklist.title)], size: Size.heading, leading: 14, x: left, width: width)
    heading.marks.append(
      .line(x1: left, y1: heading.height + 1, x2: left + width, y2: heading.height + 1, width: 1))
    heading.height += 5
    var intro = [heading]
    if let instruction = checklist.instruction {
      intro.append(
        text([regular(instruction)], size: Size.small + 0.5, leading: 10.5, x: left, width: width))
    }
    let layout = columns(for: checklist)
    let header = tableHeader(checklist, layout: layout)
    let rows = checklist.rows.map { row(for: $0, in: checklist, layout: layout) }
    var first = pending + intro + [header]
    pending = []
    if let firstRow = rows.first { first.append(firstRow) }
    flow.place(together: first)
    flow.continuation = header
    for row in rows.dropFirst() {
      flow.place(row)
    }
    flow.continuation = nil
  }

  /// Where the prompt and each man's tick boxes go across the page.
  struct TableLayout {
    var promptWidth: Double
    var cellX: [Double]
    var cellWidth: Double
  }

  func columns(for checklist: ReflectionSheet.Checklist) -> TableLayout {
    let count = checklist.columns.count
    // A wide gutter keeps each column's text apart, so that text extraction (pdftotext, screen
    // readers) reads a prompt whole before the tick boxes beside it. One column fits its choices
    // on two lines; two share what the prompt leaves; from four, every choice has its own line
    // and the prompt gives up some room so that "not known" still fits.
    let gutter = count >= 4 ? 8.0 : 14.0
    let promptWidth: Double
    switch count {
    case 1: promptWidth = width - 132
    case 2: promptWidth = width * 0.4
    case 3: promptWidth = width * 0.34
    default: promptWidth = width * 0.28
    }
    let cellWidth = (width - promptWidth - gutter * Double(count)) / Double(count)
    let cellX = (0..<count).map { index in
      left + promptWidth + gutter + Double(index) * (cellWidth + gutter)
    }
    return TableLayout(promptWidth: promptWidth, cellX: cellX, cellWidth: cellWidth)
  }

  mutating func tableHeader(_ checklist: ReflectionSheet.Checklist, layout: TableLayout)
    -> PDFBlock
  {
    var block = PDFBlock()
    block.append(
      text(
        [bold("Item")], size: Size.small + 0.5, leading: 10, x: left, width: layout.promptWidth,
        padTop: 3), at: 0)
    for (index, column) in checklist.columns.enumerated() {
      block.append(
        text(
          [bold(column)], size: Size.small + 0.5, leading: 10, x: layout.cellX[index],
          width: layout.cellWidth, padTop: 3),
        at: 0)
    }
    block.height += 2
    return block
  }

  mutating func row(
    for row: ReflectionSheet.Row, in checklist: ReflectionSheet.Checklist, layout: TableLayout
  ) -> PDFBlock {
    var block = PDFBlock()
    let padding = 2.0
    block.marks.append(.line(x1: left, y1: 0, x2: left + width, y2: 0, width: 0.5))
    let prompt = text(
      [regular("\(row.number). "), bold(row.title + ". "), regular(row.prompt)],
      size: Size.body, leading: Size.leading, x: left, width: layout.promptWidth)
    block.append(prompt, at: padding)
    for (index, cell) in row.cells.enumerated() {
      let x = layout.cellX[index]
      var cellBlock = tickBoxes(
        checklist.choices.map(\.label),
        selected: cell.selected.flatMap { value in
          checklist.choices.firstIndex { $0.value == value }
        },
        x: x, width: layout.cellWidth)
      if let gap = cell.gap {
        var gapBlock = text(
          [bold("\(ReflectionSheet.gapSymbol) \(ReflectionSheet.gapWord): " + gap)],
          size: Size.choice,
          leading: 10.5, x: x + 5, width: layout.cellWidth - 5, padTop: 2)
        // A bar beside the words, as in the HTML: a second sign that is not colour.
        gapBlock.marks.append(.line(x1: x + 1, y1: 3, x2: x + 1, y2: gapBlock.height + 1, width: 2))
        cellBlock.append(gapBlock, at: cellBlock.height)
      }
      if let note = cell.note {
        cellBlock.append(
          text(
            [regular("Note: " + note)], size: Size.small + 0.5, leading: 10, x: x,
            width: layout.cellWidth, padTop: 2),
          at: cellBlock.height)
      }
      block.append(cellBlock, at: padding)
    }
    block.height += padding
    return block
  }

  /// Tick boxes with their labels, flowing onto more lines when the width runs out.
  mutating func tickBoxes(_ labels: [String], selected: Int?, x: Double, width: Double)
    -> PDFBlock
  {
    var block = PDFBlock()
    let box = Size.box
    let lineHeight = 11.5
    var cursorX = x
    var baseline = Size.choice
    for (index, label) in labels.enumerated() {
      let run = index == selected ? bold(label) : regular(label)
      // Measured in bold whether ticked or not, so that ticking a box never moves the others.
      let itemWidth = box + 3 + StandardFont.helveticaBold.width(of: run.bytes, size: Size.choice)
      if cursorX > x && cursorX + itemWidth > x + width {
        cursorX = x
        baseline += lineHeight
      }
      let boxTop = baseline - box + 0.5
      block.marks.append(.rectangle(x: cursorX, y: boxTop, width: box, height: box, lineWidth: 0.8))
      if index == selected {
        // A cross from corner to corner: a tick that survives any printer.
        block.marks.append(
          .line(
            x1: cursorX + 1.2, y1: boxTop + 1.2, x2: cursorX + box - 1.2, y2: boxTop + box - 1.2,
            width: 1.2))
        block.marks.append(
          .line(
            x1: cursorX + 1.2, y1: boxTop + box - 1.2, x2: cursorX + box - 1.2, y2: boxTop + 1.2,
            width: 1.2))
      }
      block.text([run], x: cursorX + box + 3, baseline: baseline, size: Size.choice)
      cursorX += itemWidth + 8
    }
    block.height = baseline + 3
    return block
  }
}
