import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 16: `seen actions` as a pure list (`ActionList`): the order (overdue first, the most
/// overdue first, then by due date, case reference and number), the filters, the sensitive-field
/// rule, marking one done or dropped (`ActionChange`), and golden files in every format.
@Suite struct ActionListTests {
  let content = TestContent.bundled
  let today = ISODate("2026-12-03")!
  static let fixtures = PackagePaths.root.appendingPathComponent(
    "Tests/SeenKitTests/Fixtures/actions")
  static let fixtureNames = ["hv-0193", "sw-0457", "sw-0310-safety"]

  static func fixture(_ name: String) throws -> ReviewRecord {
    let data = try Data(contentsOf: fixtures.appendingPathComponent("\(name).json"))
    return try ReviewRecord.decode(
      Array(data), file: "\(name).json", content: TestContent.bundled)
  }

  func list(
    _ filter: ActionList.Filter = .init(), includeSensitive: Bool = false, order: [String]? = nil
  ) throws -> ActionList {
    var list = ActionList(today: today, filter: filter, includeSensitive: includeSensitive)
    for name in order ?? Self.fixtureNames {
      list.add(try Self.fixture(name), file: "reviews/\(name).json", content: content)
    }
    return list
  }

  /// "HV-0193 1" for each entry: the order at a glance.
  func keys(_ list: ActionList) -> [String] {
    list.entries.map { "\($0.caseReference ?? "-") \($0.number)" }
  }

  func record(case reference: String?, _ actions: [AgreedAction]) -> ReviewRecord {
    var record = ReviewRecord(caseReference: reference)
    record.men = []
    record.actions = actions
    return record
  }

  // MARK: Order

  @Test func overdueComeFirstMostOverdueFirstThenByDueDateCaseAndNumber() throws {
    #expect(
      keys(try list()) == [
        "HV-0193 1",  // overdue by 13 days
        "SW-0457 1",  // overdue by 5
        "SW-0310 1",  // overdue by 3
        "SW-0457 2",  // dropped, due 12-05
        "HV-0193 2",  // done, due 12-10
        "HV-0193 3",  // open, due 12-17: the same day as SW-0457 3, case reference first
        "SW-0457 3",
        "SW-0310 2",  // done, due 12-20
      ])
  }

  @Test func theOrderDoesNotDependOnTheOrderFilesAreRead() throws {
    let forwards = try list()
    let backwards = try list(order: Self.fixtureNames.reversed())
    #expect(forwards.entries == backwards.entries)
    var merged = try list(order: ["sw-0310-safety"])
    merged.merge(try list(order: ["hv-0193", "sw-0457"]))
    #expect(merged.entries == forwards.entries)
    #expect(merged.reviews == 3 && merged.actionsRead == 8)
  }

  @Test func aDoneOrDroppedActionPastItsDateIsNotOverdueAndGoesByItsDate() {
    let day = { (text: String) in ISODate(text)! }
    var list = ActionList(today: today)
    list.add(
      record(
        case: "B",
        [
          AgreedAction(
            what: "a", owner: "GP", due: day("2026-11-01"),
            state: .done(on: day("2026-11-05"), note: nil)),
          AgreedAction(what: "b", owner: "GP", due: day("2026-12-01")),
          AgreedAction(what: "c", owner: "GP", due: day("2026-12-03")),
          AgreedAction(
            what: "d", owner: "GP", due: day("2026-10-01"), state: .dropped(reason: "r")),
        ]), file: "b.json", content: content)
    list.add(
      record(case: nil, [AgreedAction(what: "e", owner: "GP", due: day("2026-12-01"))]),
      file: "a.json", content: content)
    // Overdue (due before today, open): "b" and "e" on the same day, the one without a case
    // reference first; "c" is due today, not overdue; done and dropped go by their dates.
    #expect(keys(list) == ["- 1", "B 2", "B 4", "B 1", "B 3"])
    #expect(
      list.entries.map { $0.action.stateText(today: today) } == [
        "overdue by 2 days", "overdue by 2 days", "dropped", "done 2026-11-05", "open",
      ])
    #expect(
      AgreedAction(what: "x", owner: "GP", due: day("2026-12-02")).stateText(today: today)
        == "overdue by 1 day")
  }

  // MARK: Filters

  @Test func filtersByOwnerOpenAndDueBefore() throws {
    let owner = content.canonicalRole("health VISITOR")
    #expect(owner == "Health visitor")
    #expect(keys(try list(.init(owner: owner))) == ["HV-0193 1", "HV-0193 2"])
    #expect(
      keys(try list(.init(openOnly: true)))
        == ["HV-0193 1", "SW-0457 1", "SW-0310 1", "HV-0193 3", "SW-0457 3"])
    // Before the day, not on it.
    #expect(
      keys(try list(.init(dueBefore: ISODate("2026-12-17"))))
        == ["HV-0193 1", "SW-0457 1", "SW-0310 1", "SW-0457 2", "HV-0193 2"])
    #expect(
      keys(
        try list(.init(owner: "Social worker", openOnly: true, dueBefore: ISODate("2026-12-01"))))
        == ["SW-0457 1", "SW-0310 1"])
    let none = try list(.init(owner: "Midwife", openOnly: true))
    #expect(none.entries.isEmpty)
    #expect(none.reviews == 3 && none.actionsRead == 8, "what was read is still counted")
  }

  // MARK: The sensitive-field rule

  @Test func anActionsWordsFollowTheSensitiveFieldRule() throws {
    let redacted = try list()
    let safety = redacted.entries.filter { $0.caseReference == "SW-0310" }
    // A safety condition is recorded: every word typed is left out, and counted.
    #expect(safety.allSatisfy { $0.action.what.hasPrefix(AgreedAction.wordsLeftOutMarker) })
    #expect(
      safety[1].action.state
        == .done(on: ISODate("2026-12-02")!, note: ReviewRecord.sensitiveNoteLeftOut))
    #expect(redacted.sensitiveLeftOut == 3)
    for format in ActionListRenderer.formats where format != .pdf {
      let text = ActionListRenderer().render(redacted, as: format)
      #expect(!text.contains("SECRET"), "\(format)")
    }
    let shown = try list(includeSensitive: true)
    #expect(shown.sensitiveLeftOut == 0)
    #expect(shown.entries.contains { $0.action.what.contains("SECRET-REFUGE-TOWN") })
  }

  // MARK: Done and dropped

  @Test func markingDoneOrDroppedChangesOneOpenActionOnly() throws {
    let record = try Self.fixture("hv-0193")
    let done = try ActionChange.apply(
      .done(on: today, note: "  GP called\u{7} back "), toAction: 1, of: record)
    #expect(done.actions[0].state == .done(on: today, note: "GP called back"))
    #expect(Array(done.actions.dropFirst()) == Array(record.actions.dropFirst()))
    let dropped = try ActionChange.apply(.dropped(reason: "Not needed"), toAction: 3, of: record)
    #expect(dropped.actions[2].state == .dropped(reason: "Not needed"))
    let noNote = try ActionChange.apply(.done(on: today, note: "   "), toAction: 1, of: record)
    #expect(noNote.actions[0].state == .done(on: today, note: nil))

    #expect(throws: ActionChange.Refusal.noSuchAction(4, count: 3)) {
      try ActionChange.apply(.done(on: today, note: nil), toAction: 4, of: record)
    }
    #expect(throws: ActionChange.Refusal.alreadyDone(2, on: ISODate("2026-12-01")!)) {
      try ActionChange.apply(.done(on: today, note: nil), toAction: 2, of: record)
    }
    #expect(throws: ActionChange.Refusal.alreadyDone(2, on: ISODate("2026-12-01")!)) {
      try ActionChange.apply(.dropped(reason: "x"), toAction: 2, of: record)
    }
    let sw = try Self.fixture("sw-0457")
    #expect(throws: ActionChange.Refusal.alreadyDropped(2)) {
      try ActionChange.apply(.done(on: today, note: nil), toAction: 2, of: sw)
    }
    #expect(throws: ActionChange.Refusal.emptyReason) {
      try ActionChange.apply(.dropped(reason: " \u{1B} "), toAction: 1, of: record)
    }
    #expect(throws: ActionChange.Refusal.tooLong("--note")) {
      try ActionChange.apply(
        .done(on: today, note: String(repeating: "a", count: Answer.maximumNoteLength + 1)),
        toAction: 1, of: record)
    }
    #expect(
      ActionChange.Refusal.noSuchAction(4, count: 3).message.contains(
        "this review has actions 1 to 3"))
    #expect(ActionChange.Refusal.noSuchAction(1, count: 0).message.contains("no agreed actions"))
    #expect(ActionChange.Refusal.alreadyDone(2, on: today).message.contains("done on 2026-12-03"))
  }

  @Test func theDayOfDoneIsADateTodayOrYesterday() {
    #expect(ActionChange.doneDay("2026-11-30", today: today) == ISODate("2026-11-30"))
    #expect(ActionChange.doneDay(" Today ", today: today) == today)
    #expect(ActionChange.doneDay("yesterday", today: today) == ISODate("2026-12-02"))
    #expect(ActionChange.doneDay("last week", today: today) == nil)
    #expect(ActionChange.doneDay("2026-02-30", today: today) == nil)
  }

  @Test func aChangedRecordSavesAndReadsBackWithEverythingElseKept() throws {
    let record = try Self.fixture("sw-0457")
    let changed = try ActionChange.apply(.done(on: today, note: "Met"), toAction: 3, of: record)
    let again = try ReviewRecord.decode(
      Array(changed.encoded().utf8), file: "x.json", content: content)
    #expect(again == changed)
  }

  // MARK: Golden files

  @Test func everyFormatMatchesItsGoldenFile() throws {
    let renderer = ActionListRenderer()
    let list = try list()
    for (format, suffix) in [
      (OutputFormat.text, "txt"), (.markdown, "md"), (.html, "html"), (.json, "json"),
      (.csv, "csv"),
    ] {
      expectSnapshot(
        renderer.render(list, as: format), named: "actions.\(suffix)",
        in: PackagePaths.snapshots())
    }
    expectSnapshot(
      ReportPrintTests.pageText(renderer.output(list, as: .pdf).bytes), named: "actions.pdf.txt",
      in: PackagePaths.snapshots())
    let filtered = try self.list(.init(owner: "Social worker", openOnly: true))
    expectSnapshot(
      renderer.render(filtered, as: .text), named: "actions-open-social-worker.txt",
      in: PackagePaths.snapshots())
    let empty = try self.list(.init(owner: "GP"))
    expectSnapshot(
      renderer.render(empty, as: .text), named: "actions-none.txt", in: PackagePaths.snapshots())
  }
}
