/// The guided self-review as a state machine: it shows a prompt, takes one line, and moves on.
///
/// It does no input or output of its own, so that tests drive it with scripted lines and the
/// command line can save the record after every change and handle Ctrl-C, EOF and signals.
public struct ReviewSession: Sendable {
  /// What a line did.
  public enum Event: Equatable, Sendable {
    /// The record changed: save it.
    case changed
    /// Nothing changed (help, a message, moving back or on).
    case unchanged
    /// The user asked to save and quit.
    case quit
    /// The user confirmed the review screen.
    case finished
  }

  /// What the command line shows after a line: a message, if any, then the next prompt.
  public struct Outcome: Equatable, Sendable {
    public var event: Event
    public var message: String?
  }

  // Settable within SeenKit, so that the handlers in ReviewSession+Men.swift can answer.
  public internal(set) var record: ReviewRecord
  var step: Step
  let content: Content
  /// The date Enter gives the review when it has none: passed in, never read from a clock here.
  let today: ISODate
  /// Whether the screen shows back the free text typed (notes, the case reference, strengths,
  /// reflections). Off where the screen is not a terminal (`seen review --interactive` with
  /// standard error a file or a pipe), since case notes never go to a log: each shows as
  /// "note kept, 120 characters".
  public var showsFreeText = true
  /// The terminal's rows and columns, where known: a list taller than the terminal (the next
  /// steps to agree as actions) is shown a page at a time. Nil: shown whole.
  public var screenRows: Int?
  public var screenColumns: Int?
  /// The page of the next steps shown (ReviewSession+ActionPrompts.swift).
  var pickPage = 0
  /// The page of the review screen shown (`reviewPages`): kept while an answer chosen there is
  /// changed, so that the screen comes back where it was.
  var reviewPage = 0
  /// The step whose help was shown last, and which part of it: `?` again shows the next part
  /// (`nextHelpPart`). Cleared by any other line.
  var helpShown: (step: Step, part: Int)?
  /// Set when a step was chosen from the review screen: answering it goes back there.
  private var returnsToReview = false
  /// Set after "x" with no note, while asking for the reason.
  private var awaitingReason: Step?
  /// The men whose relationship has been given (in this session, or in the record it started
  /// from): for a man just added, none is assumed, so Enter alone does not pass his.
  var relationshipsGiven: Set<Int>
  /// The agreed action being put together, saved to the record once its due date is kept.
  var actionDraft: ActionDraft?
  /// The earlier review a re-review starts from (`seen review --again`): each question shows its
  /// answer as "last time: …", and Enter keeps it only where the prompt says so. Nothing of it
  /// is in `record` until confirmed.
  public internal(set) var earlier: ReviewRecord?
  /// The men of the earlier review whose "still in the baby's life?" has been answered.
  var stillInLifeAnswered: Set<Int> = []
  /// The men whose "lives with the baby" has been answered in this re-review.
  var livesWithBabyAnswered: Set<Int> = []

  /// A new session, from the start. `record` may hold answers already (from a file or a training
  /// scenario): each prompt shows them, and Enter keeps them. `today` is the date offered for the
  /// review.
  public init(record: ReviewRecord = ReviewRecord(), content: Content, today: ISODate) {
    self.record = record
    self.content = content
    self.today = today
    self.step = .confidence
    self.relationshipsGiven = Set(record.men.indices)
    if !asksConfidence { step = .role }
  }

  /// A participant's blank start is not asked their confidence: the workshop records it apart,
  /// before and after the session, and asking again here would count it twice.
  var asksConfidence: Bool { record.workshop?.start != .blank }

  /// Typed text in a review of a training scenario is about the scenario only: its prompts say
  /// so, so that no real case's details are written into a practice file.
  var isScenario: Bool { record.workshop != nil }

  /// A re-review: `record` is the new review made by `ReviewRecord.again(from:…)` (the earlier
  /// men listed, no answer carried over), and `earlier` the review it follows.
  public init(again record: ReviewRecord, earlier: ReviewRecord, content: Content, today: ISODate) {
    self.init(record: record, content: content, today: today)
    self.earlier = earlier
  }

  /// A session that continues a saved review at its first unanswered item, or at the review
  /// screen when every item has an answer.
  public init(resuming record: ReviewRecord, content: Content, today: ISODate) {
    self.init(record: record, content: content, today: today)
    if record.men.isEmpty {
      step = asksConfidence ? .confidence : .role
      return
    }
    step =
      steps.first { step in
        guard case .item(let man, let id) = step else { return false }
        if let man { return record.men[man].answers[id] == nil }
        return record.answers[id] == nil
      } ?? .review
  }

  // MARK: - Moving

  mutating func advance() {
    if returnsToReview {
      returnsToReview = false
      step = .review
      return
    }
    let all = steps
    guard let index = all.firstIndex(of: step), index + 1 < all.count else {
      step = .review
      return
    }
    step = all[index + 1]
  }

  private mutating func goBack() -> Outcome {
    awaitingReason = nil
    if returnsToReview {
      returnsToReview = false
      step = .review
      return Outcome(event: .unchanged, message: nil)
    }
    let all = steps
    guard let index = all.firstIndex(of: step), index > 0 else {
      return Outcome(event: .unchanged, message: "This is the first question.")
    }
    step = all[index - 1]
    return Outcome(event: .unchanged, message: nil)
  }

  // MARK: - Input

  /// Takes one line the user typed.
  public mutating func handle(_ rawLine: String) -> Outcome {
    // A note, strengths or a reflection is typed on one line: the line is held to their limit.
    guard Answer.isWithinLimit(rawLine) else {
      return Outcome(
        event: .unchanged,
        message: Answer.tooLongMessage("That line")
          + " (A note, strengths or a reflection is at most \(Answer.maximumNoteLength) characters.)"
      )
    }
    let line = rawLine.terminalSafe
    if !["?", "help"].contains(line.lowercased()) { helpShown = nil }
    switch line.lowercased() {
    case "q", "quit":
      return Outcome(event: .quit, message: nil)
    case "b", "back":
      return isAgreeingActions ? backInActions() : goBack()
    case "?", "help":
      return Outcome(event: .unchanged, message: nextHelpPart())
    default:
      break
    }
    if let pending = awaitingReason {
      awaitingReason = nil
      return setNotApplicable(pending, reason: line)
    }
    if let outcome = handleAction(line) { return outcome }
    switch step {
    case .confidence:
      return handleConfidence(line)
    case .role:
      return handleRole(line)
    case .caseReference:
      return handleCaseReference(line)
    case .date:
      return handleDate(line)
    case .manStillInLife(let index):
      return handleStillInLife(line, man: index)
    case .manLabel(let index):
      return handleLabel(line, man: index)
    case .manRelationship(let index):
      return handleRelationship(line, man: index)
    case .manLivesWithBaby(let index):
      return handleLivesWithBaby(line, man: index)
    case .addAnotherMan:
      return handleAddAnother(line)
    case .item(let man, let id):
      return handleItem(line, man: man, id: id)
    case .manStrengths(let index):
      return handleStrengths(line, man: index)
    case .reflection(let id):
      return handleReflection(line, id: id)
    case .review:
      return handleReview(line)
    case .agreeActions, .actionWhat, .actionFor, .actionOwner, .actionDue, .actionDueConfirm,
      .closedGap:
      // Taken by handleAction above.
      return Outcome(event: .unchanged, message: nil)
    }
  }

  private mutating func handleItem(_ line: String, man: Int?, id: String) -> Outcome {
    guard let item = content.item(id) else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    if line.isEmpty {
      // In a re-review, Enter keeps last time's answer where the prompt offers it.
      if let earlier = earlierAnswer(man: man, id: id), answer(man: man, id: id) == nil {
        setAnswer(earlier, man: man, id: id)
        advance()
        return Outcome(event: .changed, message: nil)
      }
      // Enter keeps an answer, gives the default where there is one, or skips.
      guard let value = defaultAnswer(man: man, id: id) else {
        advance()
        return Outcome(event: .unchanged, message: nil)
      }
      setAnswer(Answer(value), man: man, id: id)
      advance()
      return Outcome(event: .changed, message: nil)
    }
    var word = line
    var note: String?
    if let colon = line.firstIndex(of: ":") {
      word = String(line[..<colon]).trimmingWhitespace()
      note = String(line[line.index(after: colon)...]).trimmingWhitespace()
    }
    if item.kind == .practice && AnswerChoice.isNotKnown(word) {
      return Outcome(
        event: .unchanged,
        message:
          "This asks what you have done, so \"not known\" is not an answer here. Type one of: \(AnswerChoice.legend(for: item))."
      )
    }
    guard let value = AnswerChoice.parse(word, kind: item.kind) else {
      return Outcome(
        event: .unchanged,
        message:
          "Not understood. Type one of: \(AnswerChoice.legend(for: item)); add a note after a colon, such as \(item.kind == .knowledge ? "\"p: in his GP records\"" : "\"n: letter sent\""). ? explains, b goes back."
      )
    }
    if value == .na && !item.allowsNotApplicable {
      return Outcome(
        event: .unchanged,
        message:
          "\"Not applicable\" is not an answer here: not yet is not \"not applicable\". Type one of: \(AnswerChoice.legend(for: item))."
      )
    }
    let answer = value == .na ? Answer.notApplicable(typed: note) : Answer(value, note: note)
    if value == .na && !answer.hasReason {
      awaitingReason = step
      return Outcome(event: .unchanged, message: nil)
    }
    setAnswer(answer, man: man, id: id)
    advance()
    return Outcome(event: .changed, message: nil)
  }

  private mutating func setAnswer(_ answer: Answer, man: Int?, id: String) {
    if let man {
      record.men[man].answers[id] = answer
    } else {
      record.answers[id] = answer
    }
  }

  private mutating func setNotApplicable(_ pending: Step, reason: String) -> Outcome {
    guard case .item(let man, let id) = pending else {
      return Outcome(event: .unchanged, message: nil)
    }
    // The letters offered at the reason prompt (s, m, d) are read by `notApplicable(typed:)`.
    let answer = Answer.notApplicable(typed: reason.isEmpty ? nil : reason)
    setAnswer(answer, man: man, id: id)
    advance()
    let message =
      answer.hasReason
      ? nil
      : "Kept as not applicable without a reason: the report shows it as a gap until it has one."
    return Outcome(event: .changed, message: message)
  }

  private mutating func handleReflection(_ line: String, id: String) -> Outcome {
    if let kept = keepEarlierReflection(line, id: id) { return kept }
    guard !line.isEmpty else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    record.reflections[id] = line
    advance()
    return Outcome(event: .changed, message: nil)
  }

  private mutating func handleReview(_ line: String) -> Outcome {
    if line.isEmpty {
      // The next steps are offered as agreed actions before the gap report, when there are any.
      guard !actionChoices.isEmpty else { return finishOrAskClosedGaps() }
      step = .agreeActions
      return Outcome(event: .unchanged, message: nil)
    }
    if let columns = screenColumns, ["n", "next", "p", "previous"].contains(line.lowercased()) {
      let count = reviewPages(width: columns).count
      if count > 1 {
        reviewPage = min(reviewPage, count - 1)
        reviewPage =
          line.lowercased().hasPrefix("n")
          ? min(reviewPage + 1, count - 1) : max(reviewPage - 1, 0)
        return Outcome(event: .unchanged, message: nil)
      }
    }
    let entries = reviewEntries
    guard let number = Int(line), number >= 1, number <= entries.count else {
      let paging =
        screenColumns.map { reviewPages(width: $0).count > 1 } == true
        ? " n shows the next page of answers, p the one before." : ""
      return Outcome(
        event: .unchanged,
        message:
          "Type a number from 1 to \(entries.count) to change that answer, or press Enter to finish."
          + paging
      )
    }
    step = entries[number - 1].step
    returnsToReview = true
    return Outcome(event: .unchanged, message: nil)
  }

  /// Whether his relationship has been given, rather than left as a new man's "not known".
  func isRelationshipGiven(_ index: Int) -> Bool { relationshipsGiven.contains(index) }

  /// Whether the session is waiting for the reason for a "not applicable".
  public var isAskingForReason: Bool { awaitingReason != nil }

  /// Keeps an answer still waiting for its reason ("x", then the session ends: Ctrl-D, Ctrl-C,
  /// `q`) as not applicable without a reason, and an action whose due date was on screen for
  /// confirmation with that date, so that they are saved rather than dropped. Nil when nothing
  /// was waiting.
  public mutating func keepPendingAnswer() -> Outcome? {
    if let action = keepActionAwaitingConfirmation() {
      return Outcome(
        event: .changed,
        message:
          "Agreed action \(record.actions.count) saved with the due date shown: \(action.owner), due \(action.due)."
      )
    }
    guard let pending = awaitingReason else { return nil }
    awaitingReason = nil
    return setNotApplicable(pending, reason: "")
  }
}
