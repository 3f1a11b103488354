import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 15, points 3 and 4: the groups side by side (the difference where there are two; 80
/// columns of text and Markdown), `--by relationship`, and small numbers withheld.
@Suite struct SummaryComparisonTests {
  let content = TestContent.bundled

  private func grouped(_ records: [ReviewRecord], by field: SummaryField) -> GroupedSummary {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  /// `count` copies of an example, each in `cohort`.
  private func copies(_ name: String, _ count: Int, cohort: String) throws -> [ReviewRecord] {
    var record = try TestContent.example(name)
    record.cohort = cohort
    return Array(repeating: record, count: count)
  }

  // MARK: Small numbers

  @Test func countsFromOneToFourReadLessThanFiveAndTheirSharesAreWithheld() {
    var summary = TeamSummary()
    for _ in 0..<12 { summary.add(ReviewRecord(), content: content) }
    let layout = TeamSummaryLayout(content: content).within(summary)
    #expect(layout.count(0) == "0")
    #expect((1...4).map(layout.count) == ["<5", "<5", "<5", "<5"])
    #expect(layout.count(5) == "5")
    #expect([7, 8, 12, 13].map(layout.count) == ["5", "10", "10", "15"], "to the nearest 5")
    #expect(layout.percent(3, of: 6) == "few", "a share of 1 to 4")
    #expect(layout.percent(7, of: 12) == "50%", "5 of 10: a share of the rounded counts")
    #expect(layout.percent(5, of: 6) == "nearly all", "1 short of all: a small remainder")
    #expect(layout.percent(58, of: 60) == "nearly all", "rounded, 60 of 60 would read 100%")
    #expect(layout.percent(55, of: 60) == "92%", "whole percents")
    #expect(layout.percent(60, of: 60) == "100%")
    #expect(layout.percent(0, of: 6) == "0%")
    #expect(layout.percent(0, of: 4) == "withheld", "a share over fewer than 5")
    #expect(layout.share(3, of: 6) == nil)
    #expect(layout.difference(nil, 500) == "withheld")
    #expect(layout.difference(120, 250) == "+13")
    #expect(layout.difference(250, 220) == "-3")
    #expect(layout.margin(of: 40) == 11, "400 ÷ 40, and half a point")
    #expect(layout.margin(of: 300) == 2)
    let off = TeamSummaryLayout(content: content, suppress: false).within(summary)
    #expect(off.count(3) == "3")
    #expect(off.count(12) == "12")
    #expect(off.percent(3, of: 4) == "75.0%")
    #expect(off.percent(5, of: 6) == "83.3%")
    #expect(off.difference(125, 250) == "+12.5")
    #expect(off.difference(250, 250) == "0.0")
    #expect(off.margin(of: 40) == nil, "exact: no margin")
  }

  /// The subtraction the QA lead did: with exact counts beside a withheld one, the overall count
  /// less the other group gave the withheld count back (9 less 5 is 4). With every shown count
  /// rounded, whatever the split, at least two of 1 to 4 stay possible.
  @Test func aWithheldCountCannotBeWorkedOutFromTheOverallLessTheOtherGroup() {
    var summary = TeamSummary()
    for _ in 0..<12 { summary.add(ReviewRecord(), content: content) }
    let layout = TeamSummaryLayout(content: content).within(summary)
    // The counts behind each shown figure.
    let behind = Dictionary(grouping: 0...400, by: layout.count)
    for overall in 5...300 {
      for withheld in 1...4 where overall - withheld >= 5 {
        let other = overall - withheld
        #expect(layout.count(withheld) == "<5")
        // What a reader can work out from the two counts shown.
        let possible = Set(
          behind[layout.count(overall), default: []].flatMap { total in
            behind[layout.count(other), default: []].map { total - $0 }
          }
        ).intersection(1...4)
        #expect(possible.count >= 2, "overall \(overall), other group \(other): \(possible)")
        #expect(possible.contains(withheld))
      }
    }
  }

  /// A tier's totals are its items' counts as shown, added up: made from the exact counts
  /// (5 × reviews + 10 × men for tier 2, always a multiple of 5) rounding would leave them
  /// exact, and a withheld number of men could be worked out (a tester did).
  @Test func aTiersFiguresAreMadeOfTheItemsShownCounts() throws {
    var records: [ReviewRecord] = []
    for (offset, name) in ["two-men", "few-gaps", "unseen-father", "safety-refuge"].enumerated() {
      records += try copies(name, 3 + offset, cohort: "c")
    }
    let summary = grouped(records, by: .cohort).overall
    let layout = TeamSummaryLayout(content: content).within(summary)
    let text = SummaryRenderer(content: content).render(grouped(records, by: .cohort), as: .text)
    for tier in content.tiers {
      let items = content.checklist.filter { $0.tier == tier.number && $0.kind == .practice }
        .map { summary.counts($0.id) }.filter(\.isAnswered)
      guard !items.isEmpty else {
        #expect(!text.contains("  Tier \(tier.number) "), "a tier with no practice item: no row")
        continue
      }
      let shown = layout.shownPractice(items)
      let unanswered = items.map { layout.shown($0.unanswered) ?? 0 }.reduce(0, +)
      #expect(shown.unanswered == unanswered)
      #expect(shown.yes % 5 == 0 && shown.total % 5 == 0)
      let row = try #require(
        text.split(separator: "\n").first { $0.hasPrefix("  Tier \(tier.number) ") })
      let expected: [Int] = [
        shown.yes, shown.partly, shown.no, shown.unknown, shown.na, shown.unanswered,
      ]
      let cells: [String] = row.split(separator: " ").suffix(6).map(String.init)
      #expect(cells == expected.map(String.init), "\(row)")
    }
  }

  /// "Weakest first" follows the shares as shown: four items answered yes in 1, 2, 3 and 4 of
  /// 12 reviews all read "few", and must not be ranked by their exact counts (a tester read 1,
  /// 2, 3 and 4 back from the order); alike, they keep the checklist's order.
  @Test func weakestFirstFollowsTheSharesAsShown() throws {
    let ids = ["supervision", "men-in-plans", "mother-supported", "health-information"]
    var records: [ReviewRecord] = []
    for number in 0..<12 {
      var record = try TestContent.example("few-gaps")
      for (offset, id) in ids.enumerated() {
        record.answers[id] = Answer(number < offset + 1 ? .yes : .no)
      }
      records.append(record)
    }
    let summary = grouped(records, by: .cohort).overall
    let layout = TeamSummaryLayout(content: content).within(summary)
    let shown = layout.practiceItemsWeakestFirst(summary).map(\.id).filter(ids.contains)
    let checklistOrder = content.checklist.map(\.id).filter(ids.contains)
    #expect(shown == checklistOrder, "alike as shown: the checklist's order")
    let exact = TeamSummaryLayout(content: content, suppress: false).within(summary)
      .practiceItemsWeakestFirst(summary).map(\.id).filter(ids.contains)
    #expect(exact == ids, "exact: by the exact shares")
  }

  /// A median ending in .5 tells that the number of reviews is even: rounded with suppression on.
  @Test func aMedianIsAWholeNumberWithSmallNumbersWithheld() {
    var summary = TeamSummary()
    for _ in 0..<12 { summary.add(ReviewRecord(), content: content) }
    #expect(TeamSummaryLayout(content: content).within(summary).median(10.5) == "11")
    #expect(TeamSummaryLayout(content: content).within(summary).median(10.0) == "10")
    #expect(
      TeamSummaryLayout(content: content, suppress: false).within(summary).median(10.5) == "10.5")
  }

  /// A relationship recorded in fewer than 10 reviews is withheld whole in the table by
  /// relationship, as a group of a split is (a tester read a row of 6 reviews).
  @Test func aRelationshipOfFewerThanTenReviewsIsWithheldWhole() throws {
    let records =
      try copies("few-gaps", 20, cohort: "c") + copies("two-men", 6, cohort: "c")
    let text = SummaryRenderer(content: content).render(grouped(records, by: .cohort), as: .text)
    let row = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("  mother's current partner ") })
    #expect(
      row.split(separator: " ").suffix(5) == ["5", "withheld", "withheld", "withheld", "withheld"],
      "\(row)")
  }

  /// A share tells no more than the rounded counts: counts that read the same give the same
  /// share, or a withheld one, so that a share times its total cannot give the exact count back.
  @Test func aShareTellsNoMoreThanTheRoundedCounts() {
    var summary = TeamSummary()
    for _ in 0..<12 { summary.add(ReviewRecord(), content: content) }
    let layout = TeamSummaryLayout(content: content).within(summary)
    var shares: [String: Set<String>] = [:]
    for total in 5...200 {
      for count in 0...total {
        let share = layout.percent(count, of: total)
        guard share.hasSuffix("%") else { continue }
        shares[layout.count(count) + " of " + layout.count(total), default: []].insert(share)
      }
    }
    #expect(shares.values.allSatisfy { $0.count == 1 }, "\(shares.filter { $0.value.count > 1 })")
    #expect(shares["60 of 60"] == ["100%"])
  }

  @Test func aSetOfFewerThanTenReviewsWithholdsEveryFigure() {
    var summary = TeamSummary()
    for _ in 0..<9 { summary.add(ReviewRecord(), content: content) }
    let layout = TeamSummaryLayout(content: content).within(summary)
    #expect(layout.withholdsEverything)
    #expect(layout.count(3) == "withheld")
    #expect(layout.count(12) == "withheld", "12 men in 3 reviews is still 3 reviews")
    #expect(layout.count(0) == "withheld", "zeros beside a withheld count would tell it")
    #expect(layout.jsonCount(0) == .null)
    #expect(layout.percent(12, of: 24) == "withheld")
    #expect(layout.median(2) == "withheld")
    #expect(layout.jsonCount(12) == .null)
  }

  /// Every format withholds the same figures, and says so; JSON with null and a marker at the
  /// top, CSV with the words of the tables.
  @Test func everyFormatWithholdsSmallNumbersAndSaysSo() throws {
    let records =
      try copies("few-gaps", 12, cohort: "after") + copies("two-men", 3, cohort: "before")
    let summary = grouped(records, by: .cohort)
    let on = SummaryRenderer(content: content)
    let off = SummaryRenderer(content: content, suppress: false)
    for format in [OutputFormat.text, .markdown, .html] {
      let text = on.render(summary, as: format)
      #expect(text.contains("Small numbers are withheld"), "\(format)")
      #expect(text.contains("&lt;5") || text.contains("<5"), "\(format)")
      #expect(off.render(summary, as: format).contains("Small numbers are shown (--no-suppress)"))
      #expect(text.contains("rounded to the nearest 5"), "\(format)")
    }
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(on.render(summary, as: .json).utf8))
        as? [String: Any])
    #expect(json["suppressed"] as? Bool == true)
    #expect(json["roundedTo"] as? Int == 5)
    #expect(json["reviews"] as? Int == 15, "15 reviews")
    let groups = try #require(json["groups"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["after", "before"])
    #expect(groups[0]["reviews"] as? Int == 10, "12, rounded to the nearest 5")
    #expect(groups[1]["reviews"] is NSNull, "3 reviews: withheld, null")
    #expect(groups[1]["men"] is NSNull, "6 men in 3 reviews: withheld with the group")
    let unsuppressed = try #require(
      try JSONSerialization.jsonObject(with: Data(off.render(summary, as: .json).utf8))
        as? [String: Any])
    #expect(unsuppressed["suppressed"] as? Bool == false)
    #expect(unsuppressed["roundedTo"] as? Int == 1)
    #expect(unsuppressed["reviews"] as? Int == 15)
    #expect((unsuppressed["groups"] as? [[String: Any]])?[1]["reviews"] as? Int == 3)
    let csv = on.render(summary, as: .csv)
    #expect(csv.contains("value,before,reviews,all,count,withheld,\r\n"), "\(csv)")
    #expect(
      csv.hasPrefix(
        "group,value,section,id,figure,count,percent\r\nall,,suppressed,all,count,1,\r\nall,,rounded-to,all,count,5,\r\n"
      ))
    #expect(csv.contains("value,before,men,all,count,withheld,\r\n"), "\(csv)")
    #expect(off.render(summary, as: .csv).contains("value,before,reviews,all,count,3,\r\n"))
  }

  /// Small numbers withheld, as a reader sees them: a cohort of 6 reviews beside one of 3.
  @Test func smallNumbersGoldenFile() throws {
    let records =
      try copies("few-gaps", 12, cohort: "after") + copies("two-men", 3, cohort: "before")
    expectSnapshot(
      SummaryRenderer(content: content).render(grouped(records, by: .cohort), as: .text),
      named: "summary-small-numbers.txt", in: PackagePaths.snapshots())
  }

  // MARK: Groups side by side

  /// The rows of the comparison table in text: label to cells.
  private func rows(_ text: String) -> [String: [String]] {
    guard let start = text.range(of: "side by side") else { return [:] }
    var rows: [String: [String]] = [:]
    for line in text[start.upperBound...].split(separator: "\n") {
      let cells = line.split(separator: "  ", omittingEmptySubsequences: true)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      if cells.count >= 2 { rows[cells[0]] = Array(cells.dropFirst()) }
    }
    return rows
  }

  @Test func twoGroupsSideBySideWithTheirDifference() throws {
    let records =
      try copies("unseen-father", 10, cohort: "before") + copies("few-gaps", 10, cohort: "after")
    let summary = grouped(records, by: .cohort)
    let comparison = SummaryComparison(summary, content: content, suppress: true)
    #expect(comparison.chunks.count == 1)
    let table = comparison.table(comparison.chunks[0])
    #expect(table.columns.map(\.title) == ["", "after", "before", "difference"])
    let text = SummaryRenderer(content: content).render(summary, as: .text)
    let rows = rows(text)
    #expect(rows["reviews"] == ["10", "10"])
    #expect(rows["shares off by up to"] == ["±41 points", "±41 points"], "400 ÷ 10, rounded up")
    // Each share from the counts, and the difference "before" minus "after".
    let after = try #require(summary.groups["after"])
    let before = try #require(summary.groups["before"])
    for figure in [ReviewFigure.everyManSeen, .anyManUnseen] {
      let first = figure.count(in: after.perReview) * 1000 / 10
      let second = figure.count(in: before.perReview) * 1000 / 10
      let layout = TeamSummaryLayout(content: content)
      #expect(
        rows[figure.words] == [
          layout.shareText(first) + "%", layout.shareText(second) + "%",
          layout.difference(first, second),
        ], "\(figure)")
    }
    #expect(rows["at least one man unseen"]?.last == "+100")
    #expect(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "Difference: the second group's share minus the first's, in percentage points."))
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
  }

  @Test func aDifferenceWithAWithheldShareIsWithheld() throws {
    let records =
      try copies("unseen-father", 4, cohort: "before") + copies("few-gaps", 10, cohort: "after")
    let text = SummaryRenderer(content: content).render(
      grouped(records, by: .cohort), as: .text)
    let rows = rows(text)
    #expect(rows["reviews"] == ["10", "withheld"], "a group of fewer than 10 is withheld whole")
    #expect(rows["at least one man unseen"] == ["0%", "withheld", "withheld"])
    let shown = SummaryRenderer(content: content, suppress: false).render(
      grouped(records, by: .cohort), as: .text)
    #expect(self.rows(shown)["at least one man unseen"] == ["0.0%", "100.0%", "+100.0"])
  }

  @Test func oneGroupIsOneColumnWithNoDifference() throws {
    let summary = grouped(try copies("few-gaps", 10, cohort: "only"), by: .cohort)
    let comparison = SummaryComparison(summary, content: content, suppress: true)
    #expect(comparison.chunks.count == 1)
    #expect(comparison.table(comparison.chunks[0]).columns.map(\.title) == ["", "only"])
    let text = SummaryRenderer(content: content).render(summary, as: .text)
    #expect(rows(text)["reviews"] == ["10"])
    #expect(!text.contains("  difference"))
  }

  /// Many groups, some with long names: as many tables as it takes, each fitting 80 columns of
  /// text and of Markdown, every group in one of them once.
  @Test func manyGroupsAreSplitIntoTablesThatFitEightyColumns() throws {
    var records: [ReviewRecord] = []
    let names =
      (1...13).map { "Cohort \($0)" } + [
        "Independent reviewing officer", "Health visitor", "Community midwife",
        "A very long team name that goes on and on past any column",
        "Supercalifragilisticexpialidocious",
      ]
    for name in names { records += try copies("two-men", 10, cohort: name) }
    let summary = grouped(records, by: .cohort)
    let comparison = SummaryComparison(summary, content: content, suppress: true)
    #expect(comparison.chunks.count > 1)
    #expect(comparison.chunks.allSatisfy { $0.groups.count <= SummaryComparison.mostGroups })
    #expect(comparison.chunks.map(\.groups.count).reduce(0, +) == names.count)
    let renderer = SummaryRenderer(content: content)
    let text = renderer.render(summary, as: .text)
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    let markdown = renderer.render(summary, as: .markdown)
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      #expect(line.count <= 80, "\(line)")
    }
    #expect(text.contains("Groups 1 to "))
    #expect(text.contains("Supercalifragil\u{2026}expialidocious"))
    #expect(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "are shortened to fit"))
    #expect(markdown.contains("By cohort, side by side"))
  }

  /// Two groups whose names are too long to stand side by side are shortened, with a note,
  /// to keep the difference in one table.
  @Test func twoLongNamesAreShortenedToKeepTheDifference() throws {
    let records =
      try copies("two-men", 10, cohort: "Before the workshop on working with fathers")
      + copies("two-men", 10, cohort: "After the workshop on working with fathers")
    let summary = grouped(records, by: .cohort)
    let text = SummaryRenderer(content: content).render(summary, as: .text)
    for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    let markdown = SummaryRenderer(content: content).render(summary, as: .markdown)
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      #expect(line.count <= 80, "\(line)")
    }
    #expect(text.contains("difference"))
    #expect(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "are shortened to fit"))
  }

  /// Shortened in the middle: names that differ only at the end stay apart (a tester found two
  /// columns both titled "Safeguarding worksh…").
  @Test func namesThatDifferAtTheEndStayApartWhenShortened() throws {
    let records =
      try copies("two-men", 10, cohort: "Safeguarding workshop, Wiltshire team: before")
      + copies("two-men", 10, cohort: "Safeguarding workshop, Wiltshire team: after")
    let comparison = SummaryComparison(
      grouped(records, by: .cohort), content: content, suppress: true)
    let before = comparison.title("Safeguarding workshop, Wiltshire team: before", longest: 20)
    let after = comparison.title("Safeguarding workshop, Wiltshire team: after", longest: 20)
    #expect(before != after)
    #expect(before.count <= 20 && after.count <= 20)
    #expect(before.hasSuffix("before") && after.hasSuffix("after"), "\(before) \(after)")
  }

  // MARK: By relationship

  @Test func aReviewCountsInTheGroupOfEachRelationshipItRecordsAManOf() throws {
    let twoMen = try TestContent.example("two-men")
    let relationships = Set(twoMen.men.map(\.relationship))
    #expect(relationships.count == 2, "two-men records men of two relationships")
    let summary = grouped(
      [twoMen, try TestContent.example("few-gaps"), ReviewRecord()], by: .relationship)
    #expect(summary.overall.reviews == 3)
    let groupReviews = summary.groups.values.map(\.reviews).reduce(0, +)
    #expect(groupReviews > summary.overall.reviews, "the groups add up to more than the reviews")
    #expect(summary.groups[SummaryField.notRecorded]?.reviews == 1, "No man recorded")
    #expect(summary.groupNames.last == SummaryField.notRecorded)
    for relationship in relationships {
      let group = try #require(summary.groups[relationship.rawValue])
      // Only the men of the relationship; the review whole.
      #expect(group.men == group.relationships[relationship])
      #expect(group.relationships.self == [relationship: group.men])
      #expect(group.perReview.reviews == group.reviews)
    }
    #expect(SummaryField.relationship.columnTitle(SummaryField.notRecorded) == "No man recorded")
    #expect(SummaryField.relationship.columnTitle("birth-father") == "birth father")
  }

  /// One label, one meaning: split by relationship, "every man seen" under a relationship's
  /// column counts that relationship's men, as the table by relationship does, not every man
  /// of the reviews that record one.
  @Test func splitByRelationshipTheFiguresAboutMenCountTheColumnsMen() throws {
    let twoMen = try TestContent.example("two-men")
    let summary = grouped(Array(repeating: twoMen, count: 5), by: .relationship)
    let comparison = SummaryComparison(summary, content: content, suppress: false)
    var differsFromTheWholeReview = false
    for relationship in Set(twoMen.men.map(\.relationship)) {
      let group = try #require(summary.groups[relationship.rawValue])
      let men = group.perReview.group(relationship)
      for figure in [ReviewFigure.everyManSeen, .anyManUnseen, .everyManDetailed] {
        let (count, total) = comparison.figureCount(
          figure, in: group, named: relationship.rawValue)
        #expect(count == figure.count(in: men) && total == men.reviews, "\(figure)")
        if count != figure.count(in: group.perReview) { differsFromTheWholeReview = true }
      }
      let (complete, _) = comparison.figureCount(.complete, in: group, named: relationship.rawValue)
      #expect(complete == group.perReview.complete, "complete is about the whole review")
    }
    #expect(differsFromTheWholeReview, "two-men's men are not all alike: the test can tell")
  }

  @Test func removingACopyUndoesExactlyWhatAddingItDid() throws {
    let records =
      try ["few-gaps", "two-men", "unseen-father", "safety-refuge"].map(
        TestContent.example) + [ReviewRecord()]
    for field in SummaryField.allCases {
      for record in records {
        let before = grouped(records.filter { $0 != record }, by: field)
        var after = before
        after.add(record, content: content)
        after.remove(record, content: content)
        #expect(after == before, "\(field)")
      }
      // A copy counted in one part and taken out in another leaves nothing behind.
      var added = GroupedSummary(field: field)
      added.add(records[1], content: content)
      var removed = GroupedSummary(field: field)
      removed.remove(records[1], content: content)
      var merged = grouped(records, by: field)
      merged.merge(removed)
      merged.merge(added)
      #expect(merged == grouped(records, by: field), "\(field)")
    }
  }
}
