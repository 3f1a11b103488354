/// One tier of the review's four tier model (Myth of Invisible Men, 15–18).
public struct Tier: Equatable, Sendable, Identifiable {
  public var number: Int
  public var title: String
  public var points: [String]
  public var summary: String
  /// The tier in one line, from the Hillingdon briefing (box 5).
  public var quote: String
  public var quoteSource: SourceReference
  /// The paragraphs the summary paraphrases.
  public var sources: [SourceReference]
  /// The questions the review puts to safeguarding partners (18.4); only tier 4 has them.
  public var challenges: [Challenge]

  public var id: Int { number }
}

/// A group of the review's questions to safeguarding partnerships (18.4).
public struct Challenge: Equatable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var questions: [String]
  public var source: SourceReference
}
