import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// `seen summary --by quarter` (issue 15, point 5): the key figures of each period after the
/// overall figures, a chart in HTML and a table in text, over records whose answers are known.
@Suite struct SummaryOverTimeChartTests {
  let content = TestContent.bundled

  /// Seen and detailed: identified, contacted, his history, views, the agencies' checks and the
  /// four areas explored.
  static let everything: [String: Answer] = Dictionary(
    uniqueKeysWithValues: [
      "identified", "contacted", "history", "views", "agency-checks", "substance-use",
      "mental-health", "domestic-abuse",
    ].map { ($0, Answer(.yes)) })

  static func review(_ date: String?, seen: Int, unseen: Int) -> ReviewRecord {
    ReviewRecord(
      date: date,
      men: (0..<seen).map { ManRecord(label: "Seen \($0)", answers: everything) }
        + (0..<unseen).map { ManRecord(label: "Unseen \($0)", answers: [:]) })
  }

  /// Three quarters with reviews and one between them without; one review with no date and
  /// one whose date is not a year-month-day date.
  static var records: [ReviewRecord] {
    [
      review("2025-07-01", seen: 1, unseen: 0), review("2025-08-15", seen: 1, unseen: 1),
      review("2025-09-30", seen: 0, unseen: 1), review("2025-09-02", seen: 2, unseen: 0),
      review("2025-10-10", seen: 1, unseen: 0), review("2025-12-31", seen: 0, unseen: 0),
      review("2026-04-01", seen: 0, unseen: 2), review(nil, seen: 1, unseen: 0),
      review("next week", seen: 0, unseen: 1),
    ]
  }

  func summary(by field: SummaryField, records: [ReviewRecord] = records) -> GroupedSummary {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  @Test func summaryByQuarterGoldenFiles() {
    let renderer = SummaryRenderer(content: content, suppress: false)
    for (format, ext) in [(OutputFormat.text, "txt"), (.html, "html")] {
      expectSnapshot(
        renderer.render(summary(by: .quarter), as: format), named: "summary-by-quarter.\(ext)",
        in: PackagePaths.snapshots())
    }
  }

  @Test func eachQuarterHasItsKnownFiguresInTimeOrder() throws {
    let document = summary(by: .quarter).opening(content: content, suppress: false)
    let charts = document.blocks.compactMap { block -> Chart? in
      if case .chart(let chart) = block { return chart }
      return nil
    }
    let chart = try #require(charts.first)
    #expect(charts.count == 1)
    #expect(chart.categories == ["2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2"])
    #expect(
      chart.series.map(\.title) == [
        "reviews with every man seen", "reviews with at least one man unseen",
        "reviews with a detailed picture of every man", "men seen",
      ])
    func texts(_ index: Int) -> [String] { chart.series[index].values.map(\.text) }
    // 2025 Q3: 4 reviews, 2 with every man seen, 2 with one unseen; 6 men, 4 seen.
    #expect(texts(0) == ["50.0%", "50.0%", "none", "0.0%"])
    #expect(texts(1) == ["50.0%", "0.0%", "none", "100.0%"])
    #expect(texts(2) == ["50.0%", "50.0%", "none", "0.0%"])
    #expect(texts(3) == ["66.7%", "100.0%", "none", "0.0%"])
    #expect(chart.counts.first?.values.map(\.text) == ["4", "2", "0", "1"])
    #expect(chart.series[0].values[2].value == nil)
    let note = chart.note?.plain ?? ""
    #expect(note.contains("none: no review dated in that quarter"), Comment(rawValue: note))
    #expect(
      note.contains(
        "2 reviews have no date, or not a year-month-day date, and are not in the chart"),
      Comment(rawValue: note))
  }

  @Test func onlyASplitByPeriodHasTheSection() {
    for field in SummaryField.allCases {
      let text = SummaryRenderer(content: content, suppress: false).render(
        summary(by: field), as: .text)
      #expect(text.contains("\nOver time\n") == field.isPeriod, "\(field)")
    }
    let undated = summary(by: .year, records: [Self.review(nil, seen: 1, unseen: 0)])
    #expect(
      !SummaryRenderer(content: content, suppress: false).render(undated, as: .text).contains(
        "Over time"))
  }

  @Test func theTextTableFitsEightyColumnsAndTheHTMLHasNoScriptOrLink() {
    let renderer = SummaryRenderer(content: content, suppress: false)
    for field in [SummaryField.month, .quarter, .year] {
      let text = renderer.render(summary(by: field), as: .text)
      let long = text.split(separator: "\n").filter { $0.count > 80 }
      #expect(long.isEmpty, "\(field): \(long)")
      let html = renderer.render(summary(by: field), as: .html)
      #expect(html.contains("<svg role=\"img\""))
      for banned in ["<script", "http:", "https:", "<link", "@import", "url("] {
        #expect(!html.contains(banned), "\(field): \(banned)")
      }
    }
  }

  /// Written a group at a time, the summary has the same bytes as written whole.
  @Test func writtenInPartsItIsTheSame() {
    let renderer = SummaryRenderer(content: content, suppress: false)
    for format in [OutputFormat.text, .markdown, .html] {
      var parts = ""
      _ = renderer.write(summary(by: .month), as: format) { parts += $0 }
      #expect(parts == renderer.render(summary(by: .month), as: format), "\(format)")
    }
  }
}

/// The periods of an over-time chart: in time order, gaps shown, across years.
@Suite struct PeriodRunTests {
  @Test func periodsRunFromTheFirstToTheLastWithTheGapsBetween() {
    #expect(
      PeriodRun(field: .month, dated: ["2025-11", "2026-02"]).names
        == ["2025-11", "2025-12", "2026-01", "2026-02"])
    #expect(
      PeriodRun(field: .quarter, dated: ["2025 Q4", "2026 Q2"]).names
        == ["2025 Q4", "2026 Q1", "2026 Q2"])
    #expect(PeriodRun(field: .year, dated: ["0999", "1001"]).names == ["0999", "1000", "1001"])
  }

  @Test func tooLongARunShowsOnlyThePeriodsWithReviews() {
    let run = PeriodRun(field: .month, dated: ["1900-01", "2026-01"])
    #expect(run.names == ["1900-01", "2026-01"] && !run.filled)
    #expect(PeriodRun(field: .month, dated: ["not a month"]).names == ["not a month"])
  }

  @Test func aShareIsDrawnNoneOrWithheldInOnePlace() {
    func group(_ reviews: Int) -> TeamSummary {
      var summary = TeamSummary()
      summary.reviews = reviews
      return summary
    }
    let shown = OverTimeLayout(
      layout: TeamSummaryLayout(content: TestContent.bundled, suppress: false))
    #expect(shown.value(1, of: 3, in: group(3)) == Chart.Value(33.3, text: "33.3%"))
    #expect(shown.value(0, of: 0, in: group(0)) == Chart.Value(nil, text: "none"))
    let withheld = OverTimeLayout(layout: TeamSummaryLayout(content: TestContent.bundled))
    #expect(withheld.value(1, of: 30, in: group(30)) == Chart.Value(nil, text: "few"))
    #expect(withheld.value(6, of: 30, in: group(30)) == Chart.Value(17, text: "17%"), "5 of 30")
    var nearlyAll = Chart.Value(nil, text: "nearly all")
    nearlyAll.markAtTop = true
    #expect(withheld.value(28, of: 30, in: group(30)) == nearlyAll, "marked at the top")
    #expect(withheld.value(0, of: 0, in: group(9)) == Chart.Value(nil, text: "withheld"))
    #expect(withheld.value(3, of: 3, in: group(3)) == Chart.Value(nil, text: "withheld"))
    #expect(withheld.value(0, of: 0, in: group(0)) == Chart.Value(nil, text: "none"))
  }

}
