import Foundation
import SeenTestSupport
import XCTest

/// Issue 16, re-review integrity, through the binary: a man renamed in a re-review is the same
/// man to `seen compare` and to the summary's gaps closed; one earlier review is re-reviewed
/// once; a re-review keeps the earlier review's case and never goes back before its date; an
/// action for a man no longer in the baby's life is named, not carried over unseen.
final class ReReviewIntegrityEndToEndTests: XCTestCase {
  private let later = ["SEEN_TODAY": "2026-12-17"]

  private func earlier(in folder: URL, example: String = "two-men") throws -> URL {
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: examplePath(example)), to: file)
    return file
  }

  private func text(_ file: URL) throws -> String {
    String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }

  func testAManRenamedInAReReviewIsTheSameManToCompareAndSummary() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let made = try SeenExecutable.run(
      ["review", "--again", first.path, "--keep-earlier", "--no-input"],
      environment: later, currentDirectory: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    let again = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    // As the guided re-review saves a new label typed for "Father".
    try Data(
      try text(again).replacingOccurrences(of: "\"Father\"", with: "\"Birth father\"").utf8
    ).write(to: again)

    let compare = try SeenExecutable.run(
      ["compare", first.path, again.path], environment: later, currentDirectory: folder)
    XCTAssertEqual(compare.status, 0, compare.stderr)
    XCTAssertTrue(
      compare.stdout.contains("Father, now 'Birth father': partly seen, then and now"),
      compare.stdout)
    XCTAssertFalse(compare.stdout.contains("not in the later review"), compare.stdout)
    XCTAssertFalse(compare.stdout.contains("added in the later review"), compare.stdout)
    XCTAssertTrue(compare.stdout.contains("0 closed, 38 still open, 0 new."), compare.stdout)

    let summary = try SeenExecutable.run(
      ["summary", "--no-suppress", first.path, again.path], environment: later,
      currentDirectory: folder)
    XCTAssertEqual(summary.status, 0, summary.stderr)
    XCTAssertTrue(
      summary.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "of 38 gaps in earlier reviews, 0 were closed by the next review"), summary.stdout)
  }

  /// A review already re-reviewed: asked line by line, y resumes that re-review (no second
  /// file), n starts another with a warning; a script needs --force, and warns.
  func testASecondReReviewOfOneReviewIsOfferedTheFirstToResume() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let made = try SeenExecutable.run(
      ["review", "--again", "r.json", "--no-input"], environment: later,
      currentDirectory: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    let name = "seen-review-SW-0457-again-2026-12-17.json"
    let files = { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    let resumed = try SeenExecutable.run(
      ["review", "--again", "r.json", "--interactive"], stdin: Data("y\nq\n".utf8),
      environment: later, currentDirectory: folder)
    XCTAssertTrue(
      resumed.stderr.contains(
        "'\(name)' (dated 2026-12-17) is already a re-review of this review. Resume it? y resume it, n start another re-review"
      ), resumed.stderr)
    XCTAssertTrue(resumed.stderr.contains("saved as you go, to \(name)"), resumed.stderr)
    XCTAssertEqual(try files(), ["r.json", name], "no second re-review")

    let another = try SeenExecutable.run(
      ["review", "--again", "r.json", "--interactive"], stdin: Data("n\nq\n".utf8),
      environment: later, currentDirectory: folder)
    XCTAssertTrue(
      another.stderr.contains(
        "warning: starting a second re-review of 'r.json': '\(name)' already follows it"),
      another.stderr)
    XCTAssertEqual(
      try files(), ["r.json", "seen-review-SW-0457-again-2026-12-17-2.json", name])

    let forced = try SeenExecutable.run(
      ["review", "--again", first.path, "--no-input", "--force"], environment: later,
      currentDirectory: folder)
    XCTAssertEqual(forced.status, 0, forced.stderr)
    XCTAssertTrue(forced.stderr.hasPrefix("warning: starting a second re-review of"), forced.stderr)
  }

  /// An open action for a man recorded as no longer in the baby's life: a script's note names
  /// it with the command that drops it; the sheet says he is no longer in the baby's life in
  /// place of his empty answer boxes.
  func testAnActionForAManNoLongerInTheBabysLifeIsNamedAndHisSheetBoxesSaySo() throws {
    let folder = try makeTemporaryDirectory()
    _ = try earlier(in: folder, example: "agreed-actions")
    let run = try SeenExecutable.run(
      [
        "review", "--again", "r.json", "--keep-earlier", "--no-longer-in-babys-life",
        "Mother's partner", "--no-input",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let name = "seen-review-SW-0612-again-2026-12-17.json"
    XCTAssertTrue(
      run.stderr.contains(
        "note: Action 1 is for Mother's partner, recorded as no longer in the baby's life (from 2026-12-17): keep it, or drop it with 'seen actions drop \(name) 1 --reason \"no longer in the baby's life\"'.\n"
      ), run.stderr)

    let sheet = try SeenExecutable.run(
      ["sheet", name], environment: later, currentDirectory: folder)
    XCTAssertEqual(sheet.status, 0, sheet.stderr)
    let lines = sheet.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertTrue(sheet.stdout.contains("no longer in the baby's life (from 2026-12-17)"))
    for (index, line) in lines.enumerated() where line.hasPrefix("    Mother's partner") {
      XCTAssertFalse(line.contains("[ ]"), "no empty boxes for him: \(line)")
      XCTAssertTrue(
        lines[index + 1].contains("no longer in the baby's life (from 2026-12-17)"),
        String(lines[index + 1]))
    }
  }
}
