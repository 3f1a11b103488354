import Testing

@testable import SeenKit

/// A re-review's first questions (issue 19, review round 2): the role and the case are taken
/// from the earlier review without asking, confidence is asked showing last time's level (Enter
/// keeps it), and each reflection offers last time's answer as its default.
@Suite struct ReviewAgainReviewerTests {
  private let content = TestContent.bundled

  private func session() throws -> (ReviewSession, ReviewRecord) {
    var earlier = try TestContent.example("two-men")
    earlier.confidence = .somewhat
    let record = ReviewRecord.again(from: earlier, id: "again-test-0001", date: "2026-12-03")
    return (
      ReviewSession(again: record, earlier: earlier, content: content, today: TestContent.today),
      earlier
    )
  }

  @Test func theRoleAndCaseAreTakenAndConfidenceShowsLastTime() throws {
    var (session, _) = try session()
    let prompt = session.prompt(width: 200)
    #expect(
      prompt.contains(
        "Re-review: role Social worker, case SW-0457 taken from the earlier review (the review screen changes them)."
      ))
    #expect(prompt.contains("last time: somewhat confident (Enter keeps it)"))
    #expect(session.handle("").event == .changed)
    #expect(session.record.confidence == .somewhat)
    // The next question is the date: neither the role nor the case is asked again.
    #expect(session.prompt(width: 200).contains("Date of the review"))
    #expect(session.record.role == "Social worker")
    #expect(session.record.caseReference == "SW-0457")
    #expect(!session.steps.contains(.role))
    #expect(!session.steps.contains(.caseReference))
  }

  @Test func aChangedConfidenceIsTakenAsTyped() throws {
    var (session, _) = try session()
    #expect(session.handle("4").event == .changed)
    #expect(session.record.confidence == .very)
  }

  @Test func aReflectionOffersLastTimesAnswerAndEnterKeepsIt() throws {
    var (session, earlier) = try session()
    session.step = .reflection("history")
    let prompt = session.prompt(width: 200)
    #expect(prompt.contains("(free text; Enter keeps last time, - leaves it empty)"))
    #expect(prompt.contains("last time: I know far more about the mother's history"))
    #expect(session.handle("").event == .changed)
    #expect(session.record.reflections["history"] == earlier.reflections["history"])
    session.step = .reflection("concern")
    #expect(session.handle("-").event == .unchanged)
    #expect(session.record.reflections["concern"] == nil, "- leaves it empty")
    session.step = .reflection("concern")
    #expect(session.handle("Police checks came back").event == .changed)
    #expect(session.record.reflections["concern"] == "Police checks came back")
  }

  /// An earlier review without a role: the role is asked, and the session goes on to the date
  /// once it is given (the steps do not change under it).
  @Test func aRoleTheEarlierReviewLacksIsAsked() throws {
    var earlier = try TestContent.example("two-men")
    earlier.role = nil
    var session = ReviewSession(
      again: ReviewRecord.again(from: earlier, id: "again-test-0002"), earlier: earlier,
      content: content, today: TestContent.today)
    _ = session.handle("")
    #expect(session.step == .role)
    #expect(session.handle("2").event == .changed)
    #expect(session.step == .date)
  }
}
