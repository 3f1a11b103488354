import Testing

@testable import SeenKit

/// Supervision records that stay true (issue 19, review round 3): a second comment is kept after
/// the first, the same supervision is found when imported again, and a supervision dated after
/// today or before the review is refused when the record is read.
@Suite struct SupervisionRecordsStayTrueTests {
  static func record(supervisions: String, date: String = "2026-11-18", today: ISODate? = nil)
    throws(DataError) -> ReviewRecord
  {
    try ReviewRecord.decode(
      Array(
        """
        {"format": "seen-review/7", "id": "sup-true-0001", "case": "TRUE-1", "date": "\(date)",
         "men": [{"label": "Father", "answers": {"identified": "yes"}}],
         "actions": [{"what": "Ask him to the next visit", "for": "Father",
           "owner": "Health visitor", "due": "2026-12-20", "state": "open"}],
         "supervisions": [\(supervisions)]}
        """.utf8), file: "r.json", content: TestContent.bundled, today: today)
  }

  @Test func aSecondCommentOnTheSameItemAndManIsKeptAfterTheFirst() {
    var supervision = SupervisionRecord(date: TestContent.today, role: "Team manager")
    supervision.record(.init(item: "contacted", man: "Father"))
    supervision.record(.init(item: "contacted", man: "Father", comment: "Why only by text?"))
    supervision.record(.init(item: "agency-checks", man: "Father"))
    supervision.record(.init(item: "contacted", man: "Father", comment: "Met him: follow up"))
    // A repeat of the same words, and a mark of discussed, add nothing.
    supervision.record(.init(item: "contacted", man: "Father", comment: "Why only by text?"))
    supervision.record(.init(item: "contacted", man: "Father"))
    #expect(
      supervision.discussed == [
        .init(item: "contacted", man: "Father", comment: "Why only by text?"),
        .init(item: "contacted", man: "Father", comment: "Met him: follow up"),
        .init(item: "agency-checks", man: "Father"),
      ])
  }

  @Test func theSameSupervisionIsFoundWithItsActionsComparedByWhatTheySay() throws {
    var record = try Self.record(
      supervisions: """
        {"date": "2026-12-01", "role": "Team manager", "menDiscussed": true, "actions": [1]}
        """)
    var again = SupervisionRecord(date: ISODate("2026-12-01")!, role: "Team manager")
    again.menDiscussed = true
    // The same action added again (say, after the first was marked done) is the same.
    record.actions.append(record.actions[0])
    again.actions = [2]
    #expect(record.supervision(identicalTo: again)?.number == 1)
    #expect(record.openAction(identicalTo: record.actions[0]) == 1)
    again.fearRaised = false
    #expect(record.supervision(identicalTo: again) == nil)
    again.fearRaised = nil
    again.date = ISODate("2026-12-02")!
    #expect(record.supervision(identicalTo: again) == nil)
  }

  @Test func aSupervisionDatedAfterTodayIsRefusedNamingItsKeyPath() {
    let today = ISODate("2026-12-03")!
    #expect(throws: DataError.self) {
      _ = try Self.record(
        supervisions: """
          {"date": "2026-12-01", "role": "Team manager", "menDiscussed": true},
          {"date": "2027-01-05", "role": "Team manager", "menDiscussed": true}
          """, today: today)
    }
    do {
      _ = try Self.record(
        supervisions: """
          {"date": "2026-12-01", "role": "Team manager", "menDiscussed": true},
          {"date": "2027-01-05", "role": "Team manager", "menDiscussed": true}
          """, today: today)
    } catch {
      #expect(error.description.contains("at supervisions[1].date"), "\(error)")
      #expect(error.description.contains("dated 2027-01-05, after today (2026-12-03)"))
      #expect(error.descriptionWithoutFileText.contains("supervisions[1].date"))
    }
    // Without a today (a caller with no clock to give), it is read.
    #expect(
      (try? Self.record(
        supervisions: """
          {"date": "2027-01-05", "role": "Team manager", "menDiscussed": true}
          """)) != nil)
  }

  @Test func aSupervisionDatedBeforeTheReviewIsRefused() {
    do {
      _ = try Self.record(
        supervisions: """
          {"date": "2026-11-01", "role": "Team manager", "menDiscussed": true}
          """)
      Issue.record("a supervision before the review's date was read")
    } catch {
      #expect(error.description.contains("at supervisions[0].date"), "\(error)")
      #expect(error.description.contains("before the review's own date (2026-11-18)"))
    }
    // The review's own day is fine.
    #expect(
      (try? Self.record(
        supervisions: """
          {"date": "2026-11-18", "role": "Team manager", "menDiscussed": true}
          """)) != nil)
  }

  @Test func aManagersOwnWordsWarningIsTheirsToAgreeNotToSendBack() {
    let content = TestContent.bundled
    let manager = ActionAssignment.ownWordsForSafety(supervisor: "Team manager", content: content)
    #expect(manager.contains("As the team manager, agree in this supervision"))
    #expect(!manager.contains("your manager"))
    let lead = ActionAssignment.ownWordsForSafety(
      supervisor: "Safeguarding lead", content: content)
    #expect(lead.contains("As the safeguarding lead, agree in this supervision"))
    #expect(!lead.contains("with the safeguarding lead"))
    #expect(
      ActionAssignment.ownWordsForSafety(supervisor: "Social worker", content: content)
        == ActionAssignment.ownWordsForSafety)
  }
}
