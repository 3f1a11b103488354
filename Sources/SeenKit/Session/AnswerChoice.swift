/// The letters and words an answer can be typed as, and how answers read at the prompt: each
/// kind of question offers answers that read as answers to it.
enum AnswerChoice {
  /// Reads a typed answer. Practice items take d (done), p (partly), n (not yet) and x (not
  /// applicable), and the y of earlier versions; "not known" is not offered for them (see
  /// `isNotKnown`), though `unknown` still reads from records and `--set`.
  static func parse(_ text: String, kind: ChecklistItem.Kind) -> AnswerValue? {
    let lowered = text.lowercased()
    switch kind {
    case .practice:
      switch lowered {
      case "d", "done", "y", "yes": return .yes
      case "p", "partly": return .partly
      case "n", "no", "not yet", "not done": return .no
      case "x", "na", "n/a", "not applicable": return .na
      default: return nil
      }
    case .condition:
      switch lowered {
      case "y", "yes": return .yes
      case "n", "no": return .no
      default: return isNotKnown(lowered) ? .unknown : nil
      }
    case .knowledge:
      switch lowered {
      // Not y or n: out of habit "n" would mean "not done", and record "known absent".
      case "p", "present": return .present
      case "a", "absent", "none", "none found", "none found so far": return .absent
      default: return isNotKnown(lowered) ? .unknown : nil
      }
    }
  }

  /// Whether the text says "not known", in any of the ways it is typed.
  static func isNotKnown(_ text: String) -> Bool {
    let words = text.lowercased().replacingApostrophes()
    return ["u", "unknown", "not known", "don't know", "dont know", "dk"].contains(words)
  }

  /// The answers an item offers, in order, each with the letter typed for it and its words: the
  /// one list the screen's legend and a participant's paper sheet are both made from, so that
  /// paper offers what the screen accepts.
  static func offered(for item: ChecklistItem) -> [(
    value: AnswerValue, letter: String, words: String
  )] {
    switch item.kind {
    case .practice:
      return [(.yes, "d", "done"), (.partly, "p", "partly"), (.no, "n", "not yet")]
        + (item.allowsNotApplicable ? [(.na, "x", "not applicable")] : [])
    case .knowledge:
      return [
        (.present, "p", "present"), (.absent, "a", "none found so far"),
        (.unknown, "u", "don't know"),
      ]
    case .condition: return [(.yes, "y", "yes"), (.no, "n", "no"), (.unknown, "u", "don't know")]
    }
  }

  static func legend(for item: ChecklistItem) -> String {
    offered(for: item).map { "\($0.letter) \($0.words)" }.joined(separator: ", ")
  }

  /// How an answer reads at the prompt and on the review screen, as an answer to its question:
  /// "done", "not yet", "none found so far", "don't know".
  static func words(for answer: Answer, kind: ChecklistItem.Kind) -> String {
    switch (kind, answer.value) {
    case (.practice, .yes): return "done"
    case (.practice, .no): return "not yet"
    case (.knowledge, .present): return "present"
    case (.knowledge, .unknown), (.condition, .unknown): return "don't know"
    default: return answer.words
    }
  }
}

extension String {
  /// The typographic apostrophe as the typewriter one, so that "don’t know" reads.
  fileprivate func replacingApostrophes() -> String {
    String(map { $0 == "\u{2019}" ? "'" : $0 })
  }
}
