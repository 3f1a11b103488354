/// The three sheets, built from the content and, for a filled sheet, a review record.
extension ReflectionSheet {
  /// The most men a blank sheet has columns for; more would not fit a printed page.
  public static let menRange = 1...6

  /// A blank sheet with a column of tick boxes for each of `men` men (clamped to `menRange`).
  public static func blank(content: Content, men: Int = 2) -> ReflectionSheet {
    let count = min(max(men, menRange.lowerBound), menRange.upperBound)
    let labels = (1...count).map { "Man \($0)" }
    var blocks: [Block] = [
      .paragraph(introduction(content)),
      .fields([Field("Case reference"), Field("Practitioner"), Field("Supervisor"), Field("Date")]),
      .heading("The men in this baby's life"),
      .men(
        labels.map { Man(label: $0, relationship: nil, livesWithBaby: nil, visibility: nil) }),
    ]
    blocks += checklists(content, columns: labels, cells: { _, _ in Cell() })
    blocks += questions(content, reflections: [:])
    blocks += agreement(men: labels)
    return ReflectionSheet(
      kind: .blank, title: sheetTitle, documentTitle: sheetTitle, blocks: blocks,
      footer: footer(content))
  }

  /// The sheet filled from a review: answers ticked, notes printed, gaps marked, each man's
  /// visibility, and the practitioner's reflections, with room left for the supervisor.
  ///
  /// - Parameter includeSensitive: print the notes the content marks sensitive; without it
  ///   they are left out, and the sheet says so.
  public static func filled(
    record fullRecord: ReviewRecord, content: Content, includeSensitive: Bool = false
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

    var blocks: [Block] = [
      .paragraph(
        introduction(content)
          + " Filled from a saved review: the answers are ticked and the notes printed, and each gap"
          + " is marked \(gapMark) with what is missing. The blank lines are for the"
          + " supervisor."),
      .fields([
        Field("Case reference", record.caseReference), Field("Practitioner", record.role),
        Field("Supervisor"), Field("Date of the review", record.date),
        Field("Date of supervision"),
      ]),
    ]
    let included = includeSensitive ? fullRecord.withoutSensitiveNotes(content: content).removed : 0
    blocks += privacyLines(leftOut: leftOut, included: included, content: content).map {
      .paragraph($0)
    }
    if report.safetyConditionHolds {
      blocks.append(.heading("Safety first"))
      blocks.append(
        .list(
          report.men.compactMap { man in man.safetyText.map { ListEntry(lead: man.label, text: $0) }
          }
            + (report.caseSafetyReasons.contains(.practitionerFear)
              ? [ListEntry(lead: "You", text: content.safety.fearNow.advice)] : [])
            + [ListEntry(lead: "Immediate danger", text: content.safety.immediateDanger.advice)]
            + content.safety.points.map { ListEntry(lead: nil, text: $0.advice) }))
    }
    blocks.append(.heading("The men in this baby's life"))
    if record.men.isEmpty {
      blocks.append(
        .paragraph(
          "No father or male carer is recorded in this review. Who are the men in this baby's life? "
            + "Find out from all sources, not only the mother."))
      blocks.append(
        .men([Man(label: "Man 1", relationship: nil, livesWithBaby: nil, visibility: nil)]))
    } else {
      blocks.append(
        .men(
          zip(record.men, report.men).map { record, man in
            Man(
              label: record.label, relationship: man.relationship.words,
              livesWithBaby: livesWithBabyWords(man.livesWithBaby),
              visibility: [man.visibilityText, man.safetyText, man.presentRisk].compactMap { $0 }
                .joined(separator: " "))
          }))
    }
    let gapCount = report.gaps.count
    blocks.append(
      .paragraph(
        gapCount == 0
          ? report.noGapsText
          : "\(gapCount) \(gapCount == 1 ? "gap" : "gaps"), each marked \(gapMark)."))
    if report.hasRecordedSafetyCondition {
      blocks.append(.paragraph(content.safety.stillCurrent.advice))
    }

    blocks += checklists(content, columns: labels) { item, column in
      let answer: Answer?
      let gaps: [GapReport.Gap]
      switch item.scope {
      case .man:
        guard column < record.men.count else { return Cell() }
        answer = record.men[column].answers[item.id]
        gaps = menGaps[column]
      case .case:
        answer = record.answers[item.id]
        gaps = caseGaps
      }
      let gap = gaps.first { $0.item.id == item.id }
      return Cell(
        selected: answer?.value, note: answer?.note, gap: gap.map { gapDescription($0) })
    }
    blocks += questions(content, reflections: record.reflections)
    blocks += agreement(men: labels)
    let title = sheetTitle + (record.caseReference.map { ": case \($0)" } ?? "")
    return ReflectionSheet(
      // The running title on every printed page says who the sheet is not for.
      kind: .filled, title: title,
      documentTitle: title
        + "; practitioner record, not for the family or a meeting he attends",
      blocks: blocks, footer: footer(content))
  }

  /// The service design tier for leaders: the four tiers, the key figures, and the review's
  /// questions to safeguarding partnerships (18.4), each with room for the partnership's answer.
  public static func leaders(content: Content) -> ReflectionSheet {
    let title = "Service design: questions for the safeguarding partnership"
    var blocks: [Block] = [
      .paragraph(
        "For safeguarding partnership leaders and managers. Front-line staff and their managers can "
          + "only take better practice with fathers so far; service leaders set the conditions in "
          + "which that work is enabled and expected. Write the partnership's answer under each of "
          + "the review's questions, and agree what to do."),
      .fields([Field("Partnership"), Field("Completed by"), Field("Date")]),
      .heading("The four tier model"),
      .list(
        content.tiers.map { tier in
          ListEntry(
            lead: "Tier \(tier.number): \(tier.title)",
            text: tier.points.joined(separator: "; ") + ". \u{201C}\(tier.quote)\u{201D} ("
              + content.citation(tier.quoteSource) + ")")
        }),
      .heading("Key figures"),
      .list(
        content.figures.map { figure in
          ListEntry(lead: figure.value, text: content.citedSentence(figure))
        }),
    ]
    var number = 0
    for tier in content.tiers {
      for challenge in tier.challenges {
        blocks.append(.heading("\(challenge.title) (\(content.citation(challenge.source)))"))
        for question in challenge.questions {
          number += 1
          blocks.append(
            .question(
              Question(
                number: number, text: question, source: nil, response: nil, responseLabel: nil,
                writingLabel: nil, writingLines: 3)))
        }
      }
    }
    blocks.append(agreedActions)
    return ReflectionSheet(
      kind: .leaders, title: title, documentTitle: title, blocks: blocks,
      footer: footer(content))
  }

  // MARK: - Parts

  private static let sheetTitle = "Reflection sheet for supervision"

  /// "(!) Gap" held together by a no-break space, so that wrapping never parts symbol and word.
  static let gapMark = "\(gapSymbol)\u{00A0}\(gapWord)"

  private static func introduction(_ content: Content) -> String {
    let tier = content.tier(3).map { " (\(content.citation($0.sources)))" } ?? ""
    return "For supervision: how the men in this baby's life have been seen, understood and "
      + "engaged, including any fear or anxiety about working with them\(tier). A reflection aid, "
      + "not a risk assessment: what is known and not yet known about each man, and what next."
  }

  private static func checklists(
    _ content: Content, columns: [String], cells: (ChecklistItem, Int) -> Cell
  ) -> [Block] {
    let practiceChoices: [Choice] = [
      Choice(value: .yes, label: "yes"), Choice(value: .partly, label: "partly"),
      Choice(value: .no, label: "no"), Choice(value: .unknown, label: "not known"),
      Choice(value: .na, label: "n/a"),
    ]
    let knowledgeChoices: [Choice] = [
      Choice(value: .present, label: "present"), Choice(value: .absent, label: "none found"),
      Choice(value: .unknown, label: "not known"),
    ]
    let conditionChoices: [Choice] = [
      Choice(value: .yes, label: "yes"), Choice(value: .no, label: "no"),
      Choice(value: .unknown, label: "not known"),
    ]
    let groups:
      [(title: String, instruction: String?, items: [ChecklistItem], choices: [Choice], man: Bool)] =
        [
          (
            "Safety, before any contact",
            "For each man: is contact to be planned for safety with your manager or safeguarding lead?",
            content.items(scope: .man, kind: .condition), conditionChoices, true
          ),
          (
            "What you have done with each man",
            "Tick one box for each man: yes, partly, no, not known, or n/a (not applicable, with the reason).",
            content.items(scope: .man, kind: .practice), practiceChoices, true
          ),
          (
            "What you know about each man",
            "What is known, for each man? Factors found in the review's cases (19.3, 7.7, 7.8, 8.1, 8.2; not \"abuse he experienced\"): risk occurs in their combination, and many men with them care for their children well (6.20).",
            content.items(scope: .man, kind: .knowledge), knowledgeChoices, true
          ),
          (
            "For the case", nil, content.items(scope: .case),
            practiceChoices, false
          ),
        ]
    var number = 0
    var blocks: [Block] = []
    for group in groups where !group.items.isEmpty {
      let groupColumns = group.man ? columns : ["Case"]
      let rows = group.items.map { item -> Row in
        number += 1
        return Row(
          number: number, itemID: item.id, title: item.title, prompt: item.prompt,
          cells: groupColumns.indices.map { cells(item, $0) })
      }
      blocks.append(
        .checklist(
          Checklist(
            title: group.title, instruction: group.instruction, columns: groupColumns,
            choices: group.choices, rows: rows)))
    }
    return blocks
  }

  private static func questions(_ content: Content, reflections: [String: String]) -> [Block] {
    var sources: [String] = []
    for question in content.questions {
      let citation = content.citation(question.source)
      if !sources.contains(citation) { sources.append(citation) }
    }
    var blocks: [Block] = [
      .heading("Questions for reflection"),
      .note("From the briefings (\(sources.joined(separator: "; ")))."),
    ]
    for (offset, question) in content.questions.enumerated() {
      let response = reflections[question.id].flatMap { text in
        text.trimmingWhitespace().isEmpty ? nil : text
      }
      blocks.append(
        .question(
          Question(
            number: offset + 1, text: question.text, source: nil, response: response,
            responseLabel: response == nil ? nil : "Practitioner's reflection",
            writingLabel: response == nil ? nil : "Supervisor",
            writingLines: 2)))
    }
    return blocks
  }

  static let agreedActions = Block.box(
    Box(
      title: "Agreed actions",
      rows: (1...4).map { BoxRow(label: "\($0).", choices: [], blanks: ["", "Who", "By when"]) }))

  private static func agreement(men: [String]) -> [Block] {
    [
      agreedActions,
      .box(
        Box(
          title: "Fear or anxiety about working with this man discussed? How?",
          rows: men.map { BoxRow(label: $0, choices: ["yes", "no"], blanks: ["How"]) })),
    ]
  }

  static func footer(_ content: Content) -> [String] {
    var lines: [String] = []
    if let review = content.document("myth-of-invisible-men") {
      lines.append(
        "\(review.publisher), \u{201C}\(singleQuoted(review.title))\u{201D}, \(review.date). "
          + "\(review.licence). Content \(content.version), made with seen.")
    }
    lines.append(
      "\u{201C}\(content.closing.text)\u{201D} (\(content.citation(content.closing.source)))")
    return lines
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

  /// The lines that head every filled report and sheet: who it is not for, and what it leaves out.
  static func privacyLines(leftOut: Int, included: Int, content: Content) -> [String] {
    var lines = [content.safety.notForTheFamily.advice]
    if leftOut > 0 { lines.append(sensitiveNotice(leftOut)) }
    if included > 0 { lines.append(sensitiveIncludedNotice(included)) }
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
