/// One father or male carer in the baby's life.
public struct ManRecord: Equatable, Sendable {
  /// "Father", "Mother's partner", "Man A": a label, never a name.
  public var label: String
  var relationship: Relationship
  /// nil when it is not known.
  var livesWithBaby: Bool?
  /// Answers keyed by item id.
  var answers: [String: Answer]
  /// His answers to local items the content in use does not define (`ReviewRecord.keptLocalAnswers`).
  var keptLocalAnswers: [String: JSONValue] = [:]
  /// The day he was recorded as no longer in the baby's life: he stays listed in a re-review,
  /// marked so, so that what was known of him is not lost.
  public var noLongerInBabysLife: ISODate?
  /// What he brings to the baby's care (strengths, involvement), in the practitioner's words.
  /// Never a gap: the review asks for men to be met with support as well as challenge (19.8).
  /// Kept like a note: control characters removed, trimmed, nil when empty.
  var strengths: String? {
    didSet {
      let cleaned = Self.cleaned(strengths)
      if cleaned != strengths { strengths = cleaned }
    }
  }

  init(
    label: String, relationship: Relationship = .unknown, livesWithBaby: Bool? = nil,
    answers: [String: Answer] = [:], strengths: String? = nil
  ) {
    self.label = label
    self.relationship = relationship
    self.livesWithBaby = livesWithBaby
    self.answers = answers
    self.strengths = Self.cleaned(strengths)
  }

  /// Typed text kept as a note is: control characters removed, trimmed, nil when empty.
  static func cleaned(_ text: String?) -> String? {
    guard let trimmed = text?.withoutControlCharacters.trimmingWhitespace(), !trimmed.isEmpty
    else { return nil }
    return trimmed
  }
}
