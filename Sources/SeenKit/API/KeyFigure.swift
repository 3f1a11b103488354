/// A figure from the review, such as "92 serious incident notifications were reviewed".
public struct KeyFigure: Equatable, Sendable, Identifiable {
  public var id: String
  /// As printed: "92", "35%".
  public var value: String
  /// The rest of the sentence after the value.
  public var text: String
  public var quote: String
  public var source: SourceReference
}
