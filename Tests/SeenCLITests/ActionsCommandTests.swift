import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI
@testable import SeenKit

/// `seen actions`, in-process (issue 16): the list over folders and files in every format, its
/// filters and their usage errors, -o, bad files skipped or --strict; `seen actions done` and
/// `drop`, saved in place under the record lock, with each refusal one line and exit 64 or 75.
final class ActionsCommandTests: XCTestCase, FolderTests {
  var folder: URL!
  let today = ["SEEN_TODAY": "2026-12-03"]
  static let fixtures = PackagePaths.root.appendingPathComponent(
    "Tests/SeenKitTests/Fixtures/actions")

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
    for name in ["hv-0193", "sw-0457", "sw-0310-safety"] {
      try FileManager.default.copyItem(
        at: Self.fixtures.appendingPathComponent("\(name).json"),
        to: folder.appendingPathComponent("\(name).json"))
    }
  }

  func seen(_ arguments: [String], environment: [String: String]? = nil) -> InProcessRun {
    InProcessSeen.run(arguments, environment: environment ?? today, in: folder)
  }

  /// The "Case X, action N" leads of a text list, in order.
  func leads(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      guard let range = line.range(of: "- Case ") else { return nil }
      return String(line[range.upperBound...].prefix { $0 != ":" })
    }
  }

  func testListsEveryActionOverdueFirstWithCaseFileAndState() throws {
    let run = seen(["actions", "."])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertEqual(
      leads(run.stdout),
      [
        "HV-0193, action 1", "SW-0457, action 1", "SW-0310, action 1", "SW-0457, action 2",
        "HV-0193, action 2", "HV-0193, action 3", "SW-0457, action 3", "SW-0310, action 2",
      ])
    for text in [
      "State: overdue by 13 days", "State: done 2026-12-01", "State: dropped", "For: the case",
      "File: ./hv-0193.json", "As of 2026-12-03",
    ] {
      XCTAssertTrue(run.stdout.contains(text), text)
    }
    XCTAssertFalse(run.stdout.contains("SECRET"), "the safety case's words are left out")
    let shown = seen(["actions", ".", "--include-sensitive"])
    XCTAssertTrue(shown.stdout.contains("SECRET-REFUGE-TOWN"))
    // SEEN_TODAY moves "today": a week later more is overdue.
    let later = seen(["actions", "hv-0193.json"], environment: ["SEEN_TODAY": "2026-12-20"])
    XCTAssertTrue(later.stdout.contains("State: overdue by 30 days"), later.stdout)
    XCTAssertTrue(later.stdout.contains("State: overdue by 3 days"), later.stdout)
  }

  /// The whole output through the command, today fixed by SEEN_TODAY: the same bytes any day.
  func testTheListThroughTheCommandMatchesItsGoldenFiles() throws {
    for (format, name) in [("text", "actions-command.txt"), ("json", "actions-command.json")] {
      let run = seen(["actions", ".", "--format", format, "--width", "80"])
      XCTAssertEqual(run.status, 0, run.stderr)
      assertSnapshot(run.stdout, named: name, in: reportSnapshots)
    }
  }

  func testFiltersByOwnerInAnyCaseOpenAndDueBeforeATimeFromToday() throws {
    let run = seen(["actions", ".", "--owner", "SOCIAL worker", "--open"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      leads(run.stdout), ["SW-0457, action 1", "SW-0310, action 1", "HV-0193, action 3"])
    XCTAssertTrue(run.stdout.contains("(open only, owned by Social worker)"))
    let soon = seen(["actions", ".", "--due-before", "in 1 week", "--open"])
    XCTAssertEqual(
      leads(soon.stdout), ["HV-0193, action 1", "SW-0457, action 1", "SW-0310, action 1"])
    XCTAssertTrue(soon.stdout.contains("due before 2026-12-10"))
    let none = seen(["actions", ".", "--owner", "gp"])
    XCTAssertEqual(none.status, 0)
    XCTAssertTrue(
      normalizingWhitespace(none.stdout).contains(
        "No agreed action matches the filter (owned by GP); leave it out to see the others."))
  }

  func testAnUnknownOwnerOrUnreadableDateIsAUsageErrorSayingWhatIsAccepted() {
    let owner = seen(["actions", ".", "--owner", "nurse"])
    XCTAssertEqual(owner.status, 64)
    XCTAssertTrue(owner.stderr.contains("'nurse' is not one of the roles"), owner.stderr)
    XCTAssertTrue(owner.stderr.contains("Health visitor, Social worker"), owner.stderr)
    XCTAssertTrue(owner.stderr.contains("Team manager"), owner.stderr)
    XCTAssertEqual(owner.stdout, "")
    let date = seen(["actions", ".", "--due-before", "next friday"])
    XCTAssertEqual(date.status, 64)
    XCTAssertTrue(date.stderr.contains(DueDate.examples), date.stderr)
    XCTAssertEqual(date.stderr.split(separator: "\n").count, 2, "the error and the hint")
    let badToday = seen(["actions", "."], environment: ["SEEN_TODAY": "tomorrow"])
    XCTAssertEqual(badToday.status, 64)
    XCTAssertTrue(badToday.stderr.contains("SEEN_TODAY"))
    let mixed = seen(["actions", ".", "--note", "x"])
    XCTAssertEqual(mixed.status, 64)
    XCTAssertTrue(mixed.stderr.contains("--note belongs to 'seen actions done FILE N'"))
  }

  func testEveryFormatAndOutputFileWrittenPrivatelyNeverOverAFile() throws {
    for format in ["text", "markdown", "html", "json", "csv"] {
      let run = seen(["actions", ".", "--format", format])
      XCTAssertEqual(run.status, 0, "\(format): \(run.stderr)")
      XCTAssertTrue(run.stdout.contains("HV-0193"), format)
    }
    let json = try jsonObject(seen(["actions", ".", "--format", "json"]).stdout)
    let actions = try XCTUnwrap(json["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 8)
    XCTAssertEqual(actions.first?["overdueDays"] as? Int, 13)
    XCTAssertEqual(actions.first?["file"] as? String, "./hv-0193.json")
    let out = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let pdf = seen(["actions", ".", "--format", "pdf", "-o", "out/actions.pdf"])
    XCTAssertEqual(pdf.status, 0, pdf.stderr)
    XCTAssertEqual(pdf.stdout, "")
    XCTAssertTrue(contents("out/actions.pdf")?.starts(with: Data("%PDF-".utf8)) == true)
    XCTAssertEqual(permissions(of: path("out/actions.pdf")), 0o600)
    let again = seen(["actions", ".", "--format", "csv", "-o", "out/actions.pdf"])
    XCTAssertEqual(again.status, 73)
    XCTAssertTrue(again.stderr.contains("already exists; add --force"), again.stderr)
    XCTAssertEqual(
      seen(["actions", ".", "--format", "csv", "-o", "out/actions.pdf", "--force"]).status, 0)
    XCTAssertTrue(
      String(decoding: contents("out/actions.pdf") ?? Data(), as: UTF8.self).hasPrefix("case,"))
    let over = seen(["actions", ".", "-o", "hv-0193.json", "--force"])
    XCTAssertEqual(over.status, 64, "never over a review it reads")
  }

  func testABadFileIsSkippedWithAWarningOrStopsTheListWithStrict() throws {
    try Data("{\"format\": \"seen-review/5\", \"case\": \"SECRET-CASE\", \"men\": 3}".utf8).write(
      to: folder.appendingPathComponent("bad.json"))
    let run = seen(["actions", "."])
    XCTAssertEqual(run.status, 0)
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 2, run.stderr)
    XCTAssertTrue(lines[0].hasPrefix("warning: skipped") && lines[0].contains("bad.json"))
    XCTAssertTrue(lines[1].contains("1 of 4 files skipped"), run.stderr)
    XCTAssertFalse(run.stderr.contains("SECRET"))
    let strict = seen(["actions", ".", "--strict"])
    XCTAssertEqual(strict.status, 65)
    XCTAssertEqual(strict.stdout, "")
    XCTAssertEqual(strict.stderr.split(separator: "\n").count, 1, strict.stderr)
    let empty = try makeTemporaryDirectory()
    let nothing = InProcessSeen.run(["actions", empty.path], environment: today)
    XCTAssertEqual(nothing.status, 66)
  }

  func testADoneActionIsSavedInPlaceAndListedDone() throws {
    XCTAssertEqual(chmod(path("hv-0193.json"), 0o640), 0)
    let run = seen(["actions", "done", "hv-0193.json", "1", "--note", "GP called back"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertEqual(
      run.stdout,
      "Action 1 of case HV-0193 (Health visitor, due 2026-11-20) is now done, on 2026-12-03, after its due date; saved hv-0193.json.\n"
    )
    // In place: the mode the review had is kept, never made wider.
    XCTAssertEqual(permissions(of: path("hv-0193.json")), 0o640)
    let record = try ReviewRecord.decode(
      Array(contents("hv-0193.json") ?? Data()), file: nil, content: try Content.bundled())
    XCTAssertEqual(
      record.actions[0].state, .done(on: ISODate("2026-12-03")!, note: "GP called back"))
    XCTAssertEqual(
      try names(in: folder).filter { $0.hasPrefix(".") }, [], "no lock or temporary file left")
    let list = seen(["actions", "hv-0193.json", "--open"])
    XCTAssertEqual(leads(list.stdout), ["HV-0193, action 3"])
    let on = seen(["actions", "done", "sw-0457.json", "3", "--on", "2026-11-30"])
    XCTAssertEqual(on.status, 0, on.stderr)
    XCTAssertTrue(on.stdout.contains("is now done, on 2026-11-30; saved"), on.stdout)
    let drop = seen([
      "actions", "drop", "sw-0457.json", "1", "--reason", "Police checks not needed",
    ])
    XCTAssertEqual(drop.status, 0, drop.stderr)
    XCTAssertEqual(
      drop.stdout,
      "Action 1 of case SW-0457 (Social worker, due 2026-11-28) is now dropped; saved sw-0457.json.\n"
    )
  }

  func testTheLineSayingWhatChangedCannotCarryATerminalEscape() throws {
    var text = try XCTUnwrap(String(data: contents("hv-0193.json") ?? Data(), encoding: .utf8))
    text = text.replacingOccurrences(of: "\"HV-0193\"", with: "\"HV\\u001b[31m-1\"")
    try Data(text.utf8).write(to: folder.appendingPathComponent("odd\u{1B}]0;x\u{07}.json"))
    let run = seen(["actions", "done", "odd\u{1B}]0;x\u{07}.json", "3"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains("\u{1B}"), run.stdout)
    XCTAssertTrue(run.stdout.contains("of case HV\\u{1B}[31m-1"), run.stdout)
    XCTAssertTrue(run.stdout.contains("saved odd\\u{1B}]0;x\\u{7}.json."), run.stdout)
  }

  func testEachRefusalToChangeAnActionIsOneLineAndLeavesTheRecord() throws {
    let before = contents("hv-0193.json")
    let cases: [([String], Int32, String)] = [
      (
        ["actions", "done", "hv-0193.json", "4"], 64,
        "there is no action 4; this review has actions 1 to 3"
      ),
      (["actions", "done", "hv-0193.json", "2"], 64, "action 2 was done on 2026-12-01 already"),
      (
        ["actions", "drop", "hv-0193.json", "2", "--reason", "x"], 64,
        "action 2 was done on 2026-12-01 already"
      ),
      (["actions", "drop", "hv-0193.json", "1"], 64, "needs --reason"),
      (["actions", "drop", "hv-0193.json", "1", "--reason", " "], 64, "--reason is empty"),
      (["actions", "done", "hv-0193.json", "one"], 64, "'one' is not an action's number"),
      (["actions", "done", "hv-0193.json", "0"], 64, "'0' is not an action's number"),
      (["actions", "done", "hv-0193.json"], 64, "takes a review file and an action's number"),
      (["actions", "done", "hv-0193.json", "1", "--on", "2027-01-01"], 64, "is after today"),
      (
        ["actions", "done", "hv-0193.json", "1", "--on", "last week"], 64,
        "--on 'last week' is not a day"
      ),
      (
        ["actions", "done", "hv-0193.json", "1", "--reason", "x"], 64,
        "--reason belongs to 'seen actions drop FILE N'"
      ),
      (["actions", "done", "hv-0193.json", "1", "--open"], 64, "--open belongs to the list"),
      (["actions", "done", "-", "1"], 64, "not standard input"),
      (["actions", "done", "missing.json", "1"], 66, "missing.json"),
    ]
    for (arguments, status, message) in cases {
      let run = seen(arguments)
      XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
      XCTAssertEqual(run.stdout, "", "\(arguments)")
      XCTAssertLessThanOrEqual(run.stderr.split(separator: "\n").count, status == 64 ? 2 : 1)
      XCTAssertEqual(contents("hv-0193.json"), before, "\(arguments)")
    }
    let dropped = seen(["actions", "done", "sw-0457.json", "2"])
    XCTAssertEqual(dropped.status, 64)
    XCTAssertTrue(dropped.stderr.contains("action 2 was dropped already"), dropped.stderr)
    XCTAssertFalse(dropped.stderr.contains("moved away"), "the reason is a note: never on stderr")
  }

  func testARecordOpenInAnotherSessionIsNotChanged() throws {
    let before = contents("hv-0193.json")
    let lock = try XCTUnwrap(try RecordLock.acquire(path("hv-0193.json")))
    defer { lock.release() }
    let run = seen(["actions", "done", "hv-0193.json", "1"])
    XCTAssertEqual(run.status, 75)
    XCTAssertTrue(run.stderr.contains("is open in another seen session"), run.stderr)
    XCTAssertEqual(contents("hv-0193.json"), before)
  }

  func testHelpExplainsTheListAndTheChangesWithExamples() throws {
    let help = try assertExecuteCommand(["help", "actions"]).stdout
    for text in [
      "seen actions done FILE N", "seen actions drop FILE N --reason TEXT", "SEEN_TODAY",
      "overdue", "EXAMPLES:", "seen actions reviews/ --open --owner",
    ] {
      XCTAssertTrue(normalizingWhitespace(help).contains(text), text)
    }
  }
}
