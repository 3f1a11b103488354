import SeenTestSupport
import Testing

@testable import SeenKit

/// Safety follow-ups on agreed actions (issue 16 review): a safety condition recorded in a
/// re-review is never a gap closed; fear alone is said as fear, not as "a safety concern"; a
/// step for today given a later date is warned about; a superseded review's actions are read by
/// the safety of the later review.
@Suite struct SafetyFollowUpTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 3)!

  /// The reviewer's g0: actions on the safety question, violence or control and the
  /// practitioner's fear, none of them answered yet.
  private func earlier() throws -> ReviewRecord {
    var record = ReviewRecord()
    record.id = "2f72fc506fa834bedbdab00a2b8b873a"
    record.caseReference = "G-1"
    record.role = "Health visitor"
    record.date = "2026-11-01"
    record.men = [ManRecord(label: "Father", answers: ["identified": Answer(.yes)])]
    let due = ISODate(year: 2026, month: 11, day: 15)!
    for (id, man) in [
      (SafetyItems.concern, "Father"), (SafetyItems.violence, "Father"),
      (SafetyItems.fear, nil),
    ] as [(String, String?)] {
      let item = try #require(content.item(id))
      record.actions.append(
        AgreedAction(
          what: record.nextStep(for: item, man: man).advice, man: man, owner: "Health visitor",
          due: due, item: id))
    }
    return record
  }

  private func againRecordingSafety() throws -> ReviewRecord {
    var record = ReviewRecord.again(
      from: try earlier(), id: "bd6c111e0f1ab9ccb69f92ede9c6af6e", date: "2026-12-03")
    record.men[0].answers[SafetyItems.concern] = Answer(.yes)
    record.men[0].answers[SafetyItems.violence] = Answer(.present)
    record.answers[SafetyItems.fear] = Answer(.yes)
    return record
  }

  @Test func aSafetyConditionRecordedInAReReviewIsNotAGapClosed() throws {
    let record = try againRecordingSafety()
    #expect(record.actionsWithGapClosed(content: content).isEmpty)
    #expect(record.actionsWithSafetyNowRecorded(content: content) == [0, 1, 2])
    // The same rule as `seen compare`: none of the three is closed there either.
    let comparison = RecordComparison(
      earlier: try earlier(), later: record, content: content, today: today)
    #expect(
      !comparison.closed.contains {
        [SafetyItems.concern, SafetyItems.violence, SafetyItems.fear].contains($0.item.id)
      })
    // Answered "no", the safety question's gap is closed, as compare says.
    var no = ReviewRecord.again(
      from: try earlier(), id: "bd6c111e0f1ab9ccb69f92ede9c6af6e", date: "2026-12-03")
    no.men[0].answers[SafetyItems.concern] = Answer(.no)
    #expect(no.actionsWithGapClosed(content: content) == [0])
    #expect(no.actionsWithSafetyNowRecorded(content: content).isEmpty)
  }

  @Test func theEndOfTheReReviewSaysItAppliesInItsSafeFormAndNeverOffersDone() throws {
    var session = ReviewSession(
      again: try againRecordingSafety(), earlier: try earlier(), content: content, today: today)
    session.step = .review
    var outcome = session.handle("")
    if session.step == .agreeActions { outcome = session.handle("") }
    #expect(outcome.event == .finished, "no action is offered to be marked done")
    let message = outcome.message ?? ""
    #expect(
      message.contains(
        "A safety condition is now recorded for action 1 (Safety concern · Father): it is not a gap closed; the action stays open and now applies in its safe form"
      ), "\(message)")
    #expect(message.contains("action 3 (Practitioner fear · the case)"), "\(message)")
    #expect(!message.lowercased().contains("mark it done"))
    #expect(session.record.actions.allSatisfy { $0.isOpen })
  }

  /// Fear alone: the safety question answered "no", the mother asked alone, fear recorded.
  private func fearOnly() throws -> ReviewRecord {
    var record = ReviewRecord()
    record.caseReference = "F-2"
    record.men = [ManRecord(label: "Father", answers: [SafetyItems.concern: Answer(.no)])]
    record.answers[SafetyItems.askedAlone] = Answer(.yes)
    record.answers[SafetyItems.fear] = Answer(.yes)
    return record
  }

  @Test func fearAloneIsSaidAsFearInTheSafetyLineAndTheRewordingNotes() throws {
    var record = try fearOnly()
    let contacted = try #require(content.item("contacted"))
    record.actions = [
      AgreedAction(
        what: contacted.next, man: "Father", owner: "Health visitor", due: today,
        item: "contacted"),
      AgreedAction(what: "Phone him", man: "Father", owner: "Health visitor", due: today),
    ]
    let fear = "you recorded fear or anxiety about working with the men"
    let changes = record.bringActionsToSafeWording(content: content)
    #expect(changes.map(\.scriptNote).allSatisfy { $0.contains(fear) }, "\(changes)")
    #expect(!changes.map(\.sessionLine).joined().contains("safety concern is recorded"))
    let report = GapReportRenderer(content: content).render(
      GapAnalysis.report(for: record, content: content, today: today), as: .text)
    let flat = report.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("Safety: \(fear) in this review: check this action"), "\(flat)")
    #expect(!flat.contains("a safety concern is recorded in this review"))
    var list = ActionList(today: today)
    list.add(record, file: "f.json", content: content)
    #expect(list.entries.allSatisfy { $0.safetyCheck?.hasPrefix(fear + " in this review") == true })
    // A recorded concern keeps its words.
    record.men[0].answers[SafetyItems.concern] = Answer(.yes)
    #expect(record.recordedSafetyWords == "a safety concern is recorded")
  }

  @Test func aFearStepDueLaterThanTodayIsWarnedAboutAndKept() throws {
    var record = try TestContent.example("two-men")
    record.role = "Health visitor"
    var session = ReviewSession(record: record, content: content, today: today)
    session.step = .review
    _ = session.handle("")
    let fear = try #require(
      session.actionChoices.firstIndex { $0.item?.id == SafetyItems.fear })
    _ = session.handle(String(fear + 1))
    var guardSteps = 0
    while session.step != .actionDue && guardSteps < 5 {
      _ = session.handle("")
      guardSteps += 1
    }
    #expect(session.step == .actionDue)
    let later = session.handle("in 2 weeks")
    #expect(
      later.message
        == "Warning: this step is for today: raise any fear or anxiety about working with the men with your manager now, without waiting for supervision or a later date; 2026-12-17 is in 2 weeks: kept if you press Enter."
    )
    #expect(session.handle("today").message == nil, "today: nothing to warn about")
    _ = session.handle("in 2 weeks")
    #expect(session.handle("").event == .changed, "kept if Enter is pressed")
    #expect(session.record.actions.last?.due == ISODate("2026-12-17"))
    // Another item's later date is not warned about.
    let other = AgreedAction(
      what: "x", owner: "Health visitor", due: ISODate("2026-12-17")!, item: "contacted")
    #expect(ActionAssignment.todayStepLater(other, today: today) == nil)
  }

  @Test func aSupersededReviewsActionsAreReadByTheLaterReviewsSafety() throws {
    var first = try earlier()
    first.men[0].answers[SafetyItems.concern] = Answer(.no)
    first.answers[SafetyItems.askedAlone] = Answer(.yes)
    let contacted = try #require(content.item("contacted"))
    first.actions = [
      AgreedAction(
        what: contacted.next, man: "Father", owner: "Health visitor", due: today,
        item: "contacted"),
      AgreedAction(what: "Phone him at home", man: "Father", owner: "Health visitor", due: today),
    ]
    var later = ReviewRecord.again(
      from: first, id: "bd6c111e0f1ab9ccb69f92ede9c6af6e", date: "2026-12-03")
    later.men[0].answers[SafetyItems.concern] = Answer(.yes)
    for order in [[first, later], [later, first]] {
      var list = ActionList(today: today, allVersions: true)
      for (index, record) in order.enumerated() {
        list.add(
          record, file: record.id == first.id ? "first.json" : "later.json", content: content)
        _ = index
      }
      let old = list.entries.filter { $0.superseded }
      #expect(old.count == 2)
      #expect(old.allSatisfy { $0.action.what != contacted.next })
      #expect(old.allSatisfy { $0.action.what != "Phone him at home" })
      #expect(old.contains { $0.action.what == contacted.next(safetyConditionHolds: true).advice })
      #expect(
        old.allSatisfy {
          $0.safetyRecorded
            && $0.safetyCheck?.hasPrefix(
              "a safety concern is recorded in a later review of this case (later.json)") == true
        })
    }
    // Without a later safety condition, the superseded review's words stand.
    var plain = ActionList(today: today, allVersions: true)
    var calm = later
    calm.men[0].answers[SafetyItems.concern] = Answer(.no)
    plain.add(first, file: "first.json", content: content)
    plain.add(calm, file: "later.json", content: content)
    #expect(plain.entries.filter { $0.superseded }.contains { $0.action.what == contacted.next })
  }
}
