/// Writes a reflection sheet as plain text for a terminal or a printer (`seen sheet | lpr`):
/// wrapped to the width (80 columns for paper), tick boxes and rules drawn in ASCII so that any
/// printer shows them, and every string stripped of control characters first.
struct SheetTextFormatter {
  var width: Int
  var color: Bool

  /// Labels longer than this go on their own line above their tick boxes.
  private static let longestInlineLabel = 20

  func format(_ sheet: ReflectionSheet) -> String {
    var sections: [String] = [title(sheet.title)]
    for block in sheet.blocks {
      sections.append(render(block))
    }
    var footer = [String(repeating: "-", count: width)]
    footer += sheet.footer.map { wrap($0) }
    sections.append(footer.joined(separator: "\n"))
    return sections.joined(separator: "\n\n") + "\n"
  }

  // MARK: - Blocks

  private func render(_ block: ReflectionSheet.Block) -> String {
    switch block {
    case .heading(let text):
      let safe = text.terminalSafe
      return bold(safe) + "\n" + String(repeating: "-", count: min(width, safe.count))
    case .paragraph(let text), .note(let text):
      return wrap(text)
    case .fields(let fields):
      let labelWidth = fields.map { $0.label.terminalSafe.count }.max() ?? 0
      return fields.map { field in
        let label = pad(field.label.terminalSafe + ":", to: labelWidth + 2)
        guard let value = field.value?.terminalSafe, !value.isEmpty else {
          return label + blank(width - label.count)
        }
        return TextWrapping.wrap(
          value, width: width, indent: label, hanging: String(repeating: " ", count: label.count))
      }.joined(separator: "\n")
    case .men(let men):
      return men.map(render).joined(separator: "\n\n")
    case .checklist(let checklist):
      return render(checklist)
    case .question(let question):
      return render(question)
    case .box(let box):
      return render(box)
    case .list(let entries):
      return entries.map { entry in
        let lead = entry.lead.map { $0.terminalSafe + ": " } ?? ""
        return TextWrapping.wrap(
          lead + entry.text.terminalSafe, width: width, indent: "  - ", hanging: "    ")
      }.joined(separator: "\n")
    }
  }

  private func render(_ man: ReflectionSheet.Man) -> String {
    let label = man.label.terminalSafe
    guard !man.isBlank else {
      let first = "  \(label)  Label (not a name): "
      let second = "  " + String(repeating: " ", count: label.count) + "  Relationship: "
      let third = String(repeating: " ", count: label.count + 4) + "Lives with the baby?  "
      return first + blank(width - first.count) + "\n" + second + blank(width - second.count)
        + "\n" + third + ticks(["yes", "no", "not known"], selected: nil)
    }
    var lines = [
      TextWrapping.wrap(
        "\(label): "
          + [man.relationship, man.livesWithBaby].compactMap { $0?.terminalSafe }
          .joined(separator: "; ") + ".",
        width: width, indent: "  ", hanging: "    ")
    ]
    if let visibility = man.visibility {
      lines.append(
        TextWrapping.wrap(
          "Visibility: " + visibility.terminalSafe, width: width, indent: "    ", hanging: "      ")
      )
    }
    return lines.joined(separator: "\n")
  }

  private func render(_ checklist: ReflectionSheet.Checklist) -> String {
    var parts = [render(.heading(checklist.title))]
    if let instruction = checklist.instruction { parts.append(wrap(instruction)) }
    let labels = checklist.columns.map(\.terminalSafe)
    let labelWidth = min(labels.map(\.count).max() ?? 0, Self.longestInlineLabel) + 2
    let indent = "    "
    let cellIndent = String(repeating: " ", count: indent.count + labelWidth)
    for row in checklist.rows {
      let number = row.number < 10 ? " \(row.number). " : "\(row.number). "
      var lines = [
        TextWrapping.wrap(
          row.title.terminalSafe, width: width, indent: number,
          hanging: indent),
        TextWrapping.wrap(row.prompt.terminalSafe, width: width, indent: indent),
      ]
      for (label, cell) in zip(labels, row.cells) {
        let boxes = ticks(
          checklist.choices.map(\.label),
          selected: cell.selected.flatMap { value in
            checklist.choices.firstIndex { $0.value == value }
          })
        if label.count > Self.longestInlineLabel {
          lines.append(indent + label)
          lines.append(cellIndent + boxes)
        } else {
          lines.append(indent + pad(label, to: labelWidth) + boxes)
        }
        if let gap = cell.gap {
          lines.append(
            TextWrapping.wrap(
              "\(ReflectionSheet.gapSymbol) \(ReflectionSheet.gapWord): "
                + gap.terminalSafe, width: width, indent: cellIndent))
        }
        if let note = cell.note {
          lines.append(
            TextWrapping.wrap(
              "Note: " + note.terminalSafe, width: width, indent: cellIndent,
              hanging: cellIndent + "  "))
        }
      }
      parts.append(lines.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  private func render(_ question: ReflectionSheet.Question) -> String {
    let number = question.number < 10 ? " \(question.number). " : "\(question.number). "
    let indent = "    "
    var text = question.text.terminalSafe
    if let source = question.source { text += " (\(source.terminalSafe))" }
    var lines = [TextWrapping.wrap(text, width: width, indent: number, hanging: indent)]
    if let response = question.response {
      lines.append(
        TextWrapping.wrap(
          (question.responseLabel.map { $0.terminalSafe + ": " } ?? "") + response.terminalSafe,
          width: width, indent: indent, hanging: indent + "  "))
    }
    if let label = question.writingLabel { lines.append(indent + label.terminalSafe + ":") }
    // A blank line above each rule leaves room to write by hand.
    for _ in 0..<question.writingLines {
      lines.append("")
      lines.append(indent + blank(width - indent.count))
    }
    return lines.joined(separator: "\n")
  }

  private func render(_ box: ReflectionSheet.Box) -> String {
    let inner = width - 4
    let rule = "+" + String(repeating: "-", count: width - 2) + "+"
    func row(_ text: String) -> String { "| " + pad(text, to: inner) + " |" }
    var lines = [rule]
    for line in TextWrapping.wrap(box.title.terminalSafe, width: inner).split(separator: "\n") {
      lines.append(row(bold(String(line), padTo: inner)))
    }
    let labelWidth = box.rows.compactMap { $0.label?.terminalSafe.count }.max() ?? 0
    for boxRow in box.rows {
      lines.append(row(""))
      var text = ""
      if let label = boxRow.label {
        text += pad(label.terminalSafe, to: min(labelWidth, Self.longestInlineLabel) + 1) + " "
      }
      if !boxRow.choices.isEmpty { text += ticks(boxRow.choices, selected: nil) + "  " }
      // Labelled blanks share what is left; an unlabelled one (the action itself) gets twice as much.
      let labels = boxRow.blanks.map { $0.isEmpty ? "" : $0.terminalSafe + ": " }
      let gaps = max(0, boxRow.blanks.count - 1) * 2
      let room = inner - text.count - labels.reduce(0) { $0 + $1.count } - gaps
      let shares = boxRow.blanks.map { $0.isEmpty ? 2 : 1 }
      let totalShares = max(1, shares.reduce(0, +))
      var used = 0
      for (index, label) in labels.enumerated() {
        let length =
          index == labels.count - 1 ? room - used : room * shares[index] / totalShares
        used += length
        text += label + blank(length) + (index == labels.count - 1 ? "" : "  ")
      }
      lines.append(row(text))
    }
    lines.append(row(""))
    lines.append(rule)
    return lines.joined(separator: "\n")
  }

  // MARK: - Pieces

  private func title(_ text: String) -> String {
    let safe = text.terminalSafe
    return bold(safe) + "\n" + String(repeating: "=", count: min(width, safe.count))
  }

  private func wrap(_ text: String) -> String {
    TextWrapping.wrap(text.terminalSafe, width: width)
  }

  /// "[ ] yes  [x] partly  [ ] no".
  private func ticks(_ labels: [String], selected: Int?) -> String {
    labels.enumerated().map { index, label in
      (index == selected ? "[x] " : "[ ] ") + label.terminalSafe
    }.joined(separator: "  ")
  }

  /// A line to write on.
  private func blank(_ length: Int) -> String {
    String(repeating: "_", count: max(length, 4))
  }

  private func pad(_ text: String, to length: Int) -> String {
    text.count >= length ? text : text + String(repeating: " ", count: length - text.count)
  }

  private func bold(_ text: String) -> String {
    color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  /// Bold text padded to a width, with the padding outside the escapes so columns still line up.
  private func bold(_ text: String, padTo length: Int) -> String {
    bold(text) + String(repeating: " ", count: max(0, length - text.count))
  }
}
