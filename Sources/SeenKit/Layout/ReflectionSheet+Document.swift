/// The three sheets laid out as documents, built from the content and, for a filled sheet, a
/// review record.
extension ReflectionSheet {
  /// The most men a blank sheet has columns for; more would not fit a printed page.
  public static let menRange = 1...6

  /// Added to the running title of every page of a practitioner's sheet.
  static let notForTheFamily = "; practitioner record, not for the family or a meeting he attends"

  /// A blank sheet with a column of tick boxes for each of `men` men (clamped to `menRange`).
  public static func blank(content: Content, men: Int = 2) -> ReflectionSheet {
    let count = min(max(men, menRange.lowerBound), menRange.upperBound)
    let labels = (1...count).map { "Man \($0)" }
    // The running title on every printed page says who the sheet is not for: a blank sheet is
    // filled in by hand and needs it as much as a filled one.
    var document = Document(title: sheetTitle + notForTheFamily)
    document.title(sheetTitle)
    document.paragraph(introduction(content))
    document.add(
      .fields([
        Field(label: "Case reference"), Field(label: "Practitioner"), Field(label: "Role"),
        Field(label: "Supervisor"), Field(label: "Date"),
      ]))
    document.heading("The men in this baby's life")
    for label in labels { document.add(blankMan(label)) }
    localContacts(content, into: &document)
    document.blocks += checklists(
      content, columns: labels,
      writing: { allowsNA in allowsNA ? "Notes, and why if n/a" : "Notes" },
      cells: { _, _ in Cell() })
    document.blocks += questions(content, reflections: [:], writingLines: sheetWritingLines)
    document.blocks += agreement(men: labels)
    document.footer = footer(content)
    return ReflectionSheet(kind: .blank, document: document)
  }

  /// The sheet filled from a review: answers ticked, notes printed, gaps marked, each man's
  /// visibility, and the practitioner's reflections, with room left for the supervisor.
  ///
  /// - Parameter includeSensitive: print the notes the content marks sensitive; without it
  ///   they are left out, and the sheet says so.
  /// - Parameter today: the day overdue actions are counted from (`Console.today()`).
  public static func filled(
    record fullRecord: ReviewRecord, content: Content, includeSensitive: Bool = false,
    today: ISODate? = nil
  )
    -> ReflectionSheet
  {
    let (record, leftOut) =
      includeSensitive ? (fullRecord, 0) : fullRecord.withoutSensitiveNotes(content: content)
    let report = GapAnalysis.report(for: record, content: content, includeSensitive: true)
    // Each man's gaps from a review of him alone, so that two men with the same label keep
    // their own answers; the rules are GapAnalysis's, not repeated here.
    let menGaps = record.men.map { man in
      GapAnalysis.report(
        for: ReviewRecord(men: [man]), content: content, includeSensitive: true
      ).gaps
    }
    let caseGaps = report.gaps.filter { $0.man == nil }
    let labels = record.men.isEmpty ? ["Man 1"] : record.men.map(\.label)
    let caseTitle = sheetTitle + (record.caseReference.map { ": case \($0)" } ?? "")
    let title = record.workshop.map { $0.marking(caseTitle, content: content) } ?? caseTitle

    // The running title on every printed page says who the sheet is not for.
    var document = Document(title: title + notForTheFamily)
    document.title(title)
    document.paragraph(
      introduction(content)
        + " Filled from a saved review: the answers are ticked and the notes printed, and each gap"
        + " is marked \(gapMark) with what is missing. The blank lines are for the supervisor.")
    document.add(.fields(fields(record)))
    let included = includeSensitive ? fullRecord.withoutSensitiveNotes(content: content).removed : 0
    for line in privacyLines(
      leftOut: leftOut, included: included, content: content,
      supervisionNotes: fullRecord.supervisionNoteCount, supervisionNotesIncluded: includeSensitive)
    {
      document.paragraph(line)
    }
    // What to do first and where each man stands, before the checklist: the first steps as
    // the report gives them (in their safe form where contact is planned for safety), then
    // each man's state and safety, then how any contact must be planned.
    report.firstStepsSection(&document, content: content, detail: .brief)
    men(record, report: report, into: &document)
    if report.safetyConditionHolds { safetyFirst(report, content: content, into: &document) }
    // Where a concern is recorded, the checklist cannot show that the mother and baby are safe
    // (said under "Do this first" when it has no steps).
    if report.hasRecordedSafetyCondition && !report.firstSteps.isEmpty {
      document.paragraph(content.safety.stillCurrent.advice)
    }
    localContacts(content, into: &document)
    let gapCount = report.gaps.count
    if gapCount > 0 {
      document.paragraph(
        "\(gapCount) \(gapCount == 1 ? "gap" : "gaps") below, each marked \(gapMark); the line beside"
          + " each item is for the supervisor's note.")
    }
    // An item's step is in its safe form on this sheet where the report plans it for safety
    // for any man or the case: its local step is then the one for safety.
    let safeForm = { (item: ChecklistItem) -> Bool? in
      item.safeNext != nil && fullRecord.safetyConditionHolds(for: item, man: nil)
    }
    let cells = { (item: ChecklistItem, column: Int) -> Cell in
      guard item.scope == .case || column < record.men.count else { return Cell() }
      if item.scope == .man, let left = record.men[column].noLongerInBabysLife {
        return Cell(instead: "no longer in the baby's life (from \(left))")
      }
      let answer =
        item.scope == .man ? record.men[column].answers[item.id] : record.answers[item.id]
      let gaps = item.scope == .man ? menGaps[column] : caseGaps
      let gap = gaps.first { $0.item.id == item.id }
      return Cell(
        selected: answer?.value, note: answer?.note, gap: gap.map { gapDescription($0) },
        reason: answer?.reason,
        // An n/a with no reason leaves room to write one.
        blank: answer.map { $0.value == .na && !$0.hasReason } == true ? "Reason" : nil)
    }
    document.blocks += checklists(
      content, columns: labels, safeForm: safeForm, writing: { _ in "Supervisor" }, cells: cells)
    document.blocks += questions(
      content, reflections: record.reflections, confidence: record.confidence,
      writingLines: sheetWritingLines)
    // The actions agreed in the review (its words through the sensitive-field rule), then room
    // for those supervision agrees. The report's actions: open ones in the words the record's
    // safety now gives them.
    if !report.actions.isEmpty {
      document.heading("Agreed actions")
      GapReport.actionEntries(
        report.actions, today: today,
        safetyRecorded: record.hasRecordedSafetyCondition
          ? (record.recordedSafetyWords ?? "") : nil,
        into: &document)
    }
    supervisions(record, content: content, into: &document)
    document.blocks += agreement(
      men: labels, agreed: record.actions.count, safety: record.hasRecordedSafetyCondition,
      fearAbout: record.supervisionsByDate.last?.fearRaisedAbout ?? [])
    document.footer = footer(content)
    return ReflectionSheet(
      kind: .filled, document: document, tighter: fewerWritingLines(document))
  }

  /// The case, who filled it in and when, and the latest supervision recorded (its role and
  /// date; blanks to write on where none is).
  private static func fields(_ record: ReviewRecord) -> [Field] {
    // A record holds a role, never a name: the practitioner's name is left to write on.
    let supervision = record.supervisionsByDate.last
    return [
      Field(label: "Case reference", value: record.caseReference.map { RichText($0) }),
      Field(label: "Practitioner"),
      Field(label: "Role", value: record.role.map { RichText($0) }),
      Field(label: "Supervisor", value: supervision.map { RichText($0.role) }),
      Field(label: "Date of the review", value: record.date.map { RichText($0) }),
      Field(label: "Date of supervision", value: supervision.map { RichText($0.date.description) }),
    ]
  }

  /// What to do before any contact, when a safety condition holds or is not yet known.
  private static func safetyFirst(
    _ report: GapReport, content: Content, into document: inout Document
  ) {
    // Each man's reasons are under him above; here what planning contact for safety means, in
    // the report's brief words.
    document.heading("Safety first: plan any contact for safety")
    if report.caseSafetyReasons.contains(.practitionerFear) {
      document.item(
        report.advised(report.fearAdvice(content: content), content: content, detail: .brief),
        lead: "You")
    }
    document.item(
      report.advised(content.safety.immediateDanger, content: content, detail: .brief),
      lead: "Immediate danger")
    for point in content.safety.points {
      document.item(report.advised(point, content: content, detail: .brief))
    }
  }

  /// Who each man is and how visible he is, or room to write him in when none is recorded.
  private static func men(
    _ record: ReviewRecord, report: GapReport, into document: inout Document
  ) {
    document.heading("The men in this baby's life")
    guard !record.men.isEmpty else {
      document.paragraph(
        "No father or male carer is recorded in this review. Who are the men in this baby's life? "
          + "Find out from all sources, not only the mother.")
      return document.add(blankMan("Man 1"))
    }
    // As the report heads each man: his label and state, then who he is, his safety and what
    // is known present (notes only as the sensitive-field rule lets them through).
    for (man, reported) in zip(record.men, report.men) {
      document.item(
        ([reported.relationship.words, livesWithBabyWords(reported.livesWithBaby)]
          + (man.noLongerInBabysLife.map { ["no longer in the baby's life (recorded \($0))"] }
            ?? []))
          .joined(separator: "; ") + ".", lead: "\(man.label) (\(reported.visibility.words))")
      document.field("Visibility", reported.visibility.explanation)
      document.field("Safety", safetyWords(reported))
      // What is known present never without whether the plan addresses it.
      if let plan = reported.planText {
        if let known = reported.knownPresentText { document.field("Known present", known) }
        if let needs = reported.supportNeedsText { document.field("Support he may need", needs) }
        document.field("The plan", plan)
      }
    }
  }

  /// The service design tier for leaders: the four tiers, the key figures, and the review's
  /// questions to safeguarding partnerships (18.4), each with room for the partnership's answer.
  public static func leaders(content: Content) -> ReflectionSheet {
    let title = "Service design: questions for the safeguarding partnership"
    var document = Document(title: title)
    document.title(title)
    document.paragraph(
      "For safeguarding partnership leaders and managers. Front-line staff and their managers can "
        + "only take better practice with fathers so far; service leaders set the conditions in "
        + "which that work is enabled and expected. Write the partnership's answer under each of "
        + "the review's questions, and agree what to do.")
    document.add(
      .fields([Field(label: "Partnership"), Field(label: "Completed by"), Field(label: "Date")]))
    document.heading("The four tier model")
    for tier in content.tiers {
      document.item(
        tier.points.joined(separator: "; ") + ". \u{201C}\(tier.quote)\u{201D} ("
          + content.citation(tier.quoteSource) + ")",
        lead: "Tier \(tier.number): \(tier.title)")
    }
    document.heading("Key figures")
    figures(content, into: &document)
    var number = 0
    for tier in content.tiers {
      for challenge in tier.challenges {
        document.heading("\(challenge.title) (\(content.citation(challenge.source)))")
        document.add(
          sideBySide(
            challenge.questions.map { text in
              number += 1
              return question(number, text, response: nil, writingLines: 3)
            }))
      }
    }
    document.add(agreedActions)
    document.footer = footer(content)
    return ReflectionSheet(kind: .leaders, document: document)
  }

  // MARK: - Parts

  private static let sheetTitle = "Reflection sheet for supervision"

  /// The lines under each reflective question on a sheet for supervision.
  static let sheetWritingLines = 3

  /// "(!) Gap" held together by a no-break space, so that wrapping never parts symbol and word.
  static let gapMark = "\(gapSymbol)\u{00A0}\(gapWord)"

  private static func introduction(_ content: Content) -> String {
    let tier = content.tier(3).map { " (\(content.citation($0.sources)))" } ?? ""
    return "For supervision: how the men in this baby's life have been seen, understood and "
      + "engaged, including any fear or anxiety about working with them\(tier). A reflection aid, "
      + "not a risk assessment: what is known and not yet known about each man, and what next."
  }

  /// A man on a blank sheet: his label, lines for who he is, and whether he lives with the baby.
  private static func blankMan(_ label: String) -> Block {
    .group(
      Group(
        arrangement: .together,
        blocks: [
          .fields([Field(label: "\(label), label (not a name)"), Field(label: "Relationship")]),
          .answer(
            AnswerLine(
              prompt: "Lives with the baby?", choices: ["yes", "no", "not known"], selected: nil,
              mark: nil, note: nil)),
        ]))
  }

  /// What one man's (or the case's) cell of a checklist holds.
  struct Cell: Equatable {
    var selected: AnswerValue?
    var note: String?
    /// Why the answer is a gap ("not yet done", "not known"), when it is one.
    var gap: String?
    /// Words in place of the answer boxes: for a man no longer in the baby's life, who is asked
    /// nothing more.
    var instead: String? = nil
    /// Why an n/a does not apply, printed beside the ticked box.
    var reason: NotApplicableReason? = nil
    /// A labelled blank to write on under the boxes ("Reason" for an n/a without one).
    var blank: String? = nil
  }

  /// The answers an item can take, in order, each with its short label for a tick box.
  typealias Choices = [(value: AnswerValue, label: String)]

  static let practiceChoices: Choices = [
    (.yes, "yes"), (.partly, "partly"), (.no, "no"), (.unknown, "not known"), (.na, "n/a"),
  ]
  static let knowledgeChoices: Choices = [
    (.present, "present"), (.absent, "none found"), (.unknown, "not known"),
  ]
  static let conditionChoices: Choices = [
    (.yes, "yes"), (.no, "no"), (.unknown, "not known"),
  ]

  /// - Parameter safeForm: whether an item's step is in its safe form; nil where it is not known
  ///   (a blank sheet), when its local addition says what to do either way.
  /// - Parameter writing: the label of the line to write on beside each item, given whether its
  ///   answers take n/a; nil for none (a workshop's handout).
  /// - Parameter asOnScreen: each item's boxes are the answers the guided review offers for it
  ///   (`AnswerChoice.offered`), in its words, for a sheet filled in instead of the screen (a
  ///   participant's blank review); otherwise the answers a record can hold.
  static func checklists(
    _ content: Content, columns: [String], safeForm: (ChecklistItem) -> Bool? = { _ in nil },
    writing: (Bool) -> String? = { _ in nil }, asOnScreen: Bool = false,
    cells: (ChecklistItem, Int) -> Cell
  ) -> [Block] {
    let groups =
      asOnScreen
      ? screenGroups(content)
      : [
        ChecklistGroup(
          title: "Safety, before any contact",
          instruction:
            "For each man: is contact to be planned for safety with your manager or safeguarding lead?",
          items: content.items(scope: .man, kind: .condition), choices: conditionChoices, man: true),
        ChecklistGroup(
          title: "What you have done with each man",
          instruction:
            "Tick one box for each man: yes, partly, no, not known, or n/a (not applicable, with the reason).",
          items: content.items(scope: .man, kind: .practice), choices: practiceChoices, man: true),
        ChecklistGroup(
          title: "What you know about each man",
          instruction:
            "What is known, for each man? Factors found in the review's cases (19.3, 7.7, 7.8, 8.1, 8.2; not \"abuse he experienced\"): risk occurs in their combination, and many men with them care for their children well (6.20).",
          items: content.items(scope: .man, kind: .knowledge), choices: knowledgeChoices, man: true),
        ChecklistGroup(
          title: "For the case", instruction: nil, items: content.items(scope: .case),
          choices: practiceChoices, man: false),
      ]
    var number = 0
    var blocks: [Block] = []
    for group in groups where !group.items.isEmpty {
      let groupColumns = group.man ? columns : ["Case"]
      // On screen each part counts from 1 ("1 of 22" for a man, "1 of 3" for the case).
      if asOnScreen { number = 0 }
      func row(_ item: ChecklistItem) -> [Table.Cell] {
        number += 1
        var words: [Inline] = [
          .plain("\(number). "), .strong(item.title + ". "), .plain(item.prompt),
        ]
        // The partnership's own step under the review's text, marked as local.
        if let local = content.local, let addition = content.localAddition(item.id),
          let line = safeForm(item).map({ LocalProcedures.line(addition, safeForm: $0) })
            ?? LocalProcedures.lineEitherWay(addition, item: item)
        {
          words += [.strong(" \(local.lead): "), .plain(line)]
        }
        let choices: Choices =
          asOnScreen
          ? AnswerChoice.offered(for: item).map { ($0.value, $0.words) } : group.choices
        let allowsNA = choices.contains { $0.value == .na }
        let label = Table.Cell(
          RichText(words), writing: writing(allowsNA).map { WritingSpace(label: $0, lines: 1) })
        return [label]
          + groupColumns.indices.map { column in
            let cell = cells(item, column)
            if let instead = cell.instead {
              return Table.Cell(
                answer: AnswerLine(
                  prompt: nil, choices: [], selected: nil, mark: nil, note: RichText(instead)))
            }
            // A ticked n/a says why beside it, where the reason is not in the note.
            var labels = choices.map(\.label)
            let selected = cell.selected.flatMap { value in
              choices.firstIndex { $0.value == value }
            }
            if let selected, cell.selected == .na, let reason = cell.reason,
              reason == .movedAway || reason == .deceased
            {
              labels[selected] += ": \(reason.words)"
            }
            return Table.Cell(
              answer: AnswerLine(
                prompt: nil, choices: labels, selected: selected,
                mark: cell.gap.map { Mark.gap($0) }, note: cell.note.map { RichText($0) },
                blank: cell.blank))
          }
      }
      var rows: [[Table.Cell]] = []
      for item in group.items {
        rows.append(row(item))
        // What he brings is asked on screen straight after his views: a box for it here too.
        if asOnScreen, group.man, item.id == ReviewSession.strengthsFollow {
          rows.append(strengthsRow(columns: groupColumns.count))
        }
      }
      blocks.append(.heading(Heading(level: 2, text: group.title)))
      blocks.append(
        .table(
          Table(
            caption: nil, instruction: group.instruction,
            columns: [Table.Column(title: "Item", role: .label)]
              + groupColumns.map { Table.Column(title: $0, role: .answer) },
            rows: rows, note: nil)))
    }
    return blocks
  }

  /// - Parameter confidence: the practitioner's answer to the first question, printed under it.
  /// - Parameter writingLines: the lines under each question: a sheet for supervision gives
  ///   room to think aloud on paper; a workshop's handout, room for a note.
  static func questions(
    _ content: Content, reflections: [String: String], confidence: ConfidenceLevel? = nil,
    writingLines: Int = 2, confidenceApart: Bool = false
  ) -> [Block] {
    var sources: [String] = []
    for question in content.questions {
      let citation = content.citation(question.source)
      if !sources.contains(citation) { sources.append(citation) }
    }
    let questions = content.questions.enumerated().map { offset, question in
      // Where confidence is recorded apart (a workshop's box), the screen does not ask it:
      // its number stays, so that the others keep the screen's ("2 of 8"), and points at the box.
      if confidenceApart && question.id == "confidence" {
        return Block.paragraph(
          RichText([
            .strong("\(offset + 1). \(question.text)"),
            .plain(
              " Your answer is the confidence box at the start of this pack; the review on a laptop does not ask it."
            ),
          ]))
      }
      let response = reflections[question.id].flatMap { text in
        text.trimmingWhitespace().isEmpty ? nil : text
      }
      return self.question(
        offset + 1, question.text,
        answer: question.id == "confidence" ? confidence?.words : nil, response: response,
        writingLines: writingLines)
    }
    return [
      .heading(Heading(level: 2, text: "Questions for reflection")),
      .note(RichText("From the briefings (\(sources.joined(separator: "; "))).")),
      sideBySide(questions),
    ]
  }

  /// A question and the room to answer it, kept together: the practitioner's reflection, when
  /// there is one, and lines for the supervisor.
  /// - Parameter answer: what the record holds as the practitioner's answer (a confidence level).
  static func question(
    _ number: Int, _ text: String, answer: String? = nil, response: String?, writingLines: Int
  )
    -> Block
  {
    var blocks: [Block] = [.paragraph(RichText([.strong("\(number). \(text)")]))]
    if let answer {
      blocks.append(.paragraph(RichText([.emphasis("Practitioner's answer: "), .plain(answer)])))
    }
    if let response {
      blocks.append(
        .paragraph(RichText([.emphasis("Practitioner's reflection: "), .plain(response)])))
    }
    // With the practitioner's words above them, the lines are the supervisor's, and one fewer:
    // the answer is already on the page (space given back to keep a filled sheet short).
    let answered = answer != nil || response != nil
    blocks.append(
      .writing(
        WritingSpace(
          label: answered ? "Supervisor" : nil,
          lines: answered ? max(writingLines - 1, 1) : writingLines)))
    return .group(Group(arrangement: .together, blocks: blocks))
  }

  /// Questions one beside another where there is room.
  static func sideBySide(_ blocks: [Block]) -> Block {
    .group(Group(arrangement: .sideBySide, blocks: blocks))
  }

  /// The key figures, each strong before its sentence and source.
  static func figures(_ content: Content, into document: inout Document) {
    for figure in content.figures {
      document.item(content.citedSentence(figure), lead: figure.value)
    }
  }

  static let agreedActions = Block.box(
    Box(
      title: "Agreed actions",
      rows: (1...4).map { Box.Row(label: "\($0).", choices: [], blanks: ["", "Who", "By when"]) }))

  /// Room to write the actions a review agrees: on each numbered row what is to be done (the
  /// wide blank), for which man or the case, the role that owns it (never a name), and when it
  /// is due.
  /// Four rows to write actions in, numbered on from the `after` actions already agreed so that
  /// no two actions share a number.
  static func reviewActions(title: String, after: Int = 0) -> Block {
    .box(
      Box(
        title: title,
        rows: (after + 1...after + 4).map {
          Box.Row(label: "\($0).", choices: [], blanks: ["", "For", "Owner", "Due"])
        }))
  }

  /// `agreed`: the actions the record already holds; `safety`: whether it records a safety
  /// condition, where an action written in by hand needs the same care as one typed.
  /// `fearAbout`: the men the latest supervision recorded fear or anxiety raised about, whose
  /// "yes" is ticked.
  private static func agreement(
    men: [String], agreed: Int = 0, safety: Bool = false, fearAbout: [String] = []
  ) -> [Block] {
    [
      reviewActions(
        title: (agreed > 0 ? "More agreed actions" : "Agreed actions")
          + ": what to do, for which man or the case, the owner (a role, never a name), due"
          + (safety
            ? ". Contact with a man is planned for safety: agree it with your manager or safeguarding lead, and write nothing the mother disclosed"
            : ""),
        after: agreed),
      .box(
        Box(
          title: "Fear or anxiety about working with this man discussed? How?",
          rows: men.map { label in
            Box.Row(
              label: label, choices: ["yes", "no"], blanks: ["How"],
              selected: fearAbout.contains(label) ? 0 : nil)
          })),
    ]
  }

  /// The partnership's contacts by role and its procedures manual, when a local file is in use.
  static func localContacts(_ content: Content, into document: inout Document) {
    guard let local = content.local, !local.contacts.isEmpty || !local.links.isEmpty else {
      return
    }
    document.heading(
      "If you have a concern: \(local.lead.prefix(1).lowercased() + local.lead.dropFirst())")
    for contact in local.contacts {
      document.item(contact.how, lead: contact.role)
    }
    for link in local.links { document.item(link.url, lead: link.title) }
  }

  static func footer(_ content: Content) -> [String] {
    var lines: [String] = []
    if let review = content.document("myth-of-invisible-men") {
      lines.append(
        "\(review.publisher), \u{201C}\(singleQuoted(review.title))\u{201D}, \(review.date). "
          + "\(review.licence). Content \(content.version), made with seen.")
    }
    if let local = content.local {
      lines.append("Local procedures: \(local.named), added by the partnership, not the review.")
    }
    lines.append(
      "\u{201C}\(content.closing.text)\u{201D} (\(content.citation(content.closing.source)))")
    return lines
  }

  /// A man's safety as the report gives it: why contact must be planned for safety, or the
  /// answer to the safety question; "not yet asked" when it has none.
  private static func safetyWords(_ man: GapReport.Man) -> String {
    if man.safetyConditionHolds {
      // The report's brief words: why contact with him is planned for safety.
      let reasons = man.safetyReasons.map(\.briefWords).joined(separator: "; ")
      return "contact to be planned for safety. " + reasons.prefix(1).uppercased()
        + reasons.dropFirst() + "."
    }
    let answered = man.conditions.compactMap { condition -> String? in
      guard let answer = condition.answer else { return nil }
      // "Safety: no concern recorded", or each condition by name where there are more.
      let words =
        answer.value == .no
        ? "no concern recorded" : AnswerChoice.words(for: answer, kind: .condition)
      return (man.conditions.count == 1 ? "" : "\(condition.item.title): ") + words
        + (answer.note.map { " (\($0))" } ?? "")
    }
    return answered.isEmpty ? "not yet asked" : answered.joined(separator: "; ")
  }

  private static func livesWithBabyWords(_ value: Bool?) -> String {
    switch value {
    case true?: return "lives with the baby"
    case false?: return "does not live with the baby"
    case nil: return "not known whether he lives with the baby"
    }
  }

  /// Said wherever sensitive notes were left out, so that nobody mistakes their absence.
  static func sensitiveNotice(_ count: Int) -> String {
    "\(count) sensitive \(count == 1 ? "note is" : "notes are") left out (domestic abuse, the mother's "
      + "disclosures, safety reasons; every note where a safety concern is recorded), shown as "
      + "\(ReviewRecord.sensitiveNoteLeftOut). Even without them this is a practitioner record; "
      + "print with --include-sensitive only for those who may read the mother's disclosures."
  }

  /// Said wherever sensitive notes were printed because they were asked for.
  static func sensitiveIncludedNotice(_ count: Int) -> String {
    "This copy includes \(count) sensitive \(count == 1 ? "note" : "notes") (domestic abuse, the "
      + "mother's disclosures, safety reasons). Keep it to those who may read them: never the family, "
      + "a meeting he attends, or his records."
  }

  /// Said wherever a supervision's notes are left out or printed: counted apart from the
  /// sensitive notes above, which are about the family.
  static func supervisionNotesNotice(_ count: Int, included: Bool) -> String {
    let notes =
      "\(count) supervision \(count == 1 ? "note" : "notes") (the supervisor's comments, other "
      + "support agreed)"
    return included
      ? "This copy includes \(notes)."
      : "\(notes) \(count == 1 ? "is" : "are") left out, shown as "
        + "\(ReviewRecord.sensitiveNoteLeftOut); --include-sensitive prints them."
  }

  /// The lines that head every filled report and sheet: who it is not for, and what it leaves out.
  static func privacyLines(
    leftOut: Int, included: Int, content: Content, supervisionNotes: Int = 0,
    supervisionNotesIncluded: Bool = false
  ) -> [String] {
    var lines = [content.safety.notForTheFamily.advice]
    if leftOut > 0 { lines.append(sensitiveNotice(leftOut)) }
    if included > 0 { lines.append(sensitiveIncludedNotice(included)) }
    if supervisionNotes > 0 {
      lines.append(
        supervisionNotesNotice(supervisionNotes, included: supervisionNotesIncluded))
    }
    return lines
  }

  /// The review's title has its own quotation marks; inside another pair they become single.
  private static func singleQuoted(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\u{201C}": result.append("\u{2018}")
      case "\u{201D}": result.append("\u{2019}")
      default: result.append(character)
      }
    }
    return result
  }

  static func gapDescription(_ gap: GapReport.Gap) -> String {
    switch gap.kind {
    case .notYetDone: return gap.answer == nil ? "not answered" : "not yet done"
    case .notApplicableWithoutReason: return "n/a needs a reason"
    case .notKnown: return gap.answer == nil ? "not answered" : "not known"
    case .plannedForSafety: return "contact to be planned for safety"
    case .noMenRecorded: return "no man is recorded"
    }
  }
}
