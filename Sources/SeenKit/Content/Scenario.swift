/// A training case from the review's sources: what happened, what was known and done at the
/// time (as a review record), and the learning the source draws from it.
public struct Scenario: Equatable, Sendable, Identifiable {
  public var id: String
  var title: String
  var source: SourceReference
  var alsoSee: [SourceReference]
  /// True for a case built from the review's findings rather than a real one; it says so.
  var composite: Bool
  /// Paragraphs written from the source, adding nothing to it.
  var narrative: [String]
  /// Verbatim learning from the source.
  var learningPoints: [Quotation]
  /// What was known and done at the time; `unknown` wherever the source is silent.
  public var record: ReviewRecord
}
