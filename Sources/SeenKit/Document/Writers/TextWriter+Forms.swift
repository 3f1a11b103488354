/// The parts of a document that are filled in or counted, in plain text: tables as aligned
/// columns, tick boxes as "[x]", blanks and writing lines as underscores.
extension TextWriter {
  func render(_ table: Table) -> String {
    var lines: [String] = []
    if let caption = table.caption { lines.append(bold(wrap(caption))) }
    if let instruction = table.instruction { lines.append(wrap(instruction)) }
    let cells = [table.columns.map(\.title)] + table.rows.map { $0.map(cellText) }
    let widths = table.columns.indices.map { column in
      cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    for (index, row) in cells.enumerated() {
      let padded = table.columns.indices.map { column -> String in
        let text = column < row.count ? row[column] : ""
        let pad = String(repeating: " ", count: widths[column] - text.count)
        return table.columns[column].role == .number ? pad + text : text + pad
      }
      lines.append("  " + padded.joined(separator: "  ").trailingSpacesRemoved)
      if index == 0 {
        lines.append(
          "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
      }
    }
    if let note = table.note { lines.append(wrap(note.plain)) }
    return lines.joined(separator: "\n")
  }

  private func cellText(_ cell: Table.Cell) -> String {
    guard let answer = cell.answer else { return cell.text.plain }
    return
      ([boxes(answer)]
      + [answer.mark?.words, answer.note.map { "Note: " + $0.plain }]
      .compactMap { $0 }).joined(separator: " ")
  }

  /// "[x] yes  [ ] no": the ticked box crossed, so that it reads the same on paper.
  func boxes(_ answer: AnswerLine) -> String {
    answer.choices.enumerated().map { index, choice in
      (index == answer.selected ? "[x] " : "[ ] ") + choice
    }.joined(separator: "  ")
  }

  func render(_ answer: AnswerLine) -> String {
    var lines = [
      TextWrapping.wrap(
        (answer.prompt.map { $0.plain + " " } ?? "") + boxes(answer), width: width, indent: "",
        hanging: "    ")
    ]
    if let mark = answer.mark {
      lines.append(TextWrapping.wrap(mark.words, width: width, indent: "    "))
    }
    if let note = answer.note {
      lines.append(TextWrapping.wrap("Note: " + note.plain, width: width, indent: "    "))
    }
    return lines.joined(separator: "\n")
  }

  func render(_ box: Box) -> String {
    let rule = "+" + String(repeating: "-", count: max(10, width - 2)) + "+"
    var lines = [rule, "  " + bold(box.title)]
    for row in box.rows {
      var parts: [String] = []
      if let label = row.label { parts.append(label) }
      if !row.choices.isEmpty {
        parts.append(row.choices.map { "[ ] " + $0 }.joined(separator: "  "))
      }
      parts += row.blanks.map { ($0.isEmpty ? "" : $0 + ": ") + String(repeating: "_", count: 12) }
      lines.append("")
      lines.append(TextWrapping.wrap(parts.joined(separator: "  "), width: width, indent: "  "))
    }
    return (lines + [rule]).joined(separator: "\n")
  }

  func render(_ space: WritingSpace) -> String {
    let line = "    " + String(repeating: "_", count: max(10, width - 4))
    let lines = Array(repeating: line, count: space.lines)
    return ((space.label.map { ["    " + $0 + ":"] } ?? []) + lines).joined(separator: "\n")
  }
}
