import Foundation
import SeenTestSupport
import XCTest

/// Issue 16 follow-ups through the binary: `seen compare` puts a safety condition found since
/// the earlier review first and never counts it as a gap closed, reads two reviews given the
/// wrong way round the right way with a line saying so, and refuses one review twice; `seen
/// actions` follows `supersedes` as `seen summary` does.
final class CompareAndChainsEndToEndTests: XCTestCase {
  private let twoWeeksLater = ["SEEN_TODAY": "2026-12-17"]

  /// An earlier review (the example with agreed actions, 2026-11-18) and its re-review two
  /// weeks later, saved beside it, which carries the open actions over.
  private func chain(_ settings: [String] = []) throws -> (folder: URL, first: URL, second: URL) {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    try FileManager.default.copyItem(atPath: examplePath("agreed-actions"), toPath: first.path)
    let again = try SeenExecutable.run(
      ["review", "--again", first.path, "--keep-earlier", "--no-input"]
        + settings.flatMap { ["--set", $0] },
      environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    let second = folder.appendingPathComponent("seen-review-SW-0612-again-2026-12-17.json")
    XCTAssertTrue(FileManager.default.fileExists(atPath: second.path))
    return (folder, first, second)
  }

  /// The lines of a text section, from its title to the next blank-line-separated title.
  private func section(_ text: String, from start: String, to end: String) -> String {
    guard let from = text.range(of: "\n\(start)\n") else { return "" }
    let rest = text[from.upperBound...]
    return String(rest[..<(rest.range(of: "\n\(end)\n")?.lowerBound ?? rest.endIndex)])
  }

  // MARK: Point 1: a new safety concern comes first, and is no gap closed

  func testANewSafetyConcernIsTheHeadlineAndNeverAGapClosed() throws {
    let (_, first, second) = try chain([
      "father.safety=yes: Non-molestation order made", "father.history=yes",
    ])
    let compare = try SeenExecutable.run(
      ["compare", first.path, second.path, "--width", "200"], environment: twoWeeksLater)
    XCTAssertEqual(compare.status, 0, compare.stderr)
    XCTAssertEqual(compare.stderr, "")
    let text = compare.stdout
    let headline = try XCTUnwrap(text.range(of: "New since the earlier review: a safety condition"))
    XCTAssertLessThan(
      headline.lowerBound, try XCTUnwrap(text.range(of: "\nMen\n")).lowerBound, "it comes first")
    XCTAssertTrue(
      text.contains(
        "Father: A safety concern is recorded (domestic abuse, a "
          + "protective order or a threat). Contact with him must now be planned for "
          + "safety."), text)
    XCTAssertTrue(text.contains("manager"), text)
    XCTAssertTrue(text.contains("(17.2"), text)
    XCTAssertFalse(text.contains("Non-molestation"), "no note text")
    let closed = section(text, from: "Closed", to: "Still open")
    XCTAssertTrue(closed.contains("Father: His own history"), text)
    XCTAssertFalse(closed.contains("Safety concern"), closed)
    XCTAssertTrue(
      section(text, from: "Now known: a safety condition, not a gap closed", to: "Closed")
        .contains("Father: Safety concern"), text)
    // Every format says it.
    for format in ["markdown", "html", "json"] {
      let run = try SeenExecutable.run(
        ["compare", first.path, second.path, "--format", format], environment: twoWeeksLater)
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertTrue(
        run.stdout.contains("New since the earlier review") || run.stdout.contains("newSafety"),
        format)
      XCTAssertFalse(run.stdout.contains("Non-molestation"), format)
    }
    let json = try jsonObject(
      try SeenExecutable.run(
        ["compare", first.path, second.path, "--format", "json"], environment: twoWeeksLater
      ).stdout)
    let news = try XCTUnwrap(json["newSafety"] as? [[String: Any]])
    XCTAssertEqual(news.first?["man"] as? String, "Father")
    XCTAssertEqual(news.first?["reasons"] as? [String], ["safety-concern"])
    let gaps = try XCTUnwrap(json["gaps"] as? [String: Any])
    let closedItems = try XCTUnwrap(gaps["closed"] as? [[String: Any]]).map {
      $0["item"] as? String
    }
    XCTAssertFalse(closedItems.contains("safety"))
    XCTAssertEqual(
      try XCTUnwrap(gaps["safetyRecorded"] as? [[String: Any]]).map { $0["item"] as? String },
      ["safety"])
  }

  // MARK: Point 3: order and the same review twice

  func testCompareGivenTheWrongWayRoundSwapsWithANote() throws {
    let (_, first, second) = try chain()
    let right = try SeenExecutable.run(
      ["compare", first.path, second.path], environment: twoWeeksLater)
    XCTAssertEqual(right.status, 0, right.stderr)
    XCTAssertEqual(right.stderr, "")
    let wrong = try SeenExecutable.run(
      ["compare", second.path, first.path], environment: twoWeeksLater)
    XCTAssertEqual(wrong.status, 0, wrong.stderr)
    XCTAssertEqual(
      wrong.stderr,
      "compare: reading '\(first.path)' as the earlier review: '\(second.path)' supersedes it.\n")
    XCTAssertEqual(wrong.stdout, right.stdout)
  }

  func testCompareOfTheSameFileTwiceExits65InOneLine() throws {
    let (_, first, _) = try chain()
    let run = try SeenExecutable.run(
      ["compare", first.path, first.path], environment: twoWeeksLater)
    XCTAssertEqual(run.status, 65)
    XCTAssertEqual(run.stdout, "")
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(run.stderr.contains("nothing to compare"), run.stderr)
  }

  // MARK: Point 2: seen actions follows supersedes

  func testActionsListsTheLatestReviewOfAChainUnlessAllVersions() throws {
    let (folder, first, second) = try chain()
    let list = try SeenExecutable.run(
      ["actions", folder.path, "--width", "200"], environment: twoWeeksLater)
    XCTAssertEqual(list.status, 0, list.stderr)
    XCTAssertTrue(
      list.stdout.contains(
        "1 superseded review left out: a later review of the same case supersedes it"),
      list.stdout)
    XCTAssertFalse(list.stdout.contains(first.path), "the earlier review's actions not listed")
    XCTAssertTrue(list.stdout.contains(second.path), list.stdout)
    // The one open action, carried over: listed once, from the later review.
    let carried = list.stdout.components(separatedBy: "Case SW-0612, action ").count - 1
    XCTAssertEqual(carried, 1, "each carried-over action once: \(list.stdout)")

    let all = try SeenExecutable.run(
      ["actions", folder.path, "--all-versions", "--width", "200"], environment: twoWeeksLater)
    XCTAssertEqual(all.status, 0, all.stderr)
    XCTAssertTrue(all.stdout.contains("(review of 2026-11-18, superseded)"), all.stdout)
    XCTAssertTrue(all.stdout.contains("(review of 2026-12-17)"), all.stdout)
    XCTAssertTrue(all.stdout.contains(first.path))
  }

  func testMarkingAnActionOfASupersededReviewIsRefusedNamingTheLaterOne() throws {
    let (_, first, second) = try chain()
    let before = try Data(contentsOf: first)
    for change in [["done", first.path, "1"], ["drop", first.path, "1", "--reason", "moved"]] {
      let done = try SeenExecutable.run(["actions"] + change, environment: twoWeeksLater)
      XCTAssertEqual(done.status, 65, done.stderr)
      XCTAssertEqual(done.stdout, "")
      XCTAssertEqual(done.stderr.split(separator: "\n").count, 1, done.stderr)
      XCTAssertTrue(
        done.stderr.hasPrefix("error: '\(first.path)' is superseded by '\(second.path)'"),
        done.stderr)
      XCTAssertTrue(done.stderr.contains("'seen actions \(second.path)' lists it"), done.stderr)
      XCTAssertEqual(try Data(contentsOf: first), before, "the earlier review is never changed")
    }
    // The latest review itself: no warning.
    let latest = try SeenExecutable.run(
      ["actions", "done", second.path, "1"], environment: twoWeeksLater)
    XCTAssertEqual(latest.status, 0, latest.stderr)
    XCTAssertEqual(latest.stderr, "")
  }
}
