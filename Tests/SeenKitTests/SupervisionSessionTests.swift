import Testing

@testable import SeenKit

/// The terminal supervision session's keys and its ending (issue 19, review round 2): a
/// supervision left unfinished today is continued rather than started again, a comment and an
/// action may both be made at one man, first step or gap, an action whose due date is on screen
/// is kept on q, and the closing line counts what this session recorded.
@Suite struct SupervisionSessionTests {
  private let content = TestContent.bundled
  private let today = TestContent.today

  private func session(_ record: ReviewRecord) -> SupervisionSession {
    SupervisionSession(record: record, content: content, today: today)
  }

  /// Presses Enter until the prompt shows `marker` (at most 60 times).
  private func move(_ session: inout SupervisionSession, to marker: String) {
    for _ in 0..<60 where !session.prompt(width: 80).contains(marker) {
      _ = session.handle("")
    }
  }

  /// Agrees an action at the step the session is at, keeping what it offers and owned by the
  /// third role, due in 2 weeks; `confirm` presses Enter at the due date shown.
  private func agree(
    _ session: inout SupervisionSession, what: String = "", confirm: Bool = true
  ) -> ReviewSession.Outcome {
    #expect(session.handle("a").event == .unchanged)
    _ = session.handle(what)
    _ = session.handle("")
    _ = session.handle("3")
    _ = session.handle("in 2 weeks")
    return confirm ? session.handle("") : .init(event: .unchanged, message: nil)
  }

  @Test func aSupervisionLeftUnfinishedTodayIsContinuedNotStartedAgain() throws {
    var record = try TestContent.example("two-men")
    var earlier = SupervisionRecord(date: today, role: "Team manager")
    earlier.discussed = [.init(item: nil, man: record.men[0].label, comment: "Not yet met")]
    record.supervisions = [earlier]
    var session = session(record)
    let offer = session.prompt(width: 200)
    #expect(offer.contains("was not finished: 1 discussed, 0 actions agreed"))
    #expect(offer.contains("c continue it (Enter) · n start a new one · q stop"))
    #expect(session.handle("x").message?.contains("Type c (or Enter)") == true)
    let continued = session.handle("c")
    #expect(continued.message?.contains("Continuing the supervision of 2026-12-03") == true)
    // Taken up after the man it recorded: the next man.
    #expect(session.prompt(width: 80).contains("[Man 2 of 2 · Mother's partner]"))
    #expect(session.handle("d").event == .changed)
    _ = session.handle("t")
    _ = session.handle("y")
    if session.prompt(width: 80).contains("Change the practitioner's answer?") {
      _ = session.handle("")
    }
    _ = session.handle("n")
    let end = session.handle("")
    #expect(end.event == .finished)
    #expect(session.record.supervisions.count == 1, "no second supervision")
    #expect(session.record.supervisions[0].discussed.count == 2)
    let message = try #require(end.message)
    #expect(message.contains("in this session 1 discussed (0 with a comment), 0 actions agreed"))
    #expect(message.contains("with what it recorded earlier today, 2 discussed"))
  }

  @Test func aNewSupervisionMayBeStartedAndAnEarlierDayIsNotOffered() throws {
    var record = try TestContent.example("two-men")
    record.supervisions = [SupervisionRecord(date: today, role: "Team manager")]
    var fresh = session(record)
    #expect(fresh.handle("n").message == "A new supervision of this review.")
    #expect(fresh.prompt(width: 80).contains("The supervisor's role"))
    #expect(fresh.handle("7").event == .changed)
    #expect(fresh.record.supervisions.count == 2)
    record.supervisions = [
      SupervisionRecord(date: ISODate(year: 2026, month: 11, day: 20)!, role: "Team manager")
    ]
    #expect(session(record).prompt(width: 80).contains("The supervisor's role"))
    // One that reached the tier 3 questions is finished.
    record.supervisions = [SupervisionRecord(date: today, role: "Team manager")]
    record.supervisions[0].menDiscussed = true
    #expect(session(record).prompt(width: 80).contains("The supervisor's role"))
  }

  @Test func aCommentAndAnActionMayBothBeMadeAtOneGap() throws {
    var session = session(try TestContent.example("two-men"))
    _ = session.handle("7")
    move(&session, to: "[Gap 1 of ")
    let gap = session.prompt(width: 80)
    #expect(gap.contains("c comment or challenge · a agree an action · d discussed"))
    _ = session.handle("c")
    let kept = session.handle("Why only by text?")
    #expect(kept.message?.contains("a agrees an action here too; Enter moves on") == true)
    #expect(session.prompt(width: 80).contains("[Gap 1 of "), "stays on the gap")
    let agreed = agree(&session)
    #expect(agreed.event == .changed)
    #expect(
      agreed.message?.hasPrefix("Agreed action 1 saved: Social worker, due 2026-12-17.") == true)
    let after = session.prompt(width: 80)
    #expect(after.contains("[Gap 1 of "), "stays on the gap")
    #expect(after.contains("Recorded: discussed, with a comment."))
    #expect(after.contains("Agreed here: action 1."))
    #expect(session.handle("d").message == "Marked discussed.")
    #expect(session.prompt(width: 80).contains("[Gap 2 of "))
    let supervision = try #require(session.supervision)
    #expect(supervision.actions == [1])
    #expect(supervision.discussed.count == 1)
    #expect(supervision.discussed[0].comment == "Why only by text?")
  }

  @Test func anActionMayBeAgreedAtAManAndAtTheFirstSteps() throws {
    let record = try TestContent.example("two-men")
    var session = session(record)
    _ = session.handle("7")
    move(&session, to: "[Man 1 of 2 · Father]")
    #expect(session.handle("a").event == .unchanged)
    #expect(session.prompt(width: 80).contains("Type it in your own words"))
    #expect(session.handle("").message?.contains("Type what is to be done") == true)
    _ = session.handle("Joint visit with the team manager")
    _ = session.handle("")
    _ = session.handle("7")
    _ = session.handle("in 1 week")
    #expect(session.handle("").event == .changed)
    let action = try #require(session.record.actions.last)
    #expect(action.what == "Joint visit with the team manager")
    #expect(action.man == "Father")
    #expect(action.item == nil)
    #expect(session.prompt(width: 80).contains("[Man 1 of 2 · Father]"))
    // The first steps come before the men: a new session reaches them at once.
    session = self.session(session.record)
    _ = session.handle("n")
    _ = session.handle("7")
    #expect(session.prompt(width: 80).contains("[First steps]"))
    let steps = GapAnalysis.report(for: record, content: content, today: today).firstSteps
    #expect(session.handle("a").event == .unchanged)
    if steps.count > 1 {
      #expect(session.prompt(width: 80).contains("Agree an action on which first step?"))
      #expect(session.handle("9").message?.contains("Type the number of a first step") == true)
      _ = session.handle("2")
    }
    // A first step for several men asks for which of them (SupervisionSessionRoundThreeTests).
    if steps[steps.count > 1 ? 1 : 0].men.count > 1 { _ = session.handle("1") }
    #expect(session.prompt(width: 80).contains(steps[steps.count > 1 ? 1 : 0].item.title))
    _ = session.handle("")
    _ = session.handle("")
    _ = session.handle("3")
    _ = session.handle("in 2 weeks")
    #expect(session.handle("").event == .changed)
    #expect(session.record.actions.last?.item == steps[steps.count > 1 ? 1 : 0].item.id)
    #expect(session.supervision?.actions.count == 1)
    #expect(session.prompt(width: 80).contains("[First steps]"))
  }

  @Test func qAtTheDueDateShownKeepsTheActionAndSaysSo() throws {
    var session = session(try TestContent.example("two-men"))
    _ = session.handle("7")
    move(&session, to: "[Gap 1 of ")
    _ = agree(&session, confirm: false)
    #expect(session.prompt(width: 80).contains("Due 2026-12-17 (in 2 weeks)"))
    let quit = session.handle("q")
    #expect(quit.event == .quit)
    #expect(
      quit.message
        == "Agreed action 1 saved with the due date shown: Social worker, due 2026-12-17.")
    #expect(session.record.actions.count == 1)
    #expect(session.supervision?.actions == [1])
  }

  @Test func qBeforeTheDueDateSaysTheActionIsNotSaved() throws {
    var session = session(try TestContent.example("two-men"))
    _ = session.handle("7")
    move(&session, to: "[Gap 1 of ")
    _ = session.handle("a")
    let quit = session.handle("q")
    #expect(quit.event == .quit)
    #expect(quit.message?.contains("not finished") == true)
    #expect(session.record.actions.isEmpty)
  }

  @Test func afterFearRaisedTheSupportQuestionUsesTheReviewsWords() throws {
    var session = session(try TestContent.example("two-men"))
    _ = session.handle("7")
    _ = session.handle("t")
    _ = session.handle("y")
    if session.prompt(width: 80).contains("Change the practitioner's answer?") {
      _ = session.handle("")
    }
    _ = session.handle("y")
    // Two men: about which was it raised? a, all of them.
    #expect(
      session.prompt(width: 200).contains(
        "About which man was it raised? 1 Father, 2 Mother's partner"))
    #expect(session.handle("x").event == .unchanged)
    #expect(session.handle("a").event == .changed)
    #expect(session.record.supervisions[0].fearAbout == ["Father", "Mother's partner"])
    let prompt = session.prompt(width: 100)
    #expect(prompt.contains("Fear or anxiety was raised: what support was agreed"))
    #expect(prompt.contains("reflective supervision and discussion, and joint visits"))
    #expect(prompt.contains("(17.5)"))
  }

  /// Fear raised in supervision (17.5): the first step follows what the supervision agreed, not
  /// "raise it with your manager now"; where the practitioner's own answer differs, both show.
  @Test func fearRaisedInSupervisionIsWhatTheFirstStepFollows() throws {
    var record = try TestContent.example("two-men")
    #expect(record.answers["practitioner-fear"] == nil, "not answered: a first step")
    let fearStep = { (report: GapReport) in
      report.firstSteps.first { $0.item.id == "practitioner-fear" }?.advice.briefAdvice
    }
    let before = GapAnalysis.report(for: record, content: content, today: today)
    #expect(fearStep(before)?.contains("raise it with your manager now") == true)
    var supervision = SupervisionRecord(date: today, role: "Team manager")
    supervision.fearRaised = true
    supervision.support = [.coWorking]
    supervision.otherSupport = "Peer support from the lead"
    record.supervisions = [supervision]
    let after = GapAnalysis.report(for: record, content: content, today: today)
    #expect(
      fearStep(after)
        == "Fear was raised in supervision (2026-12-03); support agreed: co-working, other support. Keep to it, do not visit him alone; talk to your manager again if anything changes."
    )
    // Answered yes: the safety section's "You" line follows the supervision too.
    record.answers["practitioner-fear"] = Answer(.yes)
    let answered = GapAnalysis.report(for: record, content: content, today: today)
    #expect(answered.fearDifference == nil, "both say fear was raised")
    let text = GapReportRenderer(content: content, text: TextOptions(width: 1000)).render(
      answered, as: .text)
    #expect(text.contains("You: Fear was raised in supervision (2026-12-03); support agreed"))
    #expect(!text.contains("raise it with your manager now"))
    #expect(!text.contains("Talk to your manager now"))
    #expect(!text.contains("Peer support"), "other support's words are a sensitive note")
    record.supervisions[0].support = []
    record.supervisions[0].otherSupport = nil
    record.answers["practitioner-fear"] = nil
    #expect(
      fearStep(GapAnalysis.report(for: record, content: content, today: today))?.contains(
        "no support recorded: agree it with your manager now; do not visit him alone") == true)

    record.answers["practitioner-fear"] = Answer(.no)
    #expect(
      record.fearAnswerDiffers == FearAnswerDifference(practitioner: "no", supervision: true))
    let differs = GapReportRenderer(content: content, text: TextOptions(width: 1000)).render(
      GapAnalysis.report(for: record, content: content, today: today), as: .text)
    #expect(
      differs.contains(
        "The practitioner's own answer to \"Practitioner fear\" is no; the latest supervision recorded fear or anxiety about working with a man as raised. Both are kept"
      ))
    record.supervisions[0].fearRaised = nil
    #expect(record.fearAnswerDiffers == nil, "no supervision recorded it")
  }
}
