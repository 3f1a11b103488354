/// Writes a document as one self-contained HTML file to read on screen and print from a browser:
/// one shell, one print stylesheet for A4 (`HTMLWriter.style`), no scripts, fonts or images;
/// semantic headings, lists, quotations and tables with row and column headings, and real form
/// controls with labels for what is filled in, so that a screen reader can read it. Its text
/// arrives escaped (`SafeDocument`); the writer adds only its own markup.
struct HTMLWriter: DocumentWriter {
  static let medium = Medium.html

  /// The class of the page's body, so that a product can adjust the shared style (a sheet's
  /// kind, "report").
  var bodyClass: String?

  func write(_ safe: SafeDocument) -> String {
    var output = ""
    write(safe, parts: [], to: { output += $0 })
    return output
  }

  /// The document with each part's blocks after its own, written a part at a time: the same
  /// page as one document holding them all, which is never held whole.
  func write(_ safe: SafeDocument, parts: some Sequence<[Block]>, to output: (String) -> Void) {
    var ids = HTMLIDs()
    let document = safe.document
    output(
      """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(document.title)</title>
      <style>
      \(Self.style)
      \(Self.runningFooter(document.title))
      </style>
      </head>
      <body\(bodyClass.map { " class=\"\($0)\"" } ?? "")>

      """ + "<main>\n" + sequence(document.blocks, ids: &ids))
    for part in parts {
      output(
        sequence(SafeDocument(Document(blocks: part), for: Self.medium).document.blocks, ids: &ids))
    }
    var end = "</main>\n"
    if !document.footer.isEmpty {
      end += "<footer>\n" + document.footer.map { "<p>\($0)</p>\n" }.joined() + "</footer>\n"
    }
    output(end + "</body>\n</html>\n")
  }

  /// The document's title and the page number at the foot of every printed page, as the PDF
  /// has them: a sheet's title says it is not for the family, and a page taken out of the pile
  /// must still say so. The title arrives HTML-escaped; in a style sheet it is written as CSS
  /// escapes, every character but letters, digits and spaces as its code point, so that no text
  /// can end the string or the style element.
  static func runningFooter(_ escapedTitle: String) -> String {
    // Undo the five escapes of `htmlEscaped`; nothing else can be in the text.
    let entities: [(String, Character)] = [
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
    ]
    var title = ""
    var rest = Substring(escapedTitle)
    while let first = rest.first {
      if first == "&", let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) {
        title.append(character)
        rest = rest.dropFirst(entity.count)
      } else {
        title.append(first)
        rest = rest.dropFirst()
      }
    }
    var css = ""
    for scalar in title.unicodeScalars {
      if scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar)
        || scalar == " "
      {
        css.unicodeScalars.append(scalar)
      } else {
        css += "\\" + String(scalar.value, radix: 16) + " "
      }
    }
    return """
      @page { @bottom-left { content: "\(css)"; font-size: 7.5pt; } \
      @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; } }
      """
  }

  /// The blocks in order, each heading (with any headings straight after it) wrapped with the
  /// start of what follows it in a box that is not split across pages, so that no heading is
  /// left alone at the foot of a printed page in a browser that ignores `break-after`: a list's
  /// first entry, a side-by-side group's first row, or the whole of a smaller block. A table
  /// or a chart stays whole outside the box, which asks not to be parted from it.
  func sequence(_ blocks: [Block], ids: inout HTMLIDs) -> String {
    var html = ""
    var index = blocks.startIndex
    while index < blocks.endIndex {
      guard case .heading = blocks[index] else {
        html += render(blocks[index], ids: &ids)
        index += 1
        continue
      }
      // The headings, and any small print under them, wait for the block they introduce.
      var kept = ""
      while index < blocks.endIndex, blocks[index].isHeadingOrNote {
        kept += render(blocks[index], ids: &ids)
        index += 1
      }
      var rest = ""
      if index < blocks.endIndex {
        let (head, tail) = startAndRest(blocks[index])
        kept += head.map { render($0, ids: &ids) } ?? ""
        rest = tail.map { render($0, ids: &ids) } ?? ""
        index += 1
      }
      html += "<div class=\"keep\">\n" + kept + "</div>\n" + rest
    }
    return html
  }

  /// A block parted into what is kept with the heading before it and what may follow on the
  /// next page.
  private func startAndRest(_ block: Block) -> (Block?, Block?) {
    switch block {
    case .list(let list) where list.entries.count > 1:
      // The first entry with the entries nested under it.
      let first = list.entries[0].level
      let end = list.entries.dropFirst().firstIndex { $0.level <= first } ?? list.entries.endIndex
      guard end < list.entries.endIndex else { return (block, nil) }
      return (
        .list(List(entries: Array(list.entries[..<end]))),
        .list(List(entries: Array(list.entries[end...])))
      )
    case .group(let group) where group.arrangement == .sideBySide && group.blocks.count > 2:
      return (
        .group(Group(arrangement: .sideBySide, blocks: Array(group.blocks.prefix(2)))),
        .group(Group(arrangement: .sideBySide, blocks: Array(group.blocks.dropFirst(2))))
      )
    case .table, .chart, .pageBreak: return (nil, block)
    default: return (block, nil)
    }
  }

  private func render(_ block: Block, ids: inout HTMLIDs) -> String {
    switch block {
    case .heading(let heading):
      let level = min(6, max(1, heading.level))
      return "<h\(level)>\(heading.text)</h\(level)>\n"
    case .paragraph(let text): return "<p>\(inline(text))</p>\n"
    case .note(let text): return "<p class=\"small\">\(inline(text))</p>\n"
    case .list(let list): return render(list.entries[...])
    case .quote(let quote):
      return "<blockquote><p>\(inline(quote.text))"
        + (quote.source.map { " <cite>(\($0))</cite>" } ?? "") + "</p></blockquote>\n"
    case .table(let table): return render(table, ids: &ids)
    case .chart(let chart): return render(chart, ids: &ids)
    case .answer(let answer): return render(answer, ids: &ids)
    case .fields(let fields):
      return "<div class=\"fields\">\n" + fields.map { render($0, ids: &ids) }.joined() + "</div>\n"
    case .box(let box): return render(box, ids: &ids)
    case .writing(let space): return render(space, ids: &ids)
    case .group(let group):
      let kind = group.arrangement == .together ? "together" : "side-by-side"
      return "<div class=\"\(kind)\">\n" + sequence(group.blocks, ids: &ids) + "</div>\n"
    case .pageBreak: return "<div class=\"page-break\"></div>\n"
    }
  }

  /// Entries as nested lists: each entry's deeper entries inside it, and bullets and numbers in
  /// lists of their own.
  private func render(_ entries: ArraySlice<ListEntry>) -> String {
    guard let base = entries.map(\.level).min() else { return "" }
    var html = ""
    var openTag: String?
    var index = entries.startIndex
    while index < entries.endIndex {
      let entry = entries[index]
      var end = index + 1
      while end < entries.endIndex && entries[end].level > base { end += 1 }
      let tag = entry.marker == .bullet ? "ul" : "ol"
      if openTag != tag {
        html += (openTag.map { "</\($0)>\n" } ?? "") + "<\(tag)>\n"
        openTag = tag
      }
      html += item(entry) + render(entries[(index + 1)..<end]) + "</li>\n"
      index = end
    }
    return html + (openTag.map { "</\($0)>\n" } ?? "")
  }

  /// An entry's opening tag, lead, text and fields; its deeper entries follow.
  private func item(_ entry: ListEntry) -> String {
    var html = "<li>"
    if case .number(let number) = entry.marker { html = "<li value=\"\(number)\">" }
    if let lead = entry.lead {
      html += "<strong>\(inline(lead))</strong>" + (entry.text.isEmpty ? "" : ": ")
    }
    html += inline(entry.text)
    for field in entry.fields {
      html += "\n<p class=\"field\"><em>\(field.label):</em> \(field.value.map(inline) ?? "")</p>"
    }
    return html
  }

  /// A command's words, each with a hyphen kept whole (a browser would break "--blank" after
  /// its dashes), so that a wrapped command still reads as typed.
  static func unbrokenWords(_ text: String) -> String {
    text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      word.contains("-") ? "<span style=\"white-space: nowrap\">\(word)</span>" : String(word)
    }.joined(separator: " ")
  }

  func inline(_ text: RichText) -> String {
    text.runs.map { run in
      switch run {
      case .plain(let text): return text
      case .emphasis(let text): return "<em>\(text)</em>"
      case .strong(let text): return "<strong>\(text)</strong>"
      case .code(let text): return "<code>\(Self.unbrokenWords(text))</code>"
      case .source(let text): return "<cite>\(text)</cite>"
      }
    }.joined()
  }
}

/// Ids for the form controls, unique in the page so that every label points at its control.
struct HTMLIDs {
  private var counter = 0

  mutating func next(_ prefix: String) -> String {
    counter += 1
    return "\(prefix)-\(counter)"
  }
}

extension Block {
  fileprivate var isHeadingOrNote: Bool {
    switch self {
    case .heading, .note: return true
    default: return false
    }
  }
}
