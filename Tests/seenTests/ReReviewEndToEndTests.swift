import Foundation
import SeenTestSupport
import XCTest

/// Re-review end to end through the binary (issue 16, acceptance 1): a scripted review agrees
/// three actions, one is marked done, the case is reviewed again two weeks later with --again,
/// and seen compare shows what changed; the outputs are golden files.
final class ReReviewEndToEndTests: XCTestCase {
  private let firstDay = ["SEEN_TODAY": "2026-12-03"]
  private let twoWeeksLater = ["SEEN_TODAY": "2026-12-17"]

  /// The review ids are random: the goldens show them as placeholders.
  private func withoutIDs(_ text: String, _ ids: [(String, String)]) -> String {
    ids.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }

  private func id(of file: URL) throws -> String {
    let record = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
    return try XCTUnwrap(record["id"] as? String)
  }

  func testReviewAgreeThreeActionsMarkOneDoneReviewAgainAndCompare() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("seen-review-SW-0457.json")
    let review = try SeenExecutable.run(
      [
        "review", "--answers", examplePath("two-men"), "--no-input", "--save", first.path,
        "--date", "2026-12-03",
        "--action", "agency-checks|Father|Health visitor|in 1 week",
        "--action", "crying-coping|Father|Health visitor|in 2 weeks",
        "--action", "Ask the GP what is known of him|Mother's partner|Social worker|in 10 days",
      ], environment: firstDay, currentDirectory: folder)
    XCTAssertEqual(review.status, 0, review.stderr)
    let done = try SeenExecutable.run(
      ["actions", "done", first.path, "1", "--note", "checks came back"], environment: firstDay)
    XCTAssertEqual(done.status, 0, done.stderr)

    // Two weeks later: a scripted re-review keeps the earlier answers only with --keep-earlier.
    let again = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--keep-earlier", "--no-input",
        "--set", "father.history=yes", "--set", "father.impulsivity=absent",
        "--set", "father.crying-coping=yes", "--no-longer-in-babys-life", "Mother's partner",
      ], environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    // Father's crying-coping is answered yes now: the open action 1 carried over for it is
    // named, with the command to mark it done, and left open.
    XCTAssertTrue(
      again.stderr.hasPrefix("note: the gap of action 1 (Crying and coping · Father) is closed"),
      again.stderr)
    // Then action 2, for the man now no longer in the baby's life: keep it or drop it.
    XCTAssertTrue(
      again.stderr.contains(
        "\nnote: Action 2 is for Mother's partner, recorded as no longer in the baby's life (from 2026-12-17): keep it, or drop it with 'seen actions drop "
      ), again.stderr)
    XCTAssertEqual(again.stderr.filter { $0 == "\n" }.count, 2, again.stderr)
    let second = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    XCTAssertTrue(FileManager.default.fileExists(atPath: second.path), "saved beside the first")
    let attributes = try FileManager.default.attributesOfItem(atPath: second.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let saved = try jsonObject(String(decoding: Data(contentsOf: second), as: UTF8.self))
    let ids = [(try id(of: first), "<first-id>"), (try id(of: second), "<second-id>")]
    XCTAssertEqual(saved["supersedes"] as? String, ids[0].0)
    XCTAssertNotEqual(ids[0].0, ids[1].0)
    let actions = try XCTUnwrap(saved["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 2, "the two open actions carried over, the done one not")
    let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
    XCTAssertEqual(men[1]["noLongerInBabysLife"] as? String, "2026-12-17")

    for (format, fileExtension) in [
      ("text", "txt"), ("markdown", "md"), ("json", "json"), ("html", "html"),
    ] {
      let compare = try SeenExecutable.run(
        ["compare", first.path, second.path, "--format", format], environment: twoWeeksLater)
      XCTAssertEqual(compare.status, 0, compare.stderr)
      XCTAssertEqual(compare.stderr, "")
      assertSnapshot(
        withoutIDs(compare.stdout, ids), named: "compare-rereview.\(fileExtension)",
        in: reportSnapshots)
    }
    let report = try SeenExecutable.run(["report", second.path], environment: twoWeeksLater)
    XCTAssertEqual(report.status, 0, report.stderr)
    assertSnapshot(
      withoutIDs(report.stdout, ids), named: "report-rereview.txt", in: reportSnapshots)
    XCTAssertTrue(
      report.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "A re-review, following review \(ids[0].0)"))
    XCTAssertTrue(report.stdout.contains("No longer in the baby's life"), report.stdout)
  }

  /// Without --keep-earlier nothing of the earlier review's answers carries over; a second
  /// re-review the same day gets a new name rather than replacing the first.
  func testAScriptedReReviewKeepsNoEarlierAnswerUnlessAsked() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: first.path)
    let before = try Data(contentsOf: first)
    for time in 0..<2 {
      // The second is a second re-review of one review: started only with --force.
      let run = try SeenExecutable.run(
        ["review", "--again", first.path, "--no-input", "--format", "json"]
          + (time == 1 ? ["--force"] : []),
        environment: twoWeeksLater)
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    XCTAssertEqual(try Data(contentsOf: first), before, "the earlier review is never changed")
    let one = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    let two = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17-2.json")
    for file in [one, two] {
      let saved = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
      let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
      XCTAssertEqual(men.map { $0["label"] as? String }, ["Father", "Mother's partner"])
      XCTAssertTrue(men.allSatisfy { ($0["answers"] as? [String: Any] ?? [:]).isEmpty })
      XCTAssertNil(saved["answers"].flatMap { ($0 as? [String: Any])?.isEmpty == false ? $0 : nil })
    }
  }

  /// The guided re-review, answered line by line (--interactive): "last time" shown, Enter
  /// confirms it where the prompt says so, a man no longer in the baby's life stays listed; the
  /// saved record holds only the answers confirmed before q.
  func testTheGuidedReReviewSavesOnlyConfirmedAnswers() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: first.path)
    // Confidence, role, case, date; Father still in the baby's life, his label, relationship,
    // lives with the baby (Enter keeps last time); the partner not, and no safety concern
    // about him answered last time (Enter skips); no other man; Father identified (Enter keeps
    // last time); then q.
    let lines = ["", "", "", "", "y", "", "", "", "n", "", "", "", "q"]
    let run = try SeenExecutable.run(
      ["review", "--again", first.path, "--interactive"],
      stdin: Data((lines.joined(separator: "\n") + "\n").utf8), environment: twoWeeksLater,
      currentDirectory: folder)
    XCTAssertFalse(run.crashed)
    XCTAssertTrue(run.stderr.contains("last time: in the baby's life"), run.stderr)
    XCTAssertTrue(run.stderr.contains("(Enter keeps last time)"), run.stderr)
    XCTAssertTrue(run.stderr.contains("  last time: done"), run.stderr)
    let second = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    let saved = try jsonObject(String(decoding: Data(contentsOf: second), as: UTF8.self))
    let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
    XCTAssertEqual(men.count, 2)
    XCTAssertEqual(men[0]["livesWithBaby"] as? Bool, false)
    let answers = try XCTUnwrap(men[0]["answers"] as? [String: Any])
    XCTAssertNotNil(answers["identified"])
    XCTAssertNil(answers["contacted"], "not reached, so not carried over")
    XCTAssertEqual(men[1]["noLongerInBabysLife"] as? String, "2026-12-17")
    // What the earlier review knew of the man who has left is kept as it was: he may still be a
    // risk, and the record must not say less than was known.
    let earlier = try jsonObject(String(decoding: Data(contentsOf: first), as: UTF8.self))
    let earlierMen = try XCTUnwrap(earlier["men"] as? [[String: Any]])
    let earlierAnswers = try XCTUnwrap(earlierMen[1]["answers"] as? [String: Any])
    let keptAnswers = try XCTUnwrap(men[1]["answers"] as? [String: Any])
    XCTAssertFalse(earlierAnswers.isEmpty)
    XCTAssertEqual(Set(keptAnswers.keys), Set(earlierAnswers.keys))
  }

  /// --case naming the same case in other letters or spacing is accepted, and the re-review
  /// keeps the earlier review's reference as written, so that compare reads one case.
  func testAReReviewKeepsTheEarlierCaseReferenceAsWritten() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: first.path)
    let run = try SeenExecutable.run(
      ["review", "--again", first.path, "--case", " sw-0457 ", "--no-input", "--save", "b.json"],
      environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let saved = try jsonObject(
      String(decoding: Data(contentsOf: folder.appendingPathComponent("b.json")), as: UTF8.self))
    XCTAssertEqual(saved["case"] as? String, "SW-0457")
    let compare = try SeenExecutable.run(
      ["compare", "first.json", "b.json"], environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(compare.status, 0, compare.stderr)
  }

  /// A script's --no-longer-in-babys-life keeps what the earlier review knew of him too,
  /// without --keep-earlier; the man still in the baby's life starts with no answers.
  func testAManNoLongerInTheBabysLifeKeepsWhatWasKnownOfHim() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: first.path)
    let run = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--no-input", "--no-longer-in-babys-life",
        "Mother's partner",
      ], environment: twoWeeksLater, currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let second = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    let saved = try jsonObject(String(decoding: Data(contentsOf: second), as: UTF8.self))
    let earlier = try jsonObject(String(decoding: Data(contentsOf: first), as: UTF8.self))
    let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
    let earlierMen = try XCTUnwrap(earlier["men"] as? [[String: Any]])
    XCTAssertTrue((men[0]["answers"] as? [String: Any] ?? [:]).isEmpty)
    XCTAssertEqual(
      Set((men[1]["answers"] as? [String: Any] ?? [:]).keys),
      Set((earlierMen[1]["answers"] as? [String: Any] ?? [:]).keys))
    XCTAssertFalse((men[1]["answers"] as? [String: Any] ?? [:]).isEmpty)
  }

  /// Issue 16 follow-up: a man no longer in the baby's life can still pose a risk (an
  /// ex-partner's threats). After n the guided re-review asks him one question, the safety
  /// concern (Enter keeps last time), and nothing else; the concern saved for him still plans
  /// the advice for safety and shows in the report's safety section.
  func testAManNoLongerInTheBabysLifeIsAskedOnlyAboutASafetyConcern() throws {
    let folder = try makeTemporaryDirectory()
    let first = folder.appendingPathComponent("first.json")
    let example = try String(contentsOfFile: examplePath("two-men"), encoding: .utf8)
    // The partner had a safety concern recorded last time.
    let record = try jsonObject(example)
    var men = try XCTUnwrap(record["men"] as? [[String: Any]])
    var answers = try XCTUnwrap(men[1]["answers"] as? [String: Any])
    answers["safety"] = ["answer": "yes", "note": "Threats to the mother after they separated"]
    men[1]["answers"] = answers
    var changed = record
    changed["men"] = men
    try JSONSerialization.data(withJSONObject: changed).write(to: first)
    // Confidence, role, case, date; Father still in the baby's life, his label, relationship,
    // lives with the baby; the partner not, then his safety concern (Enter keeps last time);
    // no other man; then q at Father's first item.
    let lines = ["", "", "", "", "y", "", "", "", "n", "", "", "q"]
    let run = try SeenExecutable.run(
      ["review", "--again", first.path, "--interactive"],
      stdin: Data((lines.joined(separator: "\n") + "\n").utf8), environment: twoWeeksLater,
      currentDirectory: folder)
    XCTAssertFalse(run.crashed)
    let screen = run.stderr.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      screen.contains(
        "with what the earlier review recorded of him kept; he is asked one thing more: whether there is a safety concern"
      ), run.stderr)
    let second = folder.appendingPathComponent("seen-review-SW-0457-again-2026-12-17.json")
    let saved = try jsonObject(String(decoding: Data(contentsOf: second), as: UTF8.self))
    let savedMen = try XCTUnwrap(saved["men"] as? [[String: Any]])
    XCTAssertEqual(savedMen[1]["noLongerInBabysLife"] as? String, "2026-12-17")
    let partner = try XCTUnwrap(savedMen[1]["answers"] as? [String: Any])
    // What the earlier review knew of him is kept; of it, only the safety concern was asked
    // again (Enter kept last time's answer).
    let earlierPartner = try XCTUnwrap(men[1]["answers"] as? [String: Any])
    XCTAssertEqual(Set(partner.keys), Set(earlierPartner.keys))
    XCTAssertEqual((partner["safety"] as? [String: Any])?["answer"] as? String, "yes")
    // The report plans for safety because of him, and names him in its safety section.
    let report = try SeenExecutable.run(
      ["report", second.path, "--width", "1000"], environment: twoWeeksLater)
    XCTAssertEqual(report.status, 0, report.stderr)
    XCTAssertTrue(
      report.stdout.contains("Mother's partner: A safety concern is recorded"), report.stdout)

    // In a script: --set records the safety items for him, and nothing else.
    let set = try SeenExecutable.run(
      [
        "review", "--again", first.path, "--no-longer-in-babys-life", "2", "--set",
        "2.safety=yes", "--set", "2.violence-control=present", "--no-input", "--force", "--save",
        folder.appendingPathComponent("scripted.json").path,
      ], environment: twoWeeksLater)
    XCTAssertEqual(set.status, 0, set.stderr)
    let scripted = try jsonObject(
      String(
        decoding: Data(contentsOf: folder.appendingPathComponent("scripted.json")), as: UTF8.self))
    let scriptedMen = try XCTUnwrap(scripted["men"] as? [[String: Any]])
    let scriptedPartner = try XCTUnwrap(scriptedMen[1]["answers"] as? [String: Any])
    XCTAssertEqual(
      Set(scriptedPartner.keys), Set(earlierPartner.keys).union(["safety", "violence-control"]))
    XCTAssertEqual(
      (scriptedPartner["violence-control"] as? [String: Any])?["answer"] as? String
        ?? scriptedPartner["violence-control"] as? String, "present")
  }
}
