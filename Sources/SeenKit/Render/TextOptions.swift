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
