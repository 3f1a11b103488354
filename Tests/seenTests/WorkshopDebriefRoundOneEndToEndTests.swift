import Foundation
import SeenTestSupport
import XCTest

/// Issue 18 review round 1 through the binary: the debrief's files, copies and renamed men, and
/// its options, as a facilitator meets them.
final class WorkshopDebriefRoundOneEndToEndTests: XCTestCase {
  private func seen(_ arguments: [String], in folder: URL) throws -> SeenRun {
    let run = try SeenExecutable.run(arguments, currentDirectory: folder)
    XCTAssertFalse(run.crashed, run.stderr)
    return run
  }

  /// A participant's blank start saved to `name`, with `sets`.
  private func participant(_ name: String, _ sets: [String], in folder: URL) throws {
    let run = try seen(
      ["review", "--scenario", "wiltshire", "--blank", "--no-input", "--save", name]
        + sets.flatMap { ["--set", $0] }, in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
  }

  private func json(_ run: SeenRun) throws -> [String: Any] { try jsonObject(run.stdout) }

  private func gap(_ item: String, in json: [String: Any]) -> [String: Any]? {
    (json["gaps"] as? [[String: Any]])?.first { $0["item"] as? String == item }
  }

  /// Point 1 end to end: "yes" for a safety concern is spotted, not missed ("present" for
  /// substance misuse, which the key says the source does not say, is counted apart); the practitioner's own situation is left out with a line saying why.
  func testACarefulAnswerIsSpotted() throws {
    let folder = try makeTemporaryDirectory()
    try participant(
      "r.json", ["1.substance-misuse=present", "1.care-leaver=present", "1.safety=yes"],
      in: folder)
    let run = try seen(
      ["workshop", "debrief", "wiltshire", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try json(run)
    // Round 3, point 1: only where the key's note is "The source does not say." (care
    // leaver) is present counted apart; substance misuse, not known at the time, is spotted.
    XCTAssertEqual(gap("care-leaver", in: json)?["spotted"] as? Int, 0)
    XCTAssertEqual(gap("care-leaver", in: json)?["recordedAsPresentSourceDoesNotSay"] as? Int, 1)
    XCTAssertEqual(gap("substance-misuse", in: json)?["spotted"] as? Int, 1)
    XCTAssertEqual(
      gap("substance-misuse", in: json)?["recordedAsPresentSourceDoesNotSay"] as? Int, 0)
    XCTAssertEqual(gap("safety", in: json)?["spotted"] as? Int, 1)
    XCTAssertNil(gap("practitioner-fear", in: json))
    XCTAssertEqual(json["leftOut"] as? [String], ["practitioner-fear", "supervision"])
    let text = try seen(["workshop", "debrief", "wiltshire", ".", "--no-suppress"], in: folder)
    XCTAssertTrue(
      normalizingWhitespace(text.stdout).contains("about the practitioner's own situation"))
    XCTAssertTrue(text.stdout.contains("answered as in place"))
  }

  /// Point 2: a man renamed in his blank start is matched by his place; a note says how many
  /// reviews were, never which.
  func testARenamedManIsMatchedByPlaceWithANote() throws {
    let folder = try makeTemporaryDirectory()
    try participant("r.json", ["1.contacted=no"], in: folder)
    let file = folder.appendingPathComponent("r.json")
    try String(contentsOf: file, encoding: .utf8)
      .replacingOccurrences(of: "Eva's father", with: "Dad")
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try seen(
      ["workshop", "debrief", "wiltshire", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(gap("contacted", in: try json(run))?["spotted"] as? Int, 1)
    XCTAssertTrue(
      run.stderr.contains("note: in 1 review a man's label differs from the scenario's"),
      run.stderr)
    XCTAssertFalse(run.stderr.contains("Dad"), run.stderr)
    XCTAssertFalse(run.stderr.contains("r.json"), run.stderr)
  }

  /// Point 3: the copy with more answers counts whatever the file names, and the copies left
  /// out are said.
  func testTheCopyWithMoreAnswersCountsWhateverItsName() throws {
    for (small, large) in [("a.json", "b.json"), ("b.json", "a.json")] {
      let folder = try makeTemporaryDirectory()
      try participant(small, ["1.contacted=yes"], in: folder)
      let grown = try seen(
        [
          "review", "--answers", small, "--no-input", "--set", "1.views=no", "--save", large,
        ], in: folder)
      XCTAssertEqual(grown.status, 0, grown.stderr)
      let run = try seen(
        ["workshop", "debrief", "wiltshire", ".", "--no-suppress", "--format", "json"],
        in: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
      let json = try json(run)
      XCTAssertEqual(json["participants"] as? Int, 1, small)
      XCTAssertEqual(json["duplicates"] as? Int, 1, small)
      XCTAssertEqual(gap("views", in: json)?["spotted"] as? Int, 1, small)
      let text = try seen(["workshop", "debrief", "wiltshire", ".", "--no-suppress"], in: folder)
      XCTAssertTrue(
        normalizingWhitespace(text.stdout).contains("1 duplicate copy left out"), text.stdout)
    }
  }

  /// Point 6: a file holding "{}" is named when left out, and another of seen's formats is
  /// named by its format.
  func testAnEmptyFileAndAGapReportAreNamed() throws {
    let folder = try makeTemporaryDirectory()
    try participant("r.json", ["1.contacted=no"], in: folder)
    try Data("{}".utf8).write(to: folder.appendingPathComponent("empty.json"))
    let report = try seen(["report", "r.json", "--format", "json", "-o", "gap.json"], in: folder)
    XCTAssertEqual(report.status, 0, report.stderr)
    // Round 2, points 2 and 6: named with --no-suppress only; the gap report by what it is.
    let run = try seen(["workshop", "debrief", "wiltshire", ".", "--no-suppress"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stderr.contains("warning: left out './empty.json'"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains("left out './gap.json': it is a seen gap report, not a review record."),
      run.stderr)
    XCTAssertFalse(run.stderr.contains("one this version of seen reads"), run.stderr)
    let suppressed = try seen(["workshop", "debrief", "wiltshire", "."], in: folder)
    XCTAssertEqual(suppressed.status, 0, suppressed.stderr)
    XCTAssertFalse(suppressed.stderr.contains("empty.json"), suppressed.stderr)
    XCTAssertFalse(suppressed.stderr.contains("gap.json"), suppressed.stderr)
    XCTAssertTrue(
      suppressed.stderr.contains("left out a file that is a seen gap report, not a review record."),
      suppressed.stderr)
  }

  /// Point 6: "Debrief" in any case is the debrief.
  func testDebriefInAnyCase() throws {
    let folder = try makeTemporaryDirectory()
    try participant("r.json", ["1.contacted=no"], in: folder)
    for word in ["Debrief", "DEBRIEF"] {
      let run = try seen(["workshop", word, "wiltshire", "."], in: folder)
      XCTAssertEqual(run.status, 0, "\(word): \(run.stderr)")
      XCTAssertTrue(run.stdout.contains("Workshop debrief"), word)
    }
  }

  /// Point 6: hidden files and *.JSON follow seen summary's rule: neither counts, in either.
  func testHiddenAndUpperCaseFilesFollowTheSummary() throws {
    let folder = try makeTemporaryDirectory()
    try participant("r.json", ["1.contacted=no"], in: folder)
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.json"), to: folder.appendingPathComponent("R.JSON"))
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("r.json"), to: folder.appendingPathComponent(".h.json"))
    // Each a different review: a new id, so that a count of 1 says neither copy was read.
    for name in ["R.JSON", ".h.json"] {
      let url = folder.appendingPathComponent(name)
      let text = try String(contentsOf: url, encoding: .utf8)
      let json = try jsonObject(text)
      let id = try XCTUnwrap(json["id"] as? String)
      try text.replacingOccurrences(of: id, with: "other-\(name.count)").write(
        to: url, atomically: true, encoding: .utf8)
    }
    let debrief = try seen(
      ["workshop", "debrief", "wiltshire", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(try json(debrief)["participants"] as? Int, 1, debrief.stderr)
    // seen summary leaves practice records out (round 3), saying how many it read: one.
    try Data(
      #"{"format": "seen-review/7", "id": "real-review-1", "men": [{"label": "Father"}]}"#.utf8
    ).write(to: folder.appendingPathComponent("real.json"))
    let summary = try seen(["summary", ".", "--no-suppress", "--format", "json"], in: folder)
    XCTAssertEqual(summary.status, 0, summary.stderr)
    XCTAssertTrue(summary.stdout.contains("\"reviews\": 1"), summary.stdout.prefix(400).description)
    XCTAssertTrue(
      summary.stderr.hasPrefix("1 practice record from training scenarios was left out"),
      summary.stderr)
  }
}
