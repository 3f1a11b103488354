/// A factor the review found in the lives of the men who harmed babies (Myth of Invisible Men, 19.3).
///
/// seen lists what a practitioner knows and does not know about each; it never adds them up.
struct RiskFactor: Equatable, Sendable, Identifiable {
  var id: String
  var title: String
  /// The factor in its source's words.
  var quote: String
  /// Where `quote` is from.
  var source: SourceReference
  /// Plain English, drawn from the paragraphs in `explanationSources`: every one it paraphrases.
  var explanation: String
  var explanationSources: [SourceReference]
  var questions: [String]
  /// One of the factors the review lists in 19.3 as combining to create risk: only these count
  /// towards "more than one factor is known present".
  var combines = false
  /// A need for support before anything else (young age, care history, poverty, racism): shown
  /// as support he may need, never as a warning sign.
  var supportNeed = false
}
