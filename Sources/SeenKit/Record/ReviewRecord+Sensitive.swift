/// The one rule for sensitive notes, used by every output: notes on items the content marks
/// sensitive (her disclosures, domestic abuse findings) and the note of any "not applicable"
/// for safety are left out unless the user asks for them; where a safety condition is
/// recorded, every note and reflection is, and what each man brings to the baby's care.
extension ReviewRecord {
  /// What stands where a sensitive note was, so the reader knows there is one.
  static let sensitiveNoteLeftOut = "[sensitive note left out]"

  /// The record with its sensitive notes replaced by `sensitiveNoteLeftOut`, and how many were
  /// replaced. Answers and reasons are kept: only the words are left out.
  func withoutSensitiveNotes(content: Content) -> (record: ReviewRecord, removed: Int) {
    var copy = self
    var removed = 0
    // Where abuse, a threat or fear is recorded, any note may say where she is or what she said.
    let everything = hasRecordedSafetyCondition
    func redact(_ answers: inout [String: Answer]) {
      for (id, answer) in answers where answer.note != nil {
        let sensitive =
          everything || content.item(id)?.isSensitive == true
          || (answer.value == .na && answer.reason == .safety)
        if sensitive {
          answers[id]?.note = Self.sensitiveNoteLeftOut
          removed += 1
        }
      }
    }
    for index in copy.men.indices {
      redact(&copy.men[index].answers)
      // What he brings (his visits, the feeds he gives) can say where the baby is.
      if everything && copy.men[index].strengths != nil {
        copy.men[index].strengths = Self.sensitiveNoteLeftOut
        removed += 1
      }
    }
    redact(&copy.answers)
    if everything {
      for key in copy.reflections.keys {
        copy.reflections[key] = Self.sensitiveNoteLeftOut
        removed += 1
      }
    }
    return (copy, removed)
  }

  /// Whether a safety condition is recorded for the case or any man (not merely unanswered).
  var hasRecordedSafetyCondition: Bool {
    SafetyReason.caseReasons(in: self).contains { $0.isRecorded }
      || men.contains { man in SafetyReason.reasons(for: man, in: self).contains { $0.isRecorded } }
  }
}
