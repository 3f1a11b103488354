/// The formats a gap report (and the content and scenarios, which share its document model) can
/// be written in.
public enum ReportFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case json
  case html
  case pdf

  /// Whether the output is bytes for a file rather than text for a reader.
  public var isBinary: Bool { self == .pdf }
}

/// How plain text is laid out.
public struct TextOptions: Equatable, Sendable {
  /// Columns to wrap to.
  public var width: Int
  /// Bold headings with ANSI escapes; only for a terminal that wants colour.
  public var color: Bool

  public init(width: Int = 80, color: Bool = false) {
    self.width = max(20, width)
    self.color = color
  }
}
