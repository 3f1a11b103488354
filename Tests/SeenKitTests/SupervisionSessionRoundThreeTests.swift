import Testing

@testable import SeenKit

/// The terminal supervision session after review round 3 (issue 19): the warning on own words
/// where contact is planned for safety speaks to a manager or lead supervising, the first steps
/// say what they rest on, a gap shows the practitioner's note as the report does, an action on
/// a first step for several men asks for which, and the changed answer says to what.
@Suite struct SupervisionSessionRoundThreeTests {
  private let content = TestContent.bundled
  private let today = TestContent.today

  private func session(_ record: ReviewRecord, role: String) throws -> SupervisionSession {
    var session = SupervisionSession(record: record, content: content, today: today)
    let number = try #require(content.actionOwners.firstIndex(of: role)) + 1
    #expect(session.handle(String(number)).event == .changed)
    return session
  }

  private func move(_ session: inout SupervisionSession, to marker: String) {
    for _ in 0..<60 where !session.prompt(width: 1000).contains(marker) {
      _ = session.handle("")
    }
  }

  @Test(arguments: ["Team manager", "Safeguarding lead"])
  func theSafetyWarningSpeaksToTheManagerOrLeadSupervising(role: String) throws {
    var session = try session(try TestContent.example("two-men"), role: role)
    move(&session, to: "· Mother's partner]")
    _ = session.handle("a")
    let warned = try #require(session.handle("Visit the home jointly to meet him").message)
    let wording = ActionAssignment.ownWordsForSafety(supervisor: role, content: content)
    #expect(wording != ActionAssignment.ownWordsForSafety)
    #expect(warned.contains(wording))
    #expect(warned.contains("As the \(role.lowercased())"))
    #expect(!warned.contains("your manager"))
  }

  @Test func aPractitionerSupervisingIsToldToCheckWithTheirManager() throws {
    let role = try #require(content.roles.first)
    var session = try session(try TestContent.example("two-men"), role: role)
    move(&session, to: "· Mother's partner]")
    _ = session.handle("a")
    let warned = try #require(session.handle("Visit the home jointly to meet him").message)
    #expect(warned.contains(ActionAssignment.ownWordsForSafety))
  }

  @Test func theFirstStepsAndNextStepsSayWhatTheyRestOn() throws {
    let record = try TestContent.example("two-men")
    let report = GapAnalysis.report(for: record, content: content, today: today)
    var session = try session(record, role: "Team manager")
    let prompt = session.prompt(width: 1000)
    #expect(prompt.contains("[First steps] Do this first"))
    #expect(!prompt.contains("What the review says"))
    #expect(report.firstSteps.contains { $0.advice.guidance != nil })
    for first in report.firstSteps {
      let basis = content.briefBasis(first.advice)
      #expect(!basis.isEmpty)
      #expect(prompt.contains(basis))
      #expect(prompt.contains(report.advised(first.advice, content: content, detail: .brief)))
    }
    #expect(prompt.contains("; guidance)"))
    move(&session, to: "[Gap 1 of ")
    let gap = report.gaps[0]
    #expect(
      session.prompt(width: 1000).contains(
        report.advised(gap.advice, content: content, detail: .brief)))
    #expect(session.prompt(width: 1000).contains(content.briefBasis(gap.advice)))
  }

  @Test func aGapShowsThePractitionersNoteStrippedOfControls() throws {
    var record = try TestContent.example("few-gaps")
    #expect(!record.hasRecordedSafetyCondition)
    let before = GapAnalysis.report(for: record, content: content, today: today)
    let number = try #require(
      before.gaps.firstIndex {
        $0.answer != nil && $0.answer?.value != .na && !$0.item.isSensitive
      })
    let gap = before.gaps[number]
    let note = "Asked at the visit\u{1B}]0;title\u{07}; more to explore"
    if let label = gap.man {
      let man = try #require(record.manIndex(named: label))
      record.men[man].answers[gap.item.id]?.note = note
    } else {
      record.answers[gap.item.id]?.note = note
    }
    var session = try session(record, role: "Team manager")
    move(&session, to: "[Gap \(number + 1) of ")
    let prompt = session.prompt(width: 1000)
    let words = AnswerChoice.words(for: try #require(gap.answer), kind: gap.item.kind)
    #expect(prompt.contains("Answer: \(words) (Asked at the visit"))
    #expect(prompt.contains("more to explore)."))
    #expect(!prompt.contains("\u{1B}"))
    #expect(!prompt.contains("\u{07}"))
  }

  @Test func aNoteTheReportLeavesOutIsLeftOutAtTheGap() throws {
    var record = try TestContent.example("two-men")
    let before = GapAnalysis.report(for: record, content: content, today: today)
    let number = try #require(
      before.gaps.firstIndex { $0.answer != nil && $0.item.isSensitive && $0.man != nil })
    let gap = before.gaps[number]
    let label = try #require(gap.man)
    let man = try #require(record.manIndex(named: label))
    record.men[man].answers[gap.item.id]?.note = "She told me at the clinic"
    var session = try session(record, role: "Team manager")
    move(&session, to: "[Gap \(number + 1) of ")
    let prompt = session.prompt(width: 1000)
    #expect(prompt.contains("(\(ReviewRecord.sensitiveNoteLeftOut))."))
    #expect(!prompt.contains("She told me"))
  }

  @Test func anActionOnAFirstStepForSeveralMenAsksForWhichOfThem() throws {
    let record = try TestContent.example("two-men")
    let report = GapAnalysis.report(for: record, content: content, today: today)
    let number = try #require(report.firstSteps.firstIndex { $0.men.count > 1 }) + 1
    let men = report.firstSteps[number - 1].men
    var session = try session(record, role: "Team manager")
    #expect(session.handle("a").event == .unchanged)
    if report.firstSteps.count > 1 { _ = session.handle(String(number)) }
    var prompt = session.prompt(width: 1000)
    #expect(prompt.contains("This first step is for \(men.joined(separator: ", "))"))
    #expect(!prompt.contains("[Agreed action"))
    // Enter picks no man for the supervisor: it asks again.
    let refused = session.handle("")
    #expect(refused.message?.contains("Type the number of the man the action is for") == true)
    #expect(!session.prompt(width: 1000).contains("[Agreed action"))
    _ = session.handle("2")
    prompt = session.prompt(width: 1000)
    #expect(prompt.contains("[Agreed action · \(men[1]) · "))
    _ = session.handle("")
    _ = session.handle("")
    _ = session.handle("3")
    _ = session.handle("in 2 weeks")
    #expect(session.handle("").event == .changed)
    #expect(session.record.actions.last?.man == men[1])
    // b goes back without an action.
    _ = session.handle("a")
    if report.firstSteps.count > 1 { _ = session.handle(String(number)) }
    #expect(session.handle("b").message == "No action agreed.")
    #expect(session.prompt(width: 1000).contains("[First steps]"))
  }

  @Test func theChangedAnswerSaysToWhat() throws {
    var record = try TestContent.example("two-men")
    record.answers["supervision"] = Answer(.no)
    var session = try session(record, role: "Team manager")
    _ = session.handle("t")
    _ = session.handle("y")
    let changed = session.handle("y")
    #expect(
      changed.message
        == "The practitioner's answer to \"Discussed in supervision\" is now yes, as they said.")
  }
}
