/// The supervision session as a state machine (`seen supervise FILE` on a terminal): the
/// supervisor's role (or, where a supervision dated today was left unfinished, whether to
/// continue it), then the first steps (before any man, as the sheet has them), each man's state
/// and safety, each gap (c comment or
/// challenge, a agree an action: both may be made at one, so the session stays there until d
/// discussed or Enter next), then the tier 3 questions (17.1, 17.5). Like `ReviewSession`, it does no input or output: the command line shows its prompts,
/// gives it lines and saves the record after every change. It never shows a note back: a
/// comment typed is kept, and said to be kept, never printed.
public struct SupervisionSession: Sendable {
  enum Step: Equatable, Sendable {
    /// A supervision dated today (at this index) was left unfinished: continue it, or start a
    /// new one?
    case unfinished(Int)
    case role
    case man(Int)
    case firstSteps
    case gap(Int)
    /// Typing a comment or challenge on what the step before was showing.
    case comment
    /// Agreeing an action, by the guided review's own steps (`actionEntry`).
    case action
    /// Which of the first steps an action is agreed on.
    case pickFirstStep
    /// For which of the men a first step (at this index) names the action is, where it names
    /// more than one: asked, never the first taken for granted.
    case pickFirstStepMan(Int)
    case menDiscussed
    /// The practitioner's answer to "Discussed in supervision" differs: change it? (y/n)
    case answerDiffers
    case fearRaised
    /// Fear was raised and the review has more than one man: about which?
    case fearAbout
    case support
    case otherSupport
  }

  public typealias Outcome = ReviewSession.Outcome

  public internal(set) var record: ReviewRecord
  let content: Content
  public let today: ISODate
  var step: Step = .role
  /// The gap report the session walks through: gaps and first steps, with the practitioner's
  /// notes as the report prints them (a sensitive note left out), never a supervisor's comment.
  let report: GapReport
  /// Where in `record.supervisions` this session's supervision is, once its role is given.
  var index: Int?
  /// What a comment being typed is about, and the step to go back to.
  var commentTarget: SupervisionRecord.Discussed?
  var returnStep: Step = .role
  /// The guided review's action entry, while an action is being agreed.
  var actionEntry: ReviewSession?
  /// What this session recorded (a continued supervision holds what was recorded before, too):
  /// the items and men marked discussed or commented on, the comments and the actions agreed.
  var discussedHere: [SupervisionRecord.Discussed] = []
  var commentsHere = 0
  /// The actions agreed in this session (their numbers), with the step each was agreed at.
  var actionsHere: [(step: Step, number: Int)] = []
  /// Whether this session continues a supervision left unfinished earlier today.
  var isContinued = false

  public init(record: ReviewRecord, content: Content, today: ISODate) {
    self.record = record
    self.content = content
    self.today = today
    report = GapAnalysis.report(for: record, content: content, today: today)
    if let last = record.supervisions.indices.last,
      Self.isUnfinished(record.supervisions[last], today: today)
    {
      step = .unfinished(last)
    }
  }

  /// A supervision dated today that never reached the tier 3 questions (stopped by Ctrl-C, q or
  /// a closed terminal): offered to be continued rather than started again.
  static func isUnfinished(_ supervision: SupervisionRecord, today: ISODate) -> Bool {
    supervision.date == today && supervision.menDiscussed == nil && supervision.fearRaised == nil
      && !supervision.agreedSupport
  }

  /// The supervision being recorded, once its role is given.
  public var supervision: SupervisionRecord? {
    index.map { record.supervisions[$0] }
  }

  static let keys =
    "c comment or challenge · a agree an action · d discussed · Enter next · ? help · q save and stop"
  /// At a gap, t (to the tier 3 questions) is named too: there may be many gaps.
  static let gapKeys =
    "c comment or challenge · a agree an action · d discussed · Enter next · t to the tier 3 questions · ? help · q save and stop"

  // MARK: - Input

  public mutating func handle(_ rawLine: String) -> Outcome {
    let line = rawLine.trimmingWhitespace()
    if step == .action { return handleAction(line) }
    if step == .comment { return handleComment(rawLine) }
    if step == .otherSupport { return handleOtherSupport(rawLine) }
    if step == .pickFirstStep { return handlePickFirstStep(line) }
    if case .pickFirstStepMan(let number) = step { return handlePickFirstStepMan(line, number) }
    switch line.lowercased() {
    case "q", "quit": return Outcome(event: .quit, message: nil)
    case "?", "help": return Outcome(event: .unchanged, message: help)
    default: break
    }
    switch step {
    case .unfinished(let earlier): return handleUnfinished(line, index: earlier)
    case .role: return handleRole(line)
    case .man, .firstSteps, .gap: return handleWalk(line)
    case .menDiscussed, .fearRaised: return handleYesNo(line)
    case .answerDiffers: return handleAnswerDiffers(line)
    case .fearAbout: return handleFearAbout(line)
    case .support: return handleSupport(line)
    case .comment, .action, .otherSupport, .pickFirstStep, .pickFirstStepMan:
      return Outcome(event: .unchanged, message: nil)
    }
  }

  /// c (or Enter) continues the unfinished supervision where it was left (after the last man or
  /// gap it recorded); n starts a new one.
  private mutating func handleUnfinished(_ line: String, index earlier: Int) -> Outcome {
    switch line.lowercased() {
    case "", "c", "continue":
      index = earlier
      let supervision = record.supervisions[earlier]
      isContinued = true
      let steps = walk
      let reached = steps.indices.last { position in
        guard let target = Self.target(of: steps[position], report: report, men: record.men)
        else { return false }
        return supervision.discussed.contains { $0.item == target.item && $0.man == target.man }
      }
      let resume = reached.map { $0 + 1 } ?? 0
      step = resume < steps.count ? steps[resume] : .menDiscussed
      return Outcome(
        event: .unchanged,
        message:
          "Continuing the supervision of \(supervision.date) (\(supervision.role.terminalSafe)); what it recorded is kept."
      )
    case "n", "new":
      step = .role
      return Outcome(event: .unchanged, message: "A new supervision of this review.")
    default:
      return Outcome(
        event: .unchanged,
        message: "Type c (or Enter) to continue it, n to start a new one, or q to stop.")
    }
  }

  /// What a step of the walk is about: a man, the review (the first steps) or a gap.
  static func target(of step: Step, report: GapReport, men: [ManRecord])
    -> SupervisionRecord.Discussed?
  {
    switch step {
    case .man(let number): return .init(item: nil, man: men[number].label)
    case .firstSteps: return .init(item: nil, man: nil)
    case .gap(let number):
      return .init(item: report.gaps[number].item.id, man: report.gaps[number].man)
    default: return nil
    }
  }

  private mutating func handleRole(_ line: String) -> Outcome {
    let owners = content.actionOwners
    var role: String?
    if let number = Int(line), number >= 1, number <= owners.count {
      role = owners[number - 1]
    } else if !line.isEmpty {
      role = content.canonicalRole(line)
    }
    guard let role else {
      return Outcome(
        event: .unchanged,
        message:
          "Type a number from 1 to \(owners.count) for the supervisor's role (a role, never a name)."
      )
    }
    record.supervisions.append(SupervisionRecord(date: today, role: role))
    index = record.supervisions.count - 1
    step = walk.first ?? .menDiscussed
    return Outcome(event: .changed, message: nil)
  }

  /// The steps of the walk through the review, in order.
  var walk: [Step] {
    // The first steps (safety checks first) before any man, as the sheet has them, so that no
    // action about a man is agreed before they are on screen.
    (report.firstSteps.isEmpty ? [] : [.firstSteps]) + record.men.indices.map { Step.man($0) }
      + report.gaps.indices.map { Step.gap($0) }
  }

  private mutating func next() {
    let steps = walk
    if let position = steps.firstIndex(of: step), position + 1 < steps.count {
      step = steps[position + 1]
    } else {
      step = .menDiscussed
    }
  }

  /// At a man, the first steps or a gap: c and a stay on it (a comment and an action may both be
  /// made there), d marks it discussed and moves on, Enter moves on.
  private mutating func handleWalk(_ line: String) -> Outcome {
    guard let target = Self.target(of: step, report: report, men: record.men) else {
      return Outcome(event: .unchanged, message: nil)
    }
    switch line.lowercased() {
    case "":
      next()
      return Outcome(event: .unchanged, message: nil)
    case "t":
      step = .menDiscussed
      return Outcome(event: .unchanged, message: nil)
    case "d":
      recordHere(target)
      next()
      return Outcome(event: .changed, message: "Marked discussed.")
    case "c":
      commentTarget = target
      returnStep = step
      step = .comment
      return Outcome(event: .unchanged, message: nil)
    case "a":
      returnStep = step
      switch step {
      case .gap(let number):
        let gap = report.gaps[number]
        startAction(
          .init(man: gap.man, item: gap.item, advice: gap.advice, isSafeForm: gap.isSafeForm),
          what: gap.advice.advice)
      case .man(let number):
        // About him as a whole: the words are typed, and an action about a man for whom contact
        // is planned for safety is checked as any own words replacing a safe step are.
        let man = report.men[number]
        startAction(
          .init(
            man: man.label, item: nil,
            advice: SafeAdvice(advice: "", sources: [], guidance: nil),
            isSafeForm: !man.safetyReasons.isEmpty),
          what: "")
      default:
        guard report.firstSteps.count > 1 else { return pickFirstStep(1) }
        step = .pickFirstStep
      }
      return Outcome(event: .unchanged, message: nil)
    default:
      return Outcome(
        event: .unchanged, message: "Type " + Self.keys.replacing(" · ", with: ", ") + ".")
    }
  }

  /// The guided review's action entry, begun at "What is to be done?" for `choice`.
  mutating func startAction(_ choice: ReviewSession.ActionChoice, what: String) {
    var entry = ReviewSession(record: record, content: content, today: today)
    entry.screenColumns = nil
    entry.actionDraft = ReviewSession.ActionDraft(
      choice: choice, what: what, man: choice.man,
      owner: record.role.flatMap { content.canonicalRole($0) })
    entry.step = .actionWhat
    actionEntry = entry
    step = .action
  }

  /// Marks an item or man discussed in this supervision, and counts it as this session's.
  private mutating func recordHere(_ target: SupervisionRecord.Discussed) {
    record.supervisions[index!].record(target)
    if !discussedHere.contains(where: { $0.item == target.item && $0.man == target.man }) {
      discussedHere.append(.init(item: target.item, man: target.man))
    }
  }

  private mutating func handleComment(_ rawLine: String) -> Outcome {
    guard var target = commentTarget else { return back() }
    guard let comment = ManRecord.cleaned(rawLine) else {
      return back(message: "No comment kept.")
    }
    guard Answer.isWithinLimit(comment) else {
      return Outcome(
        event: .unchanged,
        message:
          "That comment is longer than \(Answer.maximumNoteLength) characters; type a shorter one, or press Enter to keep none."
      )
    }
    target.comment = comment
    recordHere(target)
    commentsHere += 1
    commentTarget = nil
    step = returnStep
    return Outcome(
      event: .changed,
      message:
        "Comment kept (\(comment.unicodeScalars.count) characters), a sensitive note. a agrees an action here too; Enter moves on."
    )
  }

  mutating func back(message: String? = nil) -> Outcome {
    commentTarget = nil
    actionEntry = nil
    step = returnStep
    return Outcome(event: .unchanged, message: message)
  }

  private mutating func handleAction(_ line: String) -> Outcome {
    guard var entry = actionEntry else { return back() }
    switch line.lowercased() {
    case "q", "quit":
      return Outcome(event: .quit, message: keepPendingAction())
    case "?", "help":
      return Outcome(event: .unchanged, message: entry.actionHelp)
    case "b", "back":
      _ = entry.backInActions()
      if entry.actionDraft == nil || entry.step == .review || entry.step == .agreeActions {
        return back(message: "No action agreed.")
      }
      actionEntry = entry
      return Outcome(event: .unchanged, message: nil)
    default:
      break
    }
    let before = entry.record.actions.count
    var outcome = entry.handleAction(line) ?? Outcome(event: .unchanged, message: nil)
    guard entry.record.actions.count > before else {
      actionEntry = entry
      // The guided review's warning on own words where contact is planned for safety sends the
      // check to "your manager"; a manager or lead supervising makes it here, as a script's
      // --action in a supervision says.
      if let role = supervision?.role, let message = outcome.message {
        outcome.message = message.replacing(
          ActionAssignment.ownWordsForSafety,
          with: ActionAssignment.ownWordsForSafety(supervisor: role, content: content))
      }
      return outcome
    }
    let action = agreed(from: entry)
    return Outcome(
      event: .changed,
      message:
        "Agreed action \(record.actions.count) saved: \(action.owner), due \(action.due). c adds a comment here too; Enter moves on."
    )
  }

  /// Takes the action just agreed in `entry` into the record and this supervision, and goes back
  /// to the step it was agreed at.
  private mutating func agreed(from entry: ReviewSession) -> AgreedAction {
    record.actions = entry.record.actions
    let number = record.actions.count
    // The rule and the code a scripted --action goes through: own words where contact is
    // planned for safety are marked sensitive, as the warning on screen said.
    record.actions[number - 1] = ActionAssignment.checkedForSafety(
      record.actions[number - 1], record: record, content: content)
    record.supervisions[index!].actions.append(number)
    actionsHere.append((returnStep, number))
    step = returnStep
    actionEntry = nil
    return record.actions[number - 1]
  }

  /// When the session stops (q, Ctrl-C, Ctrl-D) while an action is being agreed: one whose due
  /// date is on screen for confirmation is kept with that date, and said so; any other is not
  /// finished, and is said not to be saved. Nil when no action was being agreed.
  public mutating func keepPendingAction() -> String? {
    guard step == .action, var entry = actionEntry else { return nil }
    guard entry.keepActionAwaitingConfirmation() != nil else {
      return
        "The action being agreed was not finished (it had no due date yet), so it is not saved."
    }
    let action = agreed(from: entry)
    return
      "Agreed action \(record.actions.count) saved with the due date shown: \(action.owner), due \(action.due)."
  }
}
