import Testing

@testable import SeenKit

/// The guided review driven by scripted lines, as the terminal would drive it.
@Suite struct ReviewSessionTests {
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

  @Test func aWholeReviewOfOneMan() {
    var session = ReviewSession(content: content, today: today)
    let answers =
      setup + lines(.man) + lines(.case, practice: "p")
      + Array(repeating: "", count: laterReflections) + ["", ""]
    let outcomes = feed(&session, answers)
    #expect(answers.count < 50)
    #expect(outcomes.last?.event == .finished)
    #expect(session.record.caseReference == "HV-1")
    #expect(session.record.confidence == .somewhat)
    #expect(session.record.men.map(\.label) == ["Father"])
    #expect(session.record.men[0].relationship == .birthFather)
    #expect(session.record.men[0].livesWithBaby == true)
    #expect(session.record.men[0].answers.count == manItemCount)
    #expect(session.record.men[0].answers["identified"] == Answer(.yes))
    #expect(session.record.men[0].answers["impulsivity"] == Answer(.absent))
    #expect(session.record.men[0].answers["safety"] == Answer(.no))
    for item in content.items(scope: .case) {
      #expect(
        session.record.answers[item.id]?.value == (item.kind == .condition ? .no : .partly),
        Comment(rawValue: item.id))
    }
  }

  @Test func twoMen() {
    var session = ReviewSession(content: content, today: today)
    feed(
      &session,
      opening("HV-2", confidence: "") + ["", "1", "n", "y", "Mother's partner", "2", "y", "n"])
    #expect(session.record.men.map(\.label) == ["Father", "Mother's partner"])
    #expect(session.record.men[1].relationship == .partner)
    #expect(session.step == .item(man: 0, id: "identified"))
    feed(&session, lines(.man, practice: "n", known: "u", condition: "u"))
    #expect(session.step == .item(man: 1, id: "identified"))
  }

  @Test func notesFollowAColon() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "n: he declined the visit: letter sent"])
    #expect(
      session.record.men[0].answers["contacted"]
        == Answer(.no, note: "he declined the visit: letter sent"))
  }

  @Test func notApplicableWithoutANoteAsksForTheReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    let asked = session.handle("x")
    #expect(asked.event == .unchanged)
    #expect(session.isAskingForReason)
    #expect(session.prompt(width: 80).contains("Why does it not apply?"))
    #expect(session.handle("Baby in foster care, father not in contact").event == .changed)
    #expect(
      session.record.men[0].answers["identified"]
        == Answer(.na, note: "Baby in foster care, father not in contact", reason: .other))
    #expect(session.step == .item(man: 0, id: "safety"))
  }

  @Test func notApplicableForSafetyIsAStructuredReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y", "x"])
    #expect(session.isAskingForReason)
    #expect(session.prompt(width: 80).contains("s contact must be planned for safety"))
    #expect(session.handle("s: non-molestation order").event == .changed)
    #expect(
      session.record.men[0].answers["contacted"]
        == Answer(.na, note: "non-molestation order", reason: .safety))
    // Given at once after a colon, the reason needs no second prompt.
    _ = session.handle("b")
    _ = session.handle("x: moved away")
    #expect(session.record.men[0].answers["contacted"] == Answer(.na, reason: .movedAway))
    #expect(!session.isAskingForReason)
  }

  @Test func domesticAbuseIsNeverNotApplicable() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "domestic-abuse"))
    #expect(session.step == .item(man: 0, id: "domestic-abuse"))
    #expect(!session.prompt(width: 200).contains("x not applicable"))
    let outcome = session.handle("x: mother says no DA")
    #expect(outcome.event == .unchanged)
    #expect(outcome.message?.contains("not yet is not") == true)
    #expect(session.record.men[0].answers["domestic-abuse"] == nil)
    #expect(session.step == .item(man: 0, id: "domestic-abuse"))
  }

  @Test func helpGivesTheSafeFormOnceASafetyConcernIsRecorded() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y"])
    let help = session.handle("?").message ?? ""
    #expect(help.contains("If it is a gap (planned for safety):"), Comment(rawValue: help))
    #expect(help.contains(content.item("contacted")!.safeNext!.advice))
  }

  @Test func notApplicableReasonMayBeLeftEmptyAsAGap() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["x"])
    let outcome = session.handle("")
    #expect(session.record.men[0].answers["identified"] == Answer(.na))
    #expect(outcome.message?.contains("gap") == true)
  }

  @Test func backCanBeUsedWhileAskingForAReason() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "x"])
    #expect(session.isAskingForReason)
    _ = session.handle("b")
    #expect(!session.isAskingForReason)
    #expect(session.step == .item(man: 0, id: "safety"))
  }

  @Test func backGoesOneStepAndEnterKeepsTheAnswer() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n", "n"])
    #expect(session.step == .item(man: 0, id: "views"))
    _ = session.handle("b")
    #expect(session.step == .item(man: 0, id: "contacted"))
    #expect(session.prompt(width: 80).contains("now: no"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].answers["contacted"] == Answer(.no))
    #expect(session.step == .item(man: 0, id: "views"))
  }

  @Test func backAtTheFirstQuestionSaysSo() {
    var session = ReviewSession(content: content, today: today)
    #expect(session.handle("b").message == "This is the first question.")
    #expect(session.step == .confidence)
  }

  @Test func confidenceIsAskedFirstOnTheFivePointScale() {
    var session = ReviewSession(content: content, today: today)
    #expect(session.prompt(width: 80).contains("How confident are you in your work with men?"))
    #expect(session.prompt(width: 80).contains("1 not at all confident"))
    #expect(session.handle("6").message != nil)
    #expect(session.step == .confidence)
    #expect(session.handle("4: more since the training").event == .changed)
    #expect(session.record.confidence == .very)
    #expect(session.record.reflections["confidence"] == "more since the training")
    #expect(session.step == .role)
    #expect(!session.steps.contains(.reflection("confidence")), "not asked twice")
  }

  @Test func garbageIsAnsweredWithWhatIsAllowedAndTheSamePrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    let outcome = session.handle("perhaps")
    #expect(outcome.event == .unchanged)
    #expect(outcome.message?.contains("d done, p partly, n not yet, x not applicable") == true)
    #expect(session.step == .item(man: 0, id: "identified"))
    // Knowledge items have their own letters.
    feed(&session, lines(before: "childhood-adversity"))
    #expect(
      session.handle("q?").message?.contains("p present, a none found so far, u don't know")
        == true)
    #expect(session.handle("p").event == .changed)
    #expect(session.record.men[0].answers["childhood-adversity"] == Answer(.present))
  }

  @Test func helpExplainsWhyNextAndSource() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n"])
    let help = session.handle("?")
    #expect(help.event == .unchanged)
    let text = help.message ?? ""
    #expect(text.contains("Why it matters:"))
    #expect(text.contains("Myth of Invisible Men, "))
    // "No" to the safety question, but the mother not yet asked alone: the safe form.
    #expect(text.contains("If it is a gap (planned for safety):"))
    #expect(session.step == .item(man: 0, id: "contacted"))
  }

  @Test func quitAtAnyPrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y"])
    #expect(session.handle("q").event == .quit)
    #expect(session.record.men[0].answers["identified"] == Answer(.yes))
  }

  @Test func progressIsShownOnEveryPrompt() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "y", "y"])
    #expect(session.prompt(width: 80).contains("[Father · 4 of \(manItemCount)] Tier"))
    feed(&session, Array(lines(before: "childhood-adversity").dropFirst(3)))
    let position = content.items(scope: .man).firstIndex { $0.id == "childhood-adversity" }! + 1
    #expect(
      session.prompt(width: 80).contains(
        "[Father · \(position) of \(manItemCount)] His own history: what did you find?"))
  }

  @Test func reviewScreenChangesAnyAnswerAndReturns() {
    var session = ReviewSession(content: content, today: today)
    let all =
      setup + lines(.man) + lines(.case) + Array(repeating: "", count: laterReflections)
    feed(&session, all)
    #expect(session.step == .review)
    let screen = session.prompt(width: 80)
    #expect(screen.contains("Your answers"))
    #expect(screen.contains("Father: Contacted directly: done"))
    #expect(screen.contains("Father: Parenting he received: none found so far"))
    #expect(screen.contains("Father: Safety concern: no"))
    let number = session.reviewEntries.firstIndex { $0.step == .item(man: 0, id: "contacted") }! + 1
    _ = session.handle(String(number))
    #expect(session.step == .item(man: 0, id: "contacted"))
    _ = session.handle("p: only by phone")
    #expect(session.step == .review)
    #expect(session.record.men[0].answers["contacted"] == Answer(.partly, note: "only by phone"))
    #expect(session.handle("999").event == .unchanged)
    // Enter goes on to the next steps, offered as agreed actions; Enter again finishes.
    #expect(session.handle("").event == .unchanged)
    #expect(session.step == .agreeActions)
    #expect(session.handle("").event == .finished)
  }

  @Test func resumingStartsAtTheFirstUnansweredItem() throws {
    var record = try TestContent.example("two-men")
    // The safety question was added after this record was written: it comes first.
    #expect(
      ReviewSession(resuming: record, content: content, today: today).step
        == .item(man: 0, id: "safety"))
    record.men[0].answers["safety"] = Answer(.no)
    #expect(
      ReviewSession(resuming: record, content: content, today: today).step
        == .item(man: 0, id: "abuse-experienced"))
    for index in record.men.indices {
      for item in content.items(scope: .man) where record.men[index].answers[item.id] == nil {
        record.men[index].answers[item.id] = Answer(.unknown)
      }
    }
    for item in content.items(scope: .case) where record.answers[item.id] == nil {
      record.answers[item.id] = Answer(.unknown)
    }
    #expect(ReviewSession(resuming: record, content: content, today: today).step == .review)
    #expect(
      ReviewSession(resuming: ReviewRecord(), content: content, today: today).step == .confidence)
  }

  @Test func typedTextIsStrippedOfEscapeSequences() {
    var session = ReviewSession(content: content, today: today)
    feed(
      &session,
      opening("HV\u{1B}[31m-9\u{1B}]0;x\u{07}", confidence: "")
        + ["Dad\u{1B}[2J", "1", "y", "n", "n: note\u{1B}[1m here"])
    #expect(session.record.caseReference == "HV-9")
    #expect(session.record.men[0].label == "Dad")
    #expect(session.record.men[0].answers["identified"] == Answer(.no, note: "note here"))
  }

  @Test func labelsMustBeDistinctWords() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, opening("", confidence: "") + ["", "1", "y", "y"])
    #expect(session.handle("father").message?.contains("already labelled") == true)
    #expect(session.handle("2").message?.contains("needs words") == true)
    #expect(session.step == .manLabel(1))
    _ = session.handle("Man B")
    #expect(session.record.men.map(\.label) == ["Father", "Man B"])
  }

  @Test func everyPromptFitsANarrowTerminal() {
    var session = ReviewSession(content: content, today: today)
    var prompts = 0
    while session.step != .review && prompts < 60 {
      for line in session.prompt(width: 50).split(separator: "\n") {
        #expect(line.count <= 50 || !line.contains(" "), "too wide: \(line)")
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
    #expect(session.step == .review)
    #expect(prompts == setupSteps + manItemCount + 1 + caseItemCount + laterReflections)
  }
}

extension ReviewSessionTests {
  /// "n" out of habit on a what-you-know question would record "known absent" and hide a gap,
  /// so only the letters shown are taken there.
  @Test func yesAndNoAreNotTakenForWhatYouKnow() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "childhood-adversity"))
    #expect(session.step == .item(man: 0, id: "childhood-adversity"))
    for habit in ["y", "n", "yes", "no", "N"] {
      let outcome = session.handle(habit)
      #expect(outcome.event == .unchanged, Comment(rawValue: habit))
      #expect(
        outcome.message?.contains("p present, a none found so far, u don't know") == true,
        Comment(rawValue: habit))
      #expect(
        !(outcome.message?.contains("letter sent") == true),
        "a practice example on a knowledge item")
    }
    #expect(session.record.men[0].answers["childhood-adversity"] == nil)
  }
}

extension ReviewSessionTests {
  @Test func relationshipOffersBirthFatherFirstAndAssumesNone() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, opening("HV-3", confidence: "") + [""])
    #expect(session.step == .manRelationship(0))
    let prompt = session.prompt(width: 200)
    #expect(
      prompt.contains(
        "1 birth father, 2 mother's current partner (not the father), 3 mother's ex-partner, "
          + "4 other male carer or relative, 5 not known"), Comment(rawValue: prompt))
    #expect(!prompt.contains("now:"), "nothing is assumed for a new man")
    #expect(!prompt.contains("step-father"), "no longer offered")
    let enter = session.handle("")
    #expect(enter.event == .unchanged)
    #expect(enter.message?.contains("Choose one") == true)
    #expect(session.step == .manRelationship(0))
    #expect(session.handle("step-father").event == .unchanged)
    #expect(session.handle("3").event == .changed)
    #expect(session.record.men[0].relationship == .exPartner)
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("now: mother's ex-partner"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].relationship == .exPartner)
    #expect(session.step == .manLivesWithBaby(0))
  }

  @Test func anOlderRecordsStepFatherIsShownAndKept() {
    let record = ReviewRecord(men: [ManRecord(label: "Man A", relationship: .stepFather)])
    var session = ReviewSession(record: record, content: content, today: today)
    feed(&session, opening("", confidence: "") + [""])
    #expect(session.step == .manRelationship(0))
    #expect(session.prompt(width: 80).contains("now: step-father"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].relationship == .stepFather)
  }
}

extension ReviewSessionTests {
  @Test func roleIsChosenFromTheContentsListOrTyped() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, [""])
    #expect(session.step == .role)
    let prompt = session.prompt(width: 200)
    #expect(
      prompt.contains(
        "1 Midwife, 2 Health visitor, 3 Social worker, 4 GP, 5 Family support worker, "
          + "6 other: type it"), Comment(rawValue: prompt))
    #expect(session.handle("2").event == .changed)
    #expect(session.record.role == "Health visitor")
    for (typed, stored) in [
      ("  SOCIAL   worker ", "Social worker"), ("gp", "GP"), ("6: school nurse", "school nurse"),
      ("other: Perinatal\u{1B}[31m mental health nurse", "Perinatal mental health nurse"),
      ("Community midwife", "Community midwife"),
    ] {
      _ = session.handle("b")
      #expect(session.step == .role)
      #expect(session.handle(typed).event == .changed, Comment(rawValue: typed))
      #expect(session.record.role == stored, Comment(rawValue: typed))
    }
    _ = session.handle("b")
    for refused in ["6", "other", "9", "6:  "] {
      #expect(session.handle(refused).event == .unchanged, Comment(rawValue: refused))
      #expect(session.step == .role, Comment(rawValue: refused))
    }
    #expect(session.handle("6").message?.contains("your own words") == true)
    #expect(session.handle("").event == .unchanged, "Enter keeps the role")
    #expect(session.record.role == "Community midwife")
    #expect(session.step == .caseReference)
  }

  @Test func roleIsNormalisedTheSameWayEverywhere() throws {
    #expect(content.normalisedRole("health visitor") == "Health visitor")
    #expect(content.normalisedRole(" Family  Support worker\n") == "Family support worker")
    #expect(content.normalisedRole("Other: school nurse") == "school nurse")
    #expect(content.normalisedRole(" \u{07} ") == nil)
    #expect(content.normalisedRole("other") == nil)
    let record = try TestContent.record(#"{"role": "social WORKER"}"#)
    #expect(record.role == "Social worker", "older records read through the same list")
    var set = ReviewRecord()
    try set.apply(SetAssignment(parsing: "role=HEALTH VISITOR"), content: content)
    #expect(set.role == "Health visitor")
    try set.apply(SetAssignment(parsing: "role=other: Nursery nurse"), content: content)
    #expect(set.role == "Nursery nurse")
    #expect(throws: (any Error).self) {
      try set.apply(SetAssignment(parsing: "role=other"), content: content)
    }
  }
}

extension ReviewSessionTests {
  /// Off a terminal (a log, a screen reader's transcript), a wrong date is not quoted back: what
  /// was typed may be a case reference or a note, typed a line early.
  @Test func aWrongDateIsQuotedBackOnlyOnATerminal() {
    for showsFreeText in [true, false] {
      var session = ReviewSession(content: content, today: today)
      session.showsFreeText = showsFreeText
      feed(&session, ["", "", "HV-4"])
      let message = session.handle("SECRET case 4471").message ?? ""
      #expect(session.step == .date)
      #expect(message.contains("SECRET") == showsFreeText, Comment(rawValue: message))
      #expect(message.contains("is not a date"), Comment(rawValue: message))
    }
  }

  @Test func dateIsTodayUnlessAnotherValidDateIsTyped() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, ["", "", "HV-4"])
    #expect(session.step == .date)
    #expect(session.prompt(width: 80).contains("Enter for 2026-12-02:"))
    #expect(session.handle("").event == .changed, "Enter accepts today")
    #expect(session.record.date == "2026-12-02")
    #expect(session.step == .manLabel(0))
    _ = session.handle("b")
    for typed in ["2026-02-30", "2025-02-29", "2026-2-3", "02/12/2026", "yesterday", "2026-13-01"] {
      let outcome = session.handle(typed)
      #expect(outcome.event == .unchanged, Comment(rawValue: typed))
      #expect(
        outcome.message?.contains(
          "is not a date: type a real day as year-month-day, such as 2026-12-02")
          == true, Comment(rawValue: typed))
      #expect(session.step == .date, Comment(rawValue: typed))
    }
    #expect(session.handle(" 2024-02-29 ").event == .changed)
    #expect(session.record.date == "2024-02-29")
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("Enter for 2024-02-29:"))
    #expect(session.handle("").event == .unchanged, "Enter keeps the date given")
    #expect(session.record.date == "2024-02-29")
  }

  @Test func aDateFromTheRecordIsKept() {
    var session = ReviewSession(
      record: ReviewRecord(date: "14 October 2026"), content: content, today: today)
    feed(&session, ["", "", ""])
    #expect(session.prompt(width: 80).contains("Enter for 14 October 2026:"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.date == "14 October 2026")
  }

  @Test func isoDates() {
    #expect(ISODate("2026-12-02")?.description == "2026-12-02")
    #expect(ISODate(year: 987, month: 1, day: 9)?.description == "0987-01-09")
    #expect(ISODate("2000-02-29")?.day == 29)
    for bad in ["1900-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "20261202", "2026-1-02"] {
      #expect(ISODate(bad) == nil, Comment(rawValue: bad))
    }
  }
}

extension ReviewSessionTests {
  @Test func whatHeBringsIsAskedRightAfterHisViews() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "history").dropLast())
    #expect(session.step == .manStrengths(0))
    let prompt = session.prompt(width: 200)
    #expect(prompt.contains("[Father] What he brings"), Comment(rawValue: prompt))
    #expect(prompt.contains("What does he bring to the baby's care?"), Comment(rawValue: prompt))
    #expect(prompt.contains("Enter to skip"), Comment(rawValue: prompt))
    #expect(!prompt.contains("now:"))
    #expect(session.handle("?").message?.contains("never a gap") == true)
    #expect(session.handle("Gives the evening feed\u{1B}[2J: came to the scan").event == .changed)
    #expect(session.record.men[0].strengths == "Gives the evening feed: came to the scan")
    #expect(session.step == .item(man: 0, id: "history"))
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("now: Gives the evening feed: came to the scan"))
    #expect(session.handle("").event == .unchanged, "Enter keeps it")
    #expect(session.record.men[0].strengths == "Gives the evening feed: came to the scan")
    // On the review screen, and changed from it.
    feed(
      &session,
      Array(lines(.man).dropFirst(lines(before: "history").count))
        + lines(.case) + Array(repeating: "", count: laterReflections))
    #expect(session.step == .review)
    #expect(
      session.prompt(width: 200).contains(
        "Father: What he brings: Gives the evening feed: came to the scan"))
    let number = session.reviewEntries.firstIndex { $0.step == .manStrengths(0) }! + 1
    _ = session.handle(String(number))
    #expect(session.step == .manStrengths(0))
    _ = session.handle("Comes to every health visit")
    #expect(session.step == .review)
    #expect(session.record.men[0].strengths == "Comes to every health visit")
  }

  @Test func skippingWhatHeBringsLeavesItEmpty() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(.man))
    #expect(session.record.men[0].strengths == nil)
    #expect(session.record.men[0].answers.count == manItemCount)
  }
}

/// Answers that read as answers to their own question, and what was found asked straight after
/// the exploration it follows.
extension ReviewSessionTests {
  @Test func practiceItemsOfferDonePartlyNotYet() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup)
    #expect(session.step == .item(man: 0, id: "identified"))
    #expect(
      session.prompt(width: 200).contains("\nd done, p partly, n not yet, x not applicable\n"))
    for notKnown in ["u", "unknown", "not known", "Don't know"] {
      let outcome = session.handle(notKnown)
      #expect(outcome.event == .unchanged, Comment(rawValue: notKnown))
      #expect(
        outcome.message?.contains("\"not known\" is not an answer here") == true,
        Comment(rawValue: notKnown))
    }
    #expect(session.record.men[0].answers["identified"] == nil)
    for (typed, stored) in [
      ("d", AnswerValue.yes), ("done", .yes), ("y", .yes), ("p", .partly), ("n", .no),
      ("not yet", .no),
    ] {
      #expect(session.handle(typed).event == .changed, Comment(rawValue: typed))
      #expect(
        session.record.men[0].answers["identified"]?.value == stored, Comment(rawValue: typed))
      _ = session.handle("b")
    }
    _ = session.handle("d: from the birth registration")
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("now: done (from the birth registration)"))
    #expect(session.handle("").event == .unchanged)
    // Where "not applicable" is refused, it is not offered.
    feed(&session, Array(lines(before: "domestic-abuse").dropFirst()))
    #expect(session.step == .item(man: 0, id: "domestic-abuse"))
    #expect(session.prompt(width: 200).contains("\nd done, p partly, n not yet\n"))
  }

  @Test func anOlderRecordsNotKnownPracticeAnswerStillReads() {
    let record = ReviewRecord(
      men: [ManRecord(label: "Father", answers: ["identified": Answer(.unknown)])])
    var session = ReviewSession(resuming: record, content: content, today: today)
    _ = session.handle("b")
    #expect(session.step == .item(man: 0, id: "identified"))
    #expect(session.prompt(width: 80).contains("now: not known"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].answers["identified"] == Answer(.unknown))
  }

  @Test func whatWasFoundFollowsItsExplorationWithDontKnowByDefault() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + lines(before: "substance-use"))
    #expect(session.handle("n: not asked yet").event == .changed)
    #expect(session.step == .item(man: 0, id: "substance-misuse"))
    let prompt = session.prompt(width: 200)
    #expect(
      prompt.contains("] Substance use explored: what did you find?\n"), Comment(rawValue: prompt))
    #expect(prompt.contains(content.item("substance-misuse")!.prompt), "its own statement")
    #expect(prompt.contains("p present, a none found so far, u don't know (Enter: don't know)"))
    #expect(session.handle("?").message?.contains("Enter records \"don't know\"") == true)
    #expect(session.handle("").event == .changed, "accepting the default")
    #expect(session.record.men[0].answers["substance-misuse"] == Answer(.unknown))
    #expect(session.step == .item(man: 0, id: "mental-health"))

    // Domestic abuse "partly" checked: both of what it finds default to "don't know".
    feed(&session, ["d", "p", "p: police checked, MARAC not yet"])
    #expect(session.step == .item(man: 0, id: "violence-control"))
    #expect(session.prompt(width: 200).contains("] Domestic abuse checked: what did you find?"))
    feed(&session, ["", ""])
    #expect(session.record.men[0].answers["violence-control"] == Answer(.unknown))
    #expect(session.record.men[0].answers["abuse-experienced"] == Answer(.unknown))
    #expect(session.step == .item(man: 0, id: "frustration"))

    // An exploration done: what it found is asked for, not assumed.
    #expect(session.handle("d").event == .changed)
    #expect(session.step == .item(man: 0, id: "impulsivity"))
    #expect(!session.prompt(width: 200).contains("(Enter:"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].answers["impulsivity"] == nil)

    // An answer given is kept by Enter, whatever the exploration.
    #expect(session.step == .item(man: 0, id: "pressures"))
    feed(&session, ["b", "b", "b"])
    #expect(session.step == .item(man: 0, id: "abuse-experienced"))
    #expect(session.handle("a").event == .changed)
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("now: none found so far"))
    #expect(!session.prompt(width: 200).contains("(Enter:"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[0].answers["abuse-experienced"] == Answer(.absent))
  }

  @Test func conditionsKeepYesNoDontKnow() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["d"])
    #expect(session.step == .item(man: 0, id: "safety"))
    #expect(session.prompt(width: 200).contains("\ny yes, n no, u don't know\n"))
    #expect(session.handle("d").event == .unchanged, "done is no answer to a condition")
    #expect(session.handle("dk").event == .changed)
    #expect(session.record.men[0].answers["safety"] == Answer(.unknown))
    _ = session.handle("b")
    #expect(session.prompt(width: 80).contains("now: don't know"))
  }

  @Test func eachWhatYouKnowItemFollowsTheExplorationThatNamesIt() {
    #expect(content.exploration(of: "substance-misuse")?.id == "substance-use")
    #expect(content.exploration(of: "young-parent")?.id == "history")
    #expect(content.exploration(of: "abuse-experienced")?.id == "domestic-abuse")
    #expect(content.exploration(of: "history") == nil)
    for item in content.items(scope: .man, kind: .practice) {
      for id in item.riskFactors {
        #expect(content.exploration(of: id)?.id == item.id, Comment(rawValue: id))
      }
    }
  }
}

/// "Being a father" is asked about the birth father only.
extension ReviewSessionTests {
  @Test func wordingFollowsHisRelationship() throws {
    let views = try #require(content.item("views"))
    let plan = try #require(content.item("plan"))
    #expect(views.prompt.contains("being a father"))
    #expect(plan.prompt.contains("as a father"))
    for relationship in Relationship.allCases {
      let record = ReviewRecord(men: [ManRecord(label: "Man A", relationship: relationship)])
      var session = ReviewSession(record: record, content: content, today: today)
      feed(&session, opening() + ["", "", "", "n"] + lines(before: "views"))
      #expect(session.step == .item(man: 0, id: "views"), "\(relationship)")
      let asked = session.prompt(width: 300)
      #expect(
        asked.contains("being a father") == (relationship == .birthFather),
        "\(relationship): \(asked)")
      feed(&session, Array(lines(.man).dropFirst(lines(before: "views").count).dropLast()))
      #expect(session.step == .item(man: 0, id: "plan"), "\(relationship)")
      #expect(
        session.prompt(width: 300).contains("as a father") == (relationship == .birthFather),
        "\(relationship)")
    }
    #expect(views.prompt(for: nil) == views.prompt)
    #expect(content.item("contacted")?.prompt(for: .partner) == content.item("contacted")?.prompt)
  }
}

/// The question being asked never scrolls off an 80×24 terminal.
extension ReviewSessionTests {
  @Test func everyQuestionFitsAn80By24Terminal() {
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
      #expect(rows.count <= 24, "\(session.step):\n\(prompt)")
      #expect(rows.allSatisfy { $0.count <= 80 }, "\(session.step):\n\(prompt)")
      if case .item(_, let id) = session.step {
        let question = content.item(id)!.prompt(for: .partner)
        #expect(
          prompt.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(question),
          "the whole question: \(session.step)")
      }
      _ = session.handle("")
      asked += 1
    }
    #expect(session.step == .review)
    // The review screen is long; what it asks comes last, just above the cursor.
    let screen = session.prompt(width: 80).split(separator: "\n")
    #expect(
      screen.suffix(3).joined(separator: " ").contains(
        "Type a number to change that answer, or press Enter to finish"), "\(screen.suffix(3))")
  }
}

extension ReviewSessionTests {
  @Test func aLineLongerThanANoteIsRefusedAndNothingChanges() {
    var session = ReviewSession(content: content, today: today)
    feed(&session, setup + ["y", "n"])
    let long = "n: " + String(repeating: "a", count: Answer.maximumNoteLength)
    let outcome = session.handle(long)
    #expect(outcome.event == .unchanged)
    #expect(
      outcome.message?.contains("longer than 10000 characters") == true,
      Comment(rawValue: outcome.message ?? "no message"))
    #expect(session.record.men[0].answers["contacted"] == nil)
    #expect(session.handle("n: letter sent").event == .changed)
  }
}

extension ReviewSessionTests {
  /// Issue 13: the guided review cannot add a man beyond the most a record may hold, so that
  /// seen can read back what it saves.
  @Test func noManIsAddedBeyondTheMost() {
    var record = ReviewRecord()
    record.men = (1...ReviewRecord.maximumMen).map { ManRecord(label: "M\($0)") }
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .addAnotherMan
    let outcome = session.handle("y")
    #expect(outcome.event == .unchanged)
    #expect(
      outcome.message?.contains("seen reads at most 1000 in one review") == true,
      Comment(rawValue: outcome.message ?? "no message"))
    #expect(session.record.men.count == ReviewRecord.maximumMen)
    #expect(session.step == .addAnotherMan)
  }
}
