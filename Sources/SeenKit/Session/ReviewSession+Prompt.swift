/// What the session shows: the welcome screen, each prompt, help, and the review screen.
extension ReviewSession {
  /// The mark a practice review's screens carry (nil for a real case's review).
  public var scenarioMark: String? { record.workshop.map { $0.titleMark(in: content) } }

  /// The first screen: what this is, where the review is saved, and the keys.
  public static func welcome(
    savePath: String?, scenarioMark: String? = nil, keepsSharedMode: Bool = false, width: Int
  ) -> String {
    var lines: [String] = []
    lines.append("seen: a self-review of the men in this baby's life")
    lines.append("")
    lines.append(
      TextWrapping.wrap(
        "A reflection aid built on the Child Safeguarding Practice Review Panel's review \"The Myth of "
          + "Invisible Men\" (2021). It is not a risk assessment: it helps you see what you know and do not "
          + "yet know about each father or male carer, and what to do next.", width: width))
    lines.append("")
    if let savePath {
      lines.append(
        TextWrapping.wrap(
          "Your answers are saved as you go, to \(savePath)"
            // A resumed review in a team's shared folder keeps the permissions it had.
            + (keepsSharedMode
              ? " (its permissions are kept: those it is shared with can still read it)."
              : " (readable by you only)."),
          width: width))
    } else {
      lines.append(
        TextWrapping.wrap(
          "Your answers are saved as you go, once you have given the first one.", width: width))
    }
    if let scenarioMark {
      // A practice review: what is typed is about the scenario, never a real case.
      lines.append(
        TextWrapping.wrap(
          "\(scenarioMark). Notes and answers are about this scenario only; no real case details.",
          width: width))
    } else {
      lines.append(
        TextWrapping.wrap(
          "Use case references and labels such as \"Father\", never names.", width: width))
    }
    lines.append(
      TextWrapping.wrap(
        "At any question: ? why it matters, b back, Enter keeps the answer (or takes the one offered, or skips), q saves and quits.",
        width: width))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Wraps text that may hold several paragraphs, one line each.
  public static func wrapParagraphs(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextWrapping.wrap(String($0), width: width) }
      .joined(separator: "\n")
  }

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

  /// Why an item matters, its source and the related reflective question, and what to do.
  func help(for step: Step) -> String {
    switch step {
    case .confidence:
      return
        "This is the first of the briefing's reflective questions. It is about you, not about the men: "
        + "kept with the review, it lets you, your supervisor or a trainer see whether confidence changes over time."
    case .role:
      return
        "Your role lets a team see, in seen summary --by role, how the work with men differs between "
        + "professions. Choose from the list, or type your own words, such as \"School nurse\"."
    case .caseReference:
      return
        "A case reference lets you and your supervisor find this review again. Never a name: the file may be read by others."
    case .date:
      return
        "The date shows when this was the picture: what you knew and had done on that day. Press Enter for the date shown, or type another, such as \(today)."
    case .manLabel:
      return
        "The review found that the fathers and male carers in its cases were too frequently overlooked and poorly engaged by services such as midwives and health visitors (Myth of Invisible Men, 1.7). A label such as \"Father\" or \"Mother's partner\" keeps this review free of names."
    case .manStillInLife:
      return
        "This is a re-review. A man who has left the baby's life stays listed in the review, marked with today's date, so that what was known of him is kept; he is asked one thing more, whether there is a safety concern about him, as domestic abuse, a protective order or a threat can arise or remain after he leaves. Type y if he is still in the baby's life, n if he is not."
    case .manRelationship, .manLivesWithBaby:
      return
        "Who he is to the baby, and whether he lives with the baby, matter for who should be contacted and assessed. Answer \"not known\" if you do not know yet: that is itself worth finding out. These details take no note: write what you know after a colon at his questions that follow."
    case .addAnotherMan:
      return
        "Every man in the baby's life counts: new partners and other male carers as well as the birth father. Of the 92 children in the review, 81 were living with their birth father at the point of the abuse and only 11 with unrelated men (Myth of Invisible Men, 5.1–5.2)."
    case .item(let man, let id):
      return itemHelp(man: man, id: id)
    case .manStrengths:
      return
        "Why it matters: the review found that mothers are more often seen in the round, with their strengths identified and built on, while men are too often seen as simply good or bad, supportive or a risk, when they are frequently both (Myth of Invisible Men, 1.8, 19.8). What he already does for the baby is part of the picture and of the plan. It is never scored and never a gap.\n"
        + "Where a safety concern is recorded, reports and sheets leave these words out, like every note."
    case .reflection:
      return
        "These are the briefing's questions for reflection and supervision. Write what you would say to your supervisor, or press Enter to skip."
    case .review:
      return
        "Type an answer's number to change it; you come back here afterwards. n shows the next page of answers and p the one before; Enter finishes."
    case .agreeActions:
      // Short: the list of next steps fills the screen below it.
      return
        "A number agrees that step as an action (what, for whom, the role that owns it, by when). n shows the next page and p the one before; Enter finishes."
    case .actionWhat, .actionFor, .actionOwner, .actionDue, .actionDueConfirm, .closedGap:
      return actionHelp
    }
  }

  /// The help for the current step, in parts where it and the question below it would not fit
  /// the terminal's rows together (`screenRows`): each part a whole paragraph where one fits,
  /// and `?` again shows the next part. Whole where the rows are not known.
  mutating func nextHelpPart() -> String {
    let text = help(for: step)
    guard let rows = screenRows, let columns = screenColumns else { return text }
    let paragraphs = Self.wrapParagraphs(text, width: columns)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let question = prompt(width: columns).split(separator: "\n", omittingEmptySubsequences: false)
    // The line typed, the help, the line that says there is more, and the question again.
    let available = max(rows - 1 - 1 - question.count, 4)
    guard paragraphs.count > available else { return text }
    var parts: [[String]] = [[]]
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let lines = TextWrapping.wrap(String(paragraph), width: columns)
        .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if !parts[parts.count - 1].isEmpty && parts[parts.count - 1].count + lines.count > available {
        parts.append([])
      }
      for line in lines {
        if parts[parts.count - 1].count >= available { parts.append([]) }
        parts[parts.count - 1].append(line)
      }
    }
    let part = helpShown.map { $0.step == step ? ($0.part + 1) % parts.count : 0 } ?? 0
    helpShown = (step, part)
    let more =
      part + 1 < parts.count
      ? "(Help, part \(part + 1) of \(parts.count): type ? again for the rest.)"
      : "(Help, part \(part + 1) of \(parts.count).)"
    return (parts[part] + [more]).joined(separator: "\n")
  }

  /// Why an item matters, the reflective questions, the advice if it is a gap, and how to add a note.
  private func itemHelp(man: Int?, id: String) -> String {
    guard let item = content.item(id) else { return "" }
    var parts = ["Why it matters: \(item.why) (\(content.citation(item.sources)))"]
    let questions = item.questions.compactMap { content.question($0)?.text }
    if !questions.isEmpty { parts.append("Ask yourself: " + questions.joined(separator: " ")) }
    let holds = safetyConditionHolds(for: .item(man: man, id: id))
    let advice = item.next(safetyConditionHolds: holds)
    parts.append(
      (advice.advice == item.next ? "If it is a gap: " : "If it is a gap (planned for safety): ")
        + advice.advice)
    // The answers are listed just below, in the prompt: the help keeps to how to add a note.
    parts.append(
      "Add a note after a colon: "
        + (item.kind == .knowledge
          ? "\"p: in his GP records\"."
          : advice.advice == item.next
            ? "\"n: letter sent\"." : "\"n: to plan with my safeguarding lead\".")
        + (item.isSensitive
          ? " Notes here are sensitive: reports and sheets leave them out unless you ask for them."
          : ""))
    if defaultAnswer(man: man, id: id) != nil, let exploration = content.exploration(of: id) {
      parts.append(
        "Enter records \"don't know\": \"\(exploration.title)\" is not done yet.")
    }
    return parts.joined(separator: "\n")
  }

  /// One numbered entry of the review screen.
  struct ReviewEntry {
    var step: Step
    var title: String
    var answer: String
  }

  var reviewEntries: [ReviewEntry] {
    var entries: [ReviewEntry] = []
    if asksConfidence {
      entries.append(
        ReviewEntry(
          step: .confidence, title: content.question("confidence")?.text ?? "Confidence",
          answer: (record.confidence?.words ?? "not given")
            + (record.reflections["confidence"].map { " (\(shown($0)))" } ?? "")))
    }
    entries.append(
      ReviewEntry(step: .role, title: "Your role", answer: record.role ?? "not given"))
    entries.append(
      ReviewEntry(
        step: .caseReference, title: "Case reference",
        answer: record.caseReference.map { shown($0, as: "case reference") } ?? "not given"))
    entries.append(
      ReviewEntry(step: .date, title: "Date of the review", answer: record.date ?? "not given"))
    for (index, man) in record.men.enumerated() {
      if isEarlierMan(index) {
        entries.append(
          ReviewEntry(
            step: .manStillInLife(index), title: "\(man.label): still in the baby's life",
            answer: man.noLongerInBabysLife.map { "no (recorded \($0))" }
              ?? (stillInLifeAnswered.contains(index) ? "yes" : "not given")))
      }
      if !isNoLongerInLife(index) {
        entries.append(
          ReviewEntry(step: .manLabel(index), title: "Man \(index + 1): label", answer: man.label))
        entries.append(
          ReviewEntry(
            step: .manRelationship(index), title: "\(man.label): relationship",
            answer: isRelationshipGiven(index) ? man.relationship.words : "not given"))
        entries.append(
          ReviewEntry(
            step: .manLivesWithBaby(index), title: "\(man.label): lives with the baby",
            answer: man.livesWithBaby.map { $0 ? "yes" : "no" } ?? "not known"))
      }
      // A man no longer in the baby's life: only the safety concern the steps ask about him.
      for step in steps {
        switch step {
        case .item(index?, let id):
          guard let item = content.item(id) else { continue }
          entries.append(
            ReviewEntry(
              step: step, title: "\(man.label): \(item.title)",
              answer: man.answers[id].map { describe($0, kind: item.kind) }
                ?? "not answered"))
        case .manStrengths(index):
          entries.append(
            ReviewEntry(
              step: step, title: "\(man.label): What he brings",
              answer: man.strengths.map { shown($0, as: "text") } ?? "not given"))
        default:
          continue
        }
      }
    }
    for item in content.items(scope: .case) {
      entries.append(
        ReviewEntry(
          step: .item(man: nil, id: item.id), title: "Case: \(item.title)",
          answer: record.answers[item.id].map { describe($0, kind: item.kind) }
            ?? "not answered"))
    }
    for question in content.questions where question.id != "confidence" {
      entries.append(
        ReviewEntry(
          step: .reflection(question.id), title: question.text,
          answer: record.reflections[question.id].map { shown($0, as: "text") } ?? "skipped"))
    }
    return entries
  }

  /// The review screen: "Your answers", then the numbered answers of the page shown (all of
  /// them when they fit the terminal, or its rows are not known).
  func reviewScreen(width: Int) -> String {
    let pages = reviewPages(width: width)
    let page = min(reviewPage, pages.count - 1)
    let heading =
      pages.count > 1 ? "Your answers (page \(page + 1) of \(pages.count))" : "Your answers"
    return ([heading] + pages[page]).joined(separator: "\n")
  }

  /// What to type on the review screen, with the keys that turn its pages when it has several.
  func reviewFooter(page: Int, of count: Int, width: Int) -> String {
    let paging =
      count > 1 ? "Page \(page + 1) of \(count): n shows the next page, p the one before. " : ""
    return TextWrapping.wrap(
      paging + "Type a number to change that answer, or press Enter to finish"
        + (actionChoices.isEmpty
          ? " and see the gap report."
          : ": you can then agree actions from the next steps, before the gap report."),
      width: width)
  }

  /// The numbered answers as pages of lines: one page when they fit the terminal's rows (or
  /// those are not known); an answer is never split between two pages. What else is on the
  /// screen is left room: the blank line and the heading above, the footer, the prompt and a
  /// message of two lines (such as the help) that may come before the screen.
  func reviewPages(width: Int) -> [[String]] {
    let entries = reviewEntries
    let numberWidth = String(entries.count).count
    let blocks = entries.enumerated().map { (offset, entry) -> [String] in
      let number = String(offset + 1)
      let marker = String(repeating: " ", count: numberWidth - number.count) + number + ". "
      var lines = TextWrapping.wrap(
        "\(entry.title.terminalSafe): \(entry.answer.terminalSafe)", width: width,
        indent: "  " + marker,
        hanging: String(repeating: " ", count: marker.count + 4)
      ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      // A long note is cut, as at its question ("now:"), so that one answer never fills the
      // screen; the record and the report keep it whole.
      guard lines.count > Self.nowLineLimit else { return lines }
      lines = Array(lines.prefix(Self.nowLineLimit))
      var last = lines.removeLast()
      while last.count > max(width - 1, 1) { last.removeLast() }
      return lines + [last + "…"]
    }
    let all = blocks.flatMap { $0 }
    guard let rows = screenRows else { return [all] }
    let footer = reviewFooter(page: 9, of: 10, width: width).split(separator: "\n").count
    let available = max(rows - 2 - footer - 1 - 2, 6)
    guard all.count > available else { return [all] }
    var pages: [[String]] = [[]]
    for block in blocks {
      if !pages[pages.count - 1].isEmpty && pages[pages.count - 1].count + block.count > available {
        pages.append([])
      }
      pages[pages.count - 1] += block
    }
    return pages
  }
}
