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
    // Nothing is known yet on a blank sheet: an action written in plans contact for safety.
    document.blocks += agreement(men: labels, safety: true)
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
        report.actions, today: today, safetyCheck: report.actionSafetyCheck, into: &document)
    }
    supervisions(record, content: content, into: &document)
    document.blocks += agreement(
      men: labels, agreed: record.actions.count,
      // Not knowing whether there is a concern is planned for as if there were one.
      safety: record.hasRecordedSafetyCondition || report.safetyConditionHolds,
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

  /// `agreed`: the actions the record already holds; `safety`: whether a safety condition
  /// holds or may (recorded, or not yet known), where an action written in by hand needs the
  /// same care as one typed.
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
}
