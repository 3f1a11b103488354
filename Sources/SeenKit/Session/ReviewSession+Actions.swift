/// The end of the guided review: the gap report's next steps, numbered, each of which the
/// practitioner may turn into an agreed action (what, for which man or the case, the role that
/// owns it, and when it is due), saved in the record before the gap report is shown.
extension ReviewSession {
  /// A next step of the gap report that can be agreed as an action.
  struct ActionChoice: Equatable, Sendable {
    /// The man's label, or nil for the case.
    var man: String?
    /// The gap's item; nil for an action agreed about a man (or the case) as a whole, in
    /// supervision, whose words are typed (`advice` is then empty).
    var item: ChecklistItem?
    /// The step as the gap report gives it: its safe form where a safety condition holds.
    var advice: SafeAdvice
    var isSafeForm: Bool
  }

  /// The action being agreed, until its due date is kept.
  struct ActionDraft: Equatable, Sendable {
    var choice: ActionChoice
    var what: String
    /// Whether `what` is the practitioner's own words rather than the next step as it stands.
    var whatIsOwn = false
    var man: String?
    var owner: String?
    var due: ISODate?
  }

  /// The gap report's next steps, in its order (each man in record order, then the case). Only
  /// the content's words: never a note, so nothing the mother disclosed is offered back.
  var actionChoices: [ActionChoice] {
    GapAnalysis.report(for: record, content: content, includeSensitive: true).gaps.map {
      ActionChoice(man: $0.man, item: $0.item, advice: $0.advice, isSafeForm: $0.isSafeForm)
    }
  }

  /// Whether the session is at the end, agreeing actions.
  var isAgreeingActions: Bool {
    switch step {
    case .agreeActions, .actionWhat, .actionFor, .actionOwner, .actionDue, .actionDueConfirm,
      .closedGap:
      return true
    default:
      return false
    }
  }

  // MARK: - Input

  /// Takes a line at one of the action steps; nil at any other step.
  mutating func handleAction(_ line: String) -> Outcome? {
    switch step {
    case .agreeActions: return handlePick(line)
    case .actionWhat: return handleWhat(line)
    case .actionFor: return handleFor(line)
    case .actionOwner: return handleOwner(line)
    case .actionDue, .actionDueConfirm: return handleDue(line)
    case .closedGap(let index): return handleClosedGap(line, action: index)
    default: return nil
    }
  }

  /// b: one step back within the action, or from the list back to the review screen.
  mutating func backInActions() -> Outcome {
    switch step {
    case .actionWhat:
      actionDraft = nil
      step = .agreeActions
    case .actionFor: step = .actionWhat
    case .actionOwner: step = .actionFor
    case .actionDue: step = .actionOwner
    case .actionDueConfirm: step = .actionDue
    case .closedGap: step = actionChoices.isEmpty ? .review : .agreeActions
    default:
      actionDraft = nil
      step = .review
    }
    return Outcome(event: .unchanged, message: nil)
  }

  private mutating func handlePick(_ line: String) -> Outcome {
    if line.isEmpty { return finishOrAskClosedGaps() }
    if let columns = screenColumns, ["n", "next", "p", "previous"].contains(line.lowercased()) {
      let count = pickPages(width: columns).count
      if count > 1 {
        pickPage = min(pickPage, count - 1)
        pickPage =
          line.lowercased().hasPrefix("n") ? min(pickPage + 1, count - 1) : max(pickPage - 1, 0)
        return Outcome(event: .unchanged, message: nil)
      }
    }
    let choices = actionChoices
    guard let number = Int(line), number >= 1, number <= choices.count else {
      return Outcome(
        event: .unchanged,
        message:
          "Type a number from 1 to \(choices.count) to agree that next step as an action, or press Enter to finish and see the gap report."
      )
    }
    let choice = choices[number - 1]
    actionDraft = ActionDraft(
      choice: choice, what: choice.advice.advice, man: choice.man,
      owner: record.role.flatMap { content.canonicalRole($0) })
    step = .actionWhat
    return Outcome(event: .unchanged, message: nil)
  }

  private mutating func handleWhat(_ line: String) -> Outcome {
    guard var draft = actionDraft else { return backInActions() }
    if line.isEmpty && draft.what.isEmpty {
      return Outcome(
        event: .unchanged, message: "Type what is to be done, in a few words (no names).")
    }
    if !line.isEmpty {
      draft.what = line.trimmingWhitespace()
      draft.whatIsOwn = draft.what != draft.choice.advice.advice
      actionDraft = draft
    }
    step = .actionFor
    // Said now, while it can still be changed, not only once the review is finished.
    guard draft.whatIsOwn, draft.choice.isSafeForm else {
      return Outcome(event: .unchanged, message: nil)
    }
    // At a man as a whole there is no step to keep: only the words typed.
    let start =
      draft.choice.item == nil
      ? "Contact with him is planned for safety, so \(ActionAssignment.ownWordsForSafety) b goes back to change the words."
      : "Your own words replace a step planned for safety: \(ActionAssignment.ownWordsForSafety) b goes back to change it or keep the safe wording."
    return Outcome(event: .unchanged, message: start)
  }

  private mutating func handleFor(_ line: String) -> Outcome {
    guard actionDraft != nil else { return backInActions() }
    if line.isEmpty {
      step = .actionOwner
      return Outcome(event: .unchanged, message: nil)
    }
    let labels = record.men.map(\.label)
    let lowered = line.lowercased()
    var chosen: Int?
    if let number = Int(line), number >= 1, number <= labels.count + 1 {
      chosen = number - 1
    } else if lowered == "case" || lowered == "the case" {
      // A man labelled "Case" makes the word name either: the numbers tell them apart.
      if let index = labels.firstIndex(where: { ManLabel.same($0, line) }) {
        return Outcome(
          event: .unchanged,
          message:
            "Type \(index + 1) for the man labelled \(labels[index].terminalSafe), or \(labels.count + 1) for the case as a whole."
        )
      }
      chosen = labels.count
    } else if let index = labels.firstIndex(where: { ManLabel.same($0, line) }) {
      chosen = index
    }
    if let index = chosen, index < labels.count, let day = record.men[index].noLongerInBabysLife {
      return Outcome(
        event: .unchanged,
        message:
          "\(labels[index].terminalSafe) is recorded as no longer in the baby's life (from \(day)), so no action is agreed for him. Type another number."
      )
    }
    if let index = chosen {
      actionDraft?.man = index < labels.count ? labels[index] : nil
    } else {
      return Outcome(
        event: .unchanged,
        message:
          "Type a number from 1 to \(labels.count + 1): a man, or \(labels.count + 1) for the case as a whole."
      )
    }
    step = .actionOwner
    return Outcome(event: .unchanged, message: nil)
  }

  private mutating func handleOwner(_ line: String) -> Outcome {
    guard actionDraft != nil else { return backInActions() }
    let owners = content.actionOwners
    let refusal = Outcome(
      event: .unchanged,
      message:
        "Type a number from 1 to \(owners.count) for the role that owns it (a role, never a name)."
    )
    if line.isEmpty {
      guard actionDraft?.owner != nil else { return refusal }
    } else if let number = Int(line) {
      guard number >= 1, number <= owners.count else { return refusal }
      actionDraft?.owner = owners[number - 1]
    } else if let owner = content.canonicalRole(line) {
      actionDraft?.owner = owner
    } else {
      return refusal
    }
    step = .actionDue
    return Outcome(event: .unchanged, message: nil)
  }

  /// The due date, typed or kept, then echoed back with how far off it is until Enter keeps it.
  private mutating func handleDue(_ line: String) -> Outcome {
    guard var draft = actionDraft, let owner = draft.owner else { return backInActions() }
    if line.isEmpty {
      guard let due = draft.due else {
        return Outcome(event: .unchanged, message: "Type when it is due: \(DueDate.examples).")
      }
      if step == .actionDue {
        step = .actionDueConfirm
        return Outcome(event: .unchanged, message: nil)
      }
      let action = AgreedAction(
        what: draft.what, man: draft.man, owner: owner, due: due, item: draft.choice.item?.id)
      record.actions.append(action)
      actionDraft = nil
      step = .agreeActions
      return Outcome(
        event: .changed,
        message:
          "Agreed action \(record.actions.count) saved: \(owner), due \(due). Type another number, or press Enter to finish."
      )
    }
    guard let due = DueDate.parse(line, today: today) else {
      let typed = showsFreeText ? line.quotedInMessage : "What you typed"
      return Outcome(
        event: .unchanged,
        message: DueDate.problem(line, today: today, shown: typed)
          ?? "\(typed) is not a due date seen can read: type \(DueDate.examples).")
    }
    draft.due = due
    actionDraft = draft
    step = .actionDueConfirm
    let probe = AgreedAction(
      what: draft.what, man: draft.man, owner: owner, due: due, item: draft.choice.item?.id)
    if let later = ActionAssignment.todayStepLater(probe, today: today) {
      return Outcome(
        event: .unchanged,
        message:
          "Warning: \(later); \(due) is \(Self.fromToday(due, today: today)): kept if you press Enter."
      )
    }
    guard due < today else { return Outcome(event: .unchanged, message: nil) }
    return Outcome(
      event: .unchanged,
      message:
        "Warning: \(due) is in the past (\(Self.fromToday(due, today: today))): kept if you press Enter, and shown as overdue."
    )
  }

  /// An action whose due date is on screen for confirmation when the session stops (`q`): it
  /// was agreed in full, so it is kept with the due date shown rather than dropped. Nil at any
  /// other step.
  mutating func keepActionAwaitingConfirmation() -> AgreedAction? {
    guard step == .actionDueConfirm, let draft = actionDraft, let owner = draft.owner,
      let due = draft.due
    else { return nil }
    let action = AgreedAction(
      what: draft.what, man: draft.man, owner: owner, due: due, item: draft.choice.item?.id)
    record.actions.append(action)
    actionDraft = nil
    step = .agreeActions
    return action
  }

  /// The review is finished: the open actions' words are brought in line with the safety the
  /// record now holds (`bringActionsToSafeWording`), and the end screen says which changed and
  /// which, in the practitioner's own words, should be looked at again.
  mutating func finishing() -> Outcome {
    let changes = record.bringActionsToSafeWording(content: content)
    // In a re-review, an action whose item now records a safety condition is said so: it is
    // not a gap closed, and it is never offered to be marked done.
    let safety =
      earlier != nil || record.supersedes != nil
      ? record.actionsWithSafetyNowRecorded(content: content).map {
        record.safetyNowRecordedLine($0, content: content, script: false)
      } : []
    let lines = changes.map(\.sessionLine) + safety
    guard !lines.isEmpty else { return Outcome(event: .finished, message: nil) }
    return Outcome(event: .finished, message: lines.joined(separator: "\n"))
  }

  /// "today", "tomorrow", "in 2 weeks", "in 1 month", "in 10 days", "3 days ago".
  static func fromToday(_ date: ISODate, today: ISODate) -> String {
    let days = today.days(to: date)
    switch days {
    case 0: return "today"
    case 1: return "tomorrow"
    case -1: return "yesterday"
    case ..<0: return "\(-days) days ago"
    default: break
    }
    if let years = (1...10).first(where: { today.adding(months: 12 * $0) == date }) {
      return "in \(years) year\(years == 1 ? "" : "s")"
    }
    if let months = (1...12).first(where: { today.adding(months: $0) == date }) {
      return "in \(months) month\(months == 1 ? "" : "s")"
    }
    if days % 7 == 0 { return "in \(days / 7) week\(days == 7 ? "" : "s")" }
    return "in \(days) days"
  }
}
