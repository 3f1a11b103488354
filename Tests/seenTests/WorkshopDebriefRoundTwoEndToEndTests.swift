import Foundation
import SeenTestSupport
import XCTest

/// Issue 18, review round 2, through the binary: warnings name no participant's file unless
/// --no-suppress, seen's own plan and scenario are said to be what they are, and an "after"
/// confidence saved from the "before" file counts in both the debrief and the summary.
final class WorkshopDebriefRoundTwoEndToEndTests: XCTestCase {
  private func seen(_ arguments: [String], in folder: URL) throws -> SeenRun {
    let run = try SeenExecutable.run(arguments, currentDirectory: folder)
    XCTAssertFalse(run.crashed, run.stderr)
    return run
  }

  /// Points 2 and 6: a participant's broken and empty files, a plan and a scenario beside one
  /// participant's review.
  func testWarningsNameNoParticipantFileUnlessAsked() throws {
    let folder = try makeTemporaryDirectory()
    let review = try seen(
      [
        "review", "--scenario", "wiltshire", "--blank", "--no-input", "--set", "1.contacted=no",
        "--save", "participant-07.json",
      ], in: folder)
    XCTAssertEqual(review.status, 0, review.stderr)
    try Data("{ not a review".utf8).write(to: folder.appendingPathComponent("participant-08.json"))
    try Data("{}".utf8).write(to: folder.appendingPathComponent("participant-09.json"))
    for arguments in [
      ["workshop", "wiltshire", "--steps", "--format", "json", "-o", "plan.json"],
      ["scenarios", "show", "wiltshire", "--format", "json", "-o", "scenario.json"],
    ] {
      let made = try seen(arguments, in: folder)
      XCTAssertEqual(made.status, 0, made.stderr)
    }
    let run = try seen(["workshop", "debrief", "wiltshire", "."], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    for name in ["participant-0", "plan.json", "scenario.json"] {
      XCTAssertFalse(run.stderr.contains(name), run.stderr)
    }
    XCTAssertTrue(
      run.stderr.contains("left out a file that is a seen workshop plan, not a review record."),
      run.stderr)
    XCTAssertTrue(
      run.stderr.contains("left out a file that is a seen scenario, not a review record."),
      run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "Some files were left out: one of seen's own outputs, not a review record that can be"
          + " read, or holding no review;"
          + " with --no-suppress each is named, with the reason."), run.stderr)
    let named = try seen(["workshop", "debrief", "wiltshire", ".", "--no-suppress"], in: folder)
    XCTAssertEqual(named.status, 0, named.stderr)
    for name in ["participant-08.json", "participant-09.json", "plan.json", "scenario.json"] {
      XCTAssertTrue(named.stderr.contains(name), "\(name): \(named.stderr)")
    }
    // Round 3, point 8: seen's own files (the plan, the scenario) are counted too.
    XCTAssertTrue(named.stderr.contains("4 files were left out"), named.stderr)
  }

  /// Point 3: an "after" made with --answers before.json keeps the before file's id; it is
  /// another cohort's record, never a copy, in the debrief and in seen summary.
  func testAnAfterSavedFromTheBeforeFileCounts() throws {
    let folder = try makeTemporaryDirectory()
    let before = try seen(
      [
        "review", "--case", "WORKSHOP", "--role", "Participant", "--set", "confidence=not-very",
        "--cohort", "wiltshire before", "--no-input", "--quiet", "--save", "before.json",
      ], in: folder)
    XCTAssertEqual(before.status, 0, before.stderr)
    let after = try seen(
      [
        "review", "--answers", "before.json", "--set", "confidence=very", "--cohort",
        "wiltshire after", "--no-input", "--quiet", "--save", "after.json",
      ], in: folder)
    XCTAssertEqual(after.status, 0, after.stderr)
    let ids = try ["before.json", "after.json"].map { name in
      try jsonObject(
        String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))["id"] as? String
    }
    XCTAssertEqual(ids[0], ids[1], "the after keeps the before's id")
    let run = try seen(
      ["workshop", "debrief", "wiltshire", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try jsonObject(run.stdout)
    XCTAssertEqual(json["duplicates"] as? Int, 0)
    let confidence = try XCTUnwrap(json["confidence"] as? [String: [String: Any]])
    XCTAssertEqual(confidence["before"]?["not-very"] as? Int, 1)
    XCTAssertEqual(confidence["after"]?["very"] as? Int, 1)
    let summary = try seen(["summary", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(summary.status, 0, summary.stderr)
    let counted = try jsonObject(summary.stdout)
    XCTAssertEqual(counted["duplicates"] as? Int, 0, summary.stdout)
    XCTAssertEqual(counted["reviews"] as? Int, 2, summary.stdout)
  }
}
