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
    self.document = document.mapText(Rewrite(string: medium.neutralised, run: medium.neutralised))
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

/// A change made to every string of a document: the labels and titles, and each run.
struct Rewrite {
  var string: (String) -> String
  var run: (Inline) -> Inline
}

extension Document {
  /// The document with every string rewritten, so that nothing in any block is missed.
  func mapText(_ rewrite: Rewrite) -> Document {
    Document(
      title: rewrite.string(title), blocks: blocks.map { $0.rewritten(rewrite) },
      footer: footer.map(rewrite.string), compactLists: compactLists)
  }
}

extension RichText {
  /// Each run made safe. `terminalSafe` trims a run's ends, so a space that joins one run to the
  /// next ("Visibility: " and then a strong run) is put back; the text's own ends stay trimmed.
  fileprivate func rewritten(_ rewrite: Rewrite) -> RichText {
    RichText(
      runs.enumerated().map { index, run in
        var text = rewrite.run(run).text
        guard !text.isEmpty else { return run.with("") }
        if index > 0, run.text.first?.isWhitespace == true { text = " " + text }
        if index < runs.count - 1, run.text.last?.isWhitespace == true { text += " " }
        return run.with(text)
      })
  }
}

extension Block {
  fileprivate func rewritten(_ rewrite: Rewrite) -> Block {
    let safe = rewrite.string
    switch self {
    case .heading(let heading):
      return .heading(Heading(level: heading.level, text: safe(heading.text)))
    case .paragraph(let text): return .paragraph(text.rewritten(rewrite))
    case .note(let text): return .note(text.rewritten(rewrite))
    case .list(let list):
      return .list(List(entries: list.entries.map { $0.rewritten(rewrite) }))
    case .quote(let quote):
      return .quote(Quote(text: quote.text.rewritten(rewrite), source: quote.source.map(safe)))
    case .table(let table): return .table(table.rewritten(rewrite))
    case .chart(let chart): return .chart(chart.rewritten(rewrite))
    case .answer(let answer): return .answer(answer.rewritten(rewrite))
    case .fields(let fields): return .fields(fields.map { $0.rewritten(rewrite) })
    case .box(let box):
      return .box(
        Box(
          title: safe(box.title),
          rows: box.rows.map {
            Box.Row(
              label: $0.label.map(safe), choices: $0.choices.map(safe), blanks: $0.blanks.map(safe),
              selected: $0.selected)
          }))
    case .writing(let space):
      return .writing(WritingSpace(label: space.label.map(safe), lines: space.lines))
    case .group(let group):
      return .group(
        Group(arrangement: group.arrangement, blocks: group.blocks.map { $0.rewritten(rewrite) }))
    case .pageBreak: return .pageBreak
    }
  }
}

extension ListEntry {
  fileprivate func rewritten(_ rewrite: Rewrite) -> ListEntry {
    ListEntry(
      marker: marker, lead: lead?.rewritten(rewrite), text: text.rewritten(rewrite),
      level: level, fields: fields.map { $0.rewritten(rewrite) })
  }
}

extension Field {
  fileprivate func rewritten(_ rewrite: Rewrite) -> Field {
    Field(label: rewrite.string(label), value: value?.rewritten(rewrite))
  }
}

extension Table {
  fileprivate func rewritten(_ rewrite: Rewrite) -> Table {
    let safe = rewrite.string
    return Table(
      caption: caption.map(safe), instruction: instruction.map(safe),
      columns: columns.map { Column(title: safe($0.title), role: $0.role) },
      rows: rows.map { row in
        row.map {
          Cell(
            $0.text.rewritten(rewrite), answer: $0.answer?.rewritten(rewrite),
            writing: $0.writing.map { WritingSpace(label: $0.label.map(safe), lines: $0.lines) })
        }
      },
      note: note?.rewritten(rewrite))
  }
}

extension Chart {
  /// Every word of a chart: its titles, its categories, each value's text and its note. The
  /// values drawn are numbers, which no rewrite touches.
  fileprivate func rewritten(_ rewrite: Rewrite) -> Chart {
    let safe = rewrite.string
    func series(_ series: Series) -> Series {
      Series(
        title: safe(series.title),
        values: series.values.map { value in
          // Only the words made safe: the bar, and where a mark goes, kept.
          var safeValue = value
          safeValue.text = safe(value.text)
          return safeValue
        },
        heading: series.heading.map(safe))
    }
    return Chart(
      title: safe(title), lead: lead?.rewritten(rewrite), unit: unit,
      categoryTitle: safe(categoryTitle),
      categories: categories.map(safe), series: self.series.map(series),
      counts: counts.map(series), note: note?.rewritten(rewrite))
  }
}

extension AnswerLine {
  fileprivate func rewritten(_ rewrite: Rewrite) -> AnswerLine {
    let safe = rewrite.string
    return AnswerLine(
      prompt: prompt?.rewritten(rewrite), choices: choices.map(safe), selected: selected,
      mark: mark.map { Mark(symbol: safe($0.symbol), word: safe($0.word), text: safe($0.text)) },
      note: note?.rewritten(rewrite), blank: blank.map(safe))
  }
}
