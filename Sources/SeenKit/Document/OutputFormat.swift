/// Every format seen writes, for every product; each product says which it offers
/// (`GapReportRenderer.formats`, `ContentRenderer.formats`, `ScenarioRenderer.formats`,
/// `SheetRenderer.formats`, `SummaryRenderer.formats`). Text, Markdown, HTML and PDF are written from a product's
/// `Document` by the one writer for each; JSON and CSV are data exports of the domain models.
public enum OutputFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case json
  case html
  case pdf
  case csv

  /// Whether the output is bytes for a file rather than text for a reader.
  public var isBinary: Bool { self == .pdf }
}
