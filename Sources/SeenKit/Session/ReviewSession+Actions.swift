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

  // MARK: - Prompts

  func actionPromptLines(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    if case .closedGap(let index) = step { return closedGapPrompt(index, width: width) }
    guard step != .agreeActions, let draft = actionDraft else { return pickLines(width: width) }
    // The man chosen at "For which man", not only the one the step was about.
    let who = draft.man ?? "Case"
    let about = draft.choice.item?.title ?? (draft.man == nil ? "the case" : "him") + " as a whole"
    var lines = [wrap("[Agreed action · \(who.terminalSafe) · \(about)]")]
    switch step {
    case .actionWhat where draft.choice.item == nil && !draft.whatIsOwn:
      lines.append(wrap("What is to be done? Type it in your own words (no names)."))
    case .actionWhat:
      lines.append(
        wrap(
          "What is to be done? Press Enter to keep the next step as it stands, or type it in your own words (no names)."
        ))
      if draft.choice.isSafeForm {
        lines.append(
          wrap(
            "This step is planned for safety: keep that wording, and write nothing the mother has disclosed."
          ))
      }
      if draft.whatIsOwn {
        lines.append(Self.now(shown(draft.what, as: "text"), width: width))
      } else {
        // The next step's own words, whole: a step planned for safety is never cut.
        lines.append(
          TextWrapping.wrap(
            "now: \(draft.what.terminalSafe)", width: width, indent: "  ", hanging: "    "))
      }
    case .actionFor:
      let labels = record.men.map(\.label.terminalSafe)
      let options =
        labels.enumerated().map { "\($0.offset + 1) \($0.element)" } + [
          "\(labels.count + 1) the case"
        ]
      lines.append(
        wrap(
          "For which man, or the case? \(options.joined(separator: ", ")). Enter for \(draft.man?.terminalSafe ?? "the case"):"
        ))
    case .actionOwner:
      let owners = content.actionOwners.enumerated().map {
        "\($0.offset + 1) \($0.element.terminalSafe)"
      }
      lines.append(
        wrap(
          "Who owns it? A role, never a name: \(owners.joined(separator: ", "))."
            + (draft.owner.map { " Enter for \($0.terminalSafe):" } ?? "")))
    case .actionDue:
      lines.append(
        wrap(
          "When is it due? Type a date (year-month-day, such as \(today.adding(days: 14) ?? today)) or a time from today, such as \"in 2 weeks\"."
            + (draft.due.map { " Enter for \($0):" } ?? "")))
    case .actionDueConfirm:
      if let due = draft.due {
        lines.append(
          wrap("Due \(due) (\(Self.fromToday(due, today: today))): Enter to keep, or type another"))
      }
    default:
      break
    }
    return lines
  }

  /// The next steps, grouped by man (then the case), each as its item's title only: the number
  /// picks it, and the next screen shows its full wording, wrapped, never cut. Titles go in two
  /// columns where the width allows; where the list is still taller than the terminal
  /// (`screenRows`), it is shown a page at a time (n next, p the one before). Then the actions
  /// agreed so far.
  private func pickLines(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [
      wrap("[Agreed actions] Turn next steps into agreed actions"),
      wrap("The next steps of your gap report, by man; a number shows one whole:"),
    ]
    let pages = pickPages(width: width)
    let page = min(pickPage, pages.count - 1)
    lines += pages[page]
    if !record.actions.isEmpty {
      lines.append(wrap("Agreed so far:"))
      for (offset, action) in record.actions.enumerated() {
        let title = action.item.flatMap { content.item($0)?.title } ?? "Action"
        let line =
          "\(title) · \(action.man?.terminalSafe ?? "the case") · "
          + "\(action.owner.terminalSafe) · due \(action.due)"
        lines.append(Self.oneLine(line, indent: "  \(offset + 1). ", width: width))
      }
    }
    let paging =
      pages.count > 1
      ? "Page \(page + 1) of \(pages.count): n shows the next page, p the one before. " : ""
    lines.append(
      wrap(
        paging
          + "Type a number to agree that step as an action (what, for whom, which role owns it, by when), or press Enter to finish and see the gap report."
      ))
    return lines
  }

  /// The list of next steps, as pages of lines: one page when it fits the terminal's rows (or
  /// they are not known); a page that starts within a man's steps repeats his heading.
  func pickPages(width: Int) -> [[String]] {
    let body = pickBody(width: width)
    guard let rows = screenRows else { return [body.map(\.line)] }
    // What else is on the screen: the blank line, the two heading lines, the actions agreed
    // so far and their heading, the footer (3 lines at most), the prompt and a message.
    let agreed = record.actions.isEmpty ? 0 : record.actions.count + 1
    let available = max(rows - 1 - 2 - agreed - 3 - 1 - 2, 6)
    guard body.count > available else { return [body.map(\.line)] }
    var pages: [[String]] = [[]]
    for (line, heading) in body {
      let isHeading = line == heading
      let full = pages[pages.count - 1].count >= available - (isHeading ? 1 : 0)
      if full {
        pages.append([])
        if !isHeading { pages[pages.count - 1].append(heading.dropLast() + " (continued):") }
      }
      pages[pages.count - 1].append(line)
    }
    return pages
  }

  /// Each line of the list with the heading of the group it is in.
  private func pickBody(width: Int) -> [(line: String, heading: String)] {
    let choices = actionChoices
    let numberWidth = String(choices.count).count
    let entries = choices.enumerated().map { (offset, choice) -> String in
      let number = String(offset + 1)
      // A step already agreed says so, with its action's number, so that it is not agreed twice
      // by mistake.
      let agreed = record.actions.firstIndex {
        $0.item == choice.item?.id && $0.man == choice.man
      }
      return String(repeating: " ", count: numberWidth - number.count) + number + ". "
        + (choice.item?.title ?? "").terminalSafe + (agreed.map { " [action \($0 + 1)]" } ?? "")
    }
    let columnWidth = (entries.map(\.count).max() ?? 0) + 4
    let columns = width >= 2 * columnWidth + 2 ? 2 : 1
    var groups: [(heading: String, entries: [String])] = []
    for (offset, choice) in choices.enumerated() {
      let heading = choice.man.map { "\($0.terminalSafe):" } ?? "The case:"
      if groups.last?.heading == heading {
        groups[groups.count - 1].entries.append(entries[offset])
      } else {
        groups.append((heading, [entries[offset]]))
      }
    }
    var body: [(line: String, heading: String)] = []
    for group in groups {
      let heading = Self.oneLine(group.heading, indent: "", width: width)
      body.append((heading, heading))
      // Across, then down, so that a page break never splits a column.
      let rows = (group.entries.count + columns - 1) / columns
      for row in 0..<rows {
        var line = "  "
        for column in 0..<columns {
          let index = row * columns + column
          guard index < group.entries.count else { continue }
          let entry = group.entries[index]
          line +=
            column + 1 < columns && index + 1 < group.entries.count
            ? entry + String(repeating: " ", count: max(columnWidth - entry.count, 1)) : entry
        }
        // The titles were made safe above; the spaces that line them up are kept.
        body.append(
          (line.count > width ? String(line.prefix(max(width - 1, 1))) + "…" : line, heading))
      }
    }
    return body
  }

  /// A line after its indent, cut with "…" to fit the width.
  static func oneLine(_ text: String, indent: String, width: Int) -> String {
    let safe = indent + text.terminalSafe
    guard safe.count > width else { return safe }
    return String(safe.prefix(max(width - 1, 1))) + "…"
  }

  var actionHelp: String {
    "An agreed action turns a next step into work that gets done and checked: what is to be done, "
      + "for which man or for the case, the role that owns it (never a name), and when it is due, "
      + "typed as a date or as \"in 2 weeks\". It is saved in the review record, and the gap report "
      + "and the reflection sheet show it, open, overdue, done or dropped. Where the list of next "
      + "steps runs to more than one page, n shows the next page and p the one before. b goes "
      + "back; q saves and quits (an action not yet saved is left out)."
  }
}
