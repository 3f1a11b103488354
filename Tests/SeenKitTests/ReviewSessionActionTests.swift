import Testing

@testable import SeenKit

/// The end of the guided review: the gap report's next steps offered as agreed actions, each
/// with what, for whom, the role that owns it and its due date, echoed back before it is saved.
@Suite struct ReviewSessionActionTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 2)!

  /// A session on the review screen of the two-men example (with gaps, no safety concern).
  private func atReviewScreen(_ name: String = "two-men") throws -> ReviewSession {
    var record = try TestContent.example(name)
    record.role = "Health visitor"
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .review
    return session
  }

  private func feed(_ session: inout ReviewSession, _ lines: [String]) -> [ReviewSession.Outcome] {
    lines.map { session.handle($0) }
  }

  @Test func enterOnTheReviewScreenOffersTheNextStepsNumbered() throws {
    var session = try atReviewScreen()
    #expect(session.prompt(width: 300).contains("you can then agree actions from the next steps"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.step == .agreeActions)
    let prompt = session.prompt(width: 300)
    let choices = session.actionChoices
    #expect(choices.count == GapAnalysis.report(for: session.record, content: content).gaps.count)
    #expect(prompt.contains("[Agreed actions]"))
    #expect(prompt.contains("Father:\n   1. \(choices[0].item!.title)"))
    #expect(prompt.contains("or press Enter to finish and see the gap report."))
    #expect(session.handle("").event == .finished, "Enter finishes without an action")
    #expect(session.record.actions.isEmpty)
  }

  /// q while the due date is on screen for confirmation: the session stops, and the action is
  /// kept with that date (the review's pending-answer path, `keepPendingAnswer`).
  @Test func qAtTheDueDateKeepsTheActionWithTheDateShown() throws {
    var session = try atReviewScreen()
    _ = feed(&session, ["", "1", "", "", "", "in 2 weeks"])
    #expect(session.step == .actionDueConfirm)
    #expect(session.handle("q").event == .quit)
    #expect(session.record.actions.isEmpty, "not yet: q alone keeps nothing")
    let kept = session.keepPendingAnswer()
    #expect(kept?.event == .changed)
    #expect(
      kept?.message
        == "Agreed action 1 saved with the due date shown: Health visitor, due 2026-12-16.")
    #expect(session.record.actions.count == 1)
    #expect(session.keepPendingAnswer() == nil, "kept once")
  }

  @Test func ownWordsForAStepPlannedForSafetyAreWarnedAboutAtOnce() throws {
    var session = try atReviewScreen()
    session.record.men[1].answers["safety"] = Answer(.yes)
    _ = session.handle("")
    let choices = session.actionChoices
    let safe = try #require(choices.firstIndex { $0.isSafeForm })
    _ = session.handle(String(safe + 1))
    let own = session.handle("Phone him to arrange a visit")
    #expect(own.message?.contains("will be marked sensitive") == true)
    #expect(own.message?.contains("manager or safeguarding lead") == true)
    #expect(session.step == .actionFor)
    // Keeping the safe wording says nothing.
    _ = session.handle("b")
    #expect(session.step == .actionWhat)
    session.actionDraft?.what = choices[safe].advice.advice
    session.actionDraft?.whatIsOwn = false
    #expect(session.handle("").message == nil)
  }

  @Test func theNextStepsFitAnEightyByTwentyFourTerminalAPageAtATime() throws {
    var session = try atReviewScreen()
    session.screenColumns = 80
    session.screenRows = 24
    _ = session.handle("")
    let count = session.actionChoices.count
    #expect(count > 30, "two-men has many next steps")
    let pages = session.pickPages(width: 80).count
    #expect(pages > 1)
    var numbers: [Int] = []
    for page in 0..<pages {
      let prompt = session.prompt(width: 80)
      let lines = prompt.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count <= 24 - 2, "page \(page + 1) leaves room for a message")
      #expect(lines.allSatisfy { $0.count <= 80 })
      #expect(prompt.contains("Page \(page + 1) of \(pages): n shows the next page"))
      #expect(!prompt.contains("…"), "nothing is cut")
      #expect(!prompt.contains("Do not contact him"), "only titles: the wording comes next")
      for line in lines {
        for part in line.split(separator: " ") where part.hasSuffix(".") {
          if let number = Int(part.dropLast()) { numbers.append(number) }
        }
      }
      #expect(session.handle("n").event == .unchanged)
    }
    #expect(numbers == Array(1...count), "every step once, in order")
    // ? on the list says how to page it.
    let help = session.handle("?").message ?? ""
    #expect(help.contains("n shows the next page and p the one before"), "\(help)")
    _ = session.handle("p")
    #expect(session.prompt(width: 80).contains("Page \(pages - 1) of \(pages)"))
    // A number on any page picks that step.
    _ = session.handle(String(count))
    #expect(session.step == .actionWhat)
  }

  @Test func aStepPlannedForSafetyIsShownWholeWhenPicked() throws {
    var session = try atReviewScreen()
    session.record.men[1].answers["safety"] = Answer(.yes)
    _ = session.handle("")
    let safe = try #require(session.actionChoices.firstIndex { $0.isSafeForm })
    _ = session.handle(String(safe + 1))
    let what = session.prompt(width: 80)
    #expect(!what.contains("…"), "\(what)")
    let words = session.actionChoices[safe].advice.advice
    #expect(
      what.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        .contains(words.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
  }

  @Test func aNextStepBecomesAnActionWithItsDueDateEchoedBack() throws {
    var session = try atReviewScreen()
    _ = session.handle("")
    let choice = session.actionChoices[0]
    _ = session.handle("1")
    #expect(session.step == .actionWhat)
    let what = session.prompt(width: 200)
    #expect(what.contains("[Agreed action · Father · \(choice.item!.title)]"))
    #expect(what.contains("Press Enter to keep the next step as it stands"))
    #expect(what.contains(String(choice.advice.advice.prefix(60))))
    // Enter keeps the step, Enter keeps the man it is for, 2 is a role from the owners' list.
    #expect(feed(&session, ["", ""]).allSatisfy { $0.event == .unchanged })
    #expect(session.step == .actionOwner)
    let owner = session.prompt(width: 200)
    #expect(owner.contains("Who owns it? A role, never a name: 1 Midwife, 2 Health visitor"))
    #expect(owner.contains("7 Team manager"))
    #expect(owner.contains("Enter for Health visitor:"), "the reviewer's own role")
    _ = session.handle("3")
    #expect(session.step == .actionDue)
    #expect(session.handle("in 2 weeks").message == nil)
    #expect(session.step == .actionDueConfirm)
    #expect(
      session.prompt(width: 80).contains(
        "Due 2026-12-16 (in 2 weeks): Enter to keep, or type another"))
    #expect(session.record.actions.isEmpty, "nothing saved before the date is kept")
    let saved = session.handle("")
    #expect(saved.event == .changed)
    #expect(saved.message?.contains("Agreed action 1 saved: Social worker, due 2026-12-16") == true)
    #expect(
      session.record.actions == [
        AgreedAction(
          what: choice.advice.advice, man: "Father", owner: "Social worker",
          due: ISODate("2026-12-16")!, item: choice.item?.id)
      ])
    #expect(session.step == .agreeActions)
    #expect(session.prompt(width: 80).contains("Agreed so far:"))
    #expect(session.prompt(width: 200).contains("Father:\n   1. \(choice.item!.title) [action 1]"))
    #expect(session.handle("").event == .finished)
  }

  @Test func ownWordsTheCaseATypedRoleAndAnotherDate() throws {
    var session = try atReviewScreen()
    _ = session.handle("")
    let last = session.actionChoices.count
    _ = feed(&session, [String(last), "Talk to the core group chair about both men"])
    #expect(session.step == .actionFor)
    #expect(session.prompt(width: 200).contains("1 Father, 2 Mother's partner, 3 the case."))
    _ = feed(&session, ["3", "safeguarding LEAD", "2026-12-20"])
    #expect(session.prompt(width: 80).contains("Due 2026-12-20 (in 18 days)"))
    _ = session.handle("tomorrow")
    #expect(session.prompt(width: 80).contains("Due 2026-12-03 (tomorrow)"))
    _ = session.handle("in 1 month")
    #expect(session.prompt(width: 80).contains("Due 2027-01-02 (in 1 month)"))
    #expect(session.handle("").event == .changed)
    let action = try #require(session.record.actions.first)
    #expect(action.what == "Talk to the core group chair about both men")
    #expect(action.man == nil)
    #expect(action.owner == "Safeguarding lead")
    #expect(action.due == ISODate("2027-01-02"))
  }

  @Test func aNameAnUnreadableDateAndAPastDate() throws {
    var session = try atReviewScreen()
    _ = feed(&session, ["", "1", "", ""])
    #expect(session.step == .actionOwner)
    for typed in ["Jane Smith", "0", "8", "manager"] {
      let outcome = session.handle(typed)
      #expect(outcome.event == .unchanged)
      #expect(outcome.message?.contains("never a name") == true, Comment(rawValue: typed))
      #expect(session.step == .actionOwner)
    }
    _ = session.handle("")
    #expect(session.step == .actionDue)
    for typed in ["", "next tuesday", "2026-02-30", "in 2 fortnights ago"] {
      let outcome = session.handle(typed)
      #expect(outcome.message?.contains(DueDate.examples) == true, Comment(rawValue: typed))
      #expect(session.step == .actionDue)
    }
    let far = session.handle("2040-12-17")
    #expect(far.message?.contains("is more than ten years ahead") == true, "\(far.message ?? "")")
    #expect(session.step == .actionDue)
    let vague = session.handle("next week")
    #expect(vague.message?.contains("type \"in 1 week\"") == true, "\(vague.message ?? "")")
    #expect(session.step == .actionDue)
    let past = session.handle("2026-11-20")
    #expect(past.event == .unchanged)
    #expect(past.message?.contains("Warning: 2026-11-20 is in the past (12 days ago)") == true)
    #expect(session.step == .actionDueConfirm)
    #expect(session.handle("").event == .changed, "a past date is kept")
    #expect(session.record.actions.first?.due == ISODate("2026-11-20"))
    #expect(session.record.actions.first?.isOverdue(today: today) == true)
  }

  @Test func backStepsWithinTheActionAndQuitSavesNoHalfAction() throws {
    var session = try atReviewScreen()
    _ = feed(&session, ["", "2", "", "", "2"])
    #expect(session.step == .actionDue)
    _ = session.handle("b")
    #expect(session.step == .actionOwner)
    _ = feed(&session, ["b", "b"])
    #expect(session.step == .actionWhat)
    _ = session.handle("b")
    #expect(session.step == .agreeActions)
    #expect(session.actionDraft == nil)
    _ = session.handle("b")
    #expect(session.step == .review)
    _ = feed(&session, ["", "1", "", "", "", "in 3 days"])
    #expect(session.step == .actionDueConfirm)
    #expect(session.handle("q").event == .quit)
    #expect(session.record.actions.isEmpty, "an action not yet kept is not saved")
    #expect(session.handle("?").message?.contains("never a name") == true)
  }

  /// Where a safety condition holds, the step offered is its safe form, kept word for word, and
  /// nothing typed about the family (a note on what the mother disclosed) is ever offered back.
  @Test func aStepPlannedForSafetyKeepsItsWordingAndNoNoteIsPrefilled() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["safety"] = Answer(.yes, note: "SECRET she disclosed threats")
    record.men[0].answers["domestic-abuse"] = Answer(.partly, note: "SECRET disclosure")
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .review
    _ = session.handle("")
    let list = session.prompt(width: 200)
    #expect(!list.contains("SECRET"))
    let index = try #require(
      session.actionChoices.firstIndex { $0.man == "Father" && $0.isSafeForm })
    let choice = session.actionChoices[index]
    _ = session.handle(String(index + 1))
    let what = session.prompt(width: 300)
    #expect(!what.contains("SECRET"))
    #expect(what.contains("This step is planned for safety: keep that wording"))
    #expect(what.contains(String(choice.advice.advice.prefix(60))))
    _ = feed(&session, ["", "", "6", "in 1 week", ""])
    let action = try #require(session.record.actions.first)
    #expect(action.what == choice.advice.advice)
    // The safe form is the content's words: the sensitive-field rule keeps it.
    let redacted = session.record.withoutSensitiveNotes(content: content).record
    #expect(redacted.actions.first?.what == choice.advice.advice)
  }

  @Test func everyActionPromptFitsAnEightyColumnTerminal() throws {
    var session = try atReviewScreen()
    var prompts: [String] = []
    for line in ["", "1", "", "", "", "in 2 weeks"] {
      _ = session.handle(line)
      prompts.append(session.prompt(width: 80))
    }
    for prompt in prompts {
      for row in prompt.split(separator: "\n") {
        #expect(row.count <= 80, "\(row)")
      }
    }
  }

  @Test func fromTodayReadsAsPeopleSayIt() {
    let cases: [(String, String)] = [
      ("2026-12-02", "today"), ("2026-12-03", "tomorrow"), ("2026-12-01", "yesterday"),
      ("2026-12-16", "in 2 weeks"), ("2026-12-09", "in 1 week"), ("2027-01-02", "in 1 month"),
      ("2026-12-12", "in 10 days"), ("2026-11-20", "12 days ago"), ("2027-12-02", "in 1 year"),
      ("2028-12-02", "in 2 years"),
    ]
    for (date, words) in cases {
      #expect(
        ReviewSession.fromToday(ISODate(date)!, today: today) == words, Comment(rawValue: date))
    }
  }
}

extension ReviewSessionActionTests {
  /// Back from the actions to the review screen, a man relabelled keeps his actions: the record
  /// saved still reads back (an action names a man of the record).
  @Test func aManRelabelledAfterAnActionKeepsIt() throws {
    var session = try atReviewScreen()
    _ = feed(&session, ["", "1", "", "", "", "in 1 week", "", "b"])
    #expect(session.step == .review)
    let number = session.reviewEntries.firstIndex { $0.step == .manLabel(0) }! + 1
    _ = feed(&session, [String(number), "Birth father"])
    #expect(session.record.actions.first?.man == "Birth father")
    let saved = session.record.encoded()
    let read = try ReviewRecord.decode(Array(saved.utf8), file: "r.json", content: content)
    #expect(read.actions == session.record.actions)
  }
}
