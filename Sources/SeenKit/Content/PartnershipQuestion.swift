/// What a team summary can say to one of the review's questions to safeguarding partnerships
/// (18.4, `partnership-questions.json`): the figures of the records that bear on it, or why the
/// records cannot answer it. Every question of every challenge is listed once.
///
/// Ids are kept as written and resolved where they are used, so that the content validator can
/// report every one that does not resolve.
struct PartnershipQuestion: Equatable, Sendable {
  /// What the records can say to the question.
  enum Answer: Equatable, Sendable {
    /// The figures that bear on it, each with how it bears.
    case figures([PanelFigure])
    /// The plain reason the records cannot answer it.
    case cannot(String)
  }

  /// The id of a tier's challenge (`tiers.json`).
  var challenge: String
  /// The question's position in the challenge's `questions`, from 0.
  var index: Int
  var answer: Answer
}

/// One figure of a team summary that bears on a question to partnerships.
struct PanelFigure: Equatable, Sendable {
  enum Measure: Equatable, Sendable {
    /// A figure counted once per review (`ReviewFigure` id), over the men of one relationship
    /// (`Relationship` raw value) when given.
    case review(String, relationship: String?)
    /// A checklist item: a practice item's answers "in place", a condition item's "yes".
    case item(String)
    /// Reviews whose reviewer gave one of these confidence levels (`ConfidenceLevel` raw values).
    case confidence([String])
  }

  var measure: Measure
  /// How the figure bears on the question, in one short sentence no stronger than the review.
  var how: String
}
