import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 16: agreed actions, re-review links and men no longer in the baby's life in the record
/// (`seen-review/5`); due dates as a practitioner types them; days on the calendar.
@Suite struct AgreedActionTests {
  let content = TestContent.bundled
  let today = ISODate("2026-12-03")!

  // MARK: Days on the calendar

  @Test func dayNumbersRoundTripOverFourCenturies() {
    var date = ISODate("1900-01-01")!
    var number = date.dayNumber
    while date < ISODate("2300-01-01")! {
      #expect(ISODate(dayNumber: number) == date, "\(date)")
      guard let next = date.adding(days: 1) else { break }
      #expect(next.dayNumber == number + 1)
      #expect(date < next)
      date = next
      number += 1
    }
  }

  @Test func addingDaysAndMonthsFollowsTheCalendar() {
    #expect(ISODate("2028-02-28")!.adding(days: 1) == ISODate("2028-02-29"), "a leap year")
    #expect(ISODate("2100-02-28")!.adding(days: 1) == ISODate("2100-03-01"), "not a leap year")
    #expect(ISODate("2026-12-31")!.adding(days: 1) == ISODate("2027-01-01"))
    #expect(ISODate("2026-01-31")!.adding(months: 1) == ISODate("2026-02-28"), "the month's end")
    #expect(ISODate("2026-11-30")!.adding(months: 3) == ISODate("2027-02-28"))
    #expect(ISODate("9999-12-31")!.adding(days: 1) == nil, "past the calendar: nil, no trap")
    #expect(ISODate("0001-01-01")!.adding(days: -1) == nil)
    #expect(ISODate("2026-12-03")!.days(to: ISODate("2026-12-17")!) == 14)
  }

  // MARK: Due dates

  @Test func dueDatesAreReadAsTypedAndCountedFromToday() {
    let cases: [(String, String?)] = [
      ("2026-12-17", "2026-12-17"),
      ("  2027-01-05 ", "2027-01-05"),
      ("in 2 weeks", "2026-12-17"),
      ("In 2 Weeks", "2026-12-17"),
      ("2 weeks", "2026-12-17"),
      ("in 10 days", "2026-12-13"),
      ("in a week", "2026-12-10"),
      ("in a fortnight", "2026-12-17"),
      ("in 1 month", "2027-01-03"),
      ("in 3 months", "2027-03-03"),
      ("tomorrow", "2026-12-04"),
      ("today", "2026-12-03"),
      ("next friday", nil),
      ("in two weeks", "2026-12-17"),
      ("in 1 year", "2027-12-03"),
      ("in 2 years", "2028-12-03"),
      ("in a year", "2027-12-03"),
      ("2 years", "2028-12-03"),
      ("in a month", "2027-01-03"),
      ("in six months", "2027-06-03"),
      ("in 10 years", "2036-12-03"),
      ("in 11 years", nil),
      ("next week", nil),
      ("next month", nil),
      ("in twenty weeks", nil),
      ("in -2 weeks", nil),
      ("in 2 fortnits", nil),
      ("2026-02-30", nil),
      ("17/12/2026", nil),
      ("in 9999 weeks", nil),
      ("", nil),
    ]
    for (typed, expected) in cases {
      #expect(DueDate.parse(typed, today: today)?.description == expected, "\(typed)")
    }
  }

  @Test func aDueDateThatIsNotOneSaysWhatIsWrongWithIt() {
    let today = ISODate("2026-12-03")!
    #expect(DueDate.problem("in 2 years", today: today, shown: "x") == nil)
    let far = DueDate.problem("2046-12-17", today: today, shown: "'2046-12-17'")
    #expect(
      far?.hasPrefix(
        "'2046-12-17' is more than ten years ahead (the latest due date is 2036-12-03)") == true,
      "\(far ?? "")")
    #expect(far?.contains(DueDate.examples) == true)
    #expect(
      DueDate.problem("in 11 years", today: today, shown: "x")?.contains(
        "more than ten years ahead") == true)
    let back = DueDate.problem("2015-12-17", today: today, shown: "'2015-12-17'")
    #expect(
      back?.hasPrefix(
        "'2015-12-17' is more than ten years ago (the earliest due date is 2016-12-02)") == true,
      "\(back ?? "")")
    #expect(DueDate.parse("2016-12-02", today: today)?.description == "2016-12-02")
    #expect(DueDate.parse("2016-12-01", today: today) == nil)
    let vague = DueDate.problem("next week", today: today, shown: "'next week'")
    #expect(vague?.contains("type \"in 1 week\" (2026-12-10)") == true, "\(vague ?? "")")
    #expect(
      DueDate.problem("next month", today: today, shown: "x")?.contains(
        "\"in 1 month\" (2027-01-03)") == true)
    #expect(
      DueDate.problem("soon", today: today, shown: "'soon'")
        == "'soon' is not a due date seen can read: type \(DueDate.examples).")
  }

  // MARK: The record

  static let recordJSON = #"""
    {"format": "seen-review/5", "id": "review-again-0002", "supersedes": "review-first-0001",
     "case": "SW-1", "men": [
       {"label": "Father", "relationship": "birth-father", "answers": {"contacted": "no"}},
       {"label": "Mother's ex-partner", "relationship": "ex-partner",
        "noLongerInBabysLife": "2026-11-20"}],
     "actions": [
       {"what": "Ask the GP what is known of him", "for": "father", "owner": "health visitor",
        "due": "2026-12-17", "item": "agency-checks"},
       {"what": "Arrange a joint visit", "owner": "Social worker", "due": "2026-12-10",
        "state": "done", "done": "2026-12-09", "note": "Seen at home with the baby"},
       {"what": "Invite him to the core group", "for": "Father", "owner": "Team manager",
        "due": "2026-12-20", "state": "dropped", "reason": "He has moved away"}]}
    """#

  @Test func actionsSupersedesAndMenNoLongerInTheBabysLifeRoundTrip() throws {
    let record = try TestContent.record(Self.recordJSON)
    #expect(record.supersedes == "review-first-0001")
    #expect(record.men[1].noLongerInBabysLife == ISODate("2026-11-20"))
    #expect(record.actions.count == 3)
    let first = record.actions[0]
    #expect(first.man == "Father", "the man's label as the record spells it")
    #expect(first.owner == "Health visitor", "the content's spelling of the role")
    #expect(first.due == ISODate("2026-12-17") && first.item == "agency-checks")
    #expect(first.state == .open && first.isOverdue(today: ISODate("2026-12-18")!))
    #expect(!first.isOverdue(today: ISODate("2026-12-17")!), "due today is not overdue")
    #expect(
      record.actions[1].state
        == .done(on: ISODate("2026-12-09")!, note: "Seen at home with the baby"))
    #expect(
      record.actions[1].isDoneByItsDate
        && !record.actions[1].isOverdue(today: ISODate("2027-01-01")!))
    #expect(record.actions[2].state == .dropped(reason: "He has moved away"))
    let encoded = record.encoded()
    #expect(
      encoded.hasPrefix(
        "{\n  \"format\": \"seen-review/8\",\n  \"id\": \"review-again-0002\",\n  \"supersedes\": \"review-first-0001\",\n"
      ))
    #expect(try TestContent.record(encoded) == record)
    #expect(try TestContent.record(encoded).encoded() == encoded, "the same bytes when saved again")
  }

  @Test func aRecordWithoutActionsIsWrittenAsBefore() throws {
    let record = try TestContent.example("two-men")
    #expect(record.actions.isEmpty && record.supersedes == nil)
    #expect(!record.encoded().contains("\"actions\""))
    #expect(!record.encoded().contains("noLongerInBabysLife"))
  }

  @Test func olderVersionsHoldingTheNewKeysWereNotWrittenBySeen() {
    for key in [#""supersedes": "review-first-0001""#, #""actions": []"#] {
      let error = TestContent.decodingError(#"{"format": "seen-review/4", \#(key)}"#)
      guard case .unknownKey? = error?.problem else {
        Issue.record("\(key): \(String(describing: error))")
        continue
      }
    }
    let man = TestContent.decodingError(
      #"{"format": "seen-review/4", "men": [{"label": "F", "noLongerInBabysLife": "2026-11-20"}]}"#)
    #expect(man?.path == "men[0]")
  }

  @Test func badActionsAreRefusedNamingTheKey() {
    let cases: [(String, String, String)] = [
      (
        #"{"what": "x", "owner": "Sarah Smith", "due": "2026-12-17"}"#, "actions[0].owner",
        "Sarah Smith"
      ),
      (
        #"{"what": "x", "for": "Uncle", "owner": "GP", "due": "2026-12-17"}"#, "actions[0].for",
        "Uncle"
      ),
      (#"{"what": "x", "owner": "GP"}"#, "actions[0]", "\"due\""),
      (#"{"what": "x", "owner": "GP", "due": "in 2 weeks"}"#, "actions[0].due", "year-month-day"),
      (#"{"what": "  ", "owner": "GP", "due": "2026-12-17"}"#, "actions[0].what", "empty"),
      (
        #"{"what": "x", "owner": "GP", "due": "2026-12-17", "state": "done"}"#, "actions[0]",
        "\"done\""
      ),
      (
        #"{"what": "x", "owner": "GP", "due": "2026-12-17", "state": "dropped"}"#, "actions[0]",
        "\"reason\""
      ),
      (
        #"{"what": "x", "owner": "GP", "due": "2026-12-17", "reason": "r"}"#, "actions[0].reason",
        "dropped"
      ),
      (
        #"{"what": "x", "owner": "GP", "due": "2026-12-17", "state": "later"}"#, "actions[0].state",
        "open, done, dropped"
      ),
      (
        #"{"what": "x", "owner": "GP", "due": "2026-12-17", "item": "histry"}"#, "actions[0].item",
        "histry"
      ),
      (#"{"what": "x", "owner": "GP", "due": "2026-12-17", "whom": "GP"}"#, "actions[0]", "whom"),
    ]
    for (action, path, words) in cases {
      let error = TestContent.decodingError(
        #"{"format": "seen-review/5", "men": [{"label": "Father"}], "actions": [\#(action)]}"#)
      #expect(error?.path == path, "\(action)")
      #expect(error?.description.contains(words) == true, "\(action): \(String(describing: error))")
      #expect(error?.description.contains("\n") == false)
    }
  }

  // MARK: The sensitive-field rule

  @Test func anActionsOwnWordsFollowTheSensitiveFieldRule() throws {
    var record = try TestContent.record(Self.recordJSON)
    #expect(record.withoutSensitiveNotes(content: content).removed == 0, "nothing sensitive here")
    // Where a safety condition is recorded, every note may say where she is.
    record.men[0].answers[SafetyItems.concern] = Answer(.yes)
    try #require(record.hasRecordedSafetyCondition)
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    #expect(removed >= 5, "what of each, a done note and a reason")
    #expect(
      redacted.actions.map(\.what).allSatisfy { $0.hasPrefix(AgreedAction.wordsLeftOutMarker) })
    #expect(
      redacted.actions[1].state
        == .done(on: ISODate("2026-12-09")!, note: ReviewRecord.sensitiveNoteLeftOut))
    #expect(redacted.actions[2].state == .dropped(reason: ReviewRecord.sensitiveNoteLeftOut))
    #expect(
      redacted.actions[0].owner == "Health visitor"
        && redacted.actions[0].due == ISODate("2026-12-17"))
    // The content's own next step, not edited, says nothing of the family and stays.
    var prefilled = record
    prefilled.actions[0].what = content.item("agency-checks")!.next
    #expect(
      prefilled.withoutSensitiveNotes(content: content).record.actions[0].what
        == content.item("agency-checks")!.next)
  }
}

/// The safety rules where actions cross from one review to the next (a practitioner and a
/// tester found each gap).
extension AgreedActionTests {
  /// A safety record with an action in the practitioner's own words.
  private func safetyRecord() throws -> ReviewRecord {
    var record = try TestContent.example("safety-refuge")
    try #require(record.hasRecordedSafetyCondition)
    record.actions = [
      AgreedAction(
        what: "Tell police SECRETX the refuge is in Northtown", man: record.men[0].label,
        owner: "Safeguarding lead", due: ISODate("2026-12-12")!)
    ]
    return record
  }

  /// Carried into a re-review whose safety answers are not yet confirmed, the action's words
  /// stay left out: the earlier review recorded a safety condition.
  @Test func anActionCarriedFromASafetyReviewStaysSensitive() throws {
    let earlier = try safetyRecord()
    let again = ReviewRecord.again(from: earlier, id: "review-again-0003")
    #expect(!again.hasRecordedSafetyCondition, "nothing carried over unconfirmed")
    #expect(again.actions.first?.sensitive == true)
    let redacted = again.withoutSensitiveNotes(content: content).record
    #expect(redacted.actions.first?.what.hasPrefix(AgreedAction.wordsLeftOutMarker) == true)
    // Saved and read back, it stays so.
    let reread = try TestContent.record(again.encoded())
    #expect(reread.actions.first?.sensitive == true)
  }

  /// Beside a later review that records a safety condition, an earlier review's notes are left
  /// out too: a done note may say where the mother is staying.
  @Test func compareLeavesOutTheEarlierNotesWhenTheLaterRecordsSafety() throws {
    var earlier = try TestContent.example("two-men")
    earlier.id = "review-first-0009"
    earlier.actions = [
      AgreedAction(
        what: "Ask the mother alone about support", owner: "Health visitor",
        due: ISODate("2026-12-10")!,
        state: .done(on: ISODate("2026-12-09")!, note: "She is staying at her sister's"))
    ]
    try #require(!earlier.hasRecordedSafetyCondition)
    var later = earlier
    later.id = "review-again-0009"
    later.supersedes = earlier.id
    later.men[0].answers[SafetyItems.concern] = Answer(.yes)
    try #require(later.hasRecordedSafetyCondition)
    let comparison = RecordComparison(
      earlier: earlier, later: later, content: content, today: today)
    for format in [OutputFormat.text, .json] {
      let text = ComparisonRenderer().render(comparison, as: format)
      #expect(!text.contains("sister"), "\(format)")
    }
  }

  /// In a review that records a safety condition, every open action says to check it with a
  /// manager or safeguarding lead before acting on it: an action agreed before the concern
  /// may say to write to him.
  @Test func anOpenActionInASafetyReviewSaysToCheckItFirst() throws {
    let record = try safetyRecord()
    let report = GapAnalysis.report(for: record, content: content, today: today)
    let text = GapReportRenderer(content: content).render(report, as: .text)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("Safety: a safety concern is recorded in this review: check this action"))
    var list = ActionList(today: today)
    list.add(record, file: "r.json", content: content)
    #expect(list.entries.first?.safetyRecorded == true)
  }
}
