import Testing

@testable import SeenKit

/// Splitting a team summary over time: by the month, quarter or year of a review's date, with
/// the records without a year-month-day date in one group, counted once.
@Suite struct SummaryFieldTests {
  let content = TestContent.bundled

  @Test(arguments: [
    ("2026-01-01", "2026-01", "2026 Q1", "2026"), ("2026-03-31", "2026-03", "2026 Q1", "2026"),
    ("2026-04-01", "2026-04", "2026 Q2", "2026"), ("2025-09-30", "2025-09", "2025 Q3", "2025"),
    (" 2024-12-31 ", "2024-12", "2024 Q4", "2024"),
  ])
  func aDateGivesItsMonthQuarterAndYear(
    date: String, month: String, quarter: String, year: String
  ) {
    let record = ReviewRecord(date: date)
    #expect(SummaryField.month.value(of: record, content: content) == month)
    #expect(SummaryField.quarter.value(of: record, content: content) == quarter)
    #expect(SummaryField.year.value(of: record, content: content) == year)
    #expect(!SummaryField.quarter.hasUnreadableDate(record))
  }

  @Test func noDateOrAnUnreadableOneIsOneGroupAndUnreadableOnesAreCounted() {
    var summary = GroupedSummary(field: .quarter)
    for date in [nil, "", "18/11/2026", "2026-02-30", "2026-11-18", "soon"] {
      summary.add(ReviewRecord(date: date), content: content)
    }
    // Enough reviews for the figures to be shown.
    for _ in 0..<6 { summary.add(ReviewRecord(date: "2026-11-18"), content: content) }
    #expect(summary.groupNames == ["2026 Q4", SummaryField.notRecorded])
    #expect(summary.groups[SummaryField.notRecorded]?.reviews == 5)
    #expect(summary.unreadableDates == 3, "18/11/2026, 2026-02-30 and soon; not the missing ones")
    #expect(
      summary.groupNames.map(SummaryField.quarter.columnTitle) == ["2026 Q4", "(no date)"])
    let text = SummaryRenderer(content: content).render(summary, as: .text)
    #expect(
      text.contains("<5 reviews have dates that are not written year-month-day"), "withheld: 3")
  }

  @Test func periodsSortInTimeOrder() {
    var summary = GroupedSummary(field: .month)
    for date in ["2026-10-01", "2025-12-31", "2026-02-14", "2026-01-01"] {
      summary.add(ReviewRecord(date: date), content: content)
    }
    #expect(summary.groupNames == ["2025-12", "2026-01", "2026-02", "2026-10"])
  }

  @Test func aSplitByRoleCountsNoUnreadableDates() {
    var summary = GroupedSummary(field: .role)
    summary.add(ReviewRecord(date: "soon"), content: content)
    #expect(summary.unreadableDates == 0)
  }

  /// Words typed in the date field never title a group: split by date, a date that is not a
  /// real year-month-day date goes with the records without one, and is counted.
  @Test func aSplitByDateGroupsOnlyRealDates() {
    var summary = GroupedSummary(field: .date)
    for date in ["soon", "SW-0457 at home", "2026-11-18", " 2026-11-18 ", "2026-02-30"] {
      summary.add(ReviewRecord(date: date), content: content)
    }
    #expect(summary.groupNames == ["2026-11-18", SummaryField.notRecorded])
    #expect(summary.unreadableDates == 3)
    #expect(SummaryField.date.columnTitle(SummaryField.notRecorded) == "(no date)")
  }
}

@Suite struct GroupTitleTests {
  let content = TestContent.bundled

  /// An adversarial tester found the title of a group named in two canonically equivalent
  /// spellings depending on which file came first.
  @Test func equivalentSpellingsAreOneGroupTitledTheSameInAnyOrder() {
    let composed = ReviewRecord(cohort: "caf\u{E9}")
    let decomposed = ReviewRecord(cohort: "cafe\u{301}")
    var first = GroupedSummary(field: .cohort)
    first.add(composed, content: content)
    first.add(decomposed, content: content)
    var second = GroupedSummary(field: .cohort)
    second.add(decomposed, content: content)
    second.add(composed, content: content)
    #expect(first.groupNames.count == 1)
    #expect(Array(first.groupNames[0].unicodeScalars) == Array(second.groupNames[0].unicodeScalars))
    var merged = GroupedSummary(field: .cohort)
    merged.merge(second)
    merged.merge(first)
    #expect(Array(merged.groupNames[0].unicodeScalars) == Array(first.groupNames[0].unicodeScalars))
  }
}
