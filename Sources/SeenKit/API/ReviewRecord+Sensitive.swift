/// The one rule for sensitive notes, used by every output: notes on items the content marks
/// sensitive (her disclosures, domestic abuse findings) and the note of any "not applicable"
/// for safety are left out unless the user asks for them.
extension ReviewRecord {
  /// What stands where a sensitive note was, so the reader knows there is one.
  public static let sensitiveNoteLeftOut = "[sensitive note left out]"

  /// The record with its sensitive notes replaced by `sensitiveNoteLeftOut`, and how many were
  /// replaced. Answers and reasons are kept: only the words are left out.
  public func withoutSensitiveNotes(content: Content) -> (record: ReviewRecord, removed: Int) {
    var copy = self
    var removed = 0
    func redact(_ answers: inout [String: Answer]) {
      for (id, answer) in answers where answer.note != nil {
        let sensitive =
          content.item(id)?.isSensitive == true || (answer.value == .na && answer.reason == .safety)
        if sensitive {
          answers[id]?.note = Self.sensitiveNoteLeftOut
          removed += 1
        }
      }
    }
    for index in copy.men.indices { redact(&copy.men[index].answers) }
    redact(&copy.answers)
    return (copy, removed)
  }
}
