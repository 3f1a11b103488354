/// The answers to local items (`local:…`) that the content in use does not define: a row each, so
/// that no review's answer is dropped.
extension CombinedReview {
  /// The local items (`local:…`) some of these answers give that the content in use does not
  /// define (no local file here, or another partnership's), each once, by id: a row each,
  /// "local item (not defined here)", so that no review's answer is dropped. A partnership's
  /// own items are practice items, as they are where the local file is in use.
  static func undefinedLocalItems(_ kept: [[String: JSONValue]], scope: ChecklistItem.Scope)
    -> [ChecklistItem]
  {
    Set(kept.flatMap(\.keys)).sorted().map { id in
      ChecklistItem(
        id: id, scope: scope, kind: .practice, tier: 0,
        title: "\(id): \(undefinedLocalTitle)", prompt: id,
        why: "A local item this computer's content does not define.",
        next: "Open the reviews with the local file that defines it to see the item.",
        brief: "Open the reviews with the local file that defines it.", sources: [],
        questions: [], riskFactors: [])
    }
  }

  static let undefinedLocalTitle = "local item (not defined here)"

  /// The answer to a local item not defined here, as the record writes it: a known answer as
  /// its words, any other kept and shown as written (as `seen report` does); its note, where it
  /// has one, as the placeholder unless `includeSensitive` (whether it is sensitive is not
  /// known here). Not listed where there is no answer.
  static func undefinedLocalCell(_ value: JSONValue?, includeSensitive: Bool) -> Cell {
    guard let value else { return Cell(listed: true, answer: nil) }
    var word: String?
    var note: String?
    switch value.kind {
    case .string(let text): word = text
    case .object(let members):
      if case .string(let text)? = members.first(where: { $0.key == "answer" })?.value.kind {
        word = text
      }
      if case .string(let text)? = members.first(where: { $0.key == "note" })?.value.kind,
        !text.trimmingWhitespace().isEmpty
      {
        note = includeSensitive ? text.terminalSafe : ReviewRecord.sensitiveNoteLeftOut
      }
    default: break
    }
    guard let word else { return Cell(listed: true, answer: nil) }
    if let answer = AnswerValue(rawValue: word.lowercased()),
      ChecklistItem.Kind.practice.allows(answer)
    {
      return Cell(listed: true, answer: Answer(answer, note: note))
    }
    let shown = word.terminalSafe.trimmingWhitespace()
    guard !shown.isEmpty else { return Cell(listed: true, answer: nil) }
    return Cell(
      listed: true, answer: nil, written: shown + (note.map { ": \($0)" } ?? ""))
  }
}
