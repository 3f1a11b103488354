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

  /// Whether a gap of an earlier review about `item` (and the man labelled `man`, nil for the
  /// case), no longer a gap in `later`, is closed there.
  static func isClosed(item id: String, man: String?, in later: ReviewRecord) -> Bool {
    guard let man else { return !recordsSafetyCondition(item: id, later.answers[id]) }
    let answer = later.men.first { ManLabel.same($0.label, man) }?.answers[id]
    return !recordsSafetyCondition(item: id, answer)
  }

  /// `isClosed` for a gap held as a key (`gapKeys`: the label trimmed and in lower case).
  static func isClosed(_ key: GapKey, in later: ReviewRecord) -> Bool {
    guard let man = key.man else { return isClosed(item: key.item, man: nil, in: later) }
    let answer = later.men.first {
      String(
        $0.label.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
      ).lowercased() == man
    }?.answers[key.item]
    return !recordsSafetyCondition(item: key.item, answer)
  }
}
