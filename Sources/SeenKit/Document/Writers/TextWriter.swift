/// Writes a document as plain text wrapped to a width, optionally with bold headings and leads
/// for a colour terminal. Blocks are parted by a blank line; list entries follow one another.
struct TextWriter: DocumentWriter {
  static let medium = Medium.text
  var width: Int
  var color: Bool

  func bold(_ text: String) -> String {
    color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
  }

  func write(_ safe: SafeDocument) -> String {
    var output = ""
    write(safe, parts: [], to: { output += $0 })
    return output
  }

  /// The document with each part's blocks after its own, written a part at a time: the same
  /// text as one document holding them all, which is never held whole.
  func write(_ safe: SafeDocument, parts: some Sequence<[Block]>, to output: (String) -> Void) {
    let document = safe.document
    var previous: Block?
    var wrote = false
    func add(_ blocks: [Block]) {
      let text = sequence(blocks, compact: document.compactLists, after: &previous)
      if !text.isEmpty { wrote = true }
      output(text)
    }
    add(document.blocks)
    for part in parts {
      add(SafeDocument(Document(blocks: part), for: Self.medium).document.blocks)
    }
    if !document.footer.isEmpty {
      output((wrote ? "\n" : "") + document.footer.map(wrap).joined(separator: "\n") + "\n")
    }
  }

  /// Blocks one after another, each ending its last line, with the separators between them.
  private func sequence(_ blocks: [Block], compact: Bool) -> String {
    var previous: Block?
    return sequence(blocks, compact: compact, after: &previous)
  }

  /// The blocks after `previous`, the block written last, which becomes the last of them.
  private func sequence(_ blocks: [Block], compact: Bool, after previous: inout Block?) -> String {
    var output = ""
    // A page break has no place in text read on a screen or piped to a printer as it comes.
    for block in blocks where block != .pageBreak {
      output += separator(before: block, after: previous, compact: compact)
      output += render(block, compact: compact) + "\n"
      previous = block
    }
    return output
  }

  /// A blank line between blocks, but not between a list and the list after it, nor after a
  /// heading in a compact document; and a blank line before a new entry when the entry before
  /// it had fields under it, so that each reads as a group.
  private func separator(before block: Block, after previous: Block?, compact: Bool) -> String {
    guard let previous else { return "" }
    if case .list(let list) = block, case .list(let before) = previous {
      let afterFields = !(before.entries.last?.fields.isEmpty ?? true)
      return !compact && afterFields && list.entries.first?.level == 0 ? "\n" : ""
    }
    if compact, case .heading = previous { return "" }
    return "\n"
  }

  func render(_ block: Block, compact: Bool) -> String {
    switch block {
    case .heading(let heading): return render(heading)
    case .paragraph(let text): return wrap(text.plain)
    case .note(let text): return wrap(text.plain)
    case .list(let list): return render(list, compact: compact)
    case .quote(let quote):
      return TextWrapping.wrap(
        quote.text.plain + (quote.source.map { " (\($0))" } ?? ""), width: width, indent: "    ",
        hanging: "    ")
    case .table(let table): return render(table)
    case .chart(let chart):
      return String(sequence(chart.blocks, compact: compact).dropLast())
    case .answer(let answer): return render(answer)
    case .fields(let fields): return render(fields)
    case .box(let box): return render(box)
    case .writing(let space): return render(space)
    case .group(let group):
      return String(sequence(group.blocks, compact: compact).dropLast())
    case .pageBreak: return ""
    }
  }

  func wrap(_ text: String) -> String {
    TextWrapping.wrap(text, width: width)
  }

  /// A title or section heading wrapped to the width, underlined as far as its longest line; a
  /// part of a section is only bold.
  private func render(_ heading: Heading) -> String {
    let wrapped = wrap(heading.text)
    guard heading.level <= 2 else { return bold(wrapped) }
    let longest = wrapped.split(separator: "\n").map(\.count).max() ?? 0
    let character = heading.level == 1 ? "=" : "-"
    return bold(wrapped) + "\n" + String(repeating: character, count: min(width, longest))
  }

  private func render(_ list: List, compact: Bool) -> String {
    var lines: [String] = []
    var afterFields = false
    for entry in list.entries {
      if !compact && afterFields && entry.level == 0 { lines.append("") }
      lines.append(render(entry))
      lines += entry.fields.map { render($0, indent: "      ") }
      afterFields = !entry.fields.isEmpty
    }
    return lines.joined(separator: "\n")
  }

  private func render(_ entry: ListEntry) -> String {
    let text = entry.text.plain
    if case .number(let number) = entry.marker {
      let marker = String(repeating: "  ", count: entry.level + 1) + "\(number). "
      return TextWrapping.wrap(
        text, width: width, indent: marker, hanging: String(repeating: " ", count: marker.count))
    }
    let indent = String(repeating: "  ", count: entry.level + 1)
    if entry.lead == nil, let command = CommandWrapping.command(in: entry.text) {
      var lines = commandLines(command, indent: indent + "  ")
      lines[0] = indent + "- " + lines[0].dropFirst(indent.count + 2)
      return lines.joined(separator: "\n")
    }
    let lead = entry.lead?.plain
    let leadText = lead.map { $0 + (text.isEmpty ? "" : ": ") } ?? ""
    let wrapped = TextWrapping.wrap(
      leadText + text, width: width, indent: indent + "- ", hanging: indent + "  ")
    guard color, let lead, !lead.isEmpty else { return wrapped }
    // Embolden the lead after wrapping so that escape bytes do not count towards the width.
    let prefix = indent + "- " + lead
    guard wrapped.hasPrefix(prefix) else { return wrapped }
    return indent + "- " + bold(lead) + wrapped.dropFirst(prefix.count)
  }

  /// A command to type, on lines of its own after `indent`, broken only between its arguments.
  private func commandLines(_ command: String, indent: String) -> [String] {
    CommandWrapping.lines(command, columns: width - indent.count).map { indent + $0 }
  }

  /// Labelled lines as on a form: the values in one column, a blank running to the width.
  private func render(_ fields: [Field]) -> String {
    let labelWidth = fields.map(\.label.count).max() ?? 0
    return fields.map { field in
      let label =
        field.label + ":" + String(repeating: " ", count: labelWidth + 1 - field.label.count)
      guard let value = field.value, !value.isEmpty else {
        return label + String(repeating: "_", count: max(width - label.count, 4))
      }
      return TextWrapping.wrap(
        value.plain, width: width, indent: label,
        hanging: String(repeating: " ", count: label.count))
    }.joined(separator: "\n")
  }

  /// A labelled line under a list entry, or the label and a line to write on.
  func render(_ field: Field, indent: String) -> String {
    guard let value = field.value, !value.isEmpty else {
      let room = max(10, width / 2 - indent.count - field.label.count - 2)
      return indent + field.label + ": " + String(repeating: "_", count: room)
    }
    // A command stays on the label's line when it fits; else it has lines of its own.
    if let command = CommandWrapping.command(in: value) {
      let line = indent + field.label + ": " + command
      if line.count <= width { return line }
      let label = TextWrapping.wrap(field.label + ":", width: width, indent: indent)
      return ([label] + commandLines(command, indent: indent + "  "))
        .joined(separator: "\n")
    }
    return TextWrapping.wrap(
      field.label + ": " + value.plain, width: width, indent: indent, hanging: indent)
  }
}
