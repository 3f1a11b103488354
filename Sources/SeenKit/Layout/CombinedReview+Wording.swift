/// The words of `seen combine` that say who the document is for, what it leaves out, how to
/// share what it shows, and what to do where a safety condition or a practitioner's fear is
/// recorded. Kept apart from the layout so that each can be checked against the review and the
/// practice-safety principles in one place.
extension CombinedReview {
  /// What stands in a cell where a safety item's answer is left out.
  static let safetyAnswerLeftOut = "[left out: safety]"

  /// The running title of every printed page: who the document is not for.
  static func titleSuffix(includeSensitive: Bool) -> String {
    includeSensitive
      ? "; with sensitive notes, not for the family or a meeting he attends"
      : "; practitioners' document, not for the family or a meeting he attends"
  }

  /// Who the document is for. Even with its notes and safety answers left out it holds what
  /// each agency knows of him, which may be what the mother told them: never for a meeting he
  /// attends.
  static func audience(includeSensitive: Bool) -> String {
    includeSensitive
      ? "A practitioners' document for the agencies involved in this case, with its notes and "
        + "the answers to its safety items (--include-sensitive): not for the family, a meeting "
        + "he attends, or his records."
      : "A practitioners' document for the agencies involved in this case: not for the family, "
        + "a meeting he attends, or his records. Even with its notes and safety answers left "
        + "out, it shows what each agency knows of him, which may be what the mother told them."
  }

  /// What the default leaves out: every note, and the safety items' answers.
  static func leftOutNotice(notes: Int, safetyItems: [String]) -> String {
    var text =
      notes == 0
      ? "No review has a note to leave out."
      : "Every note is left out (\(notes) in all), whichever review it comes from: "
        + "\(ReviewRecord.sensitiveNoteLeftOut) stands in \(notes == 1 ? "its" : "their") place."
    if !safetyItems.isEmpty {
      text +=
        " So are the answers to the safety items (" + safetyItems.joined(separator: ", ")
        + "): \(safetyAnswerLeftOut) stands in their place, and what one review knows of them "
        + "and another does not is not listed."
    }
    return text + " --include-sensitive shows them."
  }

  /// Said where any review records a safety condition, naming the reviews that do.
  static func stricter(recordedBy names: String) -> String {
    "A safety condition (domestic abuse, a protective order, a threat, or fear of working "
      + "with him) is recorded by \(names): the whole document is read as the stricter. Decide "
      + "with your manager or safeguarding lead what is shared, and with whom; share it with "
      + "the agencies involved, never with him, and never reveal what the mother said or where "
      + "she and the baby are."
  }

  /// One line for a man for whom any review records a safety condition, in place of the
  /// safety items' differences, with the content's advice on deciding contact (17.2).
  func safetyLine() -> String {
    "A safety condition is recorded for him by at least one review"
      + (safetyAnswersLeftOut ? " (its answers are left out above)" : "")
      + ": plan any contact with him, and any part he takes in a meeting, for safety "
      + "beforehand. " + contactAdvice
  }

  /// One line where a review records the practitioner's fear: it is the practitioner's own,
  /// like supervision, not information to pass on (17.5, 15.3).
  func fearWords(recordedBy names: String) -> String {
    let who = names.prefix(1).uppercased() + names.dropFirst()
    return "\(who) recorded fear or anxiety about working with a man in this case: not "
      + "information to pass on, but a reason to act now, and across the agencies to agree "
      + "joint visits or a lone-working check before anyone visits him. " + fearAdvice
  }

  /// The last section: share (the content's words, never with him where any review records a
  /// safety condition), and seek; seen sends nothing.
  func next() -> String {
    var share = wording.next.advice
    if safetyRecorded, share.hasSuffix(".") {
      share = String(share.dropLast()) + ", never with him."
    }
    return share + " Ask the other agencies what they know "
      + "too: the review speaks of \"\(wording.seeking.text)\" (\(seekingSource)). seen "
      + "sends nothing anywhere: this document goes only where you take it."
  }

  /// What the 9.7 quotation illustrates, in the review's own words (9.1, 9.7).
  var whyLead: String {
    "Why: the review found lack of information sharing \"\(wording.keyFactor.text)\" "
      + "(\(keyFactorSource)), and illustrates \"\(wording.failureToSeek.text)\" with a case in "
      + "which the baby died:"
  }
}
