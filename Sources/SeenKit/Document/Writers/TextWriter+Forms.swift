/// The parts of a document that are filled in or counted, in plain text: tables as aligned
/// columns, tick boxes as "[x]", blanks and writing lines as underscores.
extension TextWriter {
  /// Columns as wide as their widest cell; when that is wider than the page, the label column
  /// takes two fifths and the others share the rest, each cell wrapped inside its column.
  func render(_ table: Table) -> String {
    var lines: [String] = []
    if let caption = table.caption { lines.append(bold(wrap(caption))) }
    if let instruction = table.instruction { lines.append(wrap(instruction)) }
    if table.columns.contains(where: { $0.role == .answer }) {
      // A blank line parts the instructions from the first row, as it parts one row from the next.
      if !lines.isEmpty { lines.append("") }
      return (lines + [answerRows(table)] + (table.note.map { [wrap($0.plain)] } ?? []))
        .joined(separator: "\n")
    }
    let rows = [table.columns.map(\.title)] + table.rows.map { $0.map(cellText) }
    let widths = columnWidths(table, rows: rows)
    for (index, row) in rows.enumerated() {
      let cells = table.columns.indices.map { column in
        TextWrapping.wrap(column < row.count ? row[column] : "", width: widths[column])
          .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
      for line in 0..<(cells.map(\.count).max() ?? 1) {
        let padded = table.columns.indices.map { column -> String in
          let text = line < cells[column].count ? cells[column][line] : ""
          let pad = String(repeating: " ", count: max(0, widths[column] - text.count))
          return table.columns[column].role == .number ? pad + text : text + pad
        }
        lines.append("  " + padded.joined(separator: "  ").trailingSpacesRemoved)
      }
      if index == 0 {
        lines.append(
          "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
      }
    }
    if let note = table.note { lines.append(wrap(note.plain)) }
    return lines.joined(separator: "\n")
  }

  private func columnWidths(_ table: Table, rows: [[String]]) -> [Int] {
    let natural = table.columns.indices.map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return Self.columnWidths(
      natural: natural, labelFirst: table.columns.first?.role == .label, width: width)
  }

  /// The widths a table's columns get from their natural widths (their longest cells): all of
  /// them when they fit, else the label column at most two fifths and the rest shared. A layout
  /// that must fit a width (the summary's groups side by side) asks it too.
  static func columnWidths(natural: [Int], labelFirst: Bool, width: Int) -> [Int] {
    let room = width - 2 - 2 * max(0, natural.count - 1)
    guard natural.reduce(0, +) > room, natural.count > 1 else { return natural }
    var label = labelFirst ? min(natural[0], room * 2 / 5) : 0
    let share = max(8, (room - label) / (natural.count - (label > 0 ? 1 : 0)))
    // Many narrow columns (a debrief's counts): the label gives up room, down to 12, so that
    // the row still fits the page.
    let others = natural.indices.dropFirst(label > 0 ? 1 : 0).map { min(natural[$0], share) }
    if label > 0 && label + others.reduce(0, +) > room {
      label = max(12, room - others.reduce(0, +))
    }
    return natural.indices.map { $0 == 0 && label > 0 ? label : min(natural[$0], share) }
  }

  private func cellText(_ cell: Table.Cell) -> String {
    cell.answer.map(boxes) ?? cell.text.plain
  }

  /// A table of tick boxes as a form on paper: each row's text, then a line of boxes for each
  /// answer column under its heading, with the mark and the note under them.
  private func answerRows(_ table: Table) -> String {
    let labelWidth = table.columns.filter { $0.role == .answer }.map(\.title.count).max() ?? 0
    let rows = table.rows.map { row in
      var lines: [String] = []
      // Room to write beside the item (the supervisor's note) comes after its answers.
      var writing: [String] = []
      for (column, cell) in zip(table.columns, row) {
        if let space = cell.writing { writing.append(blankLines(space, indent: "    ")) }
        guard let answer = cell.answer else {
          lines.append(
            TextWrapping.wrap(cell.text.plain, width: width, indent: "  ", hanging: "    "))
          continue
        }
        let label =
          "    " + column.title
          + String(repeating: " ", count: labelWidth - column.title.count + 2)
        let hanging = String(repeating: " ", count: label.count)
        lines.append(boxLines(answer, indent: label, hanging: hanging))
        if let mark = answer.mark {
          lines.append(TextWrapping.wrap(mark.words, width: width, indent: hanging))
        }
        if let note = answer.note {
          lines.append(
            TextWrapping.wrap(
              "Note: " + note.plain, width: width, indent: hanging, hanging: hanging + "  "))
        }
        if let blank = answer.blank {
          lines.append(blankLines(WritingSpace(label: blank, lines: 1), indent: hanging))
        }
      }
      return (lines + writing).joined(separator: "\n")
    }
    return rows.joined(separator: "\n\n")
  }

  /// A labelled blank that runs to the edge of the page, and any more lines under it: room to
  /// write inside a form's row ("Supervisor: ____").
  private func blankLines(_ space: WritingSpace, indent: String) -> String {
    let label = space.label.map { $0 + ": " } ?? ""
    let first =
      indent + label + String(repeating: "_", count: max(10, width - indent.count - label.count))
    let more = indent + String(repeating: "_", count: max(10, width - indent.count))
    return ([first] + Array(repeating: more, count: max(0, space.lines - 1))).joined(
      separator: "\n")
  }

  /// "[x] yes  [ ] no": the ticked box crossed, so that it reads the same on paper.
  func boxes(_ answer: AnswerLine) -> String {
    answer.choices.enumerated().map { index, choice in
      (index == answer.selected ? "[x] " : "[ ] ") + choice
    }.joined(separator: "  ")
  }

  /// The boxes wrapped between choices, never inside "[ ] not known".
  private func boxLines(_ answer: AnswerLine, indent: String, hanging: String) -> String {
    var lines: [String] = []
    var line = indent
    var lineHasBox = false
    for (index, choice) in answer.choices.enumerated() {
      let item = (index == answer.selected ? "[x] " : "[ ] ") + choice
      if lineHasBox && line.count + 2 + item.count > width {
        lines.append(line)
        line = hanging
        lineHasBox = false
      }
      line += (lineHasBox ? "  " : "") + item
      lineHasBox = true
    }
    return (lines + [line]).joined(separator: "\n")
  }

  func render(_ answer: AnswerLine) -> String {
    var lines = [
      boxLines(answer, indent: answer.prompt.map { $0.plain + "  " } ?? "", hanging: "    ")
    ]
    if let mark = answer.mark {
      lines.append(TextWrapping.wrap(mark.words, width: width, indent: "    "))
    }
    if let note = answer.note {
      lines.append(TextWrapping.wrap("Note: " + note.plain, width: width, indent: "    "))
    }
    if let label = answer.blank {
      lines.append(blankLines(WritingSpace(label: label, lines: 1), indent: "    "))
    }
    return lines.joined(separator: "\n")
  }

  /// A ruled box as on a form: each row's label and tick boxes, then its blanks sharing what is
  /// left of the line (an unlabelled blank, the thing itself, gets twice the room). At any width
  /// the box fits: boxes wrap between choices, and blanks with too little room take a line each.
  func render(_ box: Box) -> String {
    let inner = max(16, width - 4)
    let rule = "+" + String(repeating: "-", count: inner + 2) + "+"
    func row(_ text: String, visible: Int? = nil) -> String {
      "| " + text + String(repeating: " ", count: max(0, inner - (visible ?? text.count))) + " |"
    }
    var lines = [rule]
    for line in TextWrapping.wrap(box.title, width: inner).split(separator: "\n") {
      lines.append(row(bold(String(line)), visible: line.count))
    }
    // The labels' column, never more than half the line, so that boxes have room beside it.
    let column = min((box.rows.compactMap { $0.label?.count }.max() ?? 0), 20, inner / 2 - 2) + 2
    let indent = String(repeating: " ", count: column)
    for boxRow in box.rows {
      lines.append(row(""))
      var current = ""
      if let label = boxRow.label, label.count > column - 2 {
        // A long label has a line of its own, so that the row still fits.
        for line in TextWrapping.wrap(label, width: inner).split(separator: "\n") {
          lines.append(row(String(line)))
        }
        current = indent
      } else if let label = boxRow.label {
        current = label + String(repeating: " ", count: column - label.count)
      }
      var hasPiece = false
      // Boxes that cannot all sit beside the labels' column start at the left, each alike.
      let fits = boxRow.choices.allSatisfy { $0.count + 4 <= inner - column }
      func place(_ piece: String) {
        // A piece too long for a line of its own is wrapped at its spaces.
        let parts = TextWrapping.wrap(piece, width: fits ? inner - column : inner)
          .split(separator: "\n")
        for part in parts {
          let sep = hasPiece ? 2 : 0
          if current.count + sep + part.count > inner {
            // Onto a line of its own, under the boxes before it (or the label's line).
            if current.contains(where: { $0 != " " }) { lines.append(row(current)) }
            current = (fits ? indent : "") + part
          } else {
            current += (hasPiece ? "  " : "") + part
          }
          hasPiece = true
        }
      }
      for (index, choice) in boxRow.choices.enumerated() {
        place((index == boxRow.selected ? "[x] " : "[ ] ") + choice)
      }
      let labels = boxRow.blanks.map { $0.isEmpty ? "" : $0 + ": " }
      let gap = hasPiece ? 2 : 0
      let room =
        inner - current.count - gap - labels.reduce(0) { $0 + $1.count }
        - max(0, labels.count - 1) * 2
      if !labels.isEmpty && room >= 6 * labels.count {
        current += String(repeating: " ", count: gap)
        let shares = boxRow.blanks.map { $0.isEmpty ? 2 : 1 }
        let totalShares = max(1, shares.reduce(0, +))
        var used = 0
        for (index, label) in labels.enumerated() {
          let last = index == labels.count - 1
          let length = last ? room - used : room * shares[index] / totalShares
          used += length
          current += label + String(repeating: "_", count: length) + (last ? "" : "  ")
        }
      } else if !labels.isEmpty {
        // Too little room beside the boxes: each blank on a line of its own, filling it.
        if hasPiece { lines.append(row(current)) }
        for (index, label) in labels.enumerated() {
          var start = index == 0 && !hasPiece ? current : indent
          if start.count + label.count + 4 > inner {
            start = start.allSatisfy { $0 == " " } ? "" : start
          }
          if start.count + label.count + 4 > inner {
            lines.append(row(start))
            start = ""
          }
          let length = max(4, inner - start.count - label.count)
          let line = start + label + String(repeating: "_", count: length)
          if index == labels.count - 1 { current = line } else { lines.append(row(line)) }
        }
      }
      lines.append(row(current))
    }
    lines.append(row(""))
    return (lines + [rule]).joined(separator: "\n")
  }

  /// Rules to write on, with a blank line above each to leave room for handwriting.
  func render(_ space: WritingSpace) -> String {
    let line = "    " + String(repeating: "_", count: max(10, width - 4))
    let lines = (0..<max(0, space.lines)).flatMap { index in
      index == 0 && space.label == nil ? [line] : ["", line]
    }
    return ((space.label.map { ["    " + $0 + ":"] } ?? []) + lines).joined(separator: "\n")
  }
}
