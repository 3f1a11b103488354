/// The formats a reflection sheet can be written in. Separate from `ReportFormat`: a sheet is
/// for paper, so it has HTML and PDF, and no JSON (the review record is the data).
public enum SheetFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case html
  case pdf

  /// Whether the output is bytes for a file rather than text for a reader.
  public var isBinary: Bool { self == .pdf }
}
