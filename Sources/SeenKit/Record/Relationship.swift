/// How a man is related to the baby.
enum Relationship: String, Equatable, Sendable, CaseIterable {
  case birthFather = "birth-father"
  /// Read from older records; no longer offered (`partner`, `exPartner` or `otherMaleCarer`
  /// say more).
  case stepFather = "step-father"
  /// The mother's current partner, who is not the baby's father.
  case partner
  case exPartner = "ex-partner"
  /// Another man who cares for the baby, or a relative.
  case otherMaleCarer = "other-male-carer"
  case unknown

  /// The choices offered, birth father first; none is assumed.
  static let offered: [Relationship] = [
    .birthFather, .partner, .exPartner, .otherMaleCarer, .unknown,
  ]

  /// How the relationship reads in a report, a sheet or a summary.
  var words: String {
    switch self {
    case .birthFather: return "birth father"
    case .stepFather: return "step-father"
    case .partner: return "mother's current partner"
    case .exPartner: return "mother's ex-partner"
    case .otherMaleCarer: return "other male carer or relative"
    case .unknown: return "relationship not known"
    }
  }

  /// How the choice reads where it is offered, so that no two can be mistaken.
  var choiceWords: String {
    switch self {
    case .partner: return "mother's current partner (not the father)"
    case .unknown: return "not known"
    default: return words
    }
  }

  /// Whether he is the baby's birth father: wording about "being a father" is for him only.
  var isBirthFather: Bool { self == .birthFather }
}
