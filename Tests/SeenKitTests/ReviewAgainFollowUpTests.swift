import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 16 follow-ups: a re-review links answers to actions (an open action whose gap is now
/// closed is offered to be marked done, never marked silently); a re-review takes an answers
/// file; a resumed re-review shows "last time" again.
@Suite struct ReviewAgainFollowUpTests {
  let content = TestContent.bundled
  let later = ISODate(year: 2026, month: 12, day: 17)!

  private func earlier() throws -> ReviewRecord { try TestContent.example("agreed-actions") }

  private func again() throws -> ReviewRecord {
    ReviewRecord.again(
      from: try earlier(), id: "0123456789abcdef0123456789abcdef", date: "2026-12-17",
      keepEarlier: true)
  }

  @Test func anOpenActionWhoseItemIsNowAnsweredWithNoGapIsFound() throws {
    var record = try again()
    #expect(record.actions[0].item == "agency-checks")
    #expect(record.actions[0].man == "Mother's partner")
    #expect(record.actionsWithGapClosed(content: content).isEmpty)
    record.men[1].answers["agency-checks"] = Answer(.yes)
    #expect(record.actionsWithGapClosed(content: content) == [0])
    #expect(record.actionHeading(0, content: content) == "Agency checks · Mother's partner")
    // The same item answered for another man closes nothing.
    var other = try again()
    other.men[0].answers["agency-checks"] = Answer(.yes)
    #expect(other.actionsWithGapClosed(content: content).isEmpty)
  }

  @Test func theEndOfAReReviewOffersToMarkItDoneAndEnterLeavesItOpen() throws {
    var record = try again()
    record.men[1].answers["agency-checks"] = Answer(.yes)
    var session = ReviewSession(
      again: record, earlier: try earlier(), content: content, today: later)
    session.step = .review
    let toActions = session.handle("")
    if session.step == .agreeActions { _ = session.handle("") } else { _ = toActions }
    #expect(session.step == .closedGap(0))
    let prompt = session.prompt(width: 200)
    #expect(
      prompt.contains(
        "Action 1 (Agency checks · Mother's partner): its gap is closed now. Mark it done today?"),
      "\(prompt)")
    #expect(prompt.contains("y/n (Enter = no)"))
    let no = session.handle("")
    #expect(no.event == .finished)
    #expect(session.record.actions[0].isOpen, "never marked done silently")

    session.step = .closedGap(0)
    #expect(session.handle("maybe").event == .unchanged)
    let yes = session.handle("y")
    #expect(yes.event == .finished)
    #expect(session.record.actions[0].state == .done(on: later, note: nil))
  }

  @Test func anActionForAManNoLongerInTheBabysLifeIsOfferedToKeepOrDrop() throws {
    var record = try again()
    let marked = record.markNoLongerInBabysLife("Mother's partner", on: later)
    #expect(marked)
    #expect(record.actionsForMenNoLongerInLife() == [0])
    var session = ReviewSession(
      again: record, earlier: try earlier(), content: content, today: later)
    session.step = .review
    let toActions = session.handle("")
    if session.step == .agreeActions { _ = session.handle("") } else { _ = toActions }
    #expect(session.step == .closedGap(0))
    let prompt = session.prompt(width: 300)
    #expect(
      prompt.contains(
        "Action 1 is for Mother's partner, recorded as no longer in the baby's life (from 2026-12-17) (Agency checks · Mother's partner): keep it, or drop it? k keep, d drop (Enter = keep)"
      ), "\(prompt)")
    #expect(session.handle("").event == .finished)
    #expect(session.record.actions[0].isOpen, "Enter keeps it")

    session.step = .closedGap(0)
    #expect(session.handle("y").event == .unchanged, "not a question of done")
    let drop = session.handle("d")
    #expect(drop.event == .finished)
    #expect(session.record.actions[0].state == .dropped(reason: "no longer in the baby's life"))
  }

  @Test func aReReviewTakesOnlyWhatTheAnswersFileAnswers() throws {
    var record = ReviewRecord.again(
      from: try earlier(), id: "0123456789abcdef0123456789abcdef", date: "2026-12-17")
    var file = ReviewRecord()
    file.men = [ManRecord(label: "father", answers: ["contacted": Answer(.yes)])]
    file.answers["all-men-identified"] = Answer(.yes)
    record.takeAnswers(from: file)
    #expect(record.men.count == 2, "the man of the same label, not a new one")
    #expect(record.men[0].answers == ["contacted": Answer(.yes)])
    #expect(record.men[1].answers.isEmpty)
    #expect(record.answers == ["all-men-identified": Answer(.yes)])
    #expect(record.supersedes == (try earlier()).id)
  }

  @Test func aResumedReReviewShowsLastTimeAgain() throws {
    var record = ReviewRecord.again(
      from: try earlier(), id: "0123456789abcdef0123456789abcdef", date: "2026-12-17")
    record.confidence = .somewhat
    record.men[0].livesWithBaby = false
    let resumed = ReviewSession(
      resuming: record, earlier: try earlier(), content: content, today: later)
    #expect(resumed.step == .item(man: 0, id: content.items(scope: .man)[0].id))
    var session = resumed
    session.step = .item(man: 0, id: "contacted")
    #expect(session.prompt(width: 300).contains("last time: done (Home visit to his flat)"))
    let without = ReviewSession(resuming: record, earlier: nil, content: content, today: later)
    var plain = without
    plain.step = .item(man: 0, id: "contacted")
    #expect(!plain.prompt(width: 300).contains("last time"))
  }
}
