/// How plain text is laid out.
public struct TextOptions: Equatable, Sendable {
  /// Columns to wrap to.
  var width: Int
  /// Bold headings with ANSI escapes; only for a terminal that wants colour.
  var color: Bool

  public init(width: Int = 80, color: Bool = false) {
    self.width = max(20, width)
    self.color = color
  }
}
