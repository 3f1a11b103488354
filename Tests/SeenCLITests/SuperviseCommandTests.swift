import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI
@testable import SeenKit

#if canImport(Glibc)
  import Glibc
#endif

/// `seen supervise` from a script, in-process (issue 19, review round 1): a review in a shared
/// team folder keeps its mode, owner and group; a supervision is dated on or after the review
/// and never after today, records something, and says what 17.5 and the safety rule ask; the
/// options and an answers file never silently override each other.
final class SuperviseCommandTests: XCTestCase, FolderTests {
  var folder: URL!
  let today = ["SEEN_TODAY": "2026-12-03"]

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
    for name in ["two-men", "safety-refuge"] {
      try FileManager.default.copyItem(
        atPath: examplePath(name), toPath: folder.appendingPathComponent("\(name).json").path)
    }
  }

  func seen(_ arguments: [String]) -> InProcessRun {
    InProcessSeen.run(arguments, environment: today, in: folder)
  }

  func saved(_ name: String) throws -> [String: Any] {
    try jsonObject(String(decoding: contents(name) ?? Data(), as: UTF8.self))
  }

  func supervisions(_ name: String) throws -> [[String: Any]] {
    try saved(name)["supervisions"] as? [[String: Any]] ?? []
  }

  // Recording an item discussed, not whether the men were, so that the review's own answer
  // ("partly") is not asked about here.
  static let recorded = ["--role", "Team manager", "--discussed", "contacted|Father"]

  // MARK: A shared team folder

  /// A practitioner's review the team may read (0640) stays 0640 once supervised; a file seen
  /// creates is 0600, and an output replaced with --force is seen's own (0600).
  func testASupervisedReviewKeepsItsMode() throws {
    XCTAssertEqual(chmod(path("two-men.json"), 0o640), 0)
    let run = seen(["supervise", "two-men.json"] + Self.recorded)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertEqual(permissions(of: path("two-men.json")), 0o640)
    XCTAssertEqual(try supervisions("two-men.json").count, 1)
    // Never wider than it was: a private review stays private.
    XCTAssertEqual(chmod(path("safety-refuge.json"), 0o600), 0)
    XCTAssertEqual(seen(["supervise", "safety-refuge.json"] + Self.recorded).status, 0)
    XCTAssertEqual(permissions(of: path("safety-refuge.json")), 0o600)
    // A new file, and an output replaced, are 0600.
    XCTAssertEqual(seen(["report", "two-men.json", "-o", "report.txt"]).status, 0)
    XCTAssertEqual(permissions(of: path("report.txt")), 0o600)
    XCTAssertEqual(chmod(path("report.txt"), 0o644), 0)
    XCTAssertEqual(seen(["report", "two-men.json", "-o", "report.txt", "--force"]).status, 0)
    XCTAssertEqual(permissions(of: path("report.txt")), 0o600)
  }

  /// The other saves of a review in place keep its mode too: the practitioner resuming it, and
  /// an action marked done; a re-review's new file is the practitioner's own (0600).
  func testAResumedReviewAndAnActionMarkedDoneKeepTheirMode() throws {
    XCTAssertEqual(chmod(path("two-men.json"), 0o640), 0)
    let resumed = seen([
      "review", "--resume", "two-men.json", "--set", "confidence=very",
      "--action", "contacted|Father|Health visitor|in 2 weeks", "--no-input",
    ])
    XCTAssertEqual(resumed.status, 0, resumed.stderr)
    XCTAssertEqual(permissions(of: path("two-men.json")), 0o640)
    let done = seen(["actions", "done", "two-men.json", "1"])
    XCTAssertEqual(done.status, 0, done.stderr)
    XCTAssertEqual(permissions(of: path("two-men.json")), 0o640)
    let again = seen(["review", "--again", "two-men.json", "--save", "again.json", "--no-input"])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(permissions(of: path("again.json")), 0o600)
  }

  /// Where the process may (root here), the review keeps its owner and group.
  func testASupervisedReviewKeepsItsOwnerAndGroupWhereItMay() throws {
    try XCTSkipUnless(geteuid() == 0, "only root may give a file to another user")
    XCTAssertEqual(chown(path("two-men.json"), 4321, 4322), 0)
    let run = seen(["supervise", "two-men.json"] + Self.recorded)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    var info = stat()
    XCTAssertEqual(stat(path("two-men.json"), &info), 0)
    XCTAssertEqual(info.st_uid, 4321)
    XCTAssertEqual(info.st_gid, 4322)
  }

  /// Where it may not, it says once that the review is now the supervisor's, mode kept.
  func testWhereTheOwnerCannotBeKeptItSaysSoOnce() throws {
    try XCTSkipUnless(geteuid() == 0, "only root may make a file another user's to start with")
    XCTAssertEqual(chown(path("two-men.json"), 4321, 4322), 0)
    XCTAssertEqual(chmod(path("two-men.json"), 0o640), 0)
    let previous = FileStore.changeOwner
    FileStore.changeOwner = { _, _, _ in -1 }
    defer { FileStore.changeOwner = previous }
    let run = seen(["supervise", "two-men.json"] + Self.recorded)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("warning: 'two-men.json' belonged to another user"))
    XCTAssertTrue(run.stderr.contains("it is now owned by you"), run.stderr)
    XCTAssertEqual(permissions(of: path("two-men.json")), 0o640)
    var info = stat()
    XCTAssertEqual(stat(path("two-men.json"), &info), 0)
    XCTAssertEqual(info.st_uid, geteuid())
    // Now the supervisor's: nothing more to say.
    let again = seen(["supervise", "two-men.json", "--role", "GP", "--fear-raised", "no"])
    XCTAssertEqual(again.status, 0, again.stderr)
    XCTAssertEqual(again.stderr, "")
  }

  /// A review nobody may read is input seen cannot read (66), not a file it cannot create.
  func testAnUnreadableReviewIsMissingInput() throws {
    XCTAssertEqual(chmod(path("two-men.json"), 0), 0)
    defer { _ = chmod(path("two-men.json"), 0o600) }
    let run = seen(["supervise", "two-men.json"] + Self.recorded)
    XCTAssertEqual(run.status, 66, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("error: cannot read 'two-men.json'"), run.stderr)
    XCTAssertTrue(run.stderr.contains("chmod u+rw two-men.json"), run.stderr)
  }

  // MARK: What a supervision records

  /// Today by default; never after today, never before the review (2026-11-18): 64 for an
  /// option, 65 for an answers file.
  func testASupervisionIsDatedBetweenTheReviewAndToday() throws {
    let before = contents("two-men.json")
    let early = seen(["supervise", "two-men.json", "--date", "2026-11-17"] + Self.recorded)
    XCTAssertEqual(early.status, 64, early.stderr)
    XCTAssertTrue(
      early.stderr.contains(
        "--date 2026-11-17 is before the review's own date (2026-11-18)"), early.stderr)
    try Data(#"{"role": "GP", "date": "2026-11-01", "menDiscussed": true}"#.utf8).write(
      to: folder.appendingPathComponent("answers.json"))
    let file = seen(["supervise", "two-men.json", "--answers", "answers.json"])
    XCTAssertEqual(file.status, 65, file.stderr)
    XCTAssertTrue(file.stderr.contains("'date' in answers.json 2026-11-01 is before"), file.stderr)
    try Data(#"{"role": "GP", "date": "2026-12-24", "menDiscussed": true}"#.utf8).write(
      to: folder.appendingPathComponent("answers.json"))
    let future = seen(["supervise", "two-men.json", "--answers", "answers.json"])
    XCTAssertEqual(future.status, 65, future.stderr)
    XCTAssertTrue(future.stderr.contains("is after today (2026-12-03)"), future.stderr)
    XCTAssertEqual(contents("two-men.json"), before)
    // The review's own day is a day a supervision can take place.
    let sameDay = seen(["supervise", "two-men.json", "--date", "2026-11-18"] + Self.recorded)
    XCTAssertEqual(sameDay.status, 0, sameDay.stderr)
  }

  /// "Latest" is the last to take place: a supervision imported after another but dated
  /// before it is numbered, shown and compared as the earlier.
  func testAnEarlierSupervisionAddedLaterIsNotTheLatest() throws {
    XCTAssertEqual(
      seen([
        "supervise", "two-men.json", "--date", "2026-12-02", "--role", "Team manager",
        "--men-discussed", "yes",
      ]).status, 0)
    let earlier = seen([
      "supervise", "two-men.json", "--date", "2026-11-25", "--role", "GP", "--men-discussed",
      "no",
    ])
    XCTAssertEqual(earlier.status, 0, earlier.stderr)
    XCTAssertTrue(earlier.stdout.hasPrefix("Supervision 1 of case SW-0457 (GP, 2026-11-25)"))
    // The latest (2 December) recorded the men as discussed, and the review answers partly:
    // that difference is said, though the one added last says they were not discussed.
    XCTAssertTrue(
      earlier.stderr.contains(
        "answers \"Discussed in supervision\" partly, and the latest supervision records the men as discussed;"
      ), earlier.stderr)
    let report = seen(["report", "two-men.json"])
    let first = try XCTUnwrap(report.stdout.range(of: "Supervision 1: 2026-11-25, GP"))
    let second = try XCTUnwrap(report.stdout.range(of: "Supervision 2: 2026-12-02, Team manager"))
    XCTAssertLessThan(first.lowerBound, second.lowerBound)
  }

  func testASupervisionThatRecordsNothingIsRefused() throws {
    let before = contents("two-men.json")
    for extra in [[], ["--date", "2026-12-01"]] {
      let run = seen(["supervise", "two-men.json", "--role", "Team manager"] + extra)
      XCTAssertEqual(run.status, 64, run.stderr)
      XCTAssertTrue(
        run.stderr.hasPrefix("error: nothing to record: give at least one of --comment"),
        run.stderr)
    }
    try Data(#"{"role": "GP"}"#.utf8).write(to: folder.appendingPathComponent("answers.json"))
    XCTAssertEqual(seen(["supervise", "two-men.json", "--answers", "answers.json"]).status, 64)
    XCTAssertEqual(contents("two-men.json"), before)
  }

  /// 17.5: where fear was raised and no support agreed, one warning line; it is saved.
  func testFearRaisedWithoutSupportIsSaid() throws {
    let run = seen(["supervise", "two-men.json", "--role", "Team manager", "--fear-raised", "yes"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "warning: fear or anxiety about working with a man was raised, and no support is recorded as agreed; 17.5 names co-working, reflective supervision and discussion, and joint visits: record what was agreed with --support.\n"
    )
    XCTAssertEqual(try supervisions("two-men.json").first?["fearRaised"] as? Bool, true)
    let supported = seen([
      "supervise", "safety-refuge.json", "--role", "Team manager", "--fear-raised", "yes",
      "--support", "joint-visits",
    ])
    XCTAssertEqual(supported.status, 0, supported.stderr)
    XCTAssertEqual(supported.stderr, "")
  }

  /// An action in the supervisor's own words where contact is planned for safety is marked
  /// sensitive, with the guided review's words; an item's step is not.
  func testOwnWordsWhereContactIsPlannedForSafetyAreMarkedAndSaid() throws {
    let run = seen([
      "supervise", "safety-refuge.json", "--role", "Team manager",
      "--action", "contacted|Father|Social worker|in 2 weeks",
      "--action", "Ask him to come to the office|Father|Social worker|in 2 weeks",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(
      run.stderr.hasPrefix(
        "warning: --action 2 is in your own words, and contact with 'Father' is planned for safety: "
          + ActionAssignment.ownWordsForSafety(
            supervisor: "Team manager", content: try Content.bundled())), run.stderr)
    let actions = try XCTUnwrap(try saved("safety-refuge.json")["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 2)
    XCTAssertNil(actions[0]["sensitive"])
    XCTAssertEqual(actions[1]["sensitive"] as? Bool, true)
    // In an answers file too.
    try Data(
      #"{"role": "GP", "actions": ["Phone him|Father|GP|in 1 week"]}"#.utf8
    ).write(to: folder.appendingPathComponent("answers.json"))
    let file = seen(["supervise", "safety-refuge.json", "--answers", "answers.json"])
    XCTAssertEqual(file.status, 0, file.stderr)
    XCTAssertTrue(
      file.stderr.hasPrefix("warning: actions[0] in answers.json is in your own words"),
      file.stderr)
  }

  // MARK: Options and an answers file

  /// An answer both give must agree: given differently, it is refused, naming it.
  func testOptionsNeverSilentlyOverrideTheAnswersFile() throws {
    try Data(
      #"{"role": "Safeguarding lead", "date": "2026-12-01", "fearRaised": true, "menDiscussed": true}"#
        .utf8
    ).write(to: folder.appendingPathComponent("answers.json"))
    let before = contents("two-men.json")
    for (option, value, key) in [
      ("--role", "Team manager", "role"), ("--date", "2026-12-02", "date"),
      ("--fear-raised", "no", "fearRaised"), ("--men-discussed", "no", "menDiscussed"),
    ] {
      let run = seen(["supervise", "two-men.json", "--answers", "answers.json", option, value])
      XCTAssertEqual(run.status, 64, run.stderr)
      XCTAssertTrue(
        run.stderr.hasPrefix(
          "error: \(option) and '\(key)' in answers.json give different answers"), run.stderr)
    }
    XCTAssertEqual(contents("two-men.json"), before)
    // The same answer twice is no conflict; the lists add up.
    let run = seen([
      "supervise", "two-men.json", "--answers", "answers.json", "--role", "safeguarding lead",
      "--date", "2026-12-01", "--support", "co-working",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(try supervisions("two-men.json").first?["support"] as? [String], ["co-working"])
  }

  /// Every "other:" support is kept: the file's, each of them, and the option's.
  func testEveryOtherSupportIsKept() throws {
    try Data(
      #"{"role": "GP", "support": ["other: peer support", "other: time with the DA lead"]}"#.utf8
    ).write(to: folder.appendingPathComponent("answers.json"))
    let run = seen([
      "supervise", "two-men.json", "--answers", "answers.json", "--support",
      "co-working, other: a mentor",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    let supervision = try XCTUnwrap(try supervisions("two-men.json").first)
    XCTAssertEqual(
      supervision["otherSupport"] as? String, "peer support; time with the DA lead; a mentor")
    XCTAssertEqual(supervision["support"] as? [String], ["co-working"])
  }

  // MARK: --team

  /// An answers file (no "format") is not a review: skipped with a warning naming it.
  func testTheTeamListSkipsAnAnswersFile() throws {
    try Data(#"{"date": "2026-12-01", "role": "Team manager"}"#.utf8).write(
      to: folder.appendingPathComponent("supervision.json"))
    let run = seen(["supervise", "--team", ".", "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("warning: skipped"), run.stderr)
    XCTAssertTrue(run.stderr.contains("supervision.json"), run.stderr)
    XCTAssertTrue(run.stderr.contains("not a saved review"), run.stderr)
    let listed = try jsonObject(run.stdout)
    XCTAssertEqual(listed["reviews"] as? Int, 2)
  }
}
