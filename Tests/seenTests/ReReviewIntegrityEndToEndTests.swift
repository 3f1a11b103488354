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
    XCTAssertTrue(compare.stdout.contains("Father, now 'Birth father': partly seen, then and now"), compare.stdout)
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
}
