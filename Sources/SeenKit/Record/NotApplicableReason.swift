/// Why an item does not apply: structured, so that a safety reason changes the advice by a
/// field the practitioner chose and never by words found in a note.
enum NotApplicableReason: String, Equatable, Hashable, Sendable, CaseIterable {
  /// Contact must be planned for safety first (domestic abuse, a protective order, a threat).
  case safety
  case movedAway = "moved-away"
  case deceased
  /// Any other reason, given in the note.
  case other

  var words: String {
    switch self {
    case .safety: return "contact must be planned for safety"
    case .movedAway: return "moved away"
    case .deceased: return "deceased"
    case .other: return "other reason"
    }
  }

  /// Reads "safety", "moved away", "moved-away", "deceased" or "other", in any case, or the
  /// letters the prompt offers for them (s, m, d).
  init?(typed text: String) {
    let word = text.trimmingWhitespace().lowercased().split(separator: " ").joined(separator: "-")
    let letters: [String: NotApplicableReason] = ["s": .safety, "m": .movedAway, "d": .deceased]
    guard let reason = letters[word] ?? NotApplicableReason(rawValue: word) else { return nil }
    self = reason
  }
}
