/// One thing a practitioner can check about a case or about each man in it.
struct ChecklistItem: Equatable, Sendable, Identifiable {
  /// Whether the item is asked once for the case or once for every man.
  enum Scope: String, Equatable, Sendable, CaseIterable {
    case man
    case `case`
  }

  /// Practice items are answered yes / partly / no / unknown / na; knowledge items (one per risk
  /// factor, and a few more) are answered present / absent / unknown; conditions, facts that
  /// change how the work must be done (a safety concern, the practitioner's fear), yes / no /
  /// unknown.
  enum Kind: String, Equatable, Sendable, CaseIterable {
    case practice
    case knowledge
    case condition

    var allowedAnswers: [AnswerValue] {
      switch self {
      case .practice: return [.yes, .partly, .no, .unknown, .na]
      case .knowledge: return [.present, .absent, .unknown]
      case .condition: return [.yes, .no, .unknown]
      }
    }

    /// Whether `value` is one of `allowedAnswers`, without making the list (asked for every
    /// answer of every record read).
    func allows(_ value: AnswerValue) -> Bool {
      switch (self, value) {
      case (.practice, .yes), (.practice, .partly), (.practice, .no), (.practice, .unknown),
        (.practice, .na):
        return true
      case (.knowledge, .present), (.knowledge, .absent), (.knowledge, .unknown):
        return true
      case (.condition, .yes), (.condition, .no), (.condition, .unknown):
        return true
      default:
        return false
      }
    }
  }

  var id: String
  var scope: Scope
  var kind: Kind
  var tier: Int
  /// Two to four words, for tables and lists.
  var title: String
  var prompt: String
  /// The question for a man who is not the baby's birth father, where `prompt` speaks of "being
  /// a father"; nil where `prompt` fits every man.
  var promptNotFather: String?
  /// The finding behind the item.
  var why: String
  /// What to do when it is a gap.
  var next: String
  /// `next` in one line, for the brief report.
  var brief: String = ""
  /// The paragraphs `why`, `next` and `prompt` paraphrase: every one they draw on.
  var sources: [SourceReference]
  var questions: [String]
  var riskFactors: [String]
  /// False where "not applicable" would hide work not yet done: "not yet" is not "not
  /// applicable" (domestic abuse, asking the mother alone).
  var allowsNotApplicable: Bool = true
  /// Notes on this item may hold the mother's disclosures, domestic abuse findings or safety
  /// reasons: outputs leave them out unless asked to include them.
  var isSensitive: Bool = false
  /// The ordinary `next` could put someone at risk where abuse or a threat is known or
  /// suspected, so the item must carry `safeNext`.
  var needsSafeForm: Bool = false
  /// The next step used instead of `next` whenever a safety condition holds.
  var safeNext: SafeAdvice?
  /// The wider guidance the ordinary `next` rests on, where it says more than the review.
  var nextGuidance: String?

  /// The question as asked about a man in this relationship (nil for the case): a partner, an
  /// ex-partner, a relative or a man whose relationship is not known is not asked about "being a
  /// father".
  func prompt(for relationship: Relationship?) -> String {
    guard let relationship, !relationship.isBirthFather, let promptNotFather else { return prompt }
    return promptNotFather
  }

  /// The answers this item takes, in the order they are offered.
  var allowedAnswers: [AnswerValue] {
    allowsNotApplicable ? kind.allowedAnswers : kind.allowedAnswers.filter { $0 != .na }
  }

  /// The next step to give: its safe form when a safety condition holds and it has one.
  func next(safetyConditionHolds: Bool) -> SafeAdvice {
    if safetyConditionHolds, let safeNext { return safeNext }
    return SafeAdvice(advice: next, brief: brief, sources: sources, guidance: nextGuidance)
  }
}
