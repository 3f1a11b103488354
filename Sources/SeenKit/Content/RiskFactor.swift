/// A factor the review found in the lives of the men who harmed babies (Myth of Invisible Men, 19.3).
///
/// seen lists what a practitioner knows and does not know about each; it never adds them up.
public struct RiskFactor: Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// The factor in its source's words.
  public var quote: String
  /// Where `quote` is from.
  public var source: SourceReference
  /// Plain English, drawn from the paragraphs in `explanationSources`: every one it paraphrases.
  public var explanation: String
  public var explanationSources: [SourceReference]
  public var questions: [String]
  /// One of the factors the review lists in 19.3 as combining to create risk: only these count
  /// towards "more than one factor is known present".
  public var combines = false
  /// A need for support before anything else (young age, care history, poverty, racism): shown
  /// as support he may need, never as a warning sign.
  public var supportNeed = false
}
