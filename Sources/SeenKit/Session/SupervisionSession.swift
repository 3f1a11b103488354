/// The supervision session as a state machine (`seen supervise FILE` on a terminal): the
/// supervisor's role, then each man's state and safety, the first steps, each gap (c comment or
/// challenge, a agree an action, d discussed, Enter next), then the tier 3 questions (17.1,
/// 17.5). Like `ReviewSession`, it does no input or output: the command line shows its prompts,
/// gives it lines and saves the record after every change. It never shows a note back: a
/// comment typed is kept, and said to be kept, never printed.
public struct SupervisionSession: Sendable {
  enum Step: Equatable, Sendable {
    case role
    case man(Int)
    case firstSteps
    case gap(Int)
    /// Typing a comment or challenge on what the step before was showing.
    case comment
    /// Agreeing an action, by the guided review's own steps (`actionEntry`).
    case action
    case menDiscussed
    /// The practitioner's answer to "Discussed in supervision" differs: change it? (y/n)
    case answerDiffers
    case fearRaised
    case support
    case otherSupport
  }

  public typealias Outcome = ReviewSession.Outcome

  public internal(set) var record: ReviewRecord
  let content: Content
  let today: ISODate
  var step: Step = .role
  /// The gap report the session walks through: gaps and first steps, never a note.
  let report: GapReport
  /// Where in `record.supervisions` this session's supervision is, once its role is given.
  var index: Int?
  /// What a comment being typed is about, and the step to go back to.
  var commentTarget: SupervisionRecord.Discussed?
  var returnStep: Step = .role
  /// The guided review's action entry, while an action is being agreed.
  var actionEntry: ReviewSession?

  public init(record: ReviewRecord, content: Content, today: ISODate) {
    self.record = record
    self.content = content
    self.today = today
    report = GapAnalysis.report(for: record, content: content, today: today)
  }

  /// The supervision being recorded, once its role is given.
  public var supervision: SupervisionRecord? {
    index.map { record.supervisions[$0] }
  }

  static let keys = "c comment or challenge · d discussed · Enter next · ? help · q save and stop"
  static let gapKeys =
    "c comment or challenge · a agree an action · d discussed · Enter next · ? help · q save and stop"

  // MARK: - Input

  public mutating func handle(_ rawLine: String) -> Outcome {
    let line = rawLine.trimmingWhitespace()
    if step == .action { return handleAction(line) }
    if step == .comment { return handleComment(rawLine) }
    if step == .otherSupport { return handleOtherSupport(rawLine) }
    switch line.lowercased() {
    case "q", "quit": return Outcome(event: .quit, message: nil)
    case "?", "help": return Outcome(event: .unchanged, message: help)
    default: break
    }
    switch step {
    case .role: return handleRole(line)
    case .man(let number):
      return handleWalk(line, target: .init(item: nil, man: record.men[number].label), gap: nil)
    case .firstSteps:
      return handleWalk(line, target: .init(item: nil, man: nil), gap: nil)
    case .gap(let number):
      let gap = report.gaps[number]
      return handleWalk(line, target: .init(item: gap.item.id, man: gap.man), gap: gap)
    case .menDiscussed, .fearRaised: return handleYesNo(line)
    case .answerDiffers: return handleAnswerDiffers(line)
    case .support: return handleSupport(line)
    case .comment, .action, .otherSupport: return Outcome(event: .unchanged, message: nil)
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
    record.men.indices.map { Step.man($0) } + (report.firstSteps.isEmpty ? [] : [.firstSteps])
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

  private mutating func handleWalk(
    _ line: String, target: SupervisionRecord.Discussed, gap: GapReport.Gap?
  ) -> Outcome {
    switch line.lowercased() {
    case "":
      next()
      return Outcome(event: .unchanged, message: nil)
    case "t":
      step = .menDiscussed
      return Outcome(event: .unchanged, message: nil)
    case "d":
      record.supervisions[index!].record(target)
      next()
      return Outcome(event: .changed, message: "Marked discussed.")
    case "c":
      commentTarget = target
      returnStep = step
      step = .comment
      return Outcome(event: .unchanged, message: nil)
    case "a" where gap != nil:
      guard let gap else { break }
      var entry = ReviewSession(record: record, content: content, today: today)
      entry.screenColumns = nil
      entry.actionDraft = ReviewSession.ActionDraft(
        choice: .init(
          man: gap.man, item: gap.item, advice: gap.advice, isSafeForm: gap.isSafeForm),
        what: gap.advice.advice, man: gap.man,
        owner: record.role.flatMap { content.canonicalRole($0) })
      entry.step = .actionWhat
      actionEntry = entry
      returnStep = step
      step = .action
      return Outcome(event: .unchanged, message: nil)
    default:
      break
    }
    return Outcome(
      event: .unchanged,
      message: "Type " + (gap == nil ? Self.keys : Self.gapKeys).replacing(" · ", with: ", ") + ".")
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
    record.supervisions[index!].record(target)
    commentTarget = nil
    step = returnStep
    next()
    return Outcome(
      event: .changed,
      message: "Comment kept (\(comment.unicodeScalars.count) characters), a sensitive note.")
  }

  private mutating func back(message: String? = nil) -> Outcome {
    commentTarget = nil
    actionEntry = nil
    step = returnStep
    return Outcome(event: .unchanged, message: message)
  }

  private mutating func handleAction(_ line: String) -> Outcome {
    guard var entry = actionEntry else { return back() }
    switch line.lowercased() {
    case "q", "quit":
      return Outcome(event: .quit, message: "The action being agreed is not saved.")
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
    let outcome = entry.handleAction(line) ?? Outcome(event: .unchanged, message: nil)
    guard entry.record.actions.count > before else {
      actionEntry = entry
      return outcome
    }
    record.actions = entry.record.actions
    let number = record.actions.count
    record.supervisions[index!].actions.append(number)
    let action = record.actions[number - 1]
    step = returnStep
    actionEntry = nil
    next()
    return Outcome(
      event: .changed,
      message: "Agreed action \(number) saved: \(action.owner), due \(action.due).")
  }

  private mutating func handleYesNo(_ line: String) -> Outcome {
    let value: Bool?
    if line.isEmpty {
      value = nil
    } else if let answer = SupervisionAssignment.yesNo(line) {
      value = answer
    } else {
      return Outcome(
        event: .unchanged, message: "Type y or n, or press Enter to leave it unrecorded.")
    }
    if step == .menDiscussed {
      record.supervisions[index!].menDiscussed = value
      step = record.supervisionAnswerDiffers != nil && value != nil ? .answerDiffers : .fearRaised
    } else {
      record.supervisions[index!].fearRaised = value
      step = .support
    }
    return Outcome(event: value == nil ? .unchanged : .changed, message: nil)
  }

  private mutating func handleAnswerDiffers(_ line: String) -> Outcome {
    switch line.lowercased() {
    case "y", "yes":
      if let discussed = supervision?.menDiscussed {
        record.answerDiscussedInSupervision(discussed)
      }
      step = .fearRaised
      return Outcome(
        event: .changed, message: "The practitioner's answer is now changed, as they said.")
    case "n", "no", "":
      step = .fearRaised
      return Outcome(event: .unchanged, message: "Both are kept and shown in the report.")
    default:
      return Outcome(event: .unchanged, message: "Type y or n (Enter: no, keep both).")
    }
  }

  private mutating func handleSupport(_ line: String) -> Outcome {
    guard !line.isEmpty else { return Outcome(event: .finished, message: finishedMessage) }
    let kinds = SupervisionRecord.Support.allCases
    var chosen: [SupervisionRecord.Support] = []
    var other = false
    for part in line.split(separator: ",") {
      let word = String(part).trimmingWhitespace()
      if let number = Int(word), number >= 1, number <= kinds.count {
        if !chosen.contains(kinds[number - 1]) { chosen.append(kinds[number - 1]) }
      } else if word == "\(kinds.count + 1)" || word.lowercased() == "other" {
        other = true
      } else if let kind = SupervisionRecord.Support(rawValue: word.lowercased()) {
        if !chosen.contains(kind) { chosen.append(kind) }
      } else {
        return Outcome(
          event: .unchanged,
          message:
            "Type the numbers of the support agreed, such as 1,3 (4 for other), or press Enter for none."
        )
      }
    }
    record.supervisions[index!].support = chosen
    if other {
      step = .otherSupport
      return Outcome(event: .changed, message: nil)
    }
    return Outcome(event: .finished, message: finishedMessage)
  }

  private mutating func handleOtherSupport(_ rawLine: String) -> Outcome {
    if let words = ManRecord.cleaned(rawLine) {
      guard Answer.isWithinLimit(words) else {
        return Outcome(
          event: .unchanged,
          message: "That is longer than \(Answer.maximumNoteLength) characters; type fewer words.")
      }
      record.supervisions[index!].otherSupport = words
    }
    return Outcome(event: .finished, message: finishedMessage)
  }

  private var finishedMessage: String {
    guard let supervision else { return "Nothing was recorded." }
    let comments = supervision.discussed.filter { $0.comment != nil }.count
    return
      "Supervision recorded: \(supervision.discussed.count) discussed (\(comments) with a comment), "
      + "\(supervision.actions.count) action\(supervision.actions.count == 1 ? "" : "s") agreed. "
      + supervision.answersWords
  }

  var help: String {
    "This session records what supervision decided about this review, in the review itself: at "
      + "each man and each gap, c records a comment or challenge (a sensitive note, left out of "
      + "reports unless asked for), d marks it discussed, a agrees an action (what, for whom, the "
      + "role that owns it, when it is due), Enter moves on, t goes straight to the questions. Then the tier 3 questions (17.1, "
      + "17.5). Everything is saved after each answer; q saves and stops, and so does Ctrl-C."
  }

  // MARK: - Prompts

  public func prompt(width: Int) -> String {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines: [String] = [""]
    switch step {
    case .role:
      let owners = content.actionOwners.enumerated().map {
        "\($0.offset + 1) \($0.element.terminalSafe)"
      }
      lines.append(
        wrap(
          "[Supervision] The supervisor's role (a role, never a name): \(owners.joined(separator: ", "))."
        ))
    case .man(let number):
      lines += manLines(number, width: width)
      lines.append(wrap(Self.keys))
    case .firstSteps:
      lines.append(wrap("[First steps] What the review says to do first:"))
      for (offset, first) in report.firstSteps.enumerated() {
        let who = first.men.isEmpty ? "" : first.men.joined(separator: ", ") + ": "
        lines.append(
          TextWrapping.wrap(
            "\(offset + 1). \(who)\(first.item.title): \(first.advice.briefAdvice)".terminalSafe,
            width: width, indent: "  ", hanging: "     "))
      }
      lines.append(wrap(Self.keys))
    case .gap(let number):
      lines += gapLines(number, width: width)
      lines.append(wrap(Self.gapKeys))
    case .comment:
      lines.append(
        wrap(
          "Type the comment or challenge (no names); it is kept as a sensitive note. Enter alone keeps none."
        ))
    case .action:
      lines += actionEntry?.actionPromptLines(width: width) ?? []
      lines.append(wrap("b goes back · ? help · q save and stop"))
    case .menDiscussed:
      lines.append(
        wrap("[Tier 3] Were the men in this case discussed in this supervision? y or n:"))
    case .answerDiffers:
      let answer = record.supervisionAnswerDiffers?.practitioner ?? "different"
      let recorded = supervision?.menDiscussed == true ? "discussed" : "not discussed"
      lines.append(
        wrap(
          "The practitioner's own answer to \"Discussed in supervision\" is \(answer), and this supervision records the men as \(recorded). Change the practitioner's answer? y or n (Enter: no, both are kept and shown):"
        ))
    case .fearRaised:
      lines.append(
        wrap(
          "[Tier 3] Was any fear or anxiety about working with a man raised (17.5)? y or n:"))
    case .support:
      let kinds = SupervisionRecord.Support.allCases.enumerated().map {
        "\($0.offset + 1) \($0.element.words)"
      }
      lines.append(
        wrap(
          "[Tier 3] What support was agreed? \(kinds.joined(separator: ", ")), \(kinds.count + 1) other; several with commas, such as 1,3. Enter for none:"
        ))
    case .otherSupport:
      lines.append(wrap("What other support was agreed, in a few words (no names)?"))
    }
    return lines.joined(separator: "\n") + "\n> "
  }

  private func manLines(_ number: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let man = report.men[number]
    var lines = [
      wrap("[Man \(number + 1) of \(report.men.count) · \(man.label.terminalSafe)]")
    ]
    var state = "State: \(man.visibility.words)"
    if let left = man.noLongerInBabysLife {
      state += " (no longer in the baby's life from \(left))"
    }
    lines.append(wrap(state + "."))
    let safety =
      man.safetyReasons.isEmpty
      ? "Safety: no safety condition holds."
      : "Safety: contact is planned for safety: "
        + man.safetyReasons.map(\.words).joined(separator: "; ") + "."
    lines.append(wrap(safety))
    let gaps = report.gaps.filter { $0.man == man.label }.count
    lines.append(wrap("Gaps for him: \(gaps)."))
    lines += recordedLines(.init(item: nil, man: man.label), width: width)
    return lines
  }

  private func gapLines(_ number: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let gap = report.gaps[number]
    let who = gap.man.map { "\($0.terminalSafe) · " } ?? "The case · "
    var lines = [
      wrap("[Gap \(number + 1) of \(report.gaps.count) · \(who)\(gap.item.title)]")
    ]
    lines.append(wrap("Answer: \(gap.answer?.value.words ?? "not answered")."))
    lines.append(
      TextWrapping.wrap(
        "Next step\(gap.isSafeForm ? " (planned for safety)" : ""): \(gap.advice.briefAdvice)",
        width: width, indent: "", hanging: "  "))
    lines += recordedLines(.init(item: gap.item.id, man: gap.man), width: width)
    return lines
  }

  /// What this supervision has recorded about the item or man already.
  private func recordedLines(_ target: SupervisionRecord.Discussed, width: Int) -> [String] {
    guard
      let entry = supervision?.discussed.first(where: {
        $0.item == target.item && $0.man == target.man
      })
    else { return [] }
    return [
      TextWrapping.wrap(
        "Recorded: discussed" + (entry.comment == nil ? "." : ", with a comment."), width: width)
    ]
  }
}
