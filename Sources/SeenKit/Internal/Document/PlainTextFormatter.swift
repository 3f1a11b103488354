/// Writes a document as plain text wrapped to a width, optionally with bold headings for a
/// colour terminal. All text is stripped of control characters first.
struct PlainTextFormatter {
  var width: Int
  var color: Bool

  private func bold(_ text: String) -> String {
    color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  func format(_ document: Document) -> String {
    var output = ""
    var previous: Document.Block?
    for block in document.blocks {
      if let previous, !(previous.isListLike && block.isListLike),
        !(document.compactLists && previous.isHeading)
      {
        output += "\n"
      }
      // Items start a new group with a blank line when the previous item had fields under it.
      if !document.compactLists, case .item(_, _, 0) = block, case .field? = previous {
        output += "\n"
      }
      output += render(block) + "\n"
      previous = block
    }
    return output
  }

  /// A heading wrapped to the width, underlined as far as its longest line.
  private func underlined(_ text: String, with character: Character) -> String {
    let wrapped = TextWrapping.wrap(text.terminalSafe, width: width)
    let longest = wrapped.split(separator: "\n").map(\.count).max() ?? 0
    return bold(wrapped) + "\n" + String(repeating: character, count: min(width, longest))
  }

  private func render(_ block: Document.Block) -> String {
    switch block {
    case .title(let text):
      return underlined(text, with: "=")
    case .heading(let text):
      return underlined(text, with: "-")
    case .subheading(let text):
      return bold(TextWrapping.wrap(text.terminalSafe, width: width))
    case .paragraph(let text):
      return TextWrapping.wrap(text.terminalSafe, width: width)
    case .item(let lead, let text, let level):
      let indent = String(repeating: "  ", count: level + 1)
      let leadText = lead.map { $0.terminalSafe + (text.isEmpty ? "" : ": ") } ?? ""
      let wrapped = TextWrapping.wrap(
        leadText + text.terminalSafe, width: width, indent: indent + "- ", hanging: indent + "  ")
      guard color, let lead, !lead.isEmpty else { return wrapped }
      // Embolden the lead after wrapping so that escape bytes do not count towards the width.
      let prefix = indent + "- " + lead.terminalSafe
      guard wrapped.hasPrefix(prefix) else { return wrapped }
      return indent + "- " + bold(lead.terminalSafe) + wrapped.dropFirst(prefix.count)
    case .field(let label, let text):
      return TextWrapping.wrap(
        label + ": " + text.terminalSafe, width: width, indent: "      ", hanging: "      ")
    case .numbered(let number, let text):
      let marker = "  \(number). "
      return TextWrapping.wrap(
        text.terminalSafe, width: width, indent: marker,
        hanging: String(repeating: " ", count: marker.count))
    case .quote(let text):
      return TextWrapping.wrap(text.terminalSafe, width: width, indent: "    ", hanging: "    ")
    }
  }
}
