import Foundation
import SeenTestSupport
import XCTest

/// Issue 18, review round 3, through the binary: error messages follow the small-number rule;
/// a local file adds no rows the printed key does not have; warnings are sentences and count
/// seen's own files; --width and --part; the plan's second debrief shows the confidence alone.
final class WorkshopDebriefRoundThreeEndToEndTests: XCTestCase {
  private func seen(_ arguments: [String], in folder: URL) throws -> SeenRun {
    let run = try SeenExecutable.run(arguments, currentDirectory: folder)
    XCTAssertFalse(run.crashed, run.stderr)
    return run
  }

  private func participant(_ name: String, _ sets: [String], in folder: URL) throws {
    let run = try seen(
      ["review", "--scenario", "father-ab", "--blank", "--no-input", "--save", name]
        + sets.flatMap { ["--set", $0] }, in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
  }

  /// Point 6: the errors give no exact small count unless --no-suppress ("the 2 blank-start
  /// reviews", "none of the 9 files"), and never "none of the 1 file".
  func testErrorsFollowTheSmallNumberRule() throws {
    let empty = try makeTemporaryDirectory()
    try participant("a.json", [], in: empty)
    try participant("b.json", [], in: empty)
    let run = try seen(["workshop", "debrief", "father-ab", "."], in: empty)
    XCTAssertEqual(run.status, 65, run.stderr)
    XCTAssertTrue(run.stderr.contains("the blank-start reviews of 'father-ab'"), run.stderr)
    XCTAssertFalse(run.stderr.contains("2"), run.stderr)
    let exact = try seen(["workshop", "debrief", "father-ab", ".", "--no-suppress"], in: empty)
    XCTAssertTrue(exact.stderr.contains("the 2 blank-start reviews"), exact.stderr)
    let other = try makeTemporaryDirectory()
    for name in ["a.json", "b.json", "c.json"] {
      let made = try seen(
        [
          "review", "--case", "WORKSHOP", "--set", "confidence=somewhat", "--cohort",
          "another before", "--no-input", "--save", name, "--quiet",
        ], in: other)
      XCTAssertEqual(made.status, 0, made.stderr)
    }
    let none = try seen(["workshop", "debrief", "father-ab", "."], in: other)
    XCTAssertEqual(none.status, 65, none.stderr)
    XCTAssertTrue(none.stderr.contains("none of the files in"), none.stderr)
    XCTAssertFalse(none.stderr.contains("3"), none.stderr)
    try FileManager.default.removeItem(at: other.appendingPathComponent("b.json"))
    try FileManager.default.removeItem(at: other.appendingPathComponent("c.json"))
    let one = try seen(["workshop", "debrief", "father-ab", ".", "--no-suppress"], in: other)
    XCTAssertTrue(one.stderr.contains("the 1 file in"), one.stderr)
    XCTAssertFalse(one.stderr.contains("none of the 1 file"), one.stderr)
  }

  /// Point 7: a partnership's local file adds none of its items to the debrief: the debrief's
  /// rows are the printed key's.
  func testALocalFileAddsNoRows() throws {
    let folder = try makeTemporaryDirectory()
    try participant("a.json", ["1.contacted=no"], in: folder)
    let local = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("examples/local/anyshire.json").path
    let plain = try seen(
      ["workshop", "debrief", "father-ab", ".", "--no-suppress", "--format", "csv", "--no-local"],
      in: folder)
    let withLocal = try seen(
      [
        "workshop", "debrief", "father-ab", ".", "--no-suppress", "--format", "csv", "--local",
        local,
      ],
      in: folder)
    XCTAssertEqual(withLocal.status, 0, withLocal.stderr)
    XCTAssertEqual(withLocal.stdout, plain.stdout)
    XCTAssertFalse(withLocal.stdout.contains("local:"), withLocal.stdout)
  }

  /// Point 8: every warning is a sentence, seen's own files count among those left out, and
  /// --width wraps the text (a bad width is refused as for the packs).
  func testWarningsAreSentencesAndWidthIsTaken() throws {
    let folder = try makeTemporaryDirectory()
    try participant("a.json", ["1.contacted=no"], in: folder)
    try Data("{ broken".utf8).write(to: folder.appendingPathComponent("broken.json"))
    let plan = try seen(
      ["workshop", "father-ab", "--steps", "--format", "json", "-o", "plan.json"], in: folder)
    XCTAssertEqual(plan.status, 0, plan.stderr)
    let run = try seen(["workshop", "debrief", "father-ab", ".", "--no-suppress"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("warning: skipped a file that cannot be counted: ./broken.json"),
      run.stderr)
    XCTAssertTrue(run.stderr.contains("2 files were left out"), run.stderr)
    let narrow = try seen(["workshop", "debrief", "father-ab", ".", "--width", "40"], in: folder)
    XCTAssertEqual(narrow.status, 0, narrow.stderr)
    // The paragraphs wrap to the width (a table keeps its columns, as in seen summary).
    let opening = narrow.stdout.split(separator: "\n").first { $0.hasPrefix("Fewer than") }
    XCTAssertLessThanOrEqual(opening?.count ?? 99, 40, narrow.stdout)
    let wide = try seen(["workshop", "debrief", "father-ab", ".", "--width", "120"], in: folder)
    XCTAssertTrue(wide.stdout.split(separator: "\n").contains { $0.count > 80 }, wide.stdout)
    let bad = try seen(["workshop", "debrief", "father-ab", ".", "--width", "5"], in: folder)
    XCTAssertEqual(bad.status, 64, bad.stderr)
  }

  /// Point 9: --part confidence shows no gap; a bad part and --part on a pack are refused; the
  /// plan's second debrief (with the confidence after) is --part confidence.
  func testPartConfidenceAndThePlansSecondDebrief() throws {
    let folder = try makeTemporaryDirectory()
    try participant("a.json", ["1.contacted=no"], in: folder)
    let run = try seen(
      ["workshop", "debrief", "father-ab", ".", "--part", "confidence", "--no-suppress"],
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains("Each gap in the key"), run.stdout)
    XCTAssertTrue(run.stdout.contains("Confidence before and after"), run.stdout)
    XCTAssertTrue(run.stdout.contains("none yet"), run.stdout)
    let bad = try seen(["workshop", "debrief", "father-ab", ".", "--part", "key"], in: folder)
    XCTAssertEqual(bad.status, 64, bad.stderr)
    let pack = try seen(["workshop", "father-ab", "--part", "gaps"], in: folder)
    XCTAssertEqual(pack.status, 64, pack.stderr)
    let plan = try seen(
      ["workshop", "father-ab", "--steps", "--minutes", "90", "--format", "json"], in: folder)
    let steps = try XCTUnwrap(try jsonObject(plan.stdout)["steps"] as? [[String: Any]])
    let lines = steps.flatMap { step in
      (step["commands"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? String }
    }.filter { $0.contains("workshop debrief") }
    XCTAssertEqual(
      lines,
      [
        "seen workshop debrief father-ab .",
        "seen workshop debrief father-ab . --part confidence",
      ])
  }
}
