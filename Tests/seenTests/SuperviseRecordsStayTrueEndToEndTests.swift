import Foundation
import SeenTestSupport
import XCTest

/// `seen supervise` records that stay true (issue 19, review round 3), through the built binary:
/// a second comment kept, the same notes imported twice refused, supervisions dated out of range
/// skipped by --team and summary, a re-review that cannot be read, a folder that cannot be
/// written, and the smaller findings. The refusals of one file are in Fixtures/BadInput.
final class SuperviseRecordsStayTrueEndToEndTests: XCTestCase {
  let today = ["SEEN_TODAY": "2026-12-03"]

  private func review(in folder: URL, name: String = "r.json") throws -> URL {
    let file = folder.appendingPathComponent(name)
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: file.path)
    return file
  }

  private func supervisions(_ file: URL) throws -> [[String: Any]] {
    let saved = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
    return saved["supervisions"] as? [[String: Any]] ?? []
  }

  /// Finding 1: `--comment` twice, the answers file and an option, and a second run: every
  /// comment is kept, in order, and the report and the sheet show (and count) them all.
  func testASecondCommentOnTheSameItemAndManIsKept() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let answers = folder.appendingPathComponent("s.json")
    try Data(
      #"{"role": "Team manager", "discussed": [{"item": "contacted", "for": "Father", "comment": "Challenge from the file"}]}"#
        .utf8
    ).write(to: answers)
    let first = try SeenExecutable.run(
      [
        "supervise", file.path, "--answers", answers.path,
        "--comment", "contacted|Father|Why only by text?",
        "--comment", "contacted|Father|Follow up: meet him",
      ], environment: today)
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertTrue(first.stdout.contains(": 3 comments"), first.stdout)
    let comments = try supervisions(file).first?["discussed"] as? [[String: Any]] ?? []
    XCTAssertEqual(
      comments.compactMap { $0["comment"] as? String },
      ["Challenge from the file", "Why only by text?", "Follow up: meet him"])
    let second = try SeenExecutable.run(
      ["supervise", file.path, "--role", "Team manager", "--comment", "contacted|1|Seen him now"],
      environment: today)
    XCTAssertEqual(second.status, 0, second.stderr)
    XCTAssertEqual(try supervisions(file).count, 2)
    for command in ["report", "sheet"] {
      let shown = try SeenExecutable.run(
        [command, file.path, "--include-sensitive"], environment: today)
      XCTAssertEqual(shown.status, 0, shown.stderr)
      for words in [
        "Challenge from the file", "Why only by text?", "Follow up: meet him", "Seen him now",
      ] {
        XCTAssertTrue(shown.stdout.contains(words), "\(command): \(words)\n\(shown.stdout)")
      }
      let hidden = try SeenExecutable.run([command, file.path], environment: today)
      XCTAssertFalse(hidden.stdout.contains("Why only by text?"), command)
    }
    let json = try SeenExecutable.run(
      ["report", file.path, "--format", "json"], environment: today)
    XCTAssertTrue(json.stdout.contains("\"supervisionNotesLeftOut\": 4"), json.stdout)
  }

  /// Finding 2: the same answers file imported twice is refused (64), naming the earlier
  /// supervision and --force; with --force, the supervision is added and its action, the same as
  /// one still open, is not.
  func testTheSameAnswersFileImportedTwiceIsRefused() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let answers = folder.appendingPathComponent("s.json")
    try Data(
      """
      {"format": "seen-supervision/1", "date": "2026-12-01", "role": "Safeguarding lead",
       "discussed": [{"item": "contacted", "for": "Father", "comment": "Meet him"}],
       "menDiscussed": true, "fearRaised": false, "support": ["joint-visits"],
       "actions": ["contacted|Father|Social worker|2026-12-20"]}
      """.utf8
    ).write(to: answers)
    let arguments = ["supervise", file.path, "--answers", answers.path]
    let first = try SeenExecutable.run(arguments, environment: today)
    XCTAssertEqual(first.status, 0, first.stderr)
    let once = try Data(contentsOf: file)
    let again = try SeenExecutable.run(arguments, environment: today)
    XCTAssertEqual(again.status, 64, again.stderr)
    XCTAssertTrue(
      again.stderr.contains(
        "already holds this supervision: supervision 1 (Safeguarding lead, 2026-12-01)"),
      again.stderr)
    XCTAssertTrue(again.stderr.contains("nothing was changed"), again.stderr)
    XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
    XCTAssertEqual(try Data(contentsOf: file), once)
    let forced = try SeenExecutable.run(arguments + ["--force"], environment: today)
    XCTAssertEqual(forced.status, 0, forced.stderr)
    XCTAssertTrue(
      forced.stderr.contains("is the same as open action 1"), forced.stderr)
    XCTAssertEqual(try supervisions(file).count, 2)
    XCTAssertEqual(try supervisions(file).last?["actions"] as? [Int], [1])
    let saved = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
    XCTAssertEqual((saved["actions"] as? [Any])?.count, 1)
    // One more comment is another supervision, and is added.
    let other = try SeenExecutable.run(
      arguments + ["--comment", "|Father|And another"], environment: today)
    XCTAssertEqual(other.status, 0, other.stderr)
  }

  /// Finding 3: in --team and summary, a review with a supervision dated after today is
  /// skipped with the reason (its key path), not counted.
  func testAFutureDatedSupervisionIsSkippedByTeamAndSummary() throws {
    let folder = try makeTemporaryDirectory()
    _ = try review(in: folder, name: "a.json")
    _ = try writeEditedExample("unseen-father", in: folder, as: "b.json") {
      $0["format"] = "seen-review/7"
      $0["supervisions"] = [
        ["date": "2027-02-01", "role": "Team manager", "menDiscussed": true]
      ]
    }
    let team = try SeenExecutable.run(
      ["supervise", "--team", folder.path, "--format", "json"], environment: today)
    XCTAssertEqual(team.status, 0, team.stderr)
    XCTAssertTrue(team.stderr.contains("warning: skipped"), team.stderr)
    XCTAssertTrue(team.stderr.contains("b.json"), team.stderr)
    XCTAssertTrue(team.stderr.contains("supervisions[0].date"), team.stderr)
    XCTAssertTrue(team.stdout.contains("\"reviews\": 1"), team.stdout)
    let summary = try SeenExecutable.run(["summary", folder.path], environment: today)
    XCTAssertEqual(summary.status, 0, summary.stderr)
    XCTAssertTrue(summary.stderr.contains("supervisions[0].date"), summary.stderr)
    XCTAssertTrue(summary.stderr.contains("after today (2026-12-03)"), summary.stderr)
  }

  /// Finding 4: with --force, a review beside an unreadable re-review of its case is supervised,
  /// with a warning; another unreadable file beside it is named, and does not stop it.
  func testAnUnreadableFileBesideTheReviewIsSaid() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let later = try review(in: folder, name: "seen-review-SW-0457-again-2026-12-02.json")
    XCTAssertEqual(chmod(later.path, 0o000), 0)
    defer { chmod(later.path, 0o644) }
    let arguments = ["supervise", file.path, "--role", "Team manager", "--men-discussed", "yes"]
    let refused = try SeenExecutable.run(arguments, environment: today)
    XCTAssertEqual(refused.status, 66, refused.stderr)
    let forced = try SeenExecutable.run(arguments + ["--force"], environment: today)
    XCTAssertEqual(forced.status, 0, forced.stderr)
    XCTAssertTrue(forced.stderr.contains("is supervised all the same"), forced.stderr)
    XCTAssertEqual(chmod(later.path, 0o644), 0)
    try FileManager.default.removeItem(at: later)
    let other = try review(in: folder, name: "notes.json")
    XCTAssertEqual(chmod(other.path, 0o000), 0)
    defer { chmod(other.path, 0o644) }
    let warned = try SeenExecutable.run(
      ["supervise", file.path, "--role", "Team manager", "--fear-raised", "no"],
      environment: today)
    XCTAssertEqual(warned.status, 0, warned.stderr)
    XCTAssertTrue(
      warned.stderr.contains("notes.json' beside the review cannot be read"), warned.stderr)
  }

  /// Finding 6: a backtick in a file name keeps --team's Markdown code span whole.
  func testABacktickInAFileNameKeepsTheMarkdownCodeSpan() throws {
    let folder = try makeTemporaryDirectory()
    _ = try review(in: folder, name: "a`b``c.json")
    let run = try SeenExecutable.run(
      ["supervise", "--team", folder.path, "--format", "markdown"], environment: today)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stdout.contains("File: ```\(folder.path)/a`b``c.json```\n"), run.stdout)
  }

  /// Finding 6: an answers file's action due in the past is warned of as --action's is; a
  /// manager agreeing an action in their own words is told what is theirs to do.
  func testAnAnswersFileActionWarnsAsTheOptionDoes() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let answers = folder.appendingPathComponent("s.json")
    try Data(
      #"{"role": "Team manager", "actions": ["contacted|Father|Social worker|2026-11-20", "Joint visit|Father|Team manager|2026-12-20"]}"#
        .utf8
    ).write(to: answers)
    let run = try SeenExecutable.run(
      ["supervise", file.path, "--answers", answers.path], environment: today)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "warning: actions[0] in \(answers.path): the due date 2026-11-20 is 13 days in the past; the action is kept, and shows as overdue."
      ), run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "warning: actions[1] in \(answers.path) is in your own words, and contact with 'Father' is planned for safety: the action will be marked sensitive. As the team manager, agree in this supervision how any contact with him is planned for safety"
      ), run.stderr)
    XCTAssertFalse(run.stderr.contains("your manager"), run.stderr)
  }

  /// A review dated after today has no day a supervision of it can take: refused before
  /// anything is asked or saved, so that the review never becomes unreadable to what reads it.
  func testAReviewDatedAfterTodayIsNotSupervised() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let before = try Data(contentsOf: file)
    let result = try SeenExecutable.run(
      ["supervise", file.path, "--role", "Team manager", "--men-discussed", "yes"],
      environment: ["SEEN_TODAY": "2026-01-01"])
    XCTAssertEqual(result.status, 65, result.stderr)
    XCTAssertTrue(result.stderr.contains("after today (2026-01-01)"), result.stderr)
    XCTAssertTrue(result.stderr.contains("nothing was changed"), result.stderr)
    XCTAssertEqual(try Data(contentsOf: file), before)
    let report = try SeenExecutable.run(["report", file.path], environment: today)
    XCTAssertEqual(report.status, 0, report.stderr)
  }

  /// Two imports of many long comments would make the review larger than seen reads back (16
  /// MB): the second is refused and the review stays readable.
  func testASupervisionThatWouldMakeTheReviewTooLargeToReadIsRefused() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let comment = String(repeating: "a", count: 3_900)
    for (round, name) in ["a.json", "b.json"].enumerated() {
      let entries = (0..<2_200).map {
        #"{"item": "contacted", "for": "Father", "comment": "\#(round) \#($0) \#(comment)"}"#
      }
      let answers = folder.appendingPathComponent(name)
      try Data(
        (#"{"role": "Team manager", "discussed": ["# + entries.joined(separator: ",") + "]}")
          .utf8
      ).write(to: answers)
      let result = try SeenExecutable.run(
        ["supervise", file.path, "--answers", answers.path], environment: today)
      if round == 0 {
        XCTAssertEqual(result.status, 0, result.stderr)
      } else {
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("more than seen can read back"), result.stderr)
      }
    }
    let report = try SeenExecutable.run(["report", file.path], environment: today)
    XCTAssertEqual(report.status, 0, report.stderr)
  }

  /// Finding 6: `\|` is in the help.
  func testTheEscapedBarIsInTheHelp() throws {
    let run = try SeenExecutable.run(["supervise", "--help"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("bar in TEXT is written \\|)"), run.stdout)
    XCTAssertTrue(run.stdout.contains("bar in WHAT is written \\|)"), run.stdout)
  }
}
