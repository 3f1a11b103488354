import Foundation
import SeenTestSupport
import XCTest

/// Safety follow-ups on agreed actions through the binary (issue 16 review): a re-review that
/// records a safety condition never calls it a gap closed nor offers the action as done; a
/// superseded review's plain wording never shows as open beside a concern recorded since; fear
/// alone is said as fear; a step for today given a later date is warned about; `seen compare`
/// gives carried-over open actions their "Safety:" line.
final class SafetyFollowUpEndToEndTests: XCTestCase {
  private let firstDay = ["SEEN_TODAY": "2026-11-01"]
  private let later = ["SEEN_TODAY": "2026-12-03"]
  private let plainWords = "an appointment at a time he can attend"

  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The reviewer's g0: actions on the safety question, violence or control and fear, none
  /// answered yet.
  private func firstReview(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("g0.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "G-1", "--role", "Health visitor", "--no-input", "--save", file.path,
        "--set", "Father.identified=yes",
        "--action", "safety|Father|Health visitor|2026-11-15",
        "--action", "violence-control|Father|Health visitor|2026-11-15",
        "--action", "practitioner-fear|case|Health visitor|today",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    return file
  }

  func testARecordedSafetyConditionIsNotAGapClosedNorOfferedAsDone() throws {
    let folder = try makeTemporaryDirectory()
    let first = try firstReview(in: folder)
    let run = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--no-input", "--set", "Father.safety=yes",
        "--set", "Father.violence-control=present", "--set", "practitioner-fear=yes",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stderr.contains("closed in this review"), run.stderr)
    XCTAssertFalse(run.stderr.contains("seen actions done"), run.stderr)
    XCTAssertFalse(run.stderr.contains("mark it done"), run.stderr)
    for (number, heading) in [
      (1, "Safety concern · Father"), (2, "Violence or control · Father"),
      (3, "Practitioner fear · the case"),
    ] {
      XCTAssertTrue(
        run.stderr.contains(
          "note: a safety condition is now recorded for action \(number) (\(heading)): it is not a gap closed; the action stays open and now applies in its safe form"
        ), run.stderr)
    }
    let again = folder.appendingPathComponent("seen-review-G-1-again-2026-12-03.json")
    // `seen compare` agrees (none closed) and gives each open action its "Safety:" line.
    let compare = try SeenExecutable.run(
      ["compare", first.path, again.path], environment: later, currentDirectory: folder)
    XCTAssertEqual(compare.status, 0, compare.stderr)
    XCTAssertEqual(
      flat(compare.stdout).components(
        separatedBy: "Safety: a safety concern is recorded in the later review: check this action"
      ).count - 1, 3, compare.stdout)

    // The guided re-review, resumed, says it at the end and asks nothing about done.
    let resumed = try SeenExecutable.run(
      ["review", "--resume", again.path, "--interactive"],
      stdin: Data(String(repeating: "\n", count: 200).utf8), environment: later,
      currentDirectory: folder)
    XCTAssertEqual(resumed.status, 0, resumed.stderr)
    XCTAssertTrue(
      flat(resumed.stderr).contains(
        "A safety condition is now recorded for action 1 (Safety concern · Father)"),
      resumed.stderr)
    XCTAssertFalse(resumed.stderr.contains("Mark it done"), resumed.stderr)
    let saved = try jsonObject(String(decoding: Data(contentsOf: again), as: UTF8.self))
    let actions = try XCTUnwrap(saved["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.map { $0["state"] as? String }, ["open", "open", "open"])
  }

  func testASupersededReviewsPlainWordingIsNotShownOpenBesideAConcernRecordedSince() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    let made = try SeenExecutable.run(
      [
        "review", "--case", "T-1", "--no-input", "--save", first.path,
        "--set", "Father.safety=no", "--set", "mother-asked-alone=yes",
        "--set", "Father.contacted=no",
        "--action", "contacted|Father|Health visitor|in 2 weeks",
        "--action", "Phone him about the visit|Father|Health visitor|in 1 week",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    XCTAssertTrue(try String(contentsOf: first, encoding: .utf8).contains(plainWords))
    let again = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--no-input", "--set",
        "Father.safety=yes",
      ],
      environment: later, currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    let second = "seen-review-T-1-again-2026-12-03.json"
    for format in ["text", "json", "csv", "markdown"] {
      let run = try SeenExecutable.run(
        ["actions", "--all-versions", "first.json", second, "--format", format],
        environment: later, currentDirectory: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertFalse(run.stdout.contains(plainWords), "\(format): \(run.stdout)")
      XCTAssertFalse(run.stdout.contains("Phone him about the visit"), "\(format): \(run.stdout)")
    }
    let text = try SeenExecutable.run(
      ["actions", "--all-versions", "first.json", second], environment: later,
      currentDirectory: folder)
    XCTAssertEqual(
      flat(text.stdout).components(
        separatedBy:
          "Safety: a safety concern is recorded in a later review of this case (\(second)): check this action"
      ).count - 1, 2, text.stdout)
  }

  /// Two re-reviews of one review (the second started with --force): a safety concern
  /// recorded in one hides the action words of the other, which holds none, in every format.
  func testASiblingReReviewsSafetyConcernHidesTheOthersActionWords() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    let made = try SeenExecutable.run(
      [
        "review", "--case", "T-2", "--no-input", "--save", first.path,
        "--set", "Father.safety=no", "--set", "mother-asked-alone=yes",
        "--action", "Phone him about the visit|Father|Health visitor|in 1 week",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(made.status, 0, made.stderr)
    let safe = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--no-input", "--set",
        "Father.safety=yes", "--save", "safe.json",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(safe.status, 0, safe.stderr)
    let plain = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--no-input", "--force", "--save",
        "plain.json",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(plain.status, 0, plain.stderr)
    XCTAssertTrue(
      try String(contentsOf: folder.appendingPathComponent("plain.json"), encoding: .utf8)
        .contains("Phone him about the visit"))
    for format in ["text", "json", "csv", "markdown", "html"] {
      for extra in [[], ["--all-versions"]] {
        let run = try SeenExecutable.run(
          ["actions", "."] + extra + ["--format", format], environment: later,
          currentDirectory: folder)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(
          run.stdout.contains("Phone him about the visit"), "\(format) \(extra): \(run.stdout)")
      }
    }
    let text = try SeenExecutable.run(
      ["actions", "."], environment: later, currentDirectory: folder)
    XCTAssertTrue(
      flat(text.stdout).contains("in another review of this case (./safe.json)"), text.stdout)
  }

  func testFearAloneIsSaidAsFearNotAsASafetyConcern() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("f.json")
    let run = try SeenExecutable.run(
      [
        "review", "--case", "F-2", "--no-input", "--save", file.path,
        "--set", "Father.safety=no", "--set", "mother-asked-alone=yes",
        "--set", "practitioner-fear=yes",
        "--action", "contacted|Father|Health visitor|in 2 weeks",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let fear = "you recorded fear or anxiety about working with the men in this review: check"
    XCTAssertTrue(flat(run.stdout).contains("Safety: \(fear)"), run.stdout)
    XCTAssertFalse(flat(run.stdout).contains("a safety concern is recorded in this review"))
    let list = try SeenExecutable.run(
      ["actions", "f.json"], environment: later, currentDirectory: folder)
    XCTAssertTrue(flat(list.stdout).contains("Safety: \(fear)"), list.stdout)
    XCTAssertFalse(flat(list.stdout).contains("a safety concern is recorded"), list.stdout)

    // A carried-over plain step reworded because of fear says so.
    let plain = folder.appendingPathComponent("p.json")
    _ = try SeenExecutable.run(
      [
        "review", "--case", "F-3", "--no-input", "--save", plain.path,
        "--set", "Father.safety=no", "--set", "mother-asked-alone=yes",
        "--action", "contacted|Father|Health visitor|in 2 weeks",
      ], environment: firstDay, currentDirectory: folder)
    let again = try SeenExecutable.run(
      [
        "review", "--again", plain.path, "--keep-earlier", "--no-input",
        "--set", "practitioner-fear=yes",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertTrue(
      again.stderr.contains(
        "note: action 1's wording is now its safe form: you recorded fear or anxiety about working with the men.\n"
      ), again.stderr)
    XCTAssertFalse(again.stderr.contains("safety concern is recorded"), again.stderr)
  }

  func testAFearStepDueLaterThanTodayIsWarnedAboutInAScript() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      [
        "review", "--case", "F-4", "--no-input", "--save", "r.json",
        "--action", "practitioner-fear|case|Health visitor|in 2 weeks",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "warning: --action 1: this step is for today: raise any fear or anxiety about working with the men with your manager now, without waiting for supervision or a later date; the due date 2026-12-17 is kept.\n"
    )
    let today = try SeenExecutable.run(
      [
        "review", "--case", "F-4", "--no-input", "--save", "t.json",
        "--action", "practitioner-fear|case|Health visitor|today",
      ], environment: later, currentDirectory: folder)
    XCTAssertEqual(today.status, 0, today.stderr)
    XCTAssertEqual(today.stderr, "")
  }
}
