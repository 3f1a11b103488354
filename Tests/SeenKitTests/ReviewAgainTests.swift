import SeenTestSupport
import Testing

@testable import SeenKit

/// A re-review (`seen review --again`): the new record follows the earlier one and holds only
/// confirmed answers; the guided session shows each earlier answer as "last time: …"; and
/// `seen compare` shows what changed, in every format.
@Suite struct ReviewAgainTests {
  let content = TestContent.bundled
  let later = ISODate(year: 2026, month: 12, day: 17)!

  private func earlier() throws -> ReviewRecord { try TestContent.example("agreed-actions") }

  private func again(keepEarlier: Bool = false) throws -> ReviewRecord {
    ReviewRecord.again(
      from: try earlier(), id: "0123456789abcdef0123456789abcdef", date: "2026-12-17",
      keepEarlier: keepEarlier)
  }

  // MARK: The new record

  @Test func aReReviewFollowsTheEarlierOneWithNoAnswerCarriedOver() throws {
    let old = try earlier()
    let record = try again()
    #expect(record.id == "0123456789abcdef0123456789abcdef")
    #expect(record.supersedes == old.id)
    #expect(record.caseReference == old.caseReference)
    #expect(record.date == "2026-12-17")
    #expect(record.men.map(\.label) == old.men.map(\.label))
    #expect(record.men.allSatisfy { $0.answers.isEmpty && $0.livesWithBaby == nil })
    #expect(record.answers.isEmpty)
    #expect(record.reflections.isEmpty)
    #expect(record.confidence == nil)
    // Only the open actions carry over, in their order: numbered from 1 in the new record.
    #expect(record.actions == old.actions.filter(\.isOpen))
    #expect(!record.actions.isEmpty && record.actions.count < old.actions.count)
  }

  @Test func keepEarlierKeepsTheAnswersButNeverTheReflections() throws {
    let old = try earlier()
    let record = try again(keepEarlier: true)
    #expect(record.answers == old.answers)
    #expect(record.men.map(\.answers) == old.men.map(\.answers))
    #expect(record.reflections.isEmpty)
    #expect(record.id != old.id)
  }

  @Test func aReReviewReadsBackAsSaved() throws {
    var record = try again()
    let marked = record.markNoLongerInBabysLife("2", on: later)
    let unknown = record.markNoLongerInBabysLife("Uncle", on: later)
    #expect(marked && !unknown)
    let read = try ReviewRecord.decode(
      Array(record.encoded().utf8), file: "r.json", content: content)
    #expect(read.supersedes == record.supersedes)
    #expect(read.men[1].noLongerInBabysLife == later)
  }

  // MARK: The guided session

  private func session() throws -> ReviewSession {
    ReviewSession(again: try again(), earlier: try earlier(), content: content, today: later)
  }

  @Test func eachEarlierManIsAskedWhetherHeIsStillInTheBabysLifeWithNoDefault() throws {
    var session = try session()
    session.step = .date
    _ = session.handle("")
    #expect(session.step == .manStillInLife(0))
    let prompt = session.prompt(width: 200)
    #expect(prompt.contains("Is he still in the baby's life? y yes, n no"))
    #expect(prompt.contains("last time: in the baby's life"))
    let enter = session.handle("")
    #expect(enter.event == .unchanged)
    #expect(enter.message?.contains("no answer is assumed") == true)
    #expect(session.step == .manStillInLife(0), "Enter alone does not pass")
    _ = session.handle("y")
    #expect(session.step == .manLabel(0))
  }

  @Test func aManNoLongerInTheBabysLifeStaysListedAndIsAskedOnlyAboutASafetyConcern() throws {
    var session = try session()
    session.step = .manStillInLife(1)
    let outcome = session.handle("n")
    #expect(outcome.event == .changed)
    #expect(outcome.message?.contains("stays listed") == true)
    #expect(outcome.message?.contains("whether there is a safety concern about him") == true)
    #expect(session.record.men.count == 2)
    #expect(session.record.men[1].noLongerInBabysLife == later)
    // One question, the safety concern (a threat can remain after he leaves), then on.
    #expect(session.step == .item(man: 1, id: "safety"))
    #expect(session.steps.filter { if case .item(1?, _) = $0 { true } else { false } }.count == 1)
    _ = session.handle("")
    #expect(session.step == .addAnotherMan)
    #expect(!session.steps.contains(.item(man: 1, id: "identified")))
    #expect(session.steps.contains(.item(man: 0, id: "identified")))
    // The gap report lists him, marked, with no gap about him.
    let report = GapAnalysis.report(for: session.record, content: content)
    #expect(report.men[1].noLongerInBabysLife == later)
    #expect(!report.gaps.contains { $0.man == "Mother's partner" })
  }

  @Test func aManNoLongerInTheBabysLifeKeepsWhatWasKnownOfHimUntilHeIsSaidToBeStillThere()
    throws
  {
    var session = try session()
    let old = try earlier()
    session.step = .manStillInLife(1)
    _ = session.handle("n")
    #expect(!old.men[1].answers.isEmpty)
    #expect(session.record.men[1].answers == old.men[1].answers)
    // Changed back: he is asked again, and nothing carries over unconfirmed.
    session.step = .manStillInLife(1)
    _ = session.handle("y")
    #expect(session.record.men[1].answers.isEmpty)
    #expect(session.record.men[1].noLongerInBabysLife == nil)
  }

  @Test func whatHeBringsShowsLastTimeAndEnterKeepsIt() throws {
    var earlierRecord = try earlier()
    earlierRecord.men[0].strengths = "Comes to every appointment"
    var session = ReviewSession(
      again: ReviewRecord.again(from: earlierRecord, id: "0123456789abcdef0123456789abcdef"),
      earlier: earlierRecord, content: content, today: later)
    session.step = .manStrengths(0)
    let prompt = session.prompt(width: 300)
    #expect(prompt.contains("Enter keeps last time"))
    #expect(prompt.contains("last time: Comes to every appointment"))
    #expect(session.handle("").event == .changed)
    #expect(session.record.men[0].strengths == "Comes to every appointment")
  }

  @Test func anItemShowsLastTimeAndEnterKeepsItOnlyWhereThePromptSaysSo() throws {
    var session = try session()
    session.step = .item(man: 0, id: "contacted")
    #expect(session.record.men[0].answers["contacted"] == nil, "nothing carried over unasked")
    let prompt = session.prompt(width: 300)
    #expect(prompt.contains("(Enter keeps last time)"))
    #expect(prompt.contains("last time: done (Home visit to his flat)"))
    #expect(!prompt.contains("now:"))
    #expect(session.handle("").event == .changed)
    #expect(
      session.record.men[0].answers["contacted"] == (try earlier()).men[0].answers["contacted"])
  }

  @Test func typingAnAnswerChangesLastTimesAnswer() throws {
    var session = try session()
    session.step = .item(man: 1, id: "contacted")
    #expect(session.prompt(width: 300).contains("last time: not yet"))
    _ = session.handle("y: met at the family centre")
    #expect(
      session.record.men[1].answers["contacted"] == Answer(.yes, note: "met at the family centre"))
    // A risk factor is asked the same way: nothing carries over unconfirmed.
    session.step = .item(man: 0, id: "substance-misuse")
    #expect(session.record.men[0].answers["substance-misuse"] == nil)
    #expect(session.prompt(width: 300).contains("last time:"))
  }

  @Test func whetherHeLivesWithTheBabyShowsLastTimeAndEnterKeepsIt() throws {
    var session = try session()
    session.step = .manLivesWithBaby(0)
    #expect(session.record.men[0].livesWithBaby == nil)
    let prompt = session.prompt(width: 300)
    #expect(prompt.contains("(Enter keeps last time)"))
    #expect(prompt.contains("last time: no"))
    #expect(session.handle("").event == .changed)
    #expect(session.record.men[0].livesWithBaby == false)
    // Answered "not known" this time: Enter on coming back keeps that, not last time's.
    session.step = .manLivesWithBaby(0)
    _ = session.handle("u")
    session.step = .manLivesWithBaby(0)
    #expect(!session.prompt(width: 300).contains("last time"))
    _ = session.handle("")
    #expect(session.record.men[0].livesWithBaby == nil)
  }

  @Test func anItemWithNoEarlierAnswerOffersNoLastTime() throws {
    var session = try session()
    session.step = .item(man: 1, id: "views")
    #expect(!session.prompt(width: 300).contains("last time"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.men[1].answers["views"] == nil)
  }

  // MARK: Compare

  /// The re-review of the example two weeks later: the father contacted and more known of him,
  /// the partner no longer in the baby's life, a new man, one new action.
  func comparison(includeSensitive: Bool = false) throws -> RecordComparison {
    let old = try earlier()
    var new = try again(keepEarlier: true)
    new.men[0].answers["history"] = Answer(.yes)
    new.men[0].answers["impulsivity"] = Answer(.absent)
    new.men[0].answers["crying-coping"] = Answer(.no)
    let marked = new.markNoLongerInBabysLife("Mother's partner", on: later)
    #expect(marked)
    new.men.append(ManRecord(label: "Grandfather", relationship: .unknown))
    new.actions.append(
      AgreedAction(
        what: "Invite the father to the child in need meeting", man: "Father",
        owner: "Social worker", due: ISODate(year: 2027, month: 1, day: 8)!))
    return RecordComparison(
      earlier: old, later: new, content: content, includeSensitive: includeSensitive, today: later)
  }

  @Test func compareShowsMenGapsRiskFactorsAndActions() throws {
    let comparison = try comparison()
    #expect(comparison.men.map(\.label) == ["Father", "Mother's partner", "Grandfather"])
    #expect(comparison.men[1].noLongerInBabysLife == later)
    #expect(comparison.men[2].isAdded)
    #expect(comparison.closed.contains { $0.man == "Father" && $0.item.id == "history" })
    #expect(comparison.setAside.allSatisfy { $0.man == "Mother's partner" })
    #expect(comparison.new.contains { $0.man == "Grandfather" })
    #expect(comparison.becameKnown.contains { $0.factor.id == "impulsivity" })
    #expect(comparison.done.count == 1)
    #expect(comparison.dropped.count == 1)
    #expect(comparison.actions.last?.earlierNumber == nil)
  }

  @Test func compareMatchesGoldenFilesInEveryFormat() throws {
    let comparison = try comparison()
    let renderer = ComparisonRenderer()
    for (format, suffix) in [
      (OutputFormat.text, "txt"), (.markdown, "md"), (.html, "html"), (.json, "json"),
    ] {
      expectSnapshot(
        renderer.render(comparison, as: format), named: "compare-agreed-actions.\(suffix)",
        in: PackagePaths.snapshots())
    }
    expectSnapshot(
      ReportPrintTests.pageText(renderer.output(comparison, as: .pdf).bytes),
      named: "compare-agreed-actions.pdf.txt", in: PackagePaths.snapshots())
  }

  @Test func compareFollowsTheSensitiveFieldRule() throws {
    var old = try earlier()
    old.men[0].answers["safety"] = Answer(.yes, note: "Non-molestation order")
    old.actions[1].what = "Ask the GP about the order against him"
    var new = ReviewRecord.again(
      from: old, id: "0123456789abcdef0123456789abcdef", keepEarlier: true)
    new.actions.append(
      AgreedAction(
        what: "Plan the visit with the refuge", owner: "Social worker",
        due: ISODate(year: 2027, month: 1, day: 8)!))
    let renderer = ComparisonRenderer()
    for format in [OutputFormat.text, .json, .html, .markdown] {
      let hidden = renderer.render(
        RecordComparison(earlier: old, later: new, content: content, today: later), as: format)
      #expect(!hidden.contains("order against him"))
      #expect(!hidden.contains("with the refuge"))
      // An action's words left out still name what stands in their place.
      #expect(hidden.contains("sensitive: words left out"))
      let shown = renderer.render(
        RecordComparison(
          earlier: old, later: new, content: content, includeSensitive: true, today: later),
        as: format)
      #expect(shown.contains("order against him"))
      #expect(shown.contains("with the refuge"))
    }
  }

  @Test func differentCaseReferencesAreToldApart() throws {
    let old = try earlier()
    var other = old
    #expect(!RecordComparison.differentCases(old, other))
    other.caseReference = "SW-9999"
    #expect(RecordComparison.differentCases(old, other))
    other.caseReference = nil
    #expect(!RecordComparison.differentCases(old, other))
  }
}
