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
}
