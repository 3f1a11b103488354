import Foundation
import SeenTestSupport
import XCTest

/// Issue 16 follow-ups through the binary: a re-review takes --answers; in a script it names
/// each carried-over action whose gap is now closed, with the command to mark it done; on the
/// terminal it asks (Enter = no); a resumed re-review shows "last time" again, or says once that
/// the earlier review is not beside it.
final class ReReviewFollowUpEndToEndTests: XCTestCase {
  private let later = ["SEEN_TODAY": "2026-12-17"]

  private func earlier(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("agreed-actions")), to: file)
    return file
  }

  private func record(_ file: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
  }

  func testAReReviewTakesAnAnswersFileAndOnlyWhatItAnswers() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let answers = folder.appendingPathComponent("a.json")
    try Data(
      #"{"format": "seen-review/5", "case": "SW-0612", "men": [{"label": "Father", "answers": {"contacted": "yes"}}]}"#
        .utf8
    ).write(to: answers)
    let run = try SeenExecutable.run(
      ["review", "--again", first.path, "--answers", answers.path, "--no-input"],
      environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let saved = try record(
      folder.appendingPathComponent("seen-review-SW-0612-again-2026-12-17.json"))
    XCTAssertEqual(saved["supersedes"] as? String, try record(first)["id"] as? String)
    let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
    XCTAssertEqual(men.count, 2)
    XCTAssertEqual((men[0]["answers"] as? [String: Any])?.keys.sorted(), ["contacted"])
    XCTAssertEqual((men[1]["answers"] as? [String: Any])?.count ?? 0, 0, "nothing carried over")

    try Data(#"{"format": "seen-review/5", "case": "OTHER", "men": []}"#.utf8).write(to: answers)
    let other = try SeenExecutable.run(
      ["review", "--again", first.path, "--answers", answers.path, "--no-input", "--force"],
      environment: later, currentDirectory: folder)
    XCTAssertEqual(other.status, 65, other.stderr)
    XCTAssertTrue(other.stderr.contains("of case \"OTHER\""), other.stderr)
  }

  func testAScriptedReReviewNamesAnActionWhoseGapIsClosed() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let run = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--no-input",
        "--set", "Mother's partner.agency-checks=yes",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let file = "\(folder.path)/seen-review-SW-0612-again-2026-12-17.json"
    XCTAssertEqual(
      run.stderr,
      "note: action 1's wording is now its safe form: until it is known that there is no safety concern, contact is planned as if there were.\n"
        + "note: the gap of action 1 (Agency checks · Mother's partner) is closed in this review; it is still open: mark it done with 'seen actions done \(file) 1'.\n"
    )
    let actions = try XCTUnwrap(
      try record(URL(fileURLWithPath: file))["actions"] as? [[String: Any]])
    XCTAssertEqual(actions[0]["state"] as? String, "open", "never marked done silently")
  }

  func testAResumedReReviewShowsLastTimeAndAsksAboutAClosedGap() throws {
    let folder = try makeTemporaryDirectory()
    let first = try earlier(in: folder)
    let made = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--no-input", "--set", "Father.identified=yes",
        "--set", "Mother's partner.agency-checks=yes",
      ], environment: later, currentDirectory: folder)
    let file = folder.appendingPathComponent("seen-review-SW-0612-again-2026-12-17.json")
    XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), made.stderr)
    // Resumed line by line: Enter through to the end, where the closed gap is asked (Enter = no).
    let resumed = try SeenExecutable.run(
      ["review", "--resume", file.path, "--interactive"],
      stdin: Data(String(repeating: "\n", count: 200).utf8), environment: later,
      currentDirectory: folder)
    XCTAssertEqual(resumed.status, 0, resumed.stderr)
    XCTAssertTrue(resumed.stderr.contains("last time:"), resumed.stderr)
    XCTAssertTrue(
      resumed.stderr.contains(
        "Action 1 (Agency checks · Mother's partner): its gap is closed now. Mark it done"),
      resumed.stderr)
    let actions = try XCTUnwrap(try record(file)["actions"] as? [[String: Any]])
    XCTAssertEqual(actions[0]["state"] as? String, "open", "Enter is no")

    // Without the earlier review beside it: said once, and the review goes on.
    try FileManager.default.removeItem(at: first)
    let alone = try SeenExecutable.run(
      ["review", "--resume", file.path, "--interactive"],
      stdin: Data(String(repeating: "\n", count: 200).utf8), environment: later,
      currentDirectory: folder)
    XCTAssertEqual(alone.status, 0, alone.stderr)
    XCTAssertEqual(
      alone.stderr.components(separatedBy: "is not in '\(folder.path)', beside it").count, 2,
      alone.stderr)
    XCTAssertFalse(alone.stderr.contains("last time:"), alone.stderr)
  }
}
