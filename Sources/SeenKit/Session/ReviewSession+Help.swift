/// What `?` shows at each step: why it matters, its source, and what to do; in parts where it and
/// the question would not fit the terminal together.
extension ReviewSession {
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
}
