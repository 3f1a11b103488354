/// Writes a document as CommonMark. All text is escaped, so a note cannot add markup.
struct MarkdownFormatter {
  func format(_ document: Document) -> String {
    var output = ""
    var previous: Document.Block?
    for block in document.blocks {
      if let previous, !(previous.isListLike && block.isListLike) {
        output += "\n"
      }
      output += render(block, after: previous) + "\n"
      previous = block
    }
    return output
  }

  private func render(_ block: Document.Block, after previous: Document.Block?) -> String {
    switch block {
    case .title(let text):
      return "# " + text.markdownEscaped
    case .heading(let text):
      return "## " + text.markdownEscaped
    case .subheading(let text):
      return "### " + text.markdownEscaped
    case .paragraph(let text):
      return text.markdownEscaped
    case .item(let lead, let text, let level):
      let indent = String(repeating: "  ", count: level)
      let leadText = lead.map { "**\($0.markdownEscaped)**" + (text.isEmpty ? "" : ": ") } ?? ""
      return indent + "- " + leadText + text.markdownEscaped
    case .field(let label, let text):
      return "  - *\(label.markdownEscaped):* " + text.markdownEscaped
    case .numbered(let number, let text):
      return "\(number). " + text.markdownEscaped
    case .quote(let text):
      return "> " + text.markdownEscaped
    }
  }
}
