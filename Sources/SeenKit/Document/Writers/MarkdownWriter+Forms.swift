/// The parts of a document that are filled in or counted, in Markdown: pipe tables, task-list
/// tick boxes, and escaped underscores for lines to write on.
extension MarkdownWriter {
  func render(_ table: Table) -> String {
    var lines: [String] = []
    if let caption = table.caption { lines += ["**\(caption)**", ""] }
    if let instruction = table.instruction { lines += ["*\(instruction)*", ""] }
    lines.append("| " + table.columns.map(\.title).joined(separator: " | ") + " |")
    lines.append(
      "|" + table.columns.map { $0.role == .number ? " ---: " : " --- " }.joined(separator: "|")
        + "|")
    for row in table.rows {
      lines.append("| " + row.map(cell).joined(separator: " | ") + " |")
    }
    if let note = table.note { lines += ["", inline(note)] }
    return lines.joined(separator: "\n")
  }

  private func cell(_ cell: Table.Cell) -> String {
    let writing = cell.writing.map { space in
      (space.label.map { "*\($0):* " } ?? "")
        + Array(repeating: blank + blank, count: max(1, space.lines)).joined(separator: "<br>")
    }
    guard let answer = cell.answer else {
      return ([inline(cell.text), writing].compactMap { $0 }).joined(separator: "<br>")
    }
    // A cell with only a blank to write on (what he brings) has no boxes before it.
    let parts: [String?] = [
      answer.choices.isEmpty ? nil : boxes(answer), answer.mark.map { "**\($0.words)**" },
      answer.note.map { "Note: " + inline($0) }, answer.blank.map { "\($0): " + blank }, writing,
    ]
    return parts.compactMap { $0 }.joined(separator: "<br>")
  }

  /// "☒ yes ☐ no": boxes that read the same inside a table cell, where a task list cannot go.
  private func boxes(_ answer: AnswerLine) -> String {
    answer.choices.enumerated().map { index, choice in
      (index == answer.selected ? "☒ " : "☐ ") + choice
    }.joined(separator: " ")
  }

  func render(_ answer: AnswerLine) -> String {
    var lines: [String] = []
    if let prompt = answer.prompt { lines += [inline(prompt), ""] }
    lines += answer.choices.enumerated().map { index, choice in
      (index == answer.selected ? "- [x] " : "- [ ] ") + choice
    }
    if let mark = answer.mark { lines += ["", "**\(mark.words)**"] }
    if let note = answer.note { lines += ["", "Note: " + inline(note)] }
    if let label = answer.blank { lines += ["", "\(label): " + blank] }
    return lines.joined(separator: "\n")
  }

  func render(_ box: Box) -> String {
    var lines = ["**\(box.title)**", ""]
    for row in box.rows {
      var parts: [String] = []
      if let label = row.label, !label.isEmpty { parts.append("**\(label)**") }
      parts += row.choices.enumerated().map {
        ($0.offset == row.selected ? "☒ " : "☐ ") + $0.element
      }
      parts += row.blanks.map { ($0.isEmpty ? "" : $0 + ": ") + blank }
      lines.append("- " + parts.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }

  func render(_ space: WritingSpace) -> String {
    let lines = Array(repeating: blank + blank + blank, count: space.lines)
    return ((space.label.map { ["*\($0):*"] } ?? []) + lines).joined(separator: "\n\n")
  }
}
