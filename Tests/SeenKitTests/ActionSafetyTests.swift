import Testing

@testable import SeenKit

/// Agreed actions and safety (issue 16 follow-ups): an action's words follow the safety the
/// record holds; a scripted action takes the gap report's exact step for any item and man;
/// mistyped ids, a man no longer in the baby's life and an ambiguous "case" are refused.
@Suite struct ActionSafetyTests {
  let content = TestContent.bundled
  let today = TestContent.today

  /// One man, Father, with his safety question answered `safety` and the mother asked alone:
  /// "no" plans nothing for safety, "yes" records a concern.
  private func record(safety: String, men: [String] = ["Father"]) throws -> ReviewRecord {
    var record = ReviewRecord(caseReference: "T-1")
    for man in men {
      try record.apply(SetAssignment(parsing: "\(man).safety=\(safety)"), content: content)
      try record.apply(SetAssignment(parsing: "\(man).contacted=no"), content: content)
    }
    try record.apply(SetAssignment(parsing: "mother-asked-alone=yes"), content: content)
    try record.apply(SetAssignment(parsing: "men-in-plans=no"), content: content)
    return record
  }

  private func item(_ id: String) throws -> ChecklistItem { try #require(content.item(id)) }

  private func action(_ text: String, in record: ReviewRecord) throws -> AgreedAction {
    try ActionAssignment.parse(text, record: record, content: content, today: today)
  }

  private func problem(_ text: String, in record: ReviewRecord) -> String? {
    do {
      _ = try ActionAssignment.parse(text, record: record, content: content, today: today)
      return nil
    } catch {
      return error.message
    }
  }

  // MARK: - 1. Carried-over actions take their safe form

  @Test func aPlainActionTakesItsSafeFormOnceASafetyConcernIsRecorded() throws {
    var record = try record(safety: "no")
    let contacted = try item("contacted")
    record.actions = [
      AgreedAction(
        what: contacted.next, man: "Father", owner: "Health visitor", due: today,
        item: contacted.id),
      AgreedAction(what: "Phone him about the visit", man: "Father", owner: "GP", due: today),
      AgreedAction(
        what: contacted.next, man: "Father", owner: "GP", due: today, item: contacted.id,
        state: .done(on: today, note: nil)),
    ]
    #expect(record.bringActionsToSafeWording(content: content).isEmpty, "no safety condition")
    try record.apply(SetAssignment(parsing: "Father.safety=yes"), content: content)
    let changes = record.bringActionsToSafeWording(content: content)
    #expect(
      changes == [
        ActionWordingChange(
          number: 1, kind: .safeForm, safetyRecorded: true,
          recordedWords: "a safety concern is recorded"),
        ActionWordingChange(
          number: 2, kind: .ownWords, safetyRecorded: true,
          recordedWords: "a safety concern is recorded"),
      ])
    #expect(
      changes[0].sessionLine
        == "Action 1's wording is now its safe form: a safety concern is recorded.")
    #expect(changes[1].sessionLine.contains("look at it again"))
    #expect(!changes[1].scriptNote.contains("Phone him"), "a note never repeats the words")
    #expect(record.actions[0].what == contacted.next(safetyConditionHolds: true).advice)
    #expect(record.actions[1].what == "Phone him about the visit", "own words never rewritten")
    #expect(record.actions[1].sensitive)
    #expect(record.actions[2].what == contacted.next, "a done action says what happened")
    #expect(record.bringActionsToSafeWording(content: content).isEmpty, "said once")
  }

  @Test func aReReviewThatRecordsAConcernGivesCarriedActionsTheirSafeForm() throws {
    var earlier = try record(safety: "no")
    earlier.id = "0123456789abcdef0123456789abcdef"
    earlier.actions = [try action("contacted|Father|Health visitor|in 2 weeks", in: earlier)]
    let contacted = try item("contacted")
    #expect(earlier.actions[0].what == contacted.next)
    var again = ReviewRecord.again(
      from: earlier, id: "fedcba9876543210fedcba9876543210", keepEarlier: true)
    try again.apply(SetAssignment(parsing: "Father.safety=yes"), content: content)
    // A record saved before the rule: its outputs already show the safe form.
    let report = GapAnalysis.report(for: again, content: content, today: today)
    #expect(report.actions[0].what == contacted.next(safetyConditionHolds: true).advice)
    // Markdown does not wrap lines, so the plain step would show whole.
    let text = GapReportRenderer(content: content).render(report, as: .markdown)
    #expect(!text.contains(contacted.next))
    #expect(text.contains(contacted.next(safetyConditionHolds: true).advice))
    let sheet = ReflectionSheet.filled(record: again, content: content, today: today)
    let sheetText = String(
      decoding: SheetRenderer().render(sheet, as: .markdown).bytes, as: UTF8.self)
    #expect(!sheetText.contains(contacted.next))
    var list = ActionList(today: today)
    list.add(again, file: "r.json", content: content)
    #expect(list.entries.first?.action.what == contacted.next(safetyConditionHolds: true).advice)
    #expect(again.bringActionsToSafeWording(content: content).map(\.number) == [1])
  }

  // MARK: - 2. Scripted actions take the gap report's exact step

  @Test func everyItemAndManTakesTheGapReportsStep() throws {
    for safety in ["no", "yes"] {
      let record = try record(safety: safety)
      let gaps = GapAnalysis.report(for: record, content: content, includeSensitive: true).gaps
      let safe = safety == "yes"
      for (id, man) in [
        ("contacted", "Father"), ("contacted", "case"), ("men-in-plans", "case"),
      ] {
        let item = try item(id)
        let agreed = try action("\(id)|\(man)|Health visitor|in 1 week", in: record)
        #expect(agreed.item == id)
        #expect(
          agreed.what == item.next(safetyConditionHolds: safe).advice,
          "\(id) for \(man), safety \(safety)")
        // Where the gap report has this step for that man or the case, the words are its words.
        let label: String? = man == "case" ? nil : man
        if let gap = gaps.first(where: { $0.item.id == id && $0.man == label }) {
          #expect(agreed.what == gap.advice.advice)
        }
      }
    }
  }

  @Test func aCaseLevelItemIsAgreedForTheCaseAndRefusedForAMan() throws {
    // Two men: a concern about the second plans the case's steps for safety.
    var record = try record(safety: "no", men: ["Father", "Partner"])
    try record.apply(SetAssignment(parsing: "Partner.safety=yes"), content: content)
    let plans = try item("men-in-plans")
    let agreed = try action("men-in-plans||Social worker|in 1 week", in: record)
    #expect(agreed.what == plans.next(safetyConditionHolds: true).advice)
    #expect(agreed.man == nil)
    for typed in ["men-in-plans|Father", "supervision|1", "Practitioner-Fear|Partner"] {
      let message = try #require(problem("\(typed)|Social worker|in 1 week", in: record))
      #expect(message.contains("is about the case, not about one man"), "\(typed)")
      #expect(message.contains("leave FOR empty"))
    }
    let contacted = try action("contacted|Father|Social worker|in 1 week", in: record)
    #expect(contacted.what == (try item("contacted")).next, "his own step: no concern for him")
  }

  // MARK: - 3. Mistyped ids

  @Test func aMistypedIdIsRefusedAndOwnWordsAreKept() throws {
    let record = try record(safety: "no")
    let typo = try #require(problem("contaced|Father|GP|in 1 week", in: record))
    #expect(typo.contains("looks like a checklist item's id but is none"))
    #expect(typo.contains("'contacted'"))
    #expect(typo.contains("in your own words, with spaces"))
    #expect(
      problem("agency-chekcs|Father|GP|in 1 week", in: record)?.contains("'agency-checks'") == true)
    #expect(problem("call-him-first|Father|GP|in 1 week", in: record) != nil)
    #expect(try action("Contact him directly|Father|GP|in 1 week", in: record).item == nil)
    #expect(try action("Phone|Father|GP|in 1 week", in: record).what == "Phone")
    // However the id is typed (capitals, '_', a dash, a full stop after it): that item.
    for typed in [
      "Agency-Checks", "AGENCY-CHECKS", "agency_checks", "agency\u{2013}checks",
      "agency\u{2014}checks", "Agency-checks.", "contacted.",
    ] {
      let item = try action("\(typed)|Father|GP|in 1 week", in: record).item
      #expect(item == (typed == "contacted." ? "contacted" : "agency-checks"), "\(typed)")
    }
    // And a near miss so typed is refused, as in lower case.
    for typed in ["Agency-Chekcs", "AGENCY_CHEKCS", "Contaced.", "Plans"] {
      #expect(problem("\(typed)|Father|GP|in 1 week", in: record) != nil, "\(typed)")
    }
    // A short word one edit from no id stays the practitioner's own words.
    for typed in ["Man", "Call", "Meet"] {
      #expect(try action("\(typed)|Father|GP|in 1 week", in: record).what == typed)
    }
  }

  // MARK: - 4. A man no longer in the baby's life

  @Test func aManNoLongerInTheBabysLifeTakesNoActionAndNoAnswer() throws {
    var record = try record(safety: "no", men: ["Father", "Partner"])
    let marked = record.markNoLongerInBabysLife("Father", on: today)
    #expect(marked)
    for who in ["Father", "1", "father"] {
      let message = try #require(problem("Phone the GP|\(who)|GP|in 1 week", in: record))
      #expect(message.contains("\"Father\" is recorded as no longer in the baby's life"))
    }
    #expect(try action("Phone the GP|Partner|GP|in 1 week", in: record).man == "Partner")
    for set in ["Father.contacted=yes", "1.plan=no", "father.lives-with-baby=yes"] {
      var copy = record
      #expect(throws: DataError.self) {
        try copy.apply(SetAssignment(parsing: set), content: content)
      }
    }
    #expect(record.men[0].answers["contacted"]?.value == .no, "unchanged")
  }

  @Test func theGuidedReviewAgreesNoActionForAManNoLongerInTheBabysLife() throws {
    var record = try record(safety: "no", men: ["Father", "Partner"])
    try record.apply(SetAssignment(parsing: "Partner.contacted=no"), content: content)
    let marked = record.markNoLongerInBabysLife("Father", on: today)
    #expect(marked)
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .review
    _ = session.handle("")
    #expect(session.actionChoices.allSatisfy { $0.man != "Father" }, "none of his steps offered")
    _ = session.handle("1")
    _ = session.handle("")
    #expect(session.step == .actionFor)
    for typed in ["1", "Father"] {
      let refused = session.handle(typed)
      #expect(refused.message?.contains("no longer in the baby's life") == true)
      #expect(session.step == .actionFor)
    }
    _ = session.handle("2")
    #expect(session.step == .actionOwner)
  }

  @Test func theGuidedReviewEndsSayingWhichActionsChanged() throws {
    var record = try record(safety: "yes")
    let contacted = try item("contacted")
    record.actions = [
      AgreedAction(
        what: contacted.next, man: "Father", owner: "GP", due: today, item: contacted.id)
    ]
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .review
    _ = session.handle("")
    let end = session.handle("")
    #expect(end.event == .finished)
    #expect(end.message == "Action 1's wording is now its safe form: a safety concern is recorded.")
    #expect(session.record.actions[0].what == contacted.next(safetyConditionHolds: true).advice)
  }

  // MARK: - 5. Bars, a man labelled "Case", a done action without a note

  @Test func aBackslashWritesABarOrABackslash() throws {
    let record = try record(safety: "no")
    let agreed = try action(#"Ask GP \| midwife, path a\\b, c\d|case|GP|in 1 week"#, in: record)
    #expect(agreed.what == #"Ask GP | midwife, path a\b, c\d"#)
    #expect(agreed.man == nil)
    #expect(ActionAssignment.parts(#"a\|b|c\"#) == [#"a|b"#, #"c\"#])
  }

  @Test func caseNamesNeitherWhereAManIsLabelledSo() throws {
    let plain = try record(safety: "no")
    #expect(try action("Call|case|GP|in 1 week", in: plain).man == nil)
    let labelled = try record(safety: "no", men: ["Father", "Case"])
    let message = try #require(problem("Call|case|GP|in 1 week", in: labelled))
    #expect(message.contains("could mean the case or the man labelled so; give 2 for him"))
    #expect(try action("Call|2|GP|in 1 week", in: labelled).man == "Case")
    #expect(try action("Call||GP|in 1 week", in: labelled).man == nil)
    // The guided review tells them apart by number.
    var session = ReviewSession(record: labelled, content: content, today: today)
    session.step = .review
    _ = session.handle("")
    _ = session.handle("1")
    _ = session.handle("")
    let refused = session.handle("case")
    #expect(refused.message == "Type 2 for the man labelled Case, or 3 for the case as a whole.")
    #expect(session.step == .actionFor)
    _ = session.handle("3")
    #expect(session.actionDraft?.man == nil)
  }

  @Test func aDoneActionWithoutANoteHasNone() throws {
    let record = try TestContent.record(
      """
      {"format": "seen-review/5", "men": [], "answers": {}, "actions": [
        {"what": "Call the GP", "owner": "GP", "due": "2026-12-01", "state": "done",
         "done": "2026-12-02"},
        {"what": "Call the GP", "owner": "GP", "due": "2026-12-01", "state": "done",
         "done": "2026-12-02", "note": "  "}]}
      """)
    let done = AgreedAction.State.done(on: try #require(ISODate("2026-12-02")), note: nil)
    #expect(record.actions.map(\.state) == [done, done])
    #expect(GapReport.actionState(record.actions[0], today: today) == "done 2026-12-02")
  }
}
