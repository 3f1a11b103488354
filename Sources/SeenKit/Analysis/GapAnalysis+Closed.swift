/// What "a gap closed" means between two reviews of a case (`seen compare`, and the gaps closed
/// between consecutive reviews in `seen summary`): a gap of the earlier review that the later
/// no longer has, unless what the later records is a safety condition. A safety concern
/// (domestic abuse, a protective order or a threat), violence or control known present, or the
/// practitioner's fear, found since, is new knowledge that changes the work: never a gap closed.
extension GapAnalysis {
  /// Whether an answer to the item records a safety condition (`SafetyItems`).
  static func recordsSafetyCondition(item id: String, _ answer: Answer?) -> Bool {
    switch id {
    case SafetyItems.concern, SafetyItems.fear: return answer?.value == .yes
    case SafetyItems.violence: return answer?.value == .present
    default: return false
    }
  }

  /// Whether a gap of an earlier review about `item` (for the case, or for a man: `laterMan`
  /// is the man he is in `later`, as `ManPairing` pairs them, nil when he is not in it), no
  /// longer a gap in `later`, is closed there.
  static func isClosed(
    item id: String, isCase: Bool, laterMan: ManRecord?, in later: ReviewRecord
  ) -> Bool {
    !recordsSafetyCondition(item: id, isCase ? later.answers[id] : laterMan?.answers[id])
  }
}
