/// A document as a writer receives it: every string in it, the user's and the content's,
/// neutralised for the writer's medium by the one safety layer (`String+Safety.swift`). This is
/// the only way to make one, and the writers take nothing else, so no writer (and no product
/// added later) can forget to make typed text safe: a note cannot move the cursor, add Markdown
/// or HTML, or start a line of its own.
struct SafeDocument: Equatable, Sendable {
  /// The medium the text was made safe for.
  let medium: Medium
  let document: Document

  init(_ document: Document, for medium: Medium) {
    self.medium = medium
    self.document = document.neutralised(medium)
  }
}

/// What a writer's text becomes, and so what makes it safe there.
enum Medium: Equatable, Sendable {
  /// A terminal or a text file: controls, escapes and line breaks removed (`terminalSafe`).
  case text
  /// CommonMark: the above, then markup and autolinks neutralised (`markdownEscaped`).
  case markdown
  /// HTML: `terminalSafe`, then `htmlEscaped`.
  case html
  /// Text drawn in a PDF: `terminalSafe`; the PDF writer encodes it for its font.
  case pdf

  func neutralised(_ text: String) -> String {
    switch self {
    case .text, .pdf: return text.terminalSafe
    case .markdown: return text.markdownEscaped
    case .html: return text.terminalSafe.htmlEscaped
    }
  }

  /// A run: code in Markdown is only `terminalSafe`, since a code span shows its text as it is
  /// (the writer fences it with more backticks than it holds).
  func neutralised(_ run: Inline) -> Inline {
    if case .code(let text) = run, self == .markdown { return .code(text.terminalSafe) }
    return run.with(neutralised(run.text))
  }
}

extension Document {
  fileprivate func neutralised(_ medium: Medium) -> Document {
    Document(
      title: medium.neutralised(title), blocks: blocks.map { $0.neutralised(medium) },
      footer: footer.map(medium.neutralised), compactLists: compactLists)
  }
}

extension RichText {
  /// Each run made safe. `terminalSafe` trims a run's ends, so a space that joins one run to the
  /// next ("Visibility: " and then a strong run) is put back; the text's own ends stay trimmed.
  fileprivate func neutralised(_ medium: Medium) -> RichText {
    RichText(
      runs.enumerated().map { index, run in
        var text = medium.neutralised(run).text
        guard !text.isEmpty else { return run.with("") }
        if index > 0, run.text.first?.isWhitespace == true { text = " " + text }
        if index < runs.count - 1, run.text.last?.isWhitespace == true { text += " " }
        return run.with(text)
      })
  }
}

extension Block {
  fileprivate func neutralised(_ medium: Medium) -> Block {
    let safe = medium.neutralised as (String) -> String
    switch self {
    case .heading(let heading):
      return .heading(Heading(level: heading.level, text: safe(heading.text)))
    case .paragraph(let text): return .paragraph(text.neutralised(medium))
    case .note(let text): return .note(text.neutralised(medium))
    case .list(let list):
      return .list(List(entries: list.entries.map { $0.neutralised(medium) }))
    case .quote(let quote):
      return .quote(Quote(text: quote.text.neutralised(medium), source: quote.source.map(safe)))
    case .table(let table): return .table(table.neutralised(medium))
    case .answer(let answer): return .answer(answer.neutralised(medium))
    case .fields(let fields): return .fields(fields.map { $0.neutralised(medium) })
    case .box(let box):
      return .box(
        Box(
          title: safe(box.title),
          rows: box.rows.map {
            Box.Row(
              label: $0.label.map(safe), choices: $0.choices.map(safe), blanks: $0.blanks.map(safe))
          }))
    case .writing(let space):
      return .writing(WritingSpace(label: space.label.map(safe), lines: space.lines))
    case .group(let group):
      return .group(
        Group(arrangement: group.arrangement, blocks: group.blocks.map { $0.neutralised(medium) }))
    case .pageBreak: return .pageBreak
    }
  }
}

extension ListEntry {
  fileprivate func neutralised(_ medium: Medium) -> ListEntry {
    ListEntry(
      marker: marker, lead: lead?.neutralised(medium), text: text.neutralised(medium),
      level: level, fields: fields.map { $0.neutralised(medium) })
  }
}

extension Field {
  fileprivate func neutralised(_ medium: Medium) -> Field {
    Field(label: medium.neutralised(label), value: value?.neutralised(medium))
  }
}

extension Table {
  fileprivate func neutralised(_ medium: Medium) -> Table {
    let safe = medium.neutralised as (String) -> String
    return Table(
      caption: caption.map(safe), instruction: instruction.map(safe),
      columns: columns.map { Column(title: safe($0.title), role: $0.role) },
      rows: rows.map { row in
        row.map { Cell($0.text.neutralised(medium), answer: $0.answer?.neutralised(medium)) }
      },
      note: note?.neutralised(medium))
  }
}

extension AnswerLine {
  fileprivate func neutralised(_ medium: Medium) -> AnswerLine {
    let safe = medium.neutralised as (String) -> String
    return AnswerLine(
      prompt: prompt?.neutralised(medium), choices: choices.map(safe), selected: selected,
      mark: mark.map { Mark(symbol: safe($0.symbol), word: safe($0.word), text: safe($0.text)) },
      note: note?.neutralised(medium))
  }
}
