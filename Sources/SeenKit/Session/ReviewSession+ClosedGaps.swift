/// A re-review links answers to actions: an open action carried over from the earlier review
/// whose item is now answered with no gap left (for the man, or the case, it is for) is offered
/// to be marked done at the end of the guided session; never marked done silently.
extension ReviewRecord {
  /// The indices of the open actions whose gap this review has closed: the action's item is
  /// answered, for the man (or the case) it is for, the gap report has no gap for that item
  /// and man, and the answer is not a safety condition (`GapAnalysis.isClosed`, the rule
  /// `seen compare` and `seen summary` follow). A man no longer in the baby's life closes
  /// nothing.
  public func actionsWithGapClosed(content: Content) -> [Int] {
    answeredWithoutGap(content: content).filter { index in
      GapAnalysis.isClosed(
        item: actions[index].item ?? "", isCase: actions[index].man == nil,
        laterMan: actions[index].man.flatMap { label in men.first { ManLabel.same($0.label, label) }
        },
        in: self)
    }
  }

  /// The indices of the open actions whose item this review now answers with a safety
  /// condition (a safety concern, violence or control present, the practitioner's fear): not a
  /// gap closed but new knowledge that changes the work; the action stays open and is read in
  /// its safe form.
  public func actionsWithSafetyNowRecorded(content: Content) -> [Int] {
    answeredWithoutGap(content: content).filter { index in
      !GapAnalysis.isClosed(
        item: actions[index].item ?? "", isCase: actions[index].man == nil,
        laterMan: actions[index].man.flatMap { label in men.first { ManLabel.same($0.label, label) }
        },
        in: self)
    }
  }

  /// "A safety condition is now recorded for action 1 (Safety concern · Father): …", for the
  /// end of the guided re-review; `script` gives it as a note on standard error.
  public func safetyNowRecordedLine(_ index: Int, content: Content, script: Bool) -> String {
    let heading = actionHeading(index, content: content)
    let text =
      "a safety condition is now recorded for action \(index + 1) (\(script ? heading.shownInMessage : heading.terminalSafe)): "
      + "it is not a gap closed; the action stays open and now applies in its safe form: plan "
      + "the work with your manager or safeguarding lead, and plan any contact with him for "
      + "safety."
    return script ? "note: " + text : "A" + text.dropFirst()
  }

  /// The open actions whose item is answered, for the man (or the case) they are for, with no
  /// gap left for that item and man.
  private func answeredWithoutGap(content: Content) -> [Int] {
    let open = actions.indices.filter { actions[$0].isOpen && actions[$0].item != nil }
    guard !open.isEmpty else { return [] }
    let gaps = GapAnalysis.report(for: self, content: content, includeSensitive: true).gaps
    return open.filter { index in
      let action = actions[index]
      guard let id = action.item, content.item(id) != nil else { return false }
      let answered: Bool
      if let label = action.man {
        guard let man = manIndex(named: label), men[man].noLongerInBabysLife == nil else {
          return false
        }
        answered = men[man].answers[id] != nil
      } else {
        answered = answers[id] != nil
      }
      guard answered else { return false }
      return !gaps.contains { gap in
        gap.item.id == id
          && (gap.man.map { ManLabel.key($0) } == action.man.map { ManLabel.key($0) })
      }
    }
  }

  /// The indices of the open actions for a man this review records as no longer in the baby's
  /// life: carried over, they would stay open for ever; each is named, to keep or drop.
  public func actionsForMenNoLongerInLife() -> [Int] {
    actions.indices.filter { index in
      guard actions[index].isOpen, let label = actions[index].man,
        let man = manIndex(named: label)
      else { return false }
      return men[man].noLongerInBabysLife != nil
    }
  }

  /// "Action 2 is for Father, recorded as no longer in the baby's life": said at the end of a
  /// re-review, and in a script's note.
  public func noLongerInLifeSentence(_ index: Int) -> String {
    let label = actions[index].man ?? ""
    let day = manIndex(named: label).flatMap { men[$0].noLongerInBabysLife }
    return "Action \(index + 1) is for \(label), recorded as no longer in the baby's life"
      + (day.map { " (from \($0))" } ?? "")
  }

  /// "Contact · Father": the action's item and whom it is for, as the end screen and the
  /// scripts' note name it.
  public func actionHeading(_ index: Int, content: Content) -> String {
    let action = actions[index]
    let title = action.item.flatMap { content.item($0)?.title } ?? "Action"
    return "\(title) · \(action.man ?? "the case")"
  }

  /// The re-review takes the answers an answers file gives (`seen review --again FILE --answers
  /// OTHER`), as a scripted review would: each checklist answer, each man's details and
  /// strengths, the reflections and the confidence the file holds. A man of the file is matched
  /// to the re-review's man of the same label, or added. Nothing else carries over: what the file
  /// does not answer stays unanswered (or as the earlier review gave it with --keep-earlier).
  /// The re-review's id, `supersedes`, case, date and actions stay its own.
  public mutating func takeAnswers(from file: ReviewRecord) {
    for (id, answer) in file.answers { answers[id] = answer }
    for man in file.men {
      guard let index = manIndex(named: man.label) else {
        var added = man
        added.noLongerInBabysLife = nil
        men.append(added)
        continue
      }
      for (id, answer) in man.answers { men[index].answers[id] = answer }
      if man.relationship != .unknown { men[index].relationship = man.relationship }
      if let lives = man.livesWithBaby { men[index].livesWithBaby = lives }
      if let strengths = man.strengths { men[index].strengths = strengths }
      if let left = man.noLongerInBabysLife { men[index].noLongerInBabysLife = left }
    }
    for (id, text) in file.reflections { reflections[id] = text }
    if let confidence = file.confidence { self.confidence = confidence }
    if role == nil { role = file.role }
  }
}

extension ReviewSession {
  /// A resumed re-review: `earlier` is the review it follows, found beside it (nil when it was
  /// not), so that each question shows "last time" again. The men's "still in the baby's life?"
  /// and "lives with the baby" were answered when the record was first made.
  public init(
    resuming record: ReviewRecord, earlier: ReviewRecord?, content: Content, today: ISODate
  ) {
    self.init(resuming: record, content: content, today: today)
    self.earlier = earlier
    guard earlier != nil else { return }
    stillInLifeAnswered = Set(record.men.indices)
    livesWithBabyAnswered = Set(record.men.indices.filter { record.men[$0].livesWithBaby != nil })
  }

  /// The open actions whose gap this review has closed, or that are for a man no longer in the
  /// baby's life, after `index` (nil: from the first), in a re-review only.
  func nextClosedGap(after index: Int?) -> Int? {
    guard earlier != nil || record.supersedes != nil else { return nil }
    return
      (record.actionsWithGapClosed(content: content)
      + record.actionsForMenNoLongerInLife()).sorted().first { $0 > (index ?? -1) }
  }

  /// Whether the action is for a man recorded as no longer in the baby's life (asked k/d).
  func isForManNoLongerInLife(_ index: Int) -> Bool {
    record.actionsForMenNoLongerInLife().contains(index)
  }

  /// k (or Enter) keeps the action open; d drops it, "no longer in the baby's life".
  mutating func handleNoLongerInLife(_ line: String, action index: Int) -> Outcome {
    switch line.lowercased() {
    case "d", "drop":
      record.actions[index].state = .dropped(reason: "no longer in the baby's life")
      let after = finishOrAskClosedGaps(after: index)
      return Outcome(
        event: after.event == .finished ? .finished : .changed,
        message: (["Action \(index + 1) is dropped: no longer in the baby's life."]
          + (after.message.map { [$0] } ?? [])).joined(separator: "\n"))
    case "", "k", "keep":
      return finishOrAskClosedGaps(after: index)
    default:
      return Outcome(
        event: .unchanged,
        message: "Type k to keep it open (or press Enter), or d to drop it.")
    }
  }

  /// Where Enter at the end of the actions list goes: each action whose gap is closed, then the
  /// gap report.
  mutating func finishOrAskClosedGaps(after index: Int? = nil) -> Outcome {
    // Once every closed gap is asked about, the open actions take the record's safe wording.
    guard let next = nextClosedGap(after: index) else { return finishing() }
    step = .closedGap(next)
    return Outcome(event: .unchanged, message: nil)
  }

  /// y marks the action done today; n or Enter leaves it open.
  mutating func handleClosedGap(_ line: String, action index: Int) -> Outcome {
    guard index < record.actions.count else { return finishOrAskClosedGaps(after: index) }
    if isForManNoLongerInLife(index) { return handleNoLongerInLife(line, action: index) }
    switch line.lowercased() {
    case "y", "yes":
      record.actions[index].state = .done(on: today, note: nil)
      let after = finishOrAskClosedGaps(after: index)
      return Outcome(
        event: after.event == .finished ? .finished : .changed,
        message: (["Action \(index + 1) is marked done today (\(today))."]
          + (after.message.map { [$0] } ?? [])).joined(separator: "\n"))
    case "", "n", "no":
      return finishOrAskClosedGaps(after: index)
    default:
      return Outcome(
        event: .unchanged,
        message: "Type y to mark it done today, or n (or press Enter) to leave it open.")
    }
  }

  func closedGapPrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    guard index < record.actions.count else { return [] }
    if isForManNoLongerInLife(index) {
      return [
        wrap("[Agreed actions] No longer in the baby's life"),
        wrap(
          "\(record.noLongerInLifeSentence(index).terminalSafe) (\(record.actionHeading(index, content: content).terminalSafe)): keep it, or drop it? k keep, d drop (Enter = keep)"
        ),
      ]
    }
    return [
      wrap("[Agreed actions] A gap closed"),
      wrap(
        "Action \(index + 1) (\(record.actionHeading(index, content: content).terminalSafe)): its gap is closed now. Mark it done today? y/n (Enter = no)"
      ),
    ]
  }
}
