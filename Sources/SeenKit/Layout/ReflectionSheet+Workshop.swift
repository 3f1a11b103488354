/// Workshop packs and facilitator plans, laid out as documents so that they print in every
/// format a reflection sheet does: text, Markdown, HTML and PDF.
///
/// The participant pack never holds the answer key (the scenario record's gap report, or any
/// note of it): participants review the case from a blank start and meet the key only when the
/// facilitator shows it. The facilitator pack holds the plan, the key, the learning quoted from
/// the source and what to listen for.
extension ReflectionSheet {
  /// The participant pack: the content note and the ground rule, the case, the key figures, a
  /// blank review sheet for the scenario's men (labels and relationships printed, no answers),
  /// the reflective questions, a box for agreed actions and a line for one takeaway.
  public static func participantPack(scenario: Scenario, content: Content) -> ReflectionSheet {
    let title = "Participant pack: \(scenario.title)"
    var document = Document(title: title)
    document.title(title)
    document.note("Source: " + sources(scenario, content: content) + ".")
    document.add(
      .fields([Field(label: "Workshop"), Field(label: "Participant number"), Field(label: "Date")]))
    contentNote(scenario, content: content, into: &document)
    document.add(confidenceBox)
    laptopCommands(scenario, into: &document)
    document.heading("The case")
    // A composite's narrative says so in its first paragraph, with the findings it draws on.
    for paragraph in scenario.narrative { document.paragraph(paragraph) }

    document.heading("Key figures")
    figures(content, into: &document)

    document.heading("Your review of the case")
    document.paragraph(
      "Review the case as if it were yours. The men are listed; the answers are yours to give. "
        + "Where the case does not say it was done, tick not yet; where it does not say what was "
        + "known, tick don't know: that is a finding too. The items have the order and numbers "
        + "the laptop gives them, and the boxes are the answers it offers, so paper and screen "
        + "compare item for item. Notes are about this case only: no real "
        + "case details.")
    for man in scenario.record.men {
      document.add(
        .group(
          Group(
            arrangement: .together,
            blocks: [
              .fields([
                Field(label: "Label (not a name)", value: RichText(man.label)),
                Field(label: "Relationship", value: RichText(man.relationship.words)),
              ]),
              .answer(
                AnswerLine(
                  prompt: "Lives with the baby?", choices: ["yes", "no", "not known"],
                  selected: man.livesWithBaby.map { $0 ? 0 : 1 }, mark: nil, note: nil)),
            ])))
    }
    let labels = scenario.record.men.isEmpty ? ["Man 1"] : scenario.record.men.map(\.label)
    document.blocks += checklists(
      content, columns: labels, asOnScreen: true, cells: { _, _ in Cell() })
    document.blocks += questions(content, reflections: [:], confidenceApart: true)
    document.add(agreedActions)
    document.add(
      .box(
        Box(
          title: "One takeaway",
          rows: [Box.Row(label: "What I will do differently", choices: [], blanks: [""])])))
    document.footer = workshopFooter(content)
    return ReflectionSheet(kind: .participant, document: document)
  }

  /// The facilitator pack: the content note, the plan with what to say at each step, the
  /// answer key (the gap report of what was known and done at the time), what to listen for,
  /// and the learning quoted from the source.
  public static func facilitatorPack(_ plan: WorkshopPlan, content: Content) -> ReflectionSheet {
    let scenario = plan.scenario
    let title = "Facilitator pack: \(scenario.title)"
    var document = Document(title: title)
    document.title(title)
    document.note("Source: " + sources(scenario, content: content) + ".")
    document.paragraph(
      "For the facilitator only: it holds the answer key. Participants have the participant pack "
        + "(printed before the session, as the plan says): the case and a blank review, no key.")
    contentNote(scenario, content: content, into: &document)

    document.heading("The plan: \(plan.minutes) minutes")
    planSteps(plan, into: &document)

    // The key starts a page of its own, so that it can be shown or handed over without the plan.
    document.add(.pageBreak)
    knownAtTheTime(scenario, content: content, into: &document)
    listenFor(scenario, content: content, into: &document)
    learning(scenario, content: content, into: &document)
    document.footer = workshopFooter(content)
    return ReflectionSheet(kind: .facilitator, document: document)
  }

  /// The facilitator's plan alone: the steps with minutes that add up to the session's length,
  /// what participants do, what the facilitator says, and the commands each step runs.
  public static func plan(_ plan: WorkshopPlan, content: Content) -> ReflectionSheet {
    let title = "Workshop plan: \(plan.scenario.title)"
    var document = Document(title: title)
    document.title(title)
    planSteps(plan, into: &document)
    document.footer = workshopFooter(content)
    return ReflectionSheet(kind: .plan, document: document)
  }

  // MARK: - Parts

  /// A box for each participant's own confidence, marked at the start and again at the end, on
  /// paper: theirs to compare, whether or not it is also recorded on a laptop.
  static let confidenceBox = Block.box(
    Box(
      title: "How confident are you in your work with fathers and male carers?",
      rows: ["Before", "After"].map {
        Box.Row(
          label: $0, choices: ["not at all", "not very", "somewhat", "very", "extremely"],
          blanks: [])
      }))

  /// The commands a participant types on a laptop, as the plan gives them, each under its
  /// step: confidence before, the blank start, their gap report, confidence after.
  private static func laptopCommands(_ scenario: Scenario, into document: inout Document) {
    document.heading("If you use seen on a laptop")
    document.paragraph(
      "The facilitator says whether this session uses laptops, and which of these steps it "
        + "takes. Type each command as printed, with your own number in place of 1 in the file's "
        + "name and, for confidence, your own level in place of "
        + "\(WorkshopPlan.exampleConfidence) (not-at-all, not-very, somewhat, very or "
        + "extremely). Your files carry your number, not your name.")
    for entry in WorkshopPlan.participantCommands(scenario) {
      document.item(
        entry.command.interactive ? "it asks its questions on the screen." : "it asks nothing.",
        lead: entry.step)
      document.commandField("Type", entry.command)
    }
  }

  /// The footer of the workshop's pages: the review's, and a credit for the other sources quoted.
  static func workshopFooter(_ content: Content) -> [String] {
    var lines = footer(content)
    let others = content.documents.filter { !$0.licence.contains("Open Government Licence") }
    if !others.isEmpty {
      let names = others.map { "\($0.short) (\($0.publisher))" }.joined(separator: "; ")
      lines.insert(
        "Also quoted: \(names); quoted under their own terms, credited where quoted.",
        at: min(1, lines.count))
    }
    return lines
  }

  static func sources(_ scenario: Scenario, content: Content) -> String {
    var sources = [content.citation(scenario.source)] + scenario.alsoSee.map(content.citation)
    sources = sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    return sources.joined(separator: "; ")
  }

  /// What the case involves, worded from the scenario (a case that describes no harm says so,
  /// and links its subject to none); where to find support for oneself (the facilitator, a
  /// manager or supervisor, staff support), which the local referral contacts are not: with a
  /// local file they follow, apart, for a concern about a child; and the ground rule that no
  /// real case details are shared.
  static func contentNote(_ scenario: Scenario, content: Content, into document: inout Document) {
    document.heading("Before you start")
    document.paragraph(
      "Content note: " + scenario.contentNoteWords + " Parts may be hard to read, or bring back "
        + "cases of your own or experiences in your own life, such as domestic abuse or the loss "
        + "of a baby. Take a break whenever you need to. For support, talk to the facilitator, "
        + "your manager or supervisor, or your organisation's staff support or employee "
        + "assistance programme.")
    document.paragraph(
      "Ground rule: no real case details are shared. Talk about this case and about practice in "
        + "general; no names or details of the families you work with, aloud or in writing.")
    if let local = content.local, !local.contacts.isEmpty || !local.links.isEmpty {
      document.subheading("If this raises a concern about a child")
      document.paragraph(
        "Local contacts (\(local.named)) for a concern about a child: they are not staff support.")
      for contact in local.contacts { document.item(contact.how, lead: contact.role) }
      for link in local.links { document.item(link.url, lead: link.title) }
    }
  }

  /// The steps, each with its minutes, what participants do, what the facilitator says and
  /// the commands it runs; the preparation first.
  private static func planSteps(_ plan: WorkshopPlan, into document: inout Document) {
    document.paragraph(
      "\(plan.minutes) minutes, in \(plan.steps.count) steps. Commands for participants are typed "
        + "on their own laptops; where a file's name ends in 1, each uses their own number.")
    document.subheading("Before the session")
    for note in plan.preparationNotes { document.item(note) }
    document.paragraph(
      "Print the packs" + (plan.minutes == 120 ? ", the service design sheet" : "")
        + " and the key alone (to show on the screen when the plan says, without the plan):")
    for command in plan.preparation { document.commandItem(command) }
    document.subheading("The steps")
    var start = 0
    for (offset, step) in plan.steps.enumerated() {
      document.item(
        step.participants,
        lead:
          "\(offset + 1). \(step.title) (\(step.minutes) minutes, from minute \(start) to \(start + step.minutes))"
      )
      document.field("Facilitator says", step.facilitator)
      if let does = step.does { document.field("Facilitator does", does) }
      for command in step.commands {
        let who = command.who == .participant ? "Participants run" : "Facilitator runs"
        document.commandField(
          command.interactive ? who + " (it asks its questions on the screen)" : who, command)
      }
      start += step.minutes
    }
    document.paragraph("Total: \(plan.totalMinutes) minutes.")
  }

  /// An item's prompt as a question about what was asked: a question as it stands, a statement
  /// about him ("He uses…") as "Did anyone ask whether he uses…?".
  static func listenQuestion(_ item: ChecklistItem) -> String {
    let prompt = item.prompt
    if prompt.hasSuffix("?") { return "Did anyone ask: \(prompt)" }
    var statement = Substring(prompt)
    if statement.hasSuffix(".") { statement = statement.dropLast() }
    let first = statement.prefix(1).lowercased()
    return "Did anyone ask whether \(first)\(statement.dropFirst())?"
  }

  /// What to listen for in the discussion: each gap the source speaks to, with the item's
  /// question and where it comes from; the gaps where the source is silent together; and the
  /// reflective questions with their sources.
  private static func listenFor(
    _ scenario: Scenario, content: Content, into document: inout Document
  ) {
    let report = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    let silent = "The source does not say."
    document.heading("What to listen for")
    document.paragraph(
      "During the review and the comparison, listen for whether participants raise each of these "
        + "gaps in the key, and how. Each is a question a participant might have asked, not a "
        + "finding about the man.")
    var unsaid: [String] = []
    for gap in report.gaps {
      guard let note = gap.answer?.note, note != silent else {
        unsaid.append("\(gap.item.title) (\(gap.man ?? "case"))")
        continue
      }
      var text = "\(listenQuestion(gap.item)) (\(content.citation(gap.item.sources)))"
      if note.contains("does not say which parent") {
        text += " The source does not say which parent."
      } else if note.contains("does not say who") {
        text += " The source does not say who."
      }
      document.item(text, lead: "\(gap.item.title) (\(gap.man ?? "case"))")
      if let guidance = gap.item.nextGuidance { document.field("Also rests on", guidance) }
      if let safe = gap.item.safeNext {
        var words = Substring(safe.brief ?? safe.advice)
        if words.hasSuffix(".") { words = words.dropLast() }
        // The short form joins advice from the review and from practice guidance, so it is
        // not credited to the review as a whole: the review's paragraphs are named for what
        // the review says, and the guidance for the rest, as in the full safety advice.
        document.field("Where there is a safety concern", words + ".")
        var rests: [String] = []
        if !safe.sources.isEmpty {
          rests.append("The review, where it speaks to this (\(content.citation(safe.sources))).")
        }
        if let guidance = safe.guidance { rests.append(guidance) }
        if !rests.isEmpty { document.field("That rests on", rests.joined(separator: " ")) }
      }
    }
    if !unsaid.isEmpty {
      document.paragraph(
        "Where the source is silent, listen for participants who notice what is not known, rather "
          + "than assume it was done or was fine: " + unsaid.joined(separator: "; ") + ".")
    }
    document.subheading("The reflective questions")
    for question in content.questions {
      document.item("\(question.text) (\(content.citation(question.source)))")
    }
  }
}

extension Document {
  /// A command as a bullet of its own, set as something to type.
  fileprivate mutating func commandItem(_ command: WorkshopPlan.Command) {
    let entry = ListEntry(marker: .bullet, text: RichText([.code(command.line)]))
    guard case .list(var list) = blocks.last else { return add(.list(List(entries: [entry]))) }
    blocks.removeLast()
    list.entries.append(entry)
    blocks.append(.list(list))
  }

  /// A command under the entry before it, set as something to type.
  fileprivate mutating func commandField(_ label: String, _ command: WorkshopPlan.Command) {
    let field = Field(label: label, value: RichText([.code(command.line)]))
    guard case .list(var list) = blocks.last, !list.entries.isEmpty else {
      return add(.fields([field]))
    }
    blocks.removeLast()
    list.entries[list.entries.count - 1].fields.append(field)
    blocks.append(.list(list))
  }
}
