/// The formats a team summary can be written in: the laid-out summary (text, Markdown, HTML,
/// PDF) and the counts as data (CSV, JSON).
public enum SummaryFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case csv
  case json
  case html
  case pdf

  /// Whether the output is bytes for a file rather than text for a reader.
  public var isBinary: Bool { self == .pdf }
}

/// Writes a team summary. Pure and deterministic: the same counts give the same bytes, whatever
/// order the reviews were read in. Text, Markdown, HTML and PDF are the one layout
/// (`TeamSummary+Document`) written by the shared writers; CSV and JSON export the counts.
public struct SummaryRenderer: Sendable {
  public var content: Content
  public var pdf: SheetRenderer.PDFOptions

  public init(content: Content, pdf: SheetRenderer.PDFOptions = .init()) {
    self.content = content
    self.pdf = pdf
  }

  /// The summary as text; a PDF is plain ASCII, so it is text too.
  public func render(_ summary: GroupedSummary, as format: SummaryFormat) -> String {
    String(decoding: output(summary, as: format).bytes, as: UTF8.self)
  }

  /// The summary's bytes, with what the reader should know (characters a PDF cannot show).
  public func output(_ summary: GroupedSummary, as format: SummaryFormat) -> SheetRenderer.Output {
    let written: ReportFormat
    switch format {
    case .csv: return SheetRenderer.Output(bytes: Array(renderCSV(summary).utf8), warnings: [])
    case .json:
      return SheetRenderer.Output(bytes: Array(JSONWriter.write(json(summary)).utf8), warnings: [])
    case .text: written = .text
    case .markdown: written = .markdown
    case .html: written = .html
    case .pdf: written = .pdf
    }
    // 80 columns, as a summary is read whole or printed, whatever the terminal's width.
    return DocumentOutput.render(
      summary.document(content: content), as: written, text: TextOptions(width: 80), pdf: pdf,
      bodyClass: "summary")
  }

  /// "43.5": one decimal, computed in integers so that it never differs between machines.
  static func percent(_ count: Int, of total: Int) -> String {
    guard total > 0 else { return "0.0" }
    let tenths = (count * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)"
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
