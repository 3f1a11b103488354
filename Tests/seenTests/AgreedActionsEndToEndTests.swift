import Foundation
import SeenTestSupport
import XCTest

/// Agreed actions end to end (issue 16): agreed in a scripted review with --action, saved in the
/// record, and shown by `seen report` and `seen sheet` in every format, counted from SEEN_TODAY.
final class AgreedActionsEndToEndTests: XCTestCase {
  private let today = ["SEEN_TODAY": "2026-12-03"]

  /// The example's report and filled sheet from the binary are the golden files, which count
  /// the open action as overdue from SEEN_TODAY.
  func testReportAndSheetOfTheExampleAreTheGoldenFiles() throws {
    let example = examplePath("agreed-actions")
    for (format, fileExtension) in [
      ("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html"),
    ] {
      try assertExecuteCommand(
        ["report", example, "--format", format], environment: today,
        snapshot: "report-agreed-actions.\(fileExtension)")
    }
    for (format, fileExtension) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
      try assertExecuteCommand(
        ["sheet", example, "--format", format], environment: today,
        snapshot: "sheet-agreed-actions.\(fileExtension)")
    }
  }

  /// Three actions agreed in a script: one from a next step by its item's id, one in the
  /// practitioner's words with a past due date (kept, with a one-line warning), one for the case
  /// owned by a role typed in another case. Saved in the record and shown in the report.
  func testScriptedReviewAgreesThreeActions() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("r.json")
    let run = try SeenExecutable.run(
      [
        "review", "--answers", examplePath("two-men"), "--no-input", "--save", saved.path,
        "--action", "agency-checks|Mother's partner|Social worker|in 2 weeks",
        "--action", "Ask the GP what is known of him|1|health visitor|2026-11-20",
        "--action", "Invite both men to the core group|case|TEAM MANAGER|tomorrow",
        "--format", "json",
      ], environment: today, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "warning: --action 2: the due date 2026-11-20 is 13 days in the past; the action is kept, and shows as overdue.\n"
    )
    let record = try jsonObject(String(decoding: Data(contentsOf: saved), as: UTF8.self))
    let actions = try XCTUnwrap(record["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 3)
    XCTAssertEqual(actions[0]["item"] as? String, "agency-checks")
    XCTAssertEqual(actions[0]["for"] as? String, "Mother's partner")
    XCTAssertEqual(actions[0]["due"] as? String, "2026-12-17")
    XCTAssertTrue(
      (actions[0]["what"] as? String)?.hasPrefix("Before any first contact") == true,
      "the next step as the report gives it (its safe form: a safety condition is not known)")
    XCTAssertEqual(actions[1]["for"] as? String, "Father")
    XCTAssertEqual(actions[1]["owner"] as? String, "Health visitor")
    XCTAssertNil(actions[2]["for"], "for the case")
    XCTAssertEqual(actions[2]["owner"] as? String, "Team manager")
    XCTAssertEqual(actions[2]["due"] as? String, "2026-12-04")

    let report = try jsonObject(run.stdout)
    let shown = try XCTUnwrap(report["actions"] as? [[String: Any]])
    XCTAssertEqual(shown.map { $0["number"] as? Int }, [1, 2, 3])
    XCTAssertEqual(shown[1]["overdueDays"] as? Int, 13)
    XCTAssertEqual(shown[0]["overdueDays"] as? Int, 0)

    let text = try SeenExecutable.run(["report", saved.path], environment: today)
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertTrue(text.stdout.contains("Agreed actions\n--------------\n"), text.stdout)
    XCTAssertTrue(text.stdout.contains("State: overdue by 13 days"), text.stdout)
    XCTAssertTrue(text.stdout.contains("Owner: Team manager"), text.stdout)
  }

  /// A record without actions reports as it always did, whatever SEEN_TODAY says: its report
  /// needs no day.
  func testAnOlderRecordsReportDoesNotDependOnToday() throws {
    try assertExecuteCommand(
      ["report", examplePath("two-men")], environment: ["SEEN_TODAY": "not a day"],
      snapshot: "report-two-men.txt")
  }

  /// A bad SEEN_TODAY is refused where it would count overdue actions.
  func testABadTodayIsAUsageErrorWhereActionsAreShown() throws {
    let run = try SeenExecutable.run(
      ["report", examplePath("agreed-actions")], environment: ["SEEN_TODAY": "2026-02-30"])
    XCTAssertEqual(run.status, 64)
    XCTAssertTrue(run.stderr.hasPrefix("error: the environment variable SEEN_TODAY"), run.stderr)
    XCTAssertEqual(run.stdout, "")
  }

  /// Where a safety condition is recorded, an action's own words are left out of the report and
  /// the sheet (the sensitive-field rule), and shown with --include-sensitive.
  func testAnActionsOwnWordsAreLeftOutWhereASafetyConditionIsRecorded() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("r.json")
    let words = "Ask her about the threats she told me of"
    let run = try SeenExecutable.run(
      [
        "review", "--answers", examplePath("safety-refuge"), "--no-input", "--save", saved.path,
        "--action", "\(words)|1|Social worker|in 1 week",
      ], environment: today, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains(words), "the report of the review")
    XCTAssertTrue(run.stdout.contains("[sensitive note left out]"))
    for arguments in [["report", saved.path], ["sheet", saved.path]] {
      let shown = try SeenExecutable.run(arguments, environment: today)
      XCTAssertEqual(shown.status, 0, shown.stderr)
      XCTAssertFalse(shown.stdout.contains(words), arguments[0])
      let included = try SeenExecutable.run(
        arguments + ["--include-sensitive"], environment: today)
      XCTAssertTrue(included.stdout.contains(words), arguments[0])
    }
  }
}
