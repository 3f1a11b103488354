/// Writes a document as CommonMark. Its text arrives escaped (`SafeDocument`), so a note cannot
/// add markup; the writer adds only its own.
struct MarkdownWriter: DocumentWriter {
  static let medium = Medium.markdown

  func write(_ safe: SafeDocument) -> String {
    var output = ""
    write(safe, parts: [], to: { output += $0 })
    return output
  }

  /// The document with each part's blocks after its own, written a part at a time: the same
  /// text as one document holding them all, which is never held whole.
  func write(_ safe: SafeDocument, parts: some Sequence<[Block]>, to output: (String) -> Void) {
    var previous: Block?
    output(sequence(safe.document.blocks, after: &previous))
    for part in parts {
      output(
        sequence(
          SafeDocument(Document(blocks: part), for: Self.medium).document.blocks, after: &previous))
    }
    if !safe.document.footer.isEmpty {
      output("\n---\n\n" + safe.document.footer.joined(separator: "\n\n") + "\n")
    }
  }

  /// Blocks parted by a blank line, but a list and the list after it run on.
  private func sequence(_ blocks: [Block]) -> String {
    var previous: Block?
    return sequence(blocks, after: &previous)
  }

  /// The blocks after `previous`, the block written last, which becomes the last of them.
  private func sequence(_ blocks: [Block], after previous: inout Block?) -> String {
    var output = ""
    for block in blocks {
      if let previous, !(previous.isList && block.isList) { output += "\n" }
      output += render(block) + "\n"
      previous = block
    }
    return output
  }

  private func render(_ block: Block) -> String {
    switch block {
    case .heading(let heading):
      return String(repeating: "#", count: min(6, max(1, heading.level))) + " " + heading.text
    case .paragraph(let text): return inline(text)
    case .note(let text): return "<small>" + inline(text) + "</small>"
    case .list(let list): return list.entries.map(render).joined(separator: "\n")
    case .quote(let quote):
      return "> " + inline(quote.text) + (quote.source.map { " (\($0))" } ?? "")
    case .table(let table): return render(table)
    case .chart(let chart): return String(sequence(chart.blocks).dropLast())
    case .answer(let answer): return render(answer)
    case .fields(let fields): return fields.map(render).joined(separator: "\n")
    case .box(let box): return render(box)
    case .writing(let space): return render(space)
    case .group(let group): return String(sequence(group.blocks).dropLast())
    case .pageBreak: return "<div style=\"page-break-after: always\"></div>"
    }
  }

  private func render(_ entry: ListEntry) -> String {
    let text = inline(entry.text)
    let marker: String
    switch entry.marker {
    case .bullet: marker = String(repeating: "  ", count: entry.level) + "- "
    case .number(let number): marker = String(repeating: "   ", count: entry.level) + "\(number). "
    }
    let lead = entry.lead.map { "**\(inline($0))**" + (entry.text.isEmpty ? "" : ": ") } ?? ""
    let fields = entry.fields.map { field in
      "  - *\(field.label):* " + (field.value.map(inline) ?? blank)
    }
    return ([marker + lead + text] + fields).joined(separator: "\n")
  }

  private func render(_ field: Field) -> String {
    "**\(field.label):** " + (field.value.map(inline) ?? blank) + "  "
  }

  /// A line to write on.
  let blank = "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"

  /// Runs as CommonMark: a space at either end of a styled run is moved outside its delimiters,
  /// where it does not stop them from counting.
  func inline(_ text: RichText) -> String {
    text.runs.map { run in
      switch run {
      case .plain(let text), .source(let text): return text
      case .emphasis(let text): return delimited(text, by: "*")
      case .strong(let text): return delimited(text, by: "**")
      case .code(let text): return Self.codeSpan(text)
      }
    }.joined()
  }

  private func delimited(_ text: String, by delimiter: String) -> String {
    let core = text.trimmingSpaces
    guard !core.isEmpty else { return text }
    return (text.first == " " ? " " : "") + delimiter + core + delimiter
      + (text.last == " " ? " " : "")
  }

  /// A code span fenced with one backtick more than the longest run of them inside it
  /// (CommonMark), padded where the text starts or ends with one: a file name may hold them.
  static func codeSpan(_ text: String) -> String {
    var longest = 0
    var current = 0
    for character in text {
      current = character == "`" ? current + 1 : 0
      longest = max(longest, current)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let pad = text.first == "`" || text.last == "`" ? " " : ""
    return fence + pad + text + pad + fence
  }
}

extension Block {
  var isList: Bool {
    if case .list = self { return true }
    return false
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
