/// Writes a reflection sheet as CommonMark: tick boxes are task-list items ("- [ ] yes",
/// "- [x] partly"), which GitHub and most renderers draw as check boxes and any CommonMark
/// renderer shows as a list. All text is escaped, so a note cannot add markup.
struct SheetMarkdownFormatter {
  /// A line to write on: escaped underscores, which no renderer reads as emphasis or a rule.
  private static let blank = String(repeating: "\\_", count: 24)

  func format(_ sheet: ReflectionSheet) -> String {
    var parts = ["# " + sheet.title.markdownEscaped]
    for block in sheet.blocks {
      parts.append(render(block))
    }
    parts.append("---")
    parts += sheet.footer.map(\.markdownEscaped)
    return parts.joined(separator: "\n\n") + "\n"
  }

  private func render(_ block: ReflectionSheet.Block) -> String {
    switch block {
    case .heading(let text):
      return "## " + text.markdownEscaped
    case .paragraph(let text), .note(let text):
      return text.markdownEscaped
    case .fields(let fields):
      return fields.map { field in
        "- **\(field.label.markdownEscaped):** " + (field.value?.markdownEscaped ?? Self.blank)
      }.joined(separator: "\n")
    case .men(let men):
      return men.map(render).joined(separator: "\n")
    case .checklist(let checklist):
      return render(checklist)
    case .question(let question):
      return render(question)
    case .box(let box):
      return render(box)
    case .list(let entries):
      return entries.map { entry in
        "- " + (entry.lead.map { "**\($0.markdownEscaped):** " } ?? "") + entry.text.markdownEscaped
      }.joined(separator: "\n")
    }
  }

  private func render(_ man: ReflectionSheet.Man) -> String {
    let label = man.label.markdownEscaped
    guard !man.isBlank else {
      return
        "- **\(label):** label (not a name) \(Self.blank), relationship \(Self.blank), lives with the baby?\n"
        + tasks(["yes", "no", "not known"], selected: nil, indent: "  ")
    }
    var line =
      "- **\(label):** "
      + [man.relationship, man.livesWithBaby].compactMap { $0?.markdownEscaped }
      .joined(separator: "; ") + "."
    if let visibility = man.visibility {
      line += "\n  - *Visibility:* " + visibility.markdownEscaped
    }
    return line
  }

  private func render(_ checklist: ReflectionSheet.Checklist) -> String {
    var parts = ["## " + checklist.title.markdownEscaped]
    if let instruction = checklist.instruction { parts.append(instruction.markdownEscaped) }
    for row in checklist.rows {
      parts.append("### \(row.number). \(row.title.markdownEscaped)")
      parts.append(row.prompt.markdownEscaped)
      var lines: [String] = []
      for (label, cell) in zip(checklist.columns, row.cells) {
        var line = "- **\(label.markdownEscaped)**"
        if let gap = cell.gap {
          line +=
            " \u{2014} **\(ReflectionSheet.gapSymbol) \(ReflectionSheet.gapWord):** "
            + gap.markdownEscaped
        }
        if let note = cell.note { line += " \u{2014} *Note:* " + note.markdownEscaped }
        lines.append(line)
        let selected = cell.selected.flatMap { value in
          checklist.choices.firstIndex { $0.value == value }
        }
        lines.append(tasks(checklist.choices.map(\.label), selected: selected, indent: "  "))
      }
      parts.append(lines.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  private func render(_ question: ReflectionSheet.Question) -> String {
    var text = question.text.markdownEscaped
    if let source = question.source { text += " (\(source.markdownEscaped))" }
    var parts = ["### \(question.number). " + text]
    if let response = question.response {
      parts.append(
        (question.responseLabel.map { "*\($0.markdownEscaped):* " } ?? "")
          + response.markdownEscaped)
    }
    var writing = question.writingLabel.map { "*\($0.markdownEscaped):* " } ?? ""
    if question.writingLines > 0 { writing += Self.blank + Self.blank }
    if !writing.isEmpty { parts.append(writing) }
    return parts.joined(separator: "\n\n")
  }

  private func render(_ box: ReflectionSheet.Box) -> String {
    var lines: [String] = []
    for row in box.rows {
      let blanks = row.blanks.map { label in
        label.isEmpty ? Self.blank + Self.blank : "\(label.markdownEscaped): \(Self.blank)"
      }.joined(separator: " ")
      if let label = row.label, isOrdinal(label) {
        lines.append("\(label) \(blanks)")
        continue
      }
      lines.append("- " + (row.label.map { "**\($0.markdownEscaped)** " } ?? "") + blanks)
      if !row.choices.isEmpty { lines.append(tasks(row.choices, selected: nil, indent: "  ")) }
    }
    return "## " + box.title.markdownEscaped + "\n\n" + lines.joined(separator: "\n")
  }

  /// "1." and the like start an ordered list as they are.
  private func isOrdinal(_ label: String) -> Bool {
    label.hasSuffix(".") && !label.dropLast().isEmpty && label.dropLast().allSatisfy(\.isNumber)
  }

  private func tasks(_ labels: [String], selected: Int?, indent: String) -> String {
    labels.enumerated().map { index, label in
      indent + (index == selected ? "- [x] " : "- [ ] ") + label.markdownEscaped
    }.joined(separator: "\n")
  }
}
