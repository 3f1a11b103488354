/// Writes a team summary. Pure and deterministic: the same counts give the same bytes, whatever
/// order the reviews were read in. Text, Markdown, HTML and PDF are the one layout
/// (`TeamSummary+Document`) written by the shared writers; CSV and JSON export the counts.
public struct SummaryRenderer: Sendable {
  /// The formats `seen summary` offers: the laid-out summary (text, Markdown, HTML, PDF) and the
  /// counts as data (CSV, JSON).
  public static let formats: [OutputFormat] = [.text, .markdown, .csv, .json, .html, .pdf]

  var content: Content
  var pdf: PDFOptions
  /// Whether small numbers are withheld (`TeamSummary+SmallNumbers`): on unless the reader
  /// asks for every figure (`--no-suppress`).
  public var suppress: Bool

  public init(content: Content, pdf: PDFOptions = .init(), suppress: Bool = true) {
    self.content = content
    self.pdf = pdf
    self.suppress = suppress
  }

  /// The layout that writes every count and share, for the figures of `summary`.
  func layout(for summary: TeamSummary) -> TeamSummaryLayout {
    TeamSummaryLayout(content: content, suppress: suppress).within(summary)
  }

  /// The summary as text; a PDF is plain ASCII, so it is text too.
  func render(_ summary: GroupedSummary, as format: OutputFormat) -> String {
    String(decoding: output(summary, as: format).bytes, as: UTF8.self)
  }

  /// The summary's bytes, with what the reader should know (characters a PDF cannot show).
  public func output(_ summary: GroupedSummary, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .csv: return RenderedOutput(bytes: Array(renderCSV(summary).utf8))
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(summary)).utf8))
    case .text, .markdown, .html, .pdf: break
    }
    // 80 columns, as a summary is read whole or printed, whatever the terminal's width.
    return DocumentOutput.render(
      summary.document(content: content, suppress: suppress), as: format,
      text: TextOptions(width: 80), pdf: pdf,
      bodyClass: "summary")
  }

  /// The summary written a part at a time to `output` (a group at a time, with `--by`), so
  /// that a split into many groups is never held whole: the bytes of `output(_:as:)`, as text.
  /// A PDF, laid out on pages as a whole, comes in one part.
  public func write(
    _ summary: GroupedSummary, as format: OutputFormat, to output: (String) -> Void
  ) -> [OutputWarning] {
    switch format {
    case .csv:
      writeCSV(summary, to: output)
      return []
    case .json:
      writeJSON(summary, to: output)
      return []
    case .text, .markdown, .html, .pdf: break
    }
    if DocumentOutput.write(
      summary.opening(content: content, suppress: suppress),
      parts: summary.groupParts(content: content, suppress: suppress), as: format,
      text: TextOptions(width: 80), bodyClass: "summary", to: output)
    {
      return []
    }
    let rendered = self.output(summary, as: format)
    output(String(decoding: rendered.bytes, as: UTF8.self))
    return rendered.warnings
  }

  /// "43.5": one decimal, computed in integers so that it never differs between machines.
  static func percent(_ count: Int, of total: Int) -> String {
    guard total > 0 else { return "0.0" }
    let tenths = (count * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)"
  }
}
