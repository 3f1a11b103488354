/// What the session asks at each step: the prompt, with the answer it has now or had last time,
/// and how typed text and answers are shown back on the screen.
extension ReviewSession {
  /// The prompt for the current step, ending where the user types.
  public func prompt(width: Int) -> String {
    var lines: [String] = [""]
    if let pending = awaitingReasonStep, case .item = pending {
      lines.append(
        TextWrapping.wrap(
          "Why does it not apply? s contact must be planned for safety first, m moved away, d deceased, or type the reason (Enter leaves it as a gap).",
          width: width))
      return lines.joined(separator: "\n") + "\n> "
    }
    lines += promptLines(width: width)
    return lines.joined(separator: "\n") + "\n> "
  }

  /// The lines that ask for the current step, with the answer it has now.
  private func promptLines(width: Int) -> [String] {
    switch step {
    case .confidence: return confidencePrompt(width: width)
    case .role: return rolePrompt(width: width)
    case .caseReference: return caseReferencePrompt(width: width)
    case .date: return datePrompt(width: width)
    case .manStillInLife(let index): return stillInLifePrompt(index, width: width)
    case .manLabel(let index): return manLabelPrompt(index, width: width)
    case .manRelationship(let index): return relationshipPrompt(index, width: width)
    case .manLivesWithBaby(let index): return livesWithBabyPrompt(index, width: width)
    case .addAnotherMan: return anotherManPrompt(width: width)
    case .item(let man, let id): return itemPrompt(man: man, id: id, width: width)
    case .manStrengths(let index): return strengthsPrompt(index, width: width)
    case .reflection(let id): return reflectionPrompt(id, width: width)
    case .review:
      let pages = reviewPages(width: width)
      let page = min(reviewPage, pages.count - 1)
      return [reviewScreen(width: width), reviewFooter(page: page, of: pages.count, width: width)]
    case .agreeActions, .actionWhat, .actionFor, .actionOwner, .actionDue, .actionDueConfirm,
      .closedGap:
      return actionPromptLines(width: width)
    }
  }

  private func confidencePrompt(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [
      wrap("[You]"),
      wrap(content.question("confidence")?.text ?? "How confident are you in your work with men?"),
      wrap(
        ConfidenceLevel.allCases.enumerated().map { "\($0.offset + 1) \($0.element.words)" }
          .joined(separator: ", ") + ". Add words after a colon if you like; Enter to skip."),
    ]
    if let current = record.confidence {
      let words =
        current.words + (record.reflections["confidence"].map { " (\(shown($0)))" } ?? "")
      lines.append(Self.now(words, width: width))
    }
    return lines + againConfidenceLines(width: width)
  }

  private func rolePrompt(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let roles = content.roles.enumerated().map { "\($0.offset + 1) \($0.element)" }
    var lines = [
      wrap("[You]"),
      wrap(
        "What is your role? "
          + (roles + ["\(roles.count + 1) other: type it"])
          .joined(separator: ", ") + ". Enter to skip."),
    ]
    if let current = record.role {
      lines.append(Self.now(current, width: width))
    }
    return lines
  }

  private func caseReferencePrompt(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [wrap("[Case]"), wrap("Case reference (a reference, not a name; Enter to skip):")]
    if let current = record.caseReference {
      lines.append(Self.now(shown(current, as: "case reference"), width: width))
    }
    return lines
  }

  private func datePrompt(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    return [
      wrap("[Case]"),
      wrap(
        "Date of the review (year-month-day). Enter for \((record.date ?? today.description).terminalSafe):"
      ),
    ]
  }

  private func manLabelPrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [wrap("[Men · \(index + 1)]")]
    if index == 0 {
      lines.append(wrap("Who are the men in this baby's life? Start with the first one."))
    }
    let current =
      index < record.men.count
      ? record.men[index].label.terminalSafe : (index == 0 ? "Father" : "Man \(index + 1)")
    lines.append(
      wrap(
        "A label for him, such as \"Father\", \"Mother's partner\" or \"Man B\" (not a name). Enter for \"\(current)\":"
      ))
    return lines
  }

  private func relationshipPrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let options = Relationship.offered.enumerated().map {
      "\($0.offset + 1) \($0.element.choiceWords)"
    }
    var lines = [
      wrap("[Men · \(label(index))]"), wrap("How is he related to the baby?"),
      wrap(options.joined(separator: ", ")),
    ]
    if index < record.men.count, isRelationshipGiven(index) {
      lines.append(
        TextWrapping.wrap(
          "now: \(record.men[index].relationship.words)", width: width, indent: "  "))
    }
    return lines
  }

  private func livesWithBabyPrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    if let earlier = earlierLivesWithBaby(index) {
      return [
        wrap("[Men · \(label(index))]"),
        wrap("Does he live with the baby? y yes, n no, u not known (Enter keeps last time)"),
        Self.lastTime(earlier ? "yes" : "no", width: width),
      ]
    }
    // Nothing chosen yet (a new man, a blank start's man) shows what Enter leaves, as an item
    // does, not a "now" that reads as an answer already given.
    let lives = index < record.men.count ? record.men[index].livesWithBaby : nil
    let chosen = lives != nil || livesWithBabyAnswered.contains(index)
    var lines = [
      wrap("[Men · \(label(index))]"),
      wrap(
        "Does he live with the baby? y yes, n no, u not known"
          + (chosen ? "" : " (Enter: not known)")),
    ]
    if chosen {
      let words = lives.map { $0 ? "yes" : "no" } ?? "not known"
      lines.append(TextWrapping.wrap("now: \(words)", width: width, indent: "  "))
    }
    return lines
  }

  private func anotherManPrompt(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    return [
      wrap("[Men]"),
      wrap(
        "Is there another man in this baby's life: the mother's current or former partner, another male carer or a relative? y yes, n no (or Enter)"
      ),
    ]
  }

  private func itemPrompt(man: Int?, id: String, width: Int) -> [String] {
    guard let item = content.item(id) else { return [] }
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let scopeItems = content.items(scope: man == nil ? .case : .man)
    let position = (scopeItems.firstIndex { $0.id == id } ?? 0) + 1
    let who = man.map { label($0) } ?? "Case"
    let relationship = man.flatMap { $0 < record.men.count ? record.men[$0].relationship : nil }
    let lastTime = answer(man: man, id: id) == nil ? earlierAnswer(man: man, id: id) : nil
    let enter =
      lastTime != nil
      ? " (Enter keeps last time)"
      : defaultAnswer(man: man, id: id).map { value in
        " (Enter: \(AnswerChoice.words(for: Answer(value), kind: item.kind)))"
      }
    var lines = [
      wrap("[\(who) · \(position) of \(scopeItems.count)] \(itemSection(item))"),
      wrap(item.prompt(for: relationship)),
      wrap(AnswerChoice.legend(for: item) + (enter ?? "") + scenarioNoteWords),
    ]
    if let answer = answer(man: man, id: id) {
      lines.append(Self.now(describe(answer, kind: item.kind), width: width))
    } else if let lastTime {
      lines.append(Self.lastTime(describe(lastTime, kind: item.kind), width: width))
    }
    return lines
  }

  /// The heading an item is asked under: its tier, "Safety", or what its exploration found.
  private func itemSection(_ item: ChecklistItem) -> String {
    if item.kind == .knowledge {
      // Straight after the exploration it follows, the same topic: what was found.
      return content.exploration(of: item.id).map { "\($0.title): what did you find?" }
        ?? "What do you know about him?"
    } else if item.kind == .condition {
      return "Safety"
    } else {
      // A partnership's own item is asked under its name.
      return content.tier(item.tier).map { "Tier \($0.number): \($0.title)" }
        ?? content.local.map(\.lead) ?? ""
    }
  }

  private func strengthsPrompt(_ index: Int, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [
      wrap("[\(label(index))] What he brings"),
      wrap(
        "What does he bring to the baby's care? His strengths and how he is involved, such as feeds he gives or appointments he comes to (free text\(freeTextScope); Enter to skip)."
      ),
    ]
    if index < record.men.count, let current = record.men[index].strengths {
      lines.append(Self.now(shown(current, as: "text"), width: width))
    } else if let earlier = earlierStrengths(index) {
      lines[1] = wrap(
        "What does he bring to the baby's care? His strengths and how he is involved, such as feeds he gives or appointments he comes to (free text\(freeTextScope); Enter keeps last time)."
      )
      lines.append(Self.lastTime(shown(earlier, as: "text"), width: width))
    }
    return lines
  }

  private func reflectionPrompt(_ id: String, width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    let position = (content.questions.firstIndex { $0.id == id } ?? 0) + 1
    var lines = [
      wrap("[Reflection · \(position) of \(content.questions.count)] Questions for supervision")
    ]
    if let current = record.reflections[id] {
      lines.append(
        wrap((content.question(id)?.text ?? id) + " (free text\(freeTextScope); Enter to skip)"))
      lines.append(Self.now(shown(current, as: "text"), width: width))
    } else if let last = earlier?.reflections[id] {
      lines.append(
        wrap(
          (content.question(id)?.text ?? id)
            + " (free text\(freeTextScope); Enter keeps last time, - leaves it empty)"))
      lines.append(Self.lastTime(shown(last, as: "text"), width: width))
    } else {
      lines.append(
        wrap((content.question(id)?.text ?? id) + " (free text\(freeTextScope); Enter to skip)"))
    }
    return lines
  }

  /// In a review of a training scenario, what typed text is to be about, after "free text".
  private var freeTextScope: String {
    isScenario ? " about this scenario only; no real case details" : ""
  }

  /// In a review of a training scenario, after an item's answers: what a note may hold.
  private var scenarioNoteWords: String {
    isScenario ? ". A note after a colon: about this scenario only; no real case details" : ""
  }

  /// The most lines an answer shown as "now:" takes, so that however long a note is, the
  /// question above it stays on a 24-row terminal.
  static let nowLineLimit = 3

  /// "  now: …", wrapped, and cut with "…" after `nowLineLimit` lines. The answer is typed text
  /// (or read from a file): it is made terminal-safe here, so it stays on its lines.
  static func now(_ text: String, width: Int) -> String {
    let wrapped = TextWrapping.wrap(
      "now: \(text.terminalSafe)", width: width, indent: "  ", hanging: "    ")
    var lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count > nowLineLimit else { return wrapped }
    lines = Array(lines.prefix(nowLineLimit))
    var last = lines.removeLast()
    while last.count > max(width - 1, 1) { last.removeLast() }
    lines.append(last + "…")
    return lines.joined(separator: "\n")
  }

  private var awaitingReasonStep: Step? {
    isAskingForReason ? step : nil
  }

  /// Whether the advice for this step must take its safe form, from what is recorded so far.
  func safetyConditionHolds(for step: Step) -> Bool {
    guard case .item(let man, _) = step else { return false }
    if let man, man < record.men.count {
      return !SafetyReason.reasons(for: record.men[man], in: record).isEmpty
    }
    return !SafetyReason.caseReasons(in: record).isEmpty
      || record.men.contains { !SafetyReason.reasons(for: $0, in: record).isEmpty }
  }

  private func label(_ index: Int) -> String {
    index < record.men.count ? record.men[index].label.terminalSafe : "Man \(index + 1)"
  }

  func answer(man: Int?, id: String) -> Answer? {
    if let man { return man < record.men.count ? record.men[man].answers[id] : nil }
    return record.answers[id]
  }

  func describe(_ answer: Answer, kind: ChecklistItem.Kind) -> String {
    AnswerChoice.words(for: answer, kind: kind) + (answer.note.map { " (\(shown($0)))" } ?? "")
  }

  /// Free text the practitioner typed (a note, the case reference, strengths, a reflection) as
  /// the screen shows it back: as it is, or, where the screen is not a terminal
  /// (`showsFreeText` off), only that it is kept and its length, so that no log holds it.
  func shown(_ text: String, as what: String = "note") -> String {
    guard !showsFreeText else { return text }
    let count = text.count
    return "\(what) kept, \(count) character\(count == 1 ? "" : "s")"
  }

  /// What Enter records for an item not yet answered: "don't know" for what an exploration
  /// found, unless the exploration was done (then the finding is asked for, not assumed).
  func defaultAnswer(man: Int?, id: String) -> AnswerValue? {
    guard answer(man: man, id: id) == nil, let exploration = content.exploration(of: id),
      answer(man: man, id: exploration.id)?.value != .yes
    else { return nil }
    return .unknown
  }
}
