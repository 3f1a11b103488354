import Foundation
import SeenTestSupport
import XCTest

/// Issue 16, adversarial round 2, through the binary: a guided re-review holds the earlier
/// review; `seen actions` lists a review once however many copies are read; `--action` takes an
/// item's id however it is typed; `--due-before` takes the days `--on` takes.
final class ActionsRobustnessEndToEndTests: XCTestCase {
  private let later = ["SEEN_TODAY": "2026-12-17"]

  private func earlier(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("agreed-actions")), to: file)
    return file
  }

  private func saved(_ file: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
  }

  // MARK: 1. A guided re-review holds the earlier review

  func testAnActionCannotBeMarkedDoneInTheEarlierReviewDuringAGuidedReReview() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let before = try Data(contentsOf: first)
    let session = try PseudoTerminal(
      ["review", "--again", "r.json"], in: folder, environment: later)
    defer { session.terminate() }
    try session.waitForPrompt()

    let done = try runSeenWithTimeout(
      ["actions", "done", "r.json", "1"], stdin: nil, environment: later,
      currentDirectory: folder)
    XCTAssertEqual(done.status, 75, done.stderr)
    XCTAssertEqual(done.stdout, "")
    XCTAssertEqual(done.stderr.split(separator: "\n").count, 1, done.stderr)
    XCTAssertTrue(done.stderr.contains("'r.json' is open in another seen session"), done.stderr)
    XCTAssertEqual(try Data(contentsOf: first), before, "the earlier review is not changed")

    session.send(line: "q")
    XCTAssertNotNil(session.exitStatus(), session.unread)
    XCTAssertEqual(try Data(contentsOf: first), before)
    XCTAssertFalse(
      try names(in: folder).contains { $0.hasSuffix(".lock") }, "no lock file is left")
  }

  // MARK: 2. Copies of a review are listed once

  func testCopiesAndLinksOfAReviewAreListedOnceAndSaidSo() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    try FileManager.default.copyItem(at: first, to: folder.appendingPathComponent("copy.json"))
    let sub = folder.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: first, to: sub.appendingPathComponent("again.json"))
    try FileManager.default.createSymbolicLink(
      at: sub.appendingPathComponent("link.json"), withDestinationURL: first)

    let list = try SeenExecutable.run(
      ["actions", ".", "--width", "200"], environment: later, currentDirectory: folder)
    XCTAssertEqual(list.status, 0, list.stderr)
    XCTAssertEqual(
      list.stdout.components(separatedBy: "Case SW-0612, action 1").count - 1, 1, list.stdout)
    XCTAssertTrue(list.stdout.contains("in 1 review read"), list.stdout)
    XCTAssertTrue(
      list.stdout.contains("Each review listed once: 2 duplicate copies left out"), list.stdout)

    let json = try SeenExecutable.run(
      ["actions", ".", "--format", "json"], environment: later, currentDirectory: folder)
    XCTAssertEqual(json.status, 0, json.stderr)
    let object = try jsonObject(json.stdout)
    XCTAssertEqual(object["reviews"] as? Int, 1)
    XCTAssertEqual(object["duplicates"] as? Int, 2)
    XCTAssertEqual((object["actions"] as? [Any])?.count, 3)

    // As seen summary counts them: the same number of copies left out.
    let summary = try SeenExecutable.run(
      ["summary", ".", "--format", "json"], environment: later, currentDirectory: folder)
    XCTAssertEqual(summary.status, 0, summary.stderr)
    XCTAssertEqual(try jsonObject(summary.stdout)["duplicates"] as? Int, 2, summary.stdout)
  }

  /// Of two copies that differ (one resumed after it was copied), the one summary counts is
  /// listed, whichever order they are read in.
  func testOfTwoDifferingCopiesTheOneWithMoreAnswersIsListed() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    var grown = try saved(first)
    var answers = (grown["answers"] as? [String: Any]) ?? [:]
    answers["supervision"] = "yes"
    grown["answers"] = answers
    var actions = try XCTUnwrap(grown["actions"] as? [[String: Any]])
    actions[0]["state"] = "done"
    actions[0]["done"] = "2026-12-01"
    grown["actions"] = actions
    for name in ["a.json", "z.json"] {
      let data = try JSONSerialization.data(withJSONObject: grown)
      try data.write(to: folder.appendingPathComponent(name))
      let json = try SeenExecutable.run(
        ["actions", ".", "--format", "json"], environment: later, currentDirectory: folder)
      XCTAssertEqual(json.status, 0, json.stderr)
      let object = try jsonObject(json.stdout)
      XCTAssertEqual(object["duplicates"] as? Int, 1)
      let files = try XCTUnwrap(object["actions"] as? [[String: Any]]).compactMap {
        $0["file"] as? String
      }
      XCTAssertEqual(Set(files).count, 1, "\(files)")
      XCTAssertTrue(files.allSatisfy { $0.hasSuffix(name) }, "\(name): \(files)")
      try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }

  // MARK: 3. An item's id however it is typed

  func testAnItemsIdInCapitalsWithAnUnderscoreOrADashOrAFullStopIsThatItem() throws {
    let folder = try makeTemporaryDirectory()
    for typed in ["Agency-Checks", "AGENCY-CHECKS", "agency_checks", "agency\u{2013}checks"] {
      let file = folder.appendingPathComponent("r.json")
      try? FileManager.default.removeItem(at: file)
      let run = try SeenExecutable.run(
        [
          "review", "--case", "T-1", "--set", "Father.identified=yes", "--no-input",
          "--save", file.path, "--action", "\(typed)|Father|Health visitor|in 1 week",
        ], environment: later, currentDirectory: folder)
      XCTAssertEqual(run.status, 0, "\(typed): \(run.stderr)")
      let action = try XCTUnwrap((try saved(file)["actions"] as? [[String: Any]])?.first)
      XCTAssertEqual(action["item"] as? String, "agency-checks", typed)
      XCTAssertNotEqual(action["what"] as? String, typed)
    }
    let file = folder.appendingPathComponent("c.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--set", "Father.identified=yes", "--no-input",
        "--save", file.path, "--action", "contacted.|Father|Health visitor|in 1 week",
        "--action", "Supervision||Social worker|in 1 week",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let actions = try XCTUnwrap(try saved(file)["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.map { $0["item"] as? String }, ["contacted", "supervision"])
  }

  // MARK: 4. --due-before takes the days --on takes

  func testDueBeforeTakesYesterdayTodayAndTomorrow() throws {
    let folder = try makeTemporaryDirectory()
    _ = try earlier(in: folder)
    for (typed, day) in [
      ("yesterday", "2026-12-16"), ("Today", "2026-12-17"), ("tomorrow", "2026-12-18"),
      ("in 1 week", "2026-12-24"),
    ] {
      let run = try SeenExecutable.run(
        ["actions", "r.json", "--due-before", typed, "--format", "json"], environment: later,
        currentDirectory: folder)
      XCTAssertEqual(run.status, 0, "\(typed): \(run.stderr)")
      let filter = try jsonObject(run.stdout)["filter"] as? [String: Any]
      XCTAssertEqual(filter?["dueBefore"] as? String, day, typed)
    }
  }
}
