/// Room to write on a PDF page: labelled blanks two to a row, ruled boxes, and writing lines.
extension PDFLayout {
  mutating func fieldRows(_ fields: [Field]) -> [PDFBlock] {
    let gutter = 18.0
    let column = (width - gutter) / 2
    var rows: [PDFBlock] = []
    for start in stride(from: 0, to: fields.count, by: 2) {
      var row = PDFBlock()
      for (offset, field) in fields[start..<min(start + 2, fields.count)].enumerated() {
        let x = left + Double(offset) * (column + gutter)
        let label = bold(field.label + ": ")
        if let value = field.value, !value.isEmpty {
          row.append(
            text(
              [label] + runs(value), size: Size.body, leading: Size.leading, x: x, width: column,
              padTop: 6),
            at: 0)
        } else {
          let y = 6 + Size.body + 2
          row.text([label], x: x, baseline: 6 + Size.body, size: Size.body)
          row.marks.append(
            .line(
              x1: x + label.width(size: Size.body) + 2, y1: y, x2: x + column, y2: y, width: 0.6))
          row.height = max(row.height, 6 + Size.leading + 2)
        }
      }
      rows.append(row)
    }
    return rows
  }

  /// A ruled box: its title, then each row's label, tick boxes and blanks sharing the width (an
  /// unlabelled blank, the thing itself, gets twice the room of a labelled one).
  mutating func box(_ box: Box) -> PDFBlock {
    let inset = 8.0
    let inner = width - 2 * inset
    var block = text(
      [bold(box.title)], size: Size.body + 1, leading: 13, x: left + inset, width: inner, padTop: 6)
    var labelWidth = 0.0
    for label in box.rows.compactMap(\.label) {
      labelWidth = max(labelWidth, bold(label).width(size: Size.body) + 8)
    }
    for row in box.rows {
      let baseline = block.height + 15
      var x = left + inset
      if let label = row.label {
        block.text([bold(label)], x: x, baseline: baseline, size: Size.body)
        x += labelWidth
      }
      if !row.choices.isEmpty {
        // A row of choices alone (a confidence scale) has the row's whole width for them.
        let room = row.blanks.isEmpty ? left + inset + inner - x : 150
        let choices = tickBoxes(row.choices, selected: row.selected, x: x, width: room)
        block.append(choices, at: baseline - Size.choice)
        x +=
          row.choices.reduce(0) {
            $0 + Size.box + 11
              + StandardFont.helveticaBold.width(of: Array($1.utf8), size: Size.choice)
          } + 4
      }
      let labels = row.blanks.map { $0.isEmpty ? nil : regular($0 + ":") }
      let labelTotal = labels.reduce(0) { $0 + ($1.map { $0.width(size: Size.body) + 4 } ?? 0) }
      let room = left + inset + inner - x - labelTotal - Double(max(0, row.blanks.count - 1)) * 10
      let shares = row.blanks.map { $0.isEmpty ? 2.0 : 1.0 }
      let total = max(1, shares.reduce(0, +))
      for (index, label) in labels.enumerated() {
        if let label {
          block.text([label], x: x, baseline: baseline, size: Size.body)
          x += label.width(size: Size.body) + 4
        }
        let length = room * shares[index] / total
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

  /// Lines to write on, the first beside its label.
  mutating func writing(_ space: WritingSpace) -> PDFBlock {
    var block = PDFBlock()
    let indent = left + 12
    var start = indent
    if let label = space.label {
      let run = bold(label + ":")
      block.text([run], x: indent, baseline: Size.writingLine - 3, size: Size.body)
      start = indent + run.width(size: Size.body) + 4
    }
    for line in 0..<max(0, space.lines) {
      let y = block.height + Size.writingLine
      block.marks.append(
        .line(x1: line == 0 ? start : indent, y1: y, x2: left + width, y2: y, width: 0.5))
      block.height = y
    }
    block.height += 3
    return block
  }

  /// A paragraph and the unlabelled lines under it, as on a form: the first line to write on
  /// starts beside the paragraph's last line when there is room.
  mutating func paragraph(_ text: RichText, writing space: WritingSpace) -> PDFBlock {
    let runs = self.runs(text)
    let padTop = 1.0
    var block = self.text(
      runs, size: Size.body, leading: Size.leading, x: left, width: width, padTop: padTop)
    let lines = PDFLineBreaker.lines(runs, size: Size.body, width: width)
    var rest = space
    if let last = lines.last, space.lines > 0 {
      let end = left + last.reduce(0) { $0 + $1.width(size: Size.body) } + 6
      if left + width - end >= 140 {
        let y = padTop + Size.body + Double(lines.count - 1) * Size.leading + 2
        block.marks.append(.line(x1: end, y1: y, x2: left + width, y2: y, width: 0.5))
        block.height = y
        rest.lines -= 1
      }
    }
    if rest.lines > 0 {
      block.append(writing(rest), at: block.height)
    } else {
      block.height += 3
    }
    return block
  }
}
