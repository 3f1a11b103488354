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

  /// Where no single man is meant: a case-level line, the top line, the last section.
  static let neverWithAnyMan = "never with any man in this case"

  /// Said where any review records a safety condition, saying what is recorded (a condition
  /// for a man, a practitioner's fear, a case item not applicable for safety) and by whom
  /// (`recordedBy`): fear is the practitioner's, for the case, not a condition for a man.
  func stricter(forAMan: String?, fear: String?, caseItem: String?) -> String {
    var parts: [String] = []
    if let forAMan {
      parts.append(
        "a safety condition for a man (domestic abuse, a protective order, a threat, violence "
          + "or control) is recorded by \(forAMan)")
    }
    if let fear {
      parts.append(
        "a practitioner's fear about working with a man in this case (the practitioner's own, "
          + "not a condition recorded for any one man) is recorded by \(fear)")
    }
    if let caseItem {
      parts.append(
        "that contact in this case must be planned for safety is recorded by \(caseItem)")
    }
    let what = ReviewName.list(parts, joinedBy: "and")
    return what.prefix(1).uppercased() + what.dropFirst()
      + ": the whole document is read as if a safety condition were recorded for every man in "
      + "it, stricter than any one review read alone. Decide with your manager or safeguarding "
      + "lead what is shared, and with whom; share it with the agencies involved, "
      + "\(Self.neverWithAnyMan), and never reveal what the mother said or where she and the "
      + "baby are."
  }

  /// One line for a man for whom any review records a safety condition, in place of the
  /// safety items' differences, with the content's advice on deciding contact (17.2).
  func safetyLine() -> String {
    "A safety condition is recorded for him by at least one review"
      + (safetyAnswersLeftOut ? " (its answers are left out above)" : "")
      + ": plan any contact with him, and any part he takes in a meeting, for safety "
      + "beforehand. " + contactAdvice
  }

  /// What a man's section says on safety, only what is recorded: a condition recorded for him
  /// (`safetyLine`); otherwise the practitioner's fear, or a case item not applicable for
  /// safety, recorded in a review that lists him; and, where none is recorded for him but the
  /// safety question is not yet known in a review that lists him, the gap report's own line.
  func safetyLines(_ man: Man) -> [String] {
    var lines: [String] = []
    if let line = safetyLine(man) { lines.append(line) }
    if let line = notYetKnownLine(man) { lines.append(line) }
    return lines
  }

  /// The condition line, or the case's line for him; nil where neither is recorded.
  func safetyLine(_ man: Man) -> String? {
    if man.recordsSafety { return safetyLine() }
    let who =
      safetyAnswersLeftOut
      ? "A review that lists him"
      : {
        let names = ReviewName.list(man.caseSafetyIn.map { reviews[$0].name.datedName })
        return names.prefix(1).uppercased() + names.dropFirst()
      }()
    if man.caseSafety.contains(.practitionerFear) {
      return "\(who) records a practitioner's fear about working with a man in this case: plan "
        + "contact with him for safety with your manager or safeguarding lead. " + fearAdvice
    }
    if man.caseSafety.contains(.notApplicableForSafety) {
      return "\(who) records that contact in this case must be planned for safety: plan "
        + "contact with him for safety with your manager or safeguarding lead. " + contactAdvice
    }
    return nil
  }

  /// "Not yet known whether there is domestic abuse, a protective order or a threat: plan as
  /// if there were", the gap report's words, where a review that lists him has not answered
  /// the safety question (or answered no without the mother asked alone) and none records a
  /// condition for him: combine is never less cautious than the reports it is built from.
  func notYetKnownLine(_ man: Man) -> String? {
    guard !man.recordsSafety, let first = man.notYetKnown.first else { return nil }
    // By default which review asked the mother alone is left out: the safety question's words.
    let reason = safetyAnswersLeftOut ? SafetyReason.notYetKnown : first
    let words = reason.briefWords
    let names = ReviewName.list(man.notYetKnownIn.map { reviews[$0].name.datedName })
    let who =
      safetyAnswersLeftOut
      ? "At least one review that lists him has"
      : names.prefix(1).uppercased() + names.dropFirst()
        + (man.notYetKnownIn.count == 1 ? " has" : " have")
    return words.prefix(1).uppercased() + words.dropFirst() + ". \(who) no answer yet that "
      + "rules it out. " + contactAdvice
  }

  /// Before the differences of a man not yet matched: "not known to" a review may mean it
  /// lists him under another label.
  func provisional(_ man: Man) -> String {
    var others: [Int] = []
    var labels: [String] = []
    for (group, _) in man.mayBeSameAs {
      for listing in men[group].listings {
        if !others.contains(listing.review) { others.append(listing.review) }
        if !labels.contains(listing.label) { labels.append(listing.label) }
      }
    }
    let names = ReviewName.list(others.map { reviews[$0].name.name }, joinedBy: "or")
    let quoted = ReviewName.list(labels.map { "'\($0)'" }, joinedBy: "or")
    let they = others.count == 1 ? "that review" : "each"
    return "He is not yet matched: where a line below says \"not known to\" \(names), \(they) "
      + "may list him under another label (\(quoted)). Until he is matched, read those lines "
      + "as provisional."
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
      share = String(share.dropLast()) + ", \(Self.neverWithAnyMan)."
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
