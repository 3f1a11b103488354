import Foundation
import SeenTestSupport
import XCTest

/// Agreed actions and safety through the binary (issue 16 follow-ups): a carried-over action
/// never keeps plain "contact him directly" words once a safety concern is recorded, in the
/// record, the notes a script prints, the guided review's end screen and every output.
final class ActionSafetyEndToEndTests: XCTestCase {
  private let firstDay = ["SEEN_TODAY": "2026-12-03"]
  private let twoWeeksLater = ["SEEN_TODAY": "2026-12-17"]
  /// Words of the plain step of "contacted" that its safe form never says.
  private let plainWords = "an appointment at a time he can attend"
  /// Words of its safe form.
  private let safeWords = "Do not contact him until contact has been planned for safety."

  private func saved(_ file: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
  }

  /// A first review with no safety concern (asked, "no", the mother asked alone): the step
  /// "contacted" agreed in its plain words, and an action in the practitioner's own words.
  private func firstReview(in folder: URL) throws -> URL {
    let first = folder.appendingPathComponent("first.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--no-input", "--save", first.path,
        "--set", "Father.safety=no", "--set", "mother-asked-alone=yes",
        "--set", "Father.contacted=no",
        "--action", "contacted|Father|Health visitor|in 2 weeks",
        "--action", "Phone him about the visit|Father|Health visitor|in 1 week",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "", "no safety condition: nothing to say")
    let actions = try XCTUnwrap(try saved(first)["actions"] as? [[String: Any]])
    XCTAssertTrue((actions[0]["what"] as? String)?.contains(plainWords) == true)
    return first
  }

  func testAScriptedReReviewThatRecordsAConcernGivesCarriedActionsTheirSafeForm() throws {
    let folder = try makeTemporaryDirectory()
    let first = try firstReview(in: folder)
    let second = folder.appendingPathComponent("second.json")
    let again = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--set", "Father.safety=yes",
        "--no-input", "--save", second.path, "--format", "markdown",
      ], environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(
      again.stderr,
      "note: action 1's wording is now its safe form: a safety concern is recorded.\n"
        + "note: action 2 is in your own words, which seen does not rewrite (a safety concern is recorded); it is marked sensitive: look at it again, and check it with your manager or safeguarding lead before acting on it.\n"
    )
    XCTAssertFalse(again.stderr.contains("Phone him"), "case notes never go to stderr")
    XCTAssertFalse(again.stdout.contains(plainWords), again.stdout)
    let actions = try XCTUnwrap(try saved(second)["actions"] as? [[String: Any]])
    XCTAssertTrue((actions[0]["what"] as? String)?.hasPrefix(safeWords) == true)
    XCTAssertEqual(actions[1]["what"] as? String, "Phone him about the visit")
    XCTAssertEqual(actions[1]["sensitive"] as? Bool, true)
    // Saved again, nothing more to say.
    let resumed = try SeenExecutable.run(
      ["review", "--resume", second.path, "--no-input"], environment: twoWeeksLater)
    XCTAssertEqual(resumed.status, 0, resumed.stderr)
    XCTAssertEqual(resumed.stderr, "")
  }

  /// A record saved before the rule, with a safety concern recorded and the plain step still in
  /// an open action: the report, the sheet and the actions list show its safe form.
  func testOutputsOfAnOlderRecordShowTheSafeForm() throws {
    let folder = try makeTemporaryDirectory()
    let first = try firstReview(in: folder)
    var text = try String(contentsOf: first, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
    XCTAssertTrue(text.contains("\"safety\": \"yes\""), text)
    let old = folder.appendingPathComponent("old.json")
    try Data(text.utf8).write(to: old)
    for command in [["report"], ["sheet"], ["actions"]] {
      // Markdown and JSON do not wrap lines, so the plain step would show whole.
      for format in command == ["sheet"] ? ["markdown"] : ["markdown", "json"] {
        let run = try SeenExecutable.run(
          command + [old.path, "--format", format], environment: twoWeeksLater)
        XCTAssertEqual(run.status, 0, "\(command) \(format): \(run.stderr)")
        XCTAssertFalse(run.stdout.contains(plainWords), "\(command) \(format)")
        XCTAssertTrue(run.stdout.contains(safeWords), "\(command) \(format)")
      }
    }
  }

  /// The guided review (--resume, answered line by line) ends saying which action took its
  /// safe form and which, in the practitioner's own words, should be looked at again.
  func testTheGuidedReviewsEndScreenSaysWhichActionsChanged() throws {
    let folder = try makeTemporaryDirectory()
    let first = try firstReview(in: folder)
    var text = try String(contentsOf: first, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
    try Data(text.utf8).write(to: first)
    // Enter through every question left, the review screen and the list of next steps.
    let run = try SeenExecutable.run(
      ["review", "--resume", first.path, "--interactive", "--format", "markdown"],
      stdin: Data(String(repeating: "\n", count: 120).utf8), environment: twoWeeksLater,
      currentDirectory: folder)
    XCTAssertFalse(run.crashed)
    XCTAssertEqual(run.status, 0, run.stderr)
    let screen = run.stderr.replacingOccurrences(of: "\n", with: " ")
    XCTAssertTrue(
      screen.contains("Action 1's wording is now its safe form: a safety concern is recorded."),
      run.stderr)
    XCTAssertTrue(screen.contains("Action 2 is in your own words"), run.stderr)
    XCTAssertTrue(screen.contains("look at it again"), run.stderr)
    XCTAssertFalse(run.stdout.contains(plainWords))
    let actions = try XCTUnwrap(try saved(first)["actions"] as? [[String: Any]])
    XCTAssertTrue((actions[0]["what"] as? String)?.hasPrefix(safeWords) == true)
    XCTAssertEqual(actions[1]["sensitive"] as? Bool, true)
  }

  /// A case-level item agreed for the case takes the case's step as the gap report gives it:
  /// its safe form while safety is not yet known.
  func testACaseLevelItemKeepsItsSafeForm() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("r.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--set", "Father.identified=yes", "--no-input",
        "--save", saved.path, "--action", "men-in-plans||Social worker|in 1 week",
        "--format", "json",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let report = try jsonObject(run.stdout)
    let gaps = try XCTUnwrap(report["gaps"] as? [[String: Any]])
    let gap = try XCTUnwrap(gaps.first { ($0["item"] as? String) == "men-in-plans" })
    let next = try XCTUnwrap(gap["next"] as? [String: Any])
    let actions = try XCTUnwrap(try self.saved(saved)["actions"] as? [[String: Any]])
    XCTAssertEqual(actions[0]["what"] as? String, next["advice"] as? String)
  }

  /// `\|` writes a bar in WHAT and `\\` a backslash; `seen help review` says so.
  func testABackslashWritesABarInWhat() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("r.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--no-input", "--save", saved.path,
        "--action", #"Ask the GP \| the midwife|case|Health visitor|in 1 week"#,
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let actions = try XCTUnwrap(try self.saved(saved)["actions"] as? [[String: Any]])
    XCTAssertEqual(actions[0]["what"] as? String, "Ask the GP | the midwife")
    let help = try SeenExecutable.run(["help", "review"])
    let words = help.stdout.replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    XCTAssertTrue(words.contains(#"Write \| for a bar inside WHAT, and \\ for a backslash"#), words)
    XCTAssertTrue(words.contains(#"where a man is labelled "Case", give his number"#), words)
  }

  /// A done action without a note shows no note: no empty brackets in the report or the sheet,
  /// no empty "Note" line in the actions list.
  func testADoneActionWithoutANoteShowsNoNote() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("r.json")
    let review = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--no-input", "--save", saved.path,
        "--action", "Ask the GP what is known|case|Health visitor|in 1 week",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(review.status, 0, review.stderr)
    let done = try SeenExecutable.run(["actions", "done", saved.path, "1"], environment: firstDay)
    XCTAssertEqual(done.status, 0, done.stderr)
    for command in ["report", "sheet", "actions"] {
      for format in ["text", "markdown", "html"] {
        let run = try SeenExecutable.run(
          [command, saved.path, "--format", format], environment: firstDay)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("done 2026-12-03"), "\(command) \(format)")
        XCTAssertFalse(run.stdout.contains("done 2026-12-03 ()"), "\(command) \(format)")
        XCTAssertFalse(run.stdout.contains("Note:"), "\(command) \(format)")
      }
    }
  }
}
