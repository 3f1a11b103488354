/// One tier of the review's four tier model (Myth of Invisible Men, 15–18).
struct Tier: Equatable, Sendable, Identifiable {
  var number: Int
  var title: String
  var points: [String]
  var summary: String
  /// The tier in one line, from the Hillingdon briefing (box 5).
  var quote: String
  var quoteSource: SourceReference
  /// The paragraphs the summary paraphrases.
  var sources: [SourceReference]
  /// The questions the review puts to safeguarding partners (18.4); only tier 4 has them.
  var challenges: [Challenge]

  var id: Int { number }
}
