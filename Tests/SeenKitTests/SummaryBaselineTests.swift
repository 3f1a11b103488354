import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 15 follow-ups: `--baseline` puts a chosen group first (the one a difference is counted
/// from) in every format; practice items no review answered come last.
@Suite struct SummaryBaselineTests {
  let content = TestContent.bundled

  private func grouped(_ records: [ReviewRecord], by field: SummaryField) -> GroupedSummary {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  /// Five reviews (so that no figure is withheld) of `example`, changed by `edit`.
  private func five(
    _ example: String = "two-men", _ edit: (inout ReviewRecord) -> Void
  ) throws -> [ReviewRecord] {
    var record = try TestContent.example(example)
    edit(&record)
    return Array(repeating: record, count: 10)
  }

  /// "after" (every man seen) and "before" (the father unseen): sorted by name, "after" first.
  private func cohorts() throws -> GroupedSummary {
    let after = try five("few-gaps") { $0.cohort = "after" }
    let before = try five("unseen-father") { $0.cohort = "before" }
    return grouped(after + before, by: .cohort)
  }

  // MARK: The order

  @Test func withoutABaselineGroupsKeepTheOrderOfTheirNames() throws {
    let summary = try cohorts()
    #expect(summary.baseline == nil)
    #expect(summary.shownGroupNames == ["after", "before"])
    #expect(summary.groupTitles == ["after", "before"])
  }

  @Test func theBaselineComesFirstAndIsMatchedInAnyCase() throws {
    var summary = try cohorts()
    #expect(summary.chooseBaseline("  BEFORE ", content: content) == .chosen)
    #expect(summary.baseline == "before")
    #expect(summary.shownGroupNames == ["before", "after"])
    // The order the names sort in is not changed: the charts over time keep time order.
    #expect(summary.groupNames == ["after", "before"])
  }

  @Test func withMoreThanTwoGroupsTheBaselineJustComesFirst() throws {
    var summary = grouped(
      try five { $0.cohort = "b" } + five { $0.cohort = "c" } + five { $0.cohort = "a" }
        + five { $0.cohort = nil }, by: .cohort)
    #expect(summary.chooseBaseline("c", content: content) == .chosen)
    #expect(summary.shownGroupNames == ["c", "a", "b", SummaryField.notRecorded])
    #expect(summary.chooseBaseline("(no cohort)", content: content) == .chosen)
    #expect(summary.shownGroupNames == [SummaryField.notRecorded, "a", "b", "c"])
  }

  @Test func aRoleIsMatchedAsTheContentListsIt() throws {
    var summary = grouped(
      try five { $0.role = "health visitor" } + five { $0.role = "Social worker" }, by: .role)
    #expect(summary.groupNames == ["Health visitor", "Social worker"])
    #expect(summary.chooseBaseline("SOCIAL WORKER", content: content) == .chosen)
    #expect(summary.shownGroupNames == ["Social worker", "Health visitor"])
    #expect(summary.chooseBaseline("other: health visitor", content: content) == .chosen)
    #expect(summary.baseline == "Health visitor")
  }

  @Test func aPeriodIsMatchedAsItIsTitled() throws {
    var summary = grouped(
      try five { $0.date = "2026-02-01" } + five { $0.date = "2026-08-30" }, by: .quarter)
    #expect(summary.groupNames == ["2026 Q1", "2026 Q3"])
    #expect(summary.chooseBaseline("2026 q3", content: content) == .chosen)
    #expect(summary.shownGroupNames == ["2026 Q3", "2026 Q1"])
  }

  @Test func aRelationshipIsMatchedByItsIdOrItsWords() throws {
    var summary = grouped(try five { _ in }, by: .relationship)
    #expect(summary.groupNames == ["birth-father", "partner"])
    #expect(summary.chooseBaseline("Mother's current partner", content: content) == .chosen)
    #expect(summary.shownGroupNames == ["partner", "birth-father"])
    #expect(summary.chooseBaseline("birth-father", content: content) == .chosen)
    #expect(summary.shownGroupNames == ["birth-father", "partner"])
  }

  @Test func aNameThatIsNoGroupIsSaidSo() throws {
    var summary = try cohorts()
    #expect(summary.chooseBaseline("during", content: content) == .noSuchGroup)
    #expect(summary.baseline == nil)
    var unsplit = GroupedSummary()
    #expect(unsplit.chooseBaseline("after", content: content) == .noSuchGroup)
    // Two groups that differ only in case: the name must say which.
    var twoCases = grouped(
      try five { $0.cohort = "Before" } + five { $0.cohort = "before" }, by: .cohort)
    #expect(twoCases.chooseBaseline("BEFORE", content: content) == .several(["Before", "before"]))
    #expect(twoCases.chooseBaseline("before", content: content) == .chosen)
    #expect(twoCases.shownGroupNames == ["before", "Before"])
  }

  // MARK: Every format

  @Test func theDifferenceIsCountedFromTheBaselineAndTheNoteSaysWhichItIs() throws {
    var summary = try cohorts()
    let renderer = SummaryRenderer(content: content)
    let before = renderer.render(summary, as: .text)
    let flatBefore = before.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flatBefore.contains("choose the first with --baseline"))
    #expect(summary.chooseBaseline("before", content: content) == .chosen)
    for format in [OutputFormat.text, .markdown, .html] {
      let text = renderer.render(summary, as: format)
      let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(
        flat.contains("is the baseline (chosen with --baseline)"), "\(format)")
      #expect(flat.contains("before"), "\(format)")
      if format == .text {
        // The columns: "before" then "after"; every man was seen after, never before.
        let side = try #require(text.range(of: "By cohort, side by side"))
        let lines = text[side.upperBound...].split(separator: "\n")
        let titles = try #require(lines.first { $0.hasSuffix("difference") })
        let words = titles.split(separator: " ")
        #expect(words == ["before", "after", "difference"])
        let seen = try #require(lines.first { $0.hasPrefix("  every man seen") })
        #expect(seen.split(separator: " ").suffix(3) == ["0%", "100%", "+100"])
      }
    }
    let flat = renderer.render(summary, as: .text).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    #expect(flat.contains("the first, \"before\", is the baseline"))
  }

  @Test func jsonNamesTheBaselineAndCSVAndJSONListItFirst() throws {
    var summary = try cohorts()
    let renderer = SummaryRenderer(content: content)
    let plain = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(summary, as: .json).utf8))
        as? [String: Any])
    #expect(plain["baseline"] == nil)
    #expect(summary.chooseBaseline("before", content: content) == .chosen)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(summary, as: .json).utf8))
        as? [String: Any])
    #expect(json["baseline"] as? String == "before")
    let groups = try #require(json["groups"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["before", "after"])
    // Written a group at a time: the same bytes.
    var parts = ""
    _ = renderer.write(summary, as: .json) { parts += $0 }
    #expect(parts == renderer.render(summary, as: .json))
    let values = renderer.render(summary, as: .csv).split(separator: "\r\n").dropFirst()
      .map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
    var order: [Substring] = []
    for value in values where !value.isEmpty && order.last != value { order.append(value) }
    #expect(order == ["before", "after"])
  }

  // MARK: Items never answered

  @Test func itemsNoReviewAnsweredComeLastAndTheNoteSaysSo() throws {
    // Records made before the case items about the mother and plans: never answered.
    let records = try five("two-men") { record in
      for id in ["mother-asked-alone", "mother-supported", "men-in-plans"] {
        record.answers[id] = nil
      }
    }
    let summary = grouped(records, by: .cohort)
    let never = Set(
      content.checklist.filter { $0.kind == .practice && !summary.overall.counts($0.id).isAnswered }
        .map(\.id))
    #expect(!never.isEmpty)
    let order = summary.overall.practiceItemsWeakestFirst(content: content).map(\.id)
    #expect(Set(order.suffix(never.count)) == never)
    // Among themselves, in checklist order.
    let checklistOrder = content.checklist.map(\.id).filter(never.contains)
    #expect(Array(order.suffix(never.count)) == checklistOrder)
    let text = SummaryRenderer(content: content).render(summary, as: .text)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains(TeamSummaryLayout.unansweredLast))
    // The table of practice: the first row is an item some review answered.
    let practice = try #require(text.range(of: "Practice, weakest first"))
    let firstRow = text[practice.upperBound...].split(separator: "\n")[3]
    let neverTitles = content.checklist.filter { never.contains($0.id) }.map(\.title)
    #expect(neverTitles.count == never.count)
    #expect(!neverTitles.contains { firstRow.hasPrefix("  " + $0) }, "\(firstRow)")
    let lastRows = text[practice.upperBound...].split(separator: "\n").dropFirst(3)
      .prefix(order.count).suffix(never.count)
    #expect(
      zip(lastRows, checklistOrder).allSatisfy { row, id in
        row.hasPrefix("  " + (content.item(id)?.title ?? "?"))
      })
  }

  @Test func withEveryItemAnsweredTheNoteSaysNothingOfIt() throws {
    var summary = GroupedSummary()
    var record = try TestContent.example("two-men")
    for item in content.checklist where item.kind == .practice {
      if item.scope == .case {
        record.answers[item.id] = Answer(.yes)
      } else {
        for index in record.men.indices { record.men[index].answers[item.id] = Answer(.yes) }
      }
    }
    summary.add(record, content: content)
    #expect(!summary.overall.hasUnansweredItems(content: content))
    let text = SummaryRenderer(content: content, suppress: false).render(summary, as: .text)
    #expect(!text.contains("come last"))
  }
}
