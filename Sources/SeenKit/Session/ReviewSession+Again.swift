/// A re-review (`seen review --again FILE`): the new review starts from the earlier one's men,
/// role and case (not asked again), and each question shows the earlier answer as "last time:
/// …" (confidence and the reflections too: they may have changed). Nothing carries over unasked:
/// an earlier answer is kept only when the practitioner presses Enter at a prompt that says
/// "Enter keeps last time", or types another answer; the record holds confirmed answers only.
extension ReviewSession {
  /// Whether man `index` is a man of the earlier review who was still in the baby's life then:
  /// the re-review asks whether he still is.
  func isEarlierMan(_ index: Int) -> Bool {
    guard let earlier, index < earlier.men.count else { return false }
    return earlier.men[index].noLongerInBabysLife == nil
  }

  /// Whether man `index` is recorded as no longer in the baby's life: he stays listed and is
  /// asked only whether there is a safety concern about him.
  func isNoLongerInLife(_ index: Int) -> Bool {
    index < record.men.count && record.men[index].noLongerInBabysLife != nil
  }

  /// The earlier review's answer to this item, for this man (the men keep the earlier order).
  func earlierAnswer(man: Int?, id: String) -> Answer? {
    guard let earlier else { return nil }
    guard let man else { return earlier.answers[id] }
    // A man already no longer in the baby's life is still asked about a safety concern.
    guard man < earlier.men.count, isEarlierMan(man) || id == SafetyItems.concern else {
      return nil
    }
    return earlier.men[man].answers[id]
  }

  /// Whether he lived with the baby, as the earlier review said, while this re-review has not
  /// yet been told: offered as "last time", kept only with Enter at that prompt.
  func earlierLivesWithBaby(_ index: Int) -> Bool? {
    guard let earlier, isEarlierMan(index), !livesWithBabyAnswered.contains(index),
      index < record.men.count, record.men[index].livesWithBaby == nil
    else { return nil }
    return earlier.men[index].livesWithBaby
  }

  mutating func handleStillInLife(_ line: String, man index: Int) -> Outcome {
    guard index < record.men.count else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    switch line.lowercased() {
    case "y", "yes":
      stillInLifeAnswered.insert(index)
      let changed = record.men[index].noLongerInBabysLife != nil
      // What "n" kept of him, taken back: a man still in the baby's life is asked again, and
      // nothing carries over unconfirmed.
      if changed, let earlierMan = earlierManRecord(index),
        record.men[index].answers == earlierMan.answers
      {
        record.men[index].answers = [:]
        record.men[index].strengths = nil
        record.men[index].livesWithBaby = nil
        record.men[index].keptLocalAnswers = [:]
      }
      record.men[index].noLongerInBabysLife = nil
      advance()
      return Outcome(event: changed ? .changed : .unchanged, message: nil)
    case "n", "no":
      stillInLifeAnswered.insert(index)
      record.men[index].noLongerInBabysLife = today
      // What was known of him is kept as the earlier review recorded it: a man who has left
      // after abuse may still be a risk, and the record must not say less than was known.
      if record.men[index].answers.isEmpty, let earlierMan = earlierManRecord(index) {
        record.men[index].answers = earlierMan.answers
        record.men[index].strengths = earlierMan.strengths
        record.men[index].livesWithBaby = earlierMan.livesWithBaby
        record.men[index].keptLocalAnswers = earlierMan.keptLocalAnswers
      }
      advance()
      return Outcome(
        event: .changed,
        message:
          "\(record.men[index].label.terminalSafe) stays listed, marked no longer in the baby's life from \(today), with what the earlier review recorded of him kept; he is asked one thing more: whether there is a safety concern about him."
      )
    default:
      return Outcome(
        event: .unchanged,
        message:
          "Type y if he is still in the baby's life, or n if he is not (no answer is assumed).")
    }
  }

  /// The earlier review's record of man `index`, when he is one of its men.
  func earlierManRecord(_ index: Int) -> ManRecord? {
    guard let earlier, index < earlier.men.count else { return nil }
    return earlier.men[index]
  }

  func stillInLifePrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let label = index < record.men.count ? record.men[index].label.terminalSafe : "Man \(index + 1)"
    var lines = [
      wrap("[Men · \(label)] Re-review"),
      wrap(
        "Is he still in the baby's life? y yes, n no (he stays listed, marked no longer in the baby's life from \(today))"
      ),
    ]
    if let left = index < record.men.count ? record.men[index].noLongerInBabysLife : nil {
      lines.append(Self.now("no longer in the baby's life (recorded \(left))", width: width))
    } else if stillInLifeAnswered.contains(index) {
      lines.append(Self.now("still in the baby's life", width: width))
    } else {
      lines.append(Self.lastTime("in the baby's life", width: width))
    }
    return lines
  }

  /// At the confidence question of a re-review: one line saying the role and the case are
  /// taken from the earlier review, and last time's level (Enter keeps it).
  func againConfidenceLines(width: Int) -> [String] {
    guard let earlier else { return [] }
    var lines: [String] = []
    let taken = [
      earlier.role.map { "role \($0)" },
      earlier.caseReference.map { "case \(shown($0, as: "case reference"))" },
    ].compactMap { $0 }
    if !taken.isEmpty {
      lines.append(
        TextWrapping.wrap(
          "Re-review: \(taken.joined(separator: ", ")) taken from the earlier review (the review screen changes them)."
            .terminalSafe,
          width: width))
    }
    if record.confidence == nil, let last = earlier.confidence {
      lines.append(Self.lastTime(last.words + " (Enter keeps it)", width: width))
    }
    return lines
  }

  /// Enter at a reflection of a re-review that has no answer yet keeps last time's; "-" leaves
  /// it empty. Nil where the line is an answer of its own (or there was no earlier answer).
  mutating func keepEarlierReflection(_ line: String, id: String) -> Outcome? {
    guard record.reflections[id] == nil, let last = earlier?.reflections[id] else { return nil }
    if line == "-" {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    guard line.isEmpty else { return nil }
    record.reflections[id] = last
    advance()
    return Outcome(event: .changed, message: nil)
  }

  /// "  last time: …", as `now` is shown, and cut as it is.
  static func lastTime(_ text: String, width: Int) -> String {
    let wrapped = TextWrapping.wrap(
      "last time: \(text.terminalSafe)", width: width, indent: "  ", hanging: "    ")
    var lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count > nowLineLimit else { return wrapped }
    lines = Array(lines.prefix(nowLineLimit))
    var last = lines.removeLast()
    while last.count > max(width - 1, 1) { last.removeLast() }
    lines.append(last + "…")
    return lines.joined(separator: "\n")
  }
}

extension ReviewRecord {
  /// A re-review of `earlier`: a new record with its own `id`, `supersedes` the earlier id, the
  /// same case reference, role, cohort and training scenario (`workshop`), and the earlier men listed (label and relationship,
  /// and the day any was already recorded as no longer in the baby's life). No answer carries
  /// over for a man still in the baby's life, unless `keepEarlier` (a script's explicit `--keep-earlier`): then every checklist
  /// answer and each man's details are kept as well. Reflections and confidence never are:
  /// they are about this review. The open agreed actions are carried over, in their order (so
  /// numbered 1, 2, … in the new record); those done or dropped stay with the earlier review.
  public static func again(
    from earlier: ReviewRecord, id: String, date: String? = nil, keepEarlier: Bool = false
  ) -> ReviewRecord {
    var record = ReviewRecord(
      id: id, caseReference: earlier.caseReference, role: earlier.role, date: date,
      cohort: earlier.cohort)
    record.supersedes = earlier.id ?? earlier.derivedID
    // A re-review of a practice review is practice too: it keeps its training banner and stays
    // out of a team's summary.
    record.workshop = earlier.workshop
    record.men = earlier.men.map { man in
      var kept = ManRecord(label: man.label, relationship: man.relationship)
      kept.noLongerInBabysLife = man.noLongerInBabysLife
      // A man already recorded as no longer in the baby's life is asked nothing: what was known
      // of him goes on as it was recorded.
      if keepEarlier || man.noLongerInBabysLife != nil {
        kept.livesWithBaby = man.livesWithBaby
        kept.answers = man.answers
        kept.strengths = man.strengths
        // Answers to local items this machine does not define are kept as read, like the rest.
        kept.keptLocalAnswers = man.keptLocalAnswers
      }
      return kept
    }
    if keepEarlier {
      record.answers = earlier.answers
      record.keptLocalAnswers = earlier.keptLocalAnswers
    }
    // An action whose words were left out of the earlier review's outputs (a safety condition
    // recorded there) stays so in the re-review, whatever it records: its words may say where
    // the mother is, and the safety answers are not carried over unconfirmed.
    let safety = earlier.hasRecordedSafetyCondition
    record.actions = earlier.actions.filter(\.isOpen).map { action in
      var carried = action
      if safety { carried.sensitive = true }
      return carried
    }
    return record
  }
}

extension ReviewRecord {
  /// Marks the man `reference` names (his label or number) as no longer in the baby's life from
  /// `day`: he stays listed. False when no man has that label or number.
  /// What `earlier` (the review this one follows) recorded of him is kept where this review has
  /// no answers for him: a man who has left after abuse may still be a risk, and the record must
  /// not say less than was known.
  public mutating func markNoLongerInBabysLife(
    _ reference: String, on day: ISODate, keepingFrom earlier: ReviewRecord? = nil
  ) -> Bool {
    guard let index = manIndex(named: reference) else { return false }
    men[index].noLongerInBabysLife = day
    if let earlier, index < earlier.men.count, men[index].answers.isEmpty {
      let earlierMan = earlier.men[index]
      men[index].answers = earlierMan.answers
      men[index].strengths = earlierMan.strengths
      men[index].livesWithBaby = earlierMan.livesWithBaby
      men[index].keptLocalAnswers = earlierMan.keptLocalAnswers
    }
    return true
  }
}
