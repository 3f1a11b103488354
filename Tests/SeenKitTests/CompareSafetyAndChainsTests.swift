import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 16 follow-ups: a safety condition recorded since the earlier review is the
/// comparison's headline and never a gap closed (in `seen compare` and in the summary's gaps
/// closed, through one rule); which of two reviews is the earlier; and `seen actions` lists the
/// latest review of each chain (`ReviewChains`, the rule `seen summary` follows).
@Suite struct CompareSafetyAndChainsTests {
  let content = TestContent.bundled
  let later = ISODate(year: 2026, month: 12, day: 17)!

  private func earlier() throws -> ReviewRecord { try TestContent.example("agreed-actions") }

  /// The re-review two weeks later, every earlier answer kept, with `change` made to it.
  private func again(_ change: (inout ReviewRecord) -> Void = { _ in }) throws -> ReviewRecord {
    var record = ReviewRecord.again(
      from: try earlier(), id: "0123456789abcdef0123456789abcdef", date: "2026-12-17",
      keepEarlier: true)
    change(&record)
    return record
  }

  private func compare(_ new: ReviewRecord) throws -> RecordComparison {
    RecordComparison(earlier: try earlier(), later: new, content: content, today: later)
  }

  // MARK: Point 1

  @Test func aSafetyConcernFoundSinceIsTheHeadlineNotAGapClosed() throws {
    let comparison = try compare(
      try again { $0.men[0].answers["safety"] = Answer(.yes, note: "Non-molestation order") })
    #expect(comparison.newSafety.map(\.man) == ["Father"])
    #expect(comparison.newSafety.first?.reasons == [.concernRecorded])
    #expect(!comparison.closed.contains { $0.item.id == "safety" })
    #expect(comparison.answeredBySafety.map(\.item.id) == ["safety"])
    let text = ComparisonRenderer(text: TextOptions(width: 200)).render(comparison, as: .text)
    let headline = try #require(text.range(of: "New since the earlier review: a safety condition"))
    #expect(headline.lowerBound < (try #require(text.range(of: "Case SW-0612"))).lowerBound)
    #expect(text.contains("Contact with him must now be planned for safety."))
    #expect(text.contains("manager") && text.contains("17.2"))
    #expect(!text.contains("Non-molestation"))
  }

  @Test func violenceOrControlFoundPresentIsNewKnowledgeNotAGapClosed() throws {
    let comparison = try compare(
      try again { $0.men[0].answers["violence-control"] = Answer(.present) })
    #expect(comparison.newSafety.first?.reasons == [.violenceOrControl])
    #expect(!comparison.closed.contains { $0.item.id == "violence-control" })
    #expect(comparison.becameKnown.contains { $0.factor.id == "violence-control" })
    // Found absent, it is a gap closed as any other.
    let absent = try compare(try again { $0.men[0].answers["violence-control"] = Answer(.absent) })
    #expect(absent.newSafety.isEmpty)
    #expect(absent.closed.contains { $0.item.id == "violence-control" })
  }

  @Test func fearRecordedSinceSaysToTalkToTheManagerNow() throws {
    let comparison = try compare(try again { $0.answers["practitioner-fear"] = Answer(.yes) })
    #expect(comparison.newSafety.map(\.man) == [nil])
    #expect(comparison.newSafety.first?.advice.contains("Talk to your manager now") == true)
    #expect(!comparison.closed.contains { $0.item.id == "practitioner-fear" })
    // A safety concern answered "no" is answered: that gap is closed.
    let no = try compare(try again { $0.men[0].answers["safety"] = Answer(.no) })
    #expect(no.closed.contains { $0.item.id == "safety" && $0.man == "Father" })
    #expect(no.newSafety.isEmpty)
  }

  @Test func aConcernRecordedInBothReviewsIsNotNew() throws {
    var old = try earlier()
    old.men[0].answers["safety"] = Answer(.yes)
    var new = ReviewRecord.again(
      from: old, id: "0123456789abcdef0123456789abcdef", keepEarlier: true)
    new.date = "2026-12-17"
    let comparison = RecordComparison(earlier: old, later: new, content: content, today: later)
    #expect(comparison.newSafety.isEmpty)
    #expect(comparison.answeredBySafety.isEmpty)
  }

  @Test func newSafetyMatchesGoldenFilesInEveryFormat() throws {
    let comparison = try compare(
      try again {
        $0.men[0].answers["safety"] = Answer(.yes, note: "Non-molestation order")
        $0.answers["practitioner-fear"] = Answer(.yes)
      })
    let renderer = ComparisonRenderer()
    for (format, suffix) in [
      (OutputFormat.text, "txt"), (.markdown, "md"), (.html, "html"), (.json, "json"),
    ] {
      expectSnapshot(
        renderer.render(comparison, as: format), named: "compare-new-safety.\(suffix)",
        in: PackagePaths.snapshots())
    }
    expectSnapshot(
      ReportPrintTests.pageText(renderer.output(comparison, as: .pdf).bytes),
      named: "compare-new-safety.pdf.txt", in: PackagePaths.snapshots())
  }

  @Test func theSummaryCountsNoGapClosedByASafetyConditionFoundSince() throws {
    let old = try earlier()
    var closedOnly = ChainCounts()
    closedOnly.addPair(earlier: old, later: try again(), content: content)
    var withConcern = ChainCounts()
    withConcern.addPair(
      earlier: old, later: try again { $0.men[0].answers["safety"] = Answer(.yes) },
      content: content)
    #expect(withConcern.closedGaps == closedOnly.closedGaps)
    var withNo = ChainCounts()
    withNo.addPair(
      earlier: old, later: try again { $0.men[0].answers["safety"] = Answer(.no) },
      content: content)
    #expect(withNo.closedGaps == closedOnly.closedGaps + 1)
  }

  // MARK: Point 3

  @Test func theOrderOfTwoReviews() throws {
    let old = try earlier()
    let new = try again()
    #expect(RecordComparison.order(old, new) == .asGiven)
    #expect(RecordComparison.order(new, old) == .firstSupersedesSecond)
    #expect(RecordComparison.order(old, old) == .sameReview)
    var copy = new
    copy.men = []
    #expect(RecordComparison.order(new, copy) == .sameReview, "the same id")
    // A chain A, B, C: A and C are not adjacent, and go by their dates.
    var third = ReviewRecord.again(
      from: new, id: "fedcba9876543210fedcba9876543210", date: "2027-01-07")
    third.caseReference = old.caseReference
    #expect(RecordComparison.order(old, third) == .asGiven)
    #expect(RecordComparison.order(third, old) == .secondDatedEarlier)
    var undated = old
    undated.id = nil
    undated.date = nil
    #expect(RecordComparison.order(third, undated) == .asGiven, "nothing says otherwise")
  }

  // MARK: Point 2

  /// The earlier review (three actions: one overdue, one done, one dropped) and its re-review,
  /// which carries the open one over and marks it done.
  private func chainList(allVersions: Bool = false) throws -> ActionList {
    let old = try earlier()
    let new = try again {
      $0.actions[0].state = .done(on: ISODate(year: 2026, month: 12, day: 16)!, note: nil)
    }
    var list = ActionList(today: later, allVersions: allVersions)
    list.add(new, file: "reviews/again.json", content: content)
    list.add(old, file: "reviews/first.json", content: content)
    return list
  }

  @Test func actionsListsTheLatestReviewOfEachChain() throws {
    let list = try chainList()
    #expect(list.entries.map(\.file) == ["reviews/again.json"])
    #expect(list.listing.supersededReviews == 1)
    #expect(!list.entries.contains { $0.action.isOverdue(today: later) })
    let all = try chainList(allVersions: true)
    #expect(all.entries.count == (try earlier()).actions.count + 1)
    #expect(all.entries.filter(\.superseded).allSatisfy { $0.file == "reviews/first.json" })
    // Read in parts, in any order: the same list.
    var parts = ActionList(today: later)
    var other = ActionList(today: later)
    parts.add(try earlier(), file: "reviews/first.json", content: content)
    other.add(
      try again {
        $0.actions[0].state = .done(on: ISODate(year: 2026, month: 12, day: 16)!, note: nil)
      }, file: "reviews/again.json", content: content)
    parts.merge(other)
    #expect(parts.entries == list.entries)
  }

  @Test func actionsOverAChainMatchGoldenFiles() throws {
    let renderer = ActionListRenderer()
    expectSnapshot(
      renderer.render(try chainList(), as: .text), named: "actions-chain.txt",
      in: PackagePaths.snapshots())
    expectSnapshot(
      renderer.render(try chainList(allVersions: true), as: .text),
      named: "actions-chain-all-versions.txt", in: PackagePaths.snapshots())
    expectSnapshot(
      renderer.render(try chainList(), as: .json), named: "actions-chain.json",
      in: PackagePaths.snapshots())
  }

  @Test func chainsInACircleHaveNoLatestAndEachIsListed() {
    var chains = ReviewChains<String>()
    chains.link("a", supersedes: "b")
    chains.link("b", supersedes: "a")
    chains.link("c", supersedes: "a")
    #expect(chains.superseded(among: ["a", "b", "c"]).isEmpty)
    var line = ReviewChains<String>()
    line.link("b", supersedes: "a")
    line.link("c", supersedes: "b")
    #expect(line.superseded(among: ["a", "b", "c"]) == ["a", "b"])
    #expect(line.superseded(among: ["a", "c"]) == [], "b not read: a is not known superseded")
  }
}
