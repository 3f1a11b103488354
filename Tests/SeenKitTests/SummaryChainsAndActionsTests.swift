import Testing

@testable import SeenKit

/// The team summary's agreed actions and re-review figures (issue 16): counted and taken back out
/// exactly, and shown through the small-number rule only.
@Suite struct SummaryChainsAndActionsTests {
  let content = TestContent.bundled
  let today = ISODate("2026-12-03")!

  private func record(_ actions: [AgreedAction], role: String = "Health visitor") -> ReviewRecord {
    var record = ReviewRecord(role: role, men: [ManRecord(label: "Father")])
    record.actions = actions
    return record
  }

  private var actions: [AgreedAction] {
    [
      AgreedAction(what: "a", owner: "Health visitor", due: ISODate("2026-11-25")!),
      AgreedAction(what: "b", owner: "Health visitor", due: ISODate("2026-12-25")!),
      AgreedAction(
        what: "c", owner: "Social worker", due: ISODate("2026-11-25")!,
        state: .done(on: ISODate("2026-11-20")!, note: nil)),
      AgreedAction(
        what: "d", owner: "Social worker", due: ISODate("2026-11-25")!,
        state: .done(on: ISODate("2026-11-30")!, note: nil)),
      AgreedAction(
        what: "e", owner: "Team manager", due: ISODate("2026-11-25")!,
        state: .dropped(reason: "moved away")),
    ]
  }

  @Test func actionsAreCountedByStateAndOwner() {
    var grouped = GroupedSummary(field: .role, today: today)
    grouped.add(record(actions), content: content)
    let counts = grouped.overall.actions
    #expect(counts.all.agreed == 5)
    #expect(counts.all.open == 2)
    #expect(counts.all.overdue == 1)
    #expect(counts.all.doneByItsDate == 1)
    #expect(counts.all.doneLate == 1)
    #expect(counts.all.dropped == 1)
    #expect(counts.reviewsWithActions == 1)
    #expect(counts.owners(content: content) == ["Health visitor", "Social worker", "Team manager"])
    #expect(counts.byOwner["Social worker"]?.done == 2)
  }

  @Test func aReviewTakenBackOutLeavesNoActionBehind() {
    var grouped = GroupedSummary(field: .role, today: today)
    grouped.add(record([]), content: content)
    var with = grouped
    with.add(record(actions), content: content)
    with.remove(record(actions), content: content)
    #expect(with == grouped)
    #expect(with.overall.actions.byOwner.isEmpty)
  }

  @Test func withoutADayNoActionIsOverdue() {
    var grouped = GroupedSummary()
    grouped.add(record(actions), content: content)
    #expect(grouped.overall.actions.all.overdue == 0)
  }

  @Test func smallNumbersAreWithheldInTheActionsAndChains() {
    var grouped = GroupedSummary(today: today)
    for _ in 0..<12 { grouped.add(record(actions), content: content) }
    let layout = TeamSummaryLayout(content: content).within(grouped.overall)
    let text = DocumentOutput.render(
      Document(blocks: layout.actionBlocks(grouped.overall)), as: .text,
      text: TextOptions(width: 80), pdf: .init(), bodyClass: "summary")
    let shown = String(decoding: text.bytes, as: UTF8.self)
    // 60 agreed, 12 overdue: rounded to 60 and 10; no exact 12.
    #expect(shown.contains("60 actions agreed in 10 reviews"), "\(shown)")
    #expect(!shown.contains("12"), "\(shown)")
    var chains = ChainCounts()
    chains.superseded = 3
    chains.pairs = 3
    chains.earlierGaps = 40
    chains.closedGaps = 12
    let sentences = layout.chainSentences(chains).joined(separator: " ")
    #expect(sentences.contains("<5 earlier reviews of a case left out"), "\(sentences)")
    #expect(sentences.contains("Gaps closed between consecutive reviews of a case: withheld"))
    chains.pairs = 7
    let shownPairs = layout.chainSentences(chains).joined(separator: " ")
    #expect(
      shownPairs.contains("(5 pairs): of 40 gaps in earlier reviews, 10 were closed"),
      "\(shownPairs)")
    let exact = TeamSummaryLayout(content: content, suppress: false).within(grouped.overall)
    #expect(exact.chainSentences(chains).joined(separator: " ").contains("12 were closed"))
  }

  @Test func gapKeysAreTheGapsTheCountFinds() throws {
    for name in ["two-men", "unseen-father", "few-gaps", "agreed-actions"] {
      let record = try TestContent.example(name)
      #expect(
        GapAnalysis.gapKeys(of: record, content: content).count
          == GapAnalysis.gapCount(for: record, content: content), "\(name)")
    }
    var chains = ChainCounts()
    let record = try TestContent.example("two-men")
    chains.addPair(earlier: record, later: record, content: content)
    #expect(chains.closedGaps == 0)
    #expect(chains.earlierGaps == GapAnalysis.gapCount(for: record, content: content))
  }

  @Test func groupsSideBySideCompareTheActionsDoneAndOverdue() {
    var grouped = GroupedSummary(field: .cohort, today: today)
    for number in 0..<20 {
      var review = record(number < 10 ? actions : Array(actions.prefix(1)))
      review.cohort = number < 10 ? "before" : "after"
      grouped.add(review, content: content)
    }
    var text = ""
    _ = SummaryRenderer(content: content).write(grouped, as: .text) { text += $0 }
    let rows = text.split(separator: "\n").filter { $0.contains("agreed actions") }
    // after: 10 actions, all overdue; before: 50, 10 overdue and 10 on time.
    #expect(rows.count == 2, "\(text)")
    #expect(
      rows.contains { $0.split(separator: " ").suffix(3) == ["100%", "20%", "-80"] }, "\(rows)")
    #expect(
      rows.contains { $0.split(separator: " ").suffix(3) == ["0%", "20%", "+20"] }, "\(rows)")
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    var without = GroupedSummary(field: .cohort, today: today)
    without.add(record([]), content: content)
    var plain = ""
    _ = SummaryRenderer(content: content).write(without, as: .text) { plain += $0 }
    #expect(!plain.contains("agreed actions"))
  }
}
