import XCTest

@testable import SeenKit

/// The guided review driven by scripted lines, as the terminal would drive it.
final class ReviewSessionTests: XCTestCase {
  let content = TestContent.bundled
  /// The date the command line would pass in; the session never reads a clock.
  let today = ISODate(year: 2026, month: 12, day: 2)!

  /// Feeds lines and returns the outcomes.
  @discardableResult
  private func feed(_ session: inout ReviewSession, _ lines: [String]) -> [ReviewSession.Outcome] {
    lines.map { session.handle($0) }
  }

  private var manItemCount: Int { content.items(scope: .man).count }
  private var caseItemCount: Int { content.items(scope: .case).count }

  /// The lines before the first man's label: confidence, role (Enter skips it), case reference,
  /// date (Enter gives today's).
  private func opening(_ reference: String = "HV-1", confidence: String = "3") -> [String] {
    [confidence, "", reference, ""]
  }
  /// The opening, then label, relationship, lives with the baby, another man?
  private var setup: [String] { opening() + ["", "1", "y", "n"] }
  /// The steps before the first man's items.
  private var setupSteps: Int { setup.count }
  /// The reflective questions asked near the end (the first is asked at the start, with its scale).
  private var laterReflections: Int { content.questions.count - 1 }

  /// One line for each step of a scope, with the item it answers (nil for what he brings):
  /// `practice` for practice items, `known` for what you know, `condition` for the safety
  /// questions, `strengths` for what he brings (asked after his views).
  private func steps(
    _ scope: ChecklistItem.Scope, practice: String = "y", known: String = "a",
    condition: String = "n", strengths: String = ""
  ) -> [(id: String?, line: String)] {
    content.items(scope: scope).flatMap { item -> [(id: String?, line: String)] in
      let line: String
      switch item.kind {
      case .practice: line = practice
      case .knowledge: line = known
      case .condition: line = condition
      }
      return scope == .man && item.id == ReviewSession.strengthsFollow
        ? [(item.id, line), (nil, strengths)] : [(item.id, line)]
    }
  }

  private func lines(
    _ scope: ChecklistItem.Scope, practice: String = "y", known: String = "a",
    condition: String = "n", strengths: String = ""
  ) -> [String] {
    steps(scope, practice: practice, known: known, condition: condition, strengths: strengths)
      .map(\.line)
  }

  /// A man's lines from his first item up to the item `id`.
  private func lines(before id: String) -> [String] {
    Array(steps(.man).prefix { $0.id != id }.map(\.line))
  }

  func testAWholeReviewOfOneMan() {
    var session = ReviewSession(content: content, today: today)
    let answers =
      setup + lines(.man) + lines(.case, practice: "p")
      + Array(repeating: "", count: laterReflections) + [""]
    let outcomes = feed(&session, answers)
    XCTAssertLessThan(answers.count, 50)
    XCTAssertEqual(outcomes.last?.event, .finished)
    XCTAssertEqual(session.record.caseReference, "HV-1")
    XCTAssertEqual(session.record.confidence, .somewhat)
    XCTAssertEqual(session.record.men.map(\.label), ["Father"])
    XCTAssertEqual(session.record.men[0].relationship, .birthFather)
    XCTAssertEqual(session.record.men[0].livesWithBaby, true)
    XCTAssertEqual(session.record.men[0].answers.count, manItemCount)
    XCTAssertEqual(session.record.men[0].answers["identified"], Answer(.yes))
    XCTAssertEqual(session.record.men[0].answers["impulsivity"], Answer(.absent))
    XCTAssertEqual(session.record.men[0].answers["safety"], Answer(.no))
    for item in content.items(scope: .case) {
      XCTAssertEqual(
        session.record.answers[item.id]?.value, item.kind == .condition ? .no : .partly, item.id)
    }
  }

  func testTwoMen() {
    var session = ReviewSession(content: content, today: today)
    feed(
      &session,
      opening("HV-2", confidence: "") + ["", "1", "n", "y", "Mother's partner", "2", "y", "n"])
    XCTAssertEqual(session.record.men.map(\.label), ["Father", "Mother's partner"])
    XCTAssertEqual(session.record.men[1].relationship, .partner)
    XCTAssertEqual(session.step, .item(man: 0, id: "identified"))
    feed(&session, lines(.man, practice: "n", known: "u", condition: "u"))
    XCTAssertEqual(session.step, .item(man: 1, id: "identified"))
  }

  func testNotesFollowAColon() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "n: he declined the visit: letter sent"])
    XCTAssertEqual(
      session.record.men[0].answers["contacted"],
      Answer(.no, note: "he declined the visit: letter sent"))
  }

  func testNotApplicableWithoutANoteAsksForTheReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    let asked = session.handle("x")
    XCTAssertEqual(asked.event, .unchanged)
    XCTAssertTrue(session.isAskingForReason)
    XCTAssert(session.prompt(width: 80).contains("Why does it not apply?"))
    XCTAssertEqual(session.handle("Baby in foster care, father not in contact").event, .changed)
    XCTAssertEqual(
      session.record.men[0].answers["identified"],
      Answer(.na, note: "Baby in foster care, father not in contact", reason: .other))
    XCTAssertEqual(session.step, .item(man: 0, id: "safety"))
  }

  func testNotApplicableForSafetyIsAStructuredReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y", "x"])
    XCTAssertTrue(session.isAskingForReason)
    XCTAssert(session.prompt(width: 80).contains("s contact must be planned for safety"))
    XCTAssertEqual(session.handle("s: non-molestation order").event, .changed)
    XCTAssertEqual(
      session.record.men[0].answers["contacted"],
      Answer(.na, note: "non-molestation order", reason: .safety))
    // Given at once after a colon, the reason needs no second prompt.
    _ = session.handle("b")
    _ = session.handle("x: moved away")
    XCTAssertEqual(session.record.men[0].answers["contacted"], Answer(.na, reason: .movedAway))
    XCTAssertFalse(session.isAskingForReason)
  }

  func testDomesticAbuseIsNeverNotApplicable() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "domestic-abuse"))
    XCTAssertEqual(session.step, .item(man: 0, id: "domestic-abuse"))
    XCTAssertFalse(session.prompt(width: 200).contains("x not applicable"))
    let outcome = session.handle("x: mother says no DA")
    XCTAssertEqual(outcome.event, .unchanged)
    XCTAssert(outcome.message?.contains("not yet is not") == true)
    XCTAssertNil(session.record.men[0].answers["domestic-abuse"])
    XCTAssertEqual(session.step, .item(man: 0, id: "domestic-abuse"))
  }

  func testHelpGivesTheSafeFormOnceASafetyConcernIsRecorded() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y"])
    let help = session.handle("?").message ?? ""
    XCTAssert(help.contains("If it is a gap (planned for safety):"), help)
    XCTAssert(help.contains(content.item("contacted")!.safeNext!.advice))
  }

  func testNotApplicableReasonMayBeLeftEmptyAsAGap() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["x"])
    let outcome = session.handle("")
    XCTAssertEqual(session.record.men[0].answers["identified"], Answer(.na))
    XCTAssert(outcome.message?.contains("gap") == true)
  }

  func testBackCanBeUsedWhileAskingForAReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "x"])
    XCTAssertTrue(session.isAskingForReason)
    _ = session.handle("b")
    XCTAssertFalse(session.isAskingForReason)
    XCTAssertEqual(session.step, .item(man: 0, id: "safety"))
  }

  func testBackGoesOneStepAndEnterKeepsTheAnswer() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "n"])
    XCTAssertEqual(session.step, .item(man: 0, id: "views"))
    _ = session.handle("b")
    XCTAssertEqual(session.step, .item(man: 0, id: "contacted"))
    XCTAssert(session.prompt(width: 80).contains("now: no"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.men[0].answers["contacted"], Answer(.no))
    XCTAssertEqual(session.step, .item(man: 0, id: "views"))
  }

  func testBackAtTheFirstQuestionSaysSo() {
    var session = ReviewSession(content: content, today: today)
    XCTAssertEqual(session.handle("b").message, "This is the first question.")
    XCTAssertEqual(session.step, .confidence)
  }

  func testConfidenceIsAskedFirstOnTheFivePointScale() {
    var session = ReviewSession(content: content, today: today)
    XCTAssert(session.prompt(width: 80).contains("How confident are you in your work with men?"))
    XCTAssert(session.prompt(width: 80).contains("1 not at all confident"))
    XCTAssertNotNil(session.handle("6").message)
    XCTAssertEqual(session.step, .confidence)
    XCTAssertEqual(session.handle("4: more since the training").event, .changed)
    XCTAssertEqual(session.record.confidence, .very)
    XCTAssertEqual(session.record.reflections["confidence"], "more since the training")
    XCTAssertEqual(session.step, .role)
    XCTAssertFalse(session.steps.contains(.reflection("confidence")), "not asked twice")
  }

  func testGarbageIsAnsweredWithWhatIsAllowedAndTheSamePrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    let outcome = session.handle("perhaps")
    XCTAssertEqual(outcome.event, .unchanged)
    XCTAssert(
      outcome.message?.contains("d done, p partly, n not yet, x not applicable") == true)
    XCTAssertEqual(session.step, .item(man: 0, id: "identified"))
    // Knowledge items have their own letters.
    feed(&session, lines(before: "childhood-adversity"))
    XCTAssert(
      session.handle("q?").message?.contains("p present, a none found so far, u don't know")
        == true)
    XCTAssertEqual(session.handle("p").event, .changed)
    XCTAssertEqual(session.record.men[0].answers["childhood-adversity"], Answer(.present))
  }

  func testHelpExplainsWhyNextAndSource() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n"])
    let help = session.handle("?")
    XCTAssertEqual(help.event, .unchanged)
    let text = help.message ?? ""
    XCTAssert(text.contains("Why it matters:"))
    XCTAssert(text.contains("Myth of Invisible Men, "))
    // "No" to the safety question, but the mother not yet asked alone: the safe form.
    XCTAssert(text.contains("If it is a gap (planned for safety):"))
    XCTAssertEqual(session.step, .item(man: 0, id: "contacted"))
  }

  func testQuitAtAnyPrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y"])
    XCTAssertEqual(session.handle("q").event, .quit)
    XCTAssertEqual(session.record.men[0].answers["identified"], Answer(.yes))
  }

  func testProgressIsShownOnEveryPrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y", "y"])
    XCTAssert(session.prompt(width: 80).contains("[Father · 4 of \(manItemCount)] Tier"))
    feed(&session, Array(lines(before: "childhood-adversity").dropFirst(3)))
    let position = content.items(scope: .man).firstIndex { $0.id == "childhood-adversity" }! + 1
    XCTAssert(
      session.prompt(width: 80).contains(
        "[Father · \(position) of \(manItemCount)] His own history: what did you find?"))
  }

  func testReviewScreenChangesAnyAnswerAndReturns() {
    var session = ReviewSession(content: content, today: today)
    let all =
      setup + lines(.man) + lines(.case) + Array(repeating: "", count: laterReflections)
    feed(&session, all)
    XCTAssertEqual(session.step, .review)
    let screen = session.prompt(width: 80)
    XCTAssert(screen.contains("Your answers"))
    XCTAssert(screen.contains("Father: Contacted directly: done"))
    XCTAssert(screen.contains("Father: Parenting he received: none found so far"))
    XCTAssert(screen.contains("Father: Safety concern: no"))
    let number = session.reviewEntries.firstIndex { $0.step == .item(man: 0, id: "contacted") }! + 1
    _ = session.handle(String(number))
    XCTAssertEqual(session.step, .item(man: 0, id: "contacted"))
    _ = session.handle("p: only by phone")
    XCTAssertEqual(session.step, .review)
    XCTAssertEqual(
      session.record.men[0].answers["contacted"], Answer(.partly, note: "only by phone"))
    XCTAssertEqual(session.handle("999").event, .unchanged)
    XCTAssertEqual(session.handle("").event, .finished)
  }

  func testResumingStartsAtTheFirstUnansweredItem() throws {
    var record = try TestContent.example("two-men")
    // The safety question was added after this record was written: it comes first.
    XCTAssertEqual(
      ReviewSession(resuming: record, content: content, today: today).step,
      .item(man: 0, id: "safety"))
    record.men[0].answers["safety"] = Answer(.no)
    XCTAssertEqual(
      ReviewSession(resuming: record, content: content, today: today).step,
      .item(man: 0, id: "abuse-experienced")
    )
    for index in record.men.indices {
      for item in content.items(scope: .man) where record.men[index].answers[item.id] == nil {
        record.men[index].answers[item.id] = Answer(.unknown)
      }
    }
    for item in content.items(scope: .case) where record.answers[item.id] == nil {
      record.answers[item.id] = Answer(.unknown)
    }
    XCTAssertEqual(ReviewSession(resuming: record, content: content, today: today).step, .review)
    XCTAssertEqual(
      ReviewSession(resuming: ReviewRecord(), content: content, today: today).step, .confidence)
  }

  func testTypedTextIsStrippedOfEscapeSequences() {
    var session = ReviewSession(content: content, today: today)
    feed(
      &session,
      opening("HV\u{1B}[31m-9\u{1B}]0;x\u{07}", confidence: "")
        + ["Dad\u{1B}[2J", "1", "y", "n", "n: note\u{1B}[1m here"])
    XCTAssertEqual(session.record.caseReference, "HV-9")
    XCTAssertEqual(session.record.men[0].label, "Dad")
    XCTAssertEqual(session.record.men[0].answers["identified"], Answer(.no, note: "note here"))
  }

  func testLabelsMustBeDistinctWords() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, opening("", confidence: "") + ["", "1", "y", "y"])
    XCTAssert(session.handle("father").message?.contains("already labelled") == true)
    XCTAssert(session.handle("2").message?.contains("needs words") == true)
    XCTAssertEqual(session.step, .manLabel(1))
    _ = session.handle("Man B")
    XCTAssertEqual(session.record.men.map(\.label), ["Father", "Man B"])
  }

  func testEveryPromptFitsANarrowTerminal() {
    var session = ReviewSession(content: content, today: today)
    var prompts = 0
    while session.step != .review && prompts < 60 {
      for line in session.prompt(width: 50).split(separator: "\n") {
        XCTAssert(line.count <= 50 || !line.contains(" "), "too wide: \(line)")
      }
      if case .item(_, let id) = session.step {
        _ = session.handle(content.item(id)?.kind == .practice ? "n" : "u")
      } else if case .manStrengths = session.step {
        _ = session.handle("Gives the evening feed")
      } else if case .manRelationship = session.step {
        _ = session.handle("5")
      } else {
        _ = session.handle("")
      }
      prompts += 1
    }
    XCTAssertEqual(session.step, .review)
    XCTAssertEqual(prompts, setupSteps + manItemCount + 1 + caseItemCount + laterReflections)
  }
}

extension ReviewSessionTests {
  /// "n" out of habit on a what-you-know question would record "known absent" and hide a gap,
  /// so only the letters shown are taken there.
  func testYesAndNoAreNotTakenForWhatYouKnow() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "childhood-adversity"))
    XCTAssertEqual(session.step, .item(man: 0, id: "childhood-adversity"))
    for habit in ["y", "n", "yes", "no", "N"] {
      let outcome = session.handle(habit)
      XCTAssertEqual(outcome.event, .unchanged, habit)
      XCTAssert(
        outcome.message?.contains("p present, a none found so far, u don't know") == true, habit)
      XCTAssertFalse(
        outcome.message?.contains("letter sent") == true, "a practice example on a knowledge item")
    }
    XCTAssertNil(session.record.men[0].answers["childhood-adversity"])
  }
}

extension ReviewSessionTests {
  func testRelationshipOffersBirthFatherFirstAndAssumesNone() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, opening("HV-3", confidence: "") + [""])
    XCTAssertEqual(session.step, .manRelationship(0))
    let prompt = session.prompt(width: 200)
    XCTAssert(
      prompt.contains(
        "1 birth father, 2 mother's current partner (not the father), 3 mother's ex-partner, "
          + "4 other male carer or relative, 5 not known"), prompt)
    XCTAssertFalse(prompt.contains("now:"), "nothing is assumed for a new man")
    XCTAssertFalse(prompt.contains("step-father"), "no longer offered")
    let enter = session.handle("")
    XCTAssertEqual(enter.event, .unchanged)
    XCTAssert(enter.message?.contains("Choose one") == true)
    XCTAssertEqual(session.step, .manRelationship(0))
    XCTAssertEqual(session.handle("step-father").event, .unchanged)
    XCTAssertEqual(session.handle("3").event, .changed)
    XCTAssertEqual(session.record.men[0].relationship, .exPartner)
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("now: mother's ex-partner"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.men[0].relationship, .exPartner)
    XCTAssertEqual(session.step, .manLivesWithBaby(0))
  }

  func testAnOlderRecordsStepFatherIsShownAndKept() {
    let record = ReviewRecord(men: [ManRecord(label: "Man A", relationship: .stepFather)])
    var session = ReviewSession(record: record, content: content, today: today)
    feed(&session, opening("", confidence: "") + [""])
    XCTAssertEqual(session.step, .manRelationship(0))
    XCTAssert(session.prompt(width: 80).contains("now: step-father"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.men[0].relationship, .stepFather)
  }
}

extension ReviewSessionTests {
  func testRoleIsChosenFromTheContentsListOrTyped() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, [""])
    XCTAssertEqual(session.step, .role)
    let prompt = session.prompt(width: 200)
    XCTAssert(
      prompt.contains(
        "1 Midwife, 2 Health visitor, 3 Social worker, 4 GP, 5 Family support worker, "
          + "6 other: type it"), prompt)
    XCTAssertEqual(session.handle("2").event, .changed)
    XCTAssertEqual(session.record.role, "Health visitor")
    for (typed, stored) in [
      ("  SOCIAL   worker ", "Social worker"), ("gp", "GP"), ("6: school nurse", "school nurse"),
      ("other: Perinatal\u{1B}[31m mental health nurse", "Perinatal mental health nurse"),
      ("Community midwife", "Community midwife"),
    ] {
      _ = session.handle("b")
      XCTAssertEqual(session.step, .role)
      XCTAssertEqual(session.handle(typed).event, .changed, typed)
      XCTAssertEqual(session.record.role, stored, typed)
    }
    _ = session.handle("b")
    for refused in ["6", "other", "9", "6:  "] {
      XCTAssertEqual(session.handle(refused).event, .unchanged, refused)
      XCTAssertEqual(session.step, .role, refused)
    }
    XCTAssert(session.handle("6").message?.contains("your own words") == true)
    XCTAssertEqual(session.handle("").event, .unchanged, "Enter keeps the role")
    XCTAssertEqual(session.record.role, "Community midwife")
    XCTAssertEqual(session.step, .caseReference)
  }

  func testRoleIsNormalisedTheSameWayEverywhere() throws {
    XCTAssertEqual(content.normalisedRole("health visitor"), "Health visitor")
    XCTAssertEqual(content.normalisedRole(" Family  Support worker\n"), "Family support worker")
    XCTAssertEqual(content.normalisedRole("Other: school nurse"), "school nurse")
    XCTAssertNil(content.normalisedRole(" \u{07} "))
    XCTAssertNil(content.normalisedRole("other"))
    let record = try TestContent.record(#"{"role": "social WORKER"}"#)
    XCTAssertEqual(record.role, "Social worker", "older records read through the same list")
    var set = ReviewRecord()
    try set.apply(SetAssignment(parsing: "role=HEALTH VISITOR"), content: content)
    XCTAssertEqual(set.role, "Health visitor")
    try set.apply(SetAssignment(parsing: "role=other: Nursery nurse"), content: content)
    XCTAssertEqual(set.role, "Nursery nurse")
    XCTAssertThrowsError(try set.apply(SetAssignment(parsing: "role=other"), content: content))
  }
}

extension ReviewSessionTests {
  func testDateIsTodayUnlessAnotherValidDateIsTyped() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, ["", "", "HV-4"])
    XCTAssertEqual(session.step, .date)
    XCTAssert(session.prompt(width: 80).contains("Enter for 2026-12-02:"))
    XCTAssertEqual(session.handle("").event, .changed, "Enter accepts today")
    XCTAssertEqual(session.record.date, "2026-12-02")
    XCTAssertEqual(session.step, .manLabel(0))
    _ = session.handle("b")
    for typed in ["2026-02-30", "2025-02-29", "2026-2-3", "02/12/2026", "yesterday", "2026-13-01"] {
      let outcome = session.handle(typed)
      XCTAssertEqual(outcome.event, .unchanged, typed)
      XCTAssert(
        outcome.message?.contains(
          "is not a date: type a real day as year-month-day, such as 2026-12-02")
          == true, typed)
      XCTAssertEqual(session.step, .date, typed)
    }
    XCTAssertEqual(session.handle(" 2024-02-29 ").event, .changed)
    XCTAssertEqual(session.record.date, "2024-02-29")
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("Enter for 2024-02-29:"))
    XCTAssertEqual(session.handle("").event, .unchanged, "Enter keeps the date given")
    XCTAssertEqual(session.record.date, "2024-02-29")
  }

  func testADateFromTheRecordIsKept() {
    var session = ReviewSession(
      record: ReviewRecord(date: "14 October 2026"), content: content, today: today)
    feed(&session, ["", "", ""])
    XCTAssert(session.prompt(width: 80).contains("Enter for 14 October 2026:"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.date, "14 October 2026")
  }

  func testISODates() {
    XCTAssertEqual(ISODate("2026-12-02")?.description, "2026-12-02")
    XCTAssertEqual(ISODate(year: 987, month: 1, day: 9)?.description, "0987-01-09")
    XCTAssertEqual(ISODate("2000-02-29")?.day, 29)
    for bad in ["1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "20261202", "2026-1-02"] {
      XCTAssertNil(ISODate(bad), bad)
    }
  }
}

extension ReviewSessionTests {
  func testWhatHeBringsIsAskedRightAfterHisViews() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "history").dropLast())
    XCTAssertEqual(session.step, .manStrengths(0))
    let prompt = session.prompt(width: 200)
    XCTAssert(prompt.contains("[Father] What he brings"), prompt)
    XCTAssert(prompt.contains("What does he bring to the baby's care?"), prompt)
    XCTAssert(prompt.contains("Enter to skip"), prompt)
    XCTAssertFalse(prompt.contains("now:"))
    XCTAssert(session.handle("?").message?.contains("never a gap") == true)
    XCTAssertEqual(
      session.handle("Gives the evening feed\u{1B}[2J: came to the scan").event, .changed)
    XCTAssertEqual(session.record.men[0].strengths, "Gives the evening feed: came to the scan")
    XCTAssertEqual(session.step, .item(man: 0, id: "history"))
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("now: Gives the evening feed: came to the scan"))
    XCTAssertEqual(session.handle("").event, .unchanged, "Enter keeps it")
    XCTAssertEqual(session.record.men[0].strengths, "Gives the evening feed: came to the scan")
    // On the review screen, and changed from it.
    feed(
      &session,
      Array(lines(.man).dropFirst(lines(before: "history").count))
        + lines(.case) + Array(repeating: "", count: laterReflections))
    XCTAssertEqual(session.step, .review)
    XCTAssert(
      session.prompt(width: 200).contains(
        "Father: What he brings: Gives the evening feed: came to the scan"))
    let number = session.reviewEntries.firstIndex { $0.step == .manStrengths(0) }! + 1
    _ = session.handle(String(number))
    XCTAssertEqual(session.step, .manStrengths(0))
    _ = session.handle("Comes to every health visit")
    XCTAssertEqual(session.step, .review)
    XCTAssertEqual(session.record.men[0].strengths, "Comes to every health visit")
  }

  func testSkippingWhatHeBringsLeavesItEmpty() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(.man))
    XCTAssertNil(session.record.men[0].strengths)
    XCTAssertEqual(session.record.men[0].answers.count, manItemCount)
  }
}

/// Answers that read as answers to their own question, and what was found asked straight after
/// the exploration it follows.
extension ReviewSessionTests {
  func testPracticeItemsOfferDonePartlyNotYet() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    XCTAssertEqual(session.step, .item(man: 0, id: "identified"))
    XCTAssert(
      session.prompt(width: 200).contains("\nd done, p partly, n not yet, x not applicable\n"))
    for notKnown in ["u", "unknown", "not known", "Don't know"] {
      let outcome = session.handle(notKnown)
      XCTAssertEqual(outcome.event, .unchanged, notKnown)
      XCTAssert(outcome.message?.contains("\"not known\" is not an answer here") == true, notKnown)
    }
    XCTAssertNil(session.record.men[0].answers["identified"])
    for (typed, stored) in [
      ("d", AnswerValue.yes), ("done", .yes), ("y", .yes), ("p", .partly), ("n", .no),
      ("not yet", .no),
    ] {
      XCTAssertEqual(session.handle(typed).event, .changed, typed)
      XCTAssertEqual(session.record.men[0].answers["identified"]?.value, stored, typed)
      _ = session.handle("b")
    }
    _ = session.handle("d: from the birth registration")
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("now: done (from the birth registration)"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    // Where "not applicable" is refused, it is not offered.
    feed(&session, Array(lines(before: "domestic-abuse").dropFirst()))
    XCTAssertEqual(session.step, .item(man: 0, id: "domestic-abuse"))
    XCTAssert(session.prompt(width: 200).contains("\nd done, p partly, n not yet\n"))
  }

  func testAnOlderRecordsNotKnownPracticeAnswerStillReads() {
    let record = ReviewRecord(
      men: [ManRecord(label: "Father", answers: ["identified": Answer(.unknown)])])
    var session = ReviewSession(resuming: record, content: content, today: today)
    _ = session.handle("b")
    XCTAssertEqual(session.step, .item(man: 0, id: "identified"))
    XCTAssert(session.prompt(width: 80).contains("now: not known"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.men[0].answers["identified"], Answer(.unknown))
  }

  func testWhatWasFoundFollowsItsExplorationWithDontKnowByDefault() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "substance-use"))
    XCTAssertEqual(session.handle("n: not asked yet").event, .changed)
    XCTAssertEqual(session.step, .item(man: 0, id: "substance-misuse"))
    let prompt = session.prompt(width: 200)
    XCTAssert(prompt.contains("] Substance use explored: what did you find?\n"), prompt)
    XCTAssert(prompt.contains(content.item("substance-misuse")!.prompt), "its own statement")
    XCTAssert(prompt.contains("p present, a none found so far, u don't know (Enter: don't know)"))
    XCTAssert(session.handle("?").message?.contains("Enter records \"don't know\"") == true)
    XCTAssertEqual(session.handle("").event, .changed, "accepting the default")
    XCTAssertEqual(session.record.men[0].answers["substance-misuse"], Answer(.unknown))
    XCTAssertEqual(session.step, .item(man: 0, id: "mental-health"))

    // Domestic abuse "partly" checked: both of what it finds default to "don't know".
    feed(&session, ["d", "p", "p: police checked, MARAC not yet"])
    XCTAssertEqual(session.step, .item(man: 0, id: "violence-control"))
    XCTAssert(session.prompt(width: 200).contains("] Domestic abuse checked: what did you find?"))
    feed(&session, ["", ""])
    XCTAssertEqual(session.record.men[0].answers["violence-control"], Answer(.unknown))
    XCTAssertEqual(session.record.men[0].answers["abuse-experienced"], Answer(.unknown))
    XCTAssertEqual(session.step, .item(man: 0, id: "frustration"))

    // An exploration done: what it found is asked for, not assumed.
    XCTAssertEqual(session.handle("d").event, .changed)
    XCTAssertEqual(session.step, .item(man: 0, id: "impulsivity"))
    XCTAssertFalse(session.prompt(width: 200).contains("(Enter:"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertNil(session.record.men[0].answers["impulsivity"])

    // An answer given is kept by Enter, whatever the exploration.
    XCTAssertEqual(session.step, .item(man: 0, id: "pressures"))
    feed(&session, ["b", "b", "b"])
    XCTAssertEqual(session.step, .item(man: 0, id: "abuse-experienced"))
    XCTAssertEqual(session.handle("a").event, .changed)
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("now: none found so far"))
    XCTAssertFalse(session.prompt(width: 200).contains("(Enter:"))
    XCTAssertEqual(session.handle("").event, .unchanged)
    XCTAssertEqual(session.record.men[0].answers["abuse-experienced"], Answer(.absent))
  }

  func testConditionsKeepYesNoDontKnow() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["d"])
    XCTAssertEqual(session.step, .item(man: 0, id: "safety"))
    XCTAssert(session.prompt(width: 200).contains("\ny yes, n no, u don't know\n"))
    XCTAssertEqual(session.handle("d").event, .unchanged, "done is no answer to a condition")
    XCTAssertEqual(session.handle("dk").event, .changed)
    XCTAssertEqual(session.record.men[0].answers["safety"], Answer(.unknown))
    _ = session.handle("b")
    XCTAssert(session.prompt(width: 80).contains("now: don't know"))
  }

  func testEachWhatYouKnowItemFollowsTheExplorationThatNamesIt() {
    XCTAssertEqual(content.exploration(of: "substance-misuse")?.id, "substance-use")
    XCTAssertEqual(content.exploration(of: "young-parent")?.id, "history")
    XCTAssertEqual(content.exploration(of: "abuse-experienced")?.id, "domestic-abuse")
    XCTAssertNil(content.exploration(of: "history"))
    for item in content.items(scope: .man, kind: .practice) {
      for id in item.riskFactors {
        XCTAssertEqual(content.exploration(of: id)?.id, item.id, id)
      }
    }
  }
}

/// "Being a father" is asked about the birth father only.
extension ReviewSessionTests {
  func testWordingFollowsHisRelationship() throws {
    let views = try XCTUnwrap(content.item("views"))
    let plan = try XCTUnwrap(content.item("plan"))
    XCTAssert(views.prompt.contains("being a father"))
    XCTAssert(plan.prompt.contains("as a father"))
    for relationship in Relationship.allCases {
      let record = ReviewRecord(men: [ManRecord(label: "Man A", relationship: relationship)])
      var session = ReviewSession(record: record, content: content, today: today)
      feed(&session, opening() + ["", "", "", "n"] + lines(before: "views"))
      XCTAssertEqual(session.step, .item(man: 0, id: "views"), "\(relationship)")
      let asked = session.prompt(width: 300)
      XCTAssertEqual(
        asked.contains("being a father"), relationship == .birthFather, "\(relationship): \(asked)")
      feed(&session, Array(lines(.man).dropFirst(lines(before: "views").count).dropLast()))
      XCTAssertEqual(session.step, .item(man: 0, id: "plan"), "\(relationship)")
      XCTAssertEqual(
        session.prompt(width: 300).contains("as a father"), relationship == .birthFather,
        "\(relationship)")
    }
    XCTAssertEqual(views.prompt(for: nil), views.prompt)
    XCTAssertEqual(
      content.item("contacted")?.prompt(for: .partner), content.item("contacted")?.prompt)
  }
}

/// The question being asked never scrolls off an 80×24 terminal.
extension ReviewSessionTests {
  func testEveryQuestionFitsAn80By24Terminal() {
    let long = String(repeating: "a long note about what was done and when ", count: 40)
    var record = ReviewRecord(
      caseReference: String(repeating: "HV-0193 ", count: 30), role: long, date: "2026-11-18")
    record.confidence = .somewhat
    record.reflections = Dictionary(uniqueKeysWithValues: content.questions.map { ($0.id, long) })
    var man = ManRecord(label: "Mother's partner", relationship: .partner, strengths: long)
    for item in content.items(scope: .man) {
      man.answers[item.id] = Answer(item.kind == .knowledge ? .unknown : .no, note: long)
    }
    record.men = [man]
    for item in content.items(scope: .case) {
      record.answers[item.id] = Answer(item.kind == .condition ? .unknown : .partly, note: long)
    }
    var session = ReviewSession(record: record, content: content, today: today)
    var asked = 0
    while session.step != .review && asked < 80 {
      let prompt = session.prompt(width: 80)
      let rows = prompt.split(separator: "\n", omittingEmptySubsequences: false)
      XCTAssertLessThanOrEqual(rows.count, 24, "\(session.step):\n\(prompt)")
      XCTAssert(rows.allSatisfy { $0.count <= 80 }, "\(session.step):\n\(prompt)")
      if case .item(_, let id) = session.step {
        let question = content.item(id)!.prompt(for: .partner)
        XCTAssert(
          prompt.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(question),
          "the whole question: \(session.step)")
      }
      _ = session.handle("")
      asked += 1
    }
    XCTAssertEqual(session.step, .review)
    // The review screen is long; what it asks comes last, just above the cursor.
    let screen = session.prompt(width: 80).split(separator: "\n")
    XCTAssert(
      screen.suffix(3).joined(separator: " ").contains(
        "Type a number to change that answer, or press Enter to finish"), "\(screen.suffix(3))")
  }
}

extension ReviewSessionTests {
  func testALineLongerThanANoteIsRefusedAndNothingChanges() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n"])
    let long = "n: " + String(repeating: "a", count: Answer.maximumNoteLength)
    let outcome = session.handle(long)
    XCTAssertEqual(outcome.event, .unchanged)
    XCTAssert(
      outcome.message?.contains("longer than 10000 characters") == true,
      outcome.message ?? "no message")
    XCTAssertNil(session.record.men[0].answers["contacted"])
    XCTAssertEqual(session.handle("n: letter sent").event, .changed)
  }
}

extension ReviewSessionTests {
  /// Issue 13: the guided review cannot add a man beyond the most a record may hold, so that
  /// seen can read back what it saves.
  func testNoManIsAddedBeyondTheMost() {
    var record = ReviewRecord()
    record.men = (1...ReviewRecord.maximumMen).map { ManRecord(label: "M\($0)") }
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .addAnotherMan
    let outcome = session.handle("y")
    XCTAssertEqual(outcome.event, .unchanged)
    XCTAssert(
      outcome.message?.contains("seen reads at most 1000 in one review") == true,
      outcome.message ?? "no message")
    XCTAssertEqual(session.record.men.count, ReviewRecord.maximumMen)
    XCTAssertEqual(session.step, .addAnotherMan)
  }
}
