/// The formats a reflection sheet can be written in: the report's formats without JSON (a sheet
/// is for paper; the review record is the data).
public enum SheetFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case html
  case pdf

  /// Whether the output is bytes for a file rather than text for a reader.
  public var isBinary: Bool { self == .pdf }

  /// The same format among every product's formats.
  var documentFormat: ReportFormat {
    switch self {
    case .text: return .text
    case .markdown: return .markdown
    case .html: return .html
    case .pdf: return .pdf
    }
  }
}
