/// What the supervision session shows at each step: the prompts and the help. Only the
/// content's words and the report's (states, gaps with the practitioner's notes as the report
/// prints them, first steps): a comment typed is never shown back.
extension SupervisionSession {
  var help: String {
    "This session records what supervision decided about this review, in the review itself: at "
      + "each man, the first steps and each gap, c records a comment or challenge (a sensitive "
      + "note, left out of reports unless asked for), a agrees an action (what, for whom, the "
      + "role that owns it, when it is due); both may be made at one, so the session stays there "
      + "until d marks it discussed or Enter moves on; t goes straight to the questions. Then the "
      + "tier 3 questions (17.1, 17.5). Everything is saved after each answer; q saves and stops, "
      + "and so do Ctrl-C and Ctrl-D."
  }

  // MARK: - Prompts

  public func prompt(width: Int) -> String {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines: [String] = [""]
    switch step {
    case .unfinished(let earlier):
      let supervision = record.supervisions[earlier]
      let actions = supervision.actions.count
      lines.append(
        wrap(
          "[Supervision] A supervision of this review dated today (\(supervision.role.terminalSafe)) was not finished: \(supervision.discussed.count) discussed, \(actions) action\(actions == 1 ? "" : "s") agreed, the tier 3 questions not answered."
        ))
      lines.append(wrap("c continue it (Enter) · n start a new one · q stop"))
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
      // Some first steps rest on practice guidance, not the review alone: each says what it
      // rests on, as the report's brief lines do, and the header claims no more.
      lines.append(
        wrap(
          "[First steps] Do this first (numbers in brackets are the review's paragraphs; \"guidance\" marks wider practice guidance):"
        ))
      for (offset, first) in report.firstSteps.enumerated() {
        let who = first.men.isEmpty ? "" : first.men.joined(separator: ", ") + ": "
        let advice = report.advised(first.advice, content: content, detail: .brief)
        lines.append(
          TextWrapping.wrap(
            "\(offset + 1). \(who)\(first.item.title): \(advice)".terminalSafe,
            width: width, indent: "  ", hanging: "     "))
      }
      lines += recordedLines(.init(item: nil, man: nil), width: width)
      lines.append(wrap(Self.keys))
    case .gap(let number):
      lines += gapLines(number, width: width)
      lines.append(wrap(Self.gapKeys))
    case .comment:
      lines.append(
        wrap(
          "Type the comment or challenge (no names); it is kept as a sensitive note. Enter alone keeps none."
        ))
    case .pickFirstStepMan(let number):
      lines.append(wrap(pickFirstStepManPrompt(number)))
    case .pickFirstStep:
      lines.append(
        wrap(
          "Agree an action on which first step? Type its number, 1 to \(report.firstSteps.count) (b goes back):"
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
    case .fearAbout:
      let men = record.men.enumerated().map { "\($0.offset + 1) \($0.element.label.terminalSafe)" }
      lines.append(
        wrap(
          "[Tier 3] About which man was it raised? \(men.joined(separator: ", ")); several with commas, such as 1,2; a all of them; n not about one man. Enter leaves it unrecorded:"
        ))
    case .support:
      let kinds = SupervisionRecord.Support.allCases.enumerated().map {
        "\($0.offset + 1) \($0.element.words)"
      }
      // 17.5: co-working, reflective supervision and discussion, and joint visits.
      let question =
        supervision?.fearRaised == true
        ? "[Tier 3] Fear or anxiety was raised: what support was agreed for working with him? Co-working, reflective supervision and discussion, and joint visits can make a significant contribution (17.5)."
        : "[Tier 3] What support was agreed (17.5)?"
      lines.append(
        wrap(
          "\(question) \(kinds.joined(separator: ", ")), \(kinds.count + 1) other; several with commas, such as 1,3. Enter for none:"
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
    // The practitioner's note too, as the report prints it: the report this session walks
    // leaves out a note the record marks sensitive, in the words the report leaves it out with.
    let answer =
      gap.answer.map { answer in
        AnswerChoice.words(for: answer, kind: gap.item.kind)
          + (answer.note.map { " (\($0))" } ?? "")
      } ?? "not answered"
    lines.append(
      TextWrapping.wrap("Answer: \(answer).".terminalSafe, width: width, indent: "", hanging: "  "))
    let advice = report.advised(gap.advice, content: content, detail: .brief)
    lines.append(
      TextWrapping.wrap(
        "Next step\(gap.isSafeForm ? " (planned for safety)" : ""): \(advice)".terminalSafe,
        width: width, indent: "", hanging: "  "))
    lines += recordedLines(.init(item: gap.item.id, man: gap.man), width: width)
    return lines
  }

  /// What this supervision has recorded about the item or man already, and the actions this
  /// session agreed at this step.
  private func recordedLines(_ target: SupervisionRecord.Discussed, width: Int) -> [String] {
    var lines: [String] = []
    if let entry = supervision?.discussed.first(where: {
      $0.item == target.item && $0.man == target.man
    }) {
      lines.append(
        TextWrapping.wrap(
          "Recorded: discussed" + (entry.comment == nil ? "." : ", with a comment."), width: width))
    }
    let here = actionsHere.filter { $0.step == step }.map { String($0.number) }
    if !here.isEmpty {
      lines.append(
        TextWrapping.wrap(
          "Agreed here: action\(here.count == 1 ? "" : "s") \(here.joined(separator: ", ")).",
          width: width))
    }
    return lines
  }
}
