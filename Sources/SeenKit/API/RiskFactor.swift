/// A factor the review found in the lives of the men who harmed babies (Myth of Invisible Men, 19.3).
///
/// seen lists what a practitioner knows and does not know about each; it never adds them up.
public struct RiskFactor: Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var quote: String
  public var explanation: String
  public var source: SourceReference
  public var questions: [String]
}
