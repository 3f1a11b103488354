import Foundation
import SeenTestSupport
import XCTest

/// Issue 18 point 12 through the binary: `seen review --quiet` records a review without printing
/// its gap report (a workshop participant's confidence level), saying on standard error only
/// what was saved.
final class ReviewQuietEndToEndTests: XCTestCase {
  func testQuietSavesTheReviewAndPrintsOnlyTheNoteOfTheFileSaved() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      [
        "review", "--case", "WORKSHOP", "--role", "Participant", "--set", "confidence=somewhat",
        "--cohort", "wiltshire before", "--no-input", "--quiet", "--save",
        "wiltshire-before-1.json",
      ], currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stdout, "", "no gap report")
    XCTAssertEqual(run.stderr, "note: the review is saved to 'wiltshire-before-1.json'.\n")
    let saved = try jsonObject(
      String(
        decoding: Data(contentsOf: folder.appendingPathComponent("wiltshire-before-1.json")),
        as: UTF8.self))
    XCTAssertEqual(saved["confidence"] as? String, "somewhat")
    XCTAssertEqual(saved["cohort"] as? String, "wiltshire before")
    XCTAssertEqual(
      permissions(of: folder.appendingPathComponent("wiltshire-before-1.json").path), 0o600)
  }

  func testQuietKeepsTheExitStatusOfFailOnGaps() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      [
        "review", "--scenario", "wiltshire", "--blank", "--no-input", "--quiet", "--fail-on-gaps",
        "--save", "r.json",
      ], currentDirectory: folder)
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertEqual(run.stdout, "")
    XCTAssertEqual(run.stderr, "note: the review is saved to 'r.json'.\n")
  }

  func testQuietWithAReportFormatOrOutputIsRefused() throws {
    for extra in [["--format", "json"], ["-o", "report.txt"], ["--output", "report.txt"]] {
      let folder = try makeTemporaryDirectory()
      let run = try SeenExecutable.run(
        [
          "review", "--scenario", "wiltshire", "--blank", "--no-input", "--quiet", "--save",
          "r.json",
        ]
          + extra, currentDirectory: folder)
      XCTAssertEqual(run.status, 64, extra.joined(separator: " "))
      XCTAssertTrue(run.stderr.hasPrefix("error: --quiet and --"), run.stderr)
      XCTAssertEqual(run.stdout, "")
      XCTAssertFalse(
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.json").path))
    }
  }

  func testQuietWithoutSaveIsRefused() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      ["review", "--scenario", "wiltshire", "--blank", "--no-input", "--quiet"],
      currentDirectory: folder)
    XCTAssertEqual(run.status, 64)
    XCTAssertTrue(run.stderr.contains("add --save FILE"), run.stderr)
    XCTAssertEqual(run.stdout, "")
  }
}
