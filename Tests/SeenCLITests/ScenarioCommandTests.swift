import Foundation
import SeenTestSupport
import XCTest

/// The training scenarios as a trainer uses them: `seen scenarios`, `seen scenarios show NAME`
/// and `seen review --scenario NAME`.
final class ScenarioCommandTests: XCTestCase {
  /// The four scenarios in the order `seen scenarios` lists them, with their sources.
  private let scenarios: [(id: String, source: String)] = [
    ("father-ab", "Myth of Invisible Men, 9.7"),
    ("wiltshire", "Foundations, Working with male carers, Case study 2: Wiltshire"),
    ("derbyshire", "Foundations, Working with male carers, Case study 1: Derbyshire"),
    ("care-leaver", "Myth of Invisible Men, 8.1–8.2"),
  ]

  private var scenarioIDs: [String] { scenarios.map(\.id) }

  /// The entries of a text list: each line starting "  - " with its indented continuation lines,
  /// joined with single spaces.
  private func listEntries(_ text: String) -> [String] {
    var entries: [String] = []
    var current: String?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("  - ") {
        if let current { entries.append(current) }
        current = String(line.dropFirst(4))
      } else if line.hasPrefix("    "), let partial = current {
        current = partial + " " + line.trimmingCharacters(in: .whitespaces)
      } else {
        if let current { entries.append(current) }
        current = nil
      }
    }
    if let current { entries.append(current) }
    return entries.map(normalizingWhitespace)
  }

  /// The gaps of a JSON gap report for one man and item.
  private func gaps(
    _ report: [String: Any], man: String, item: String
  ) -> [[String: Any]] {
    ((report["gaps"] as? [[String: Any]]) ?? []).filter {
      $0["man"] as? String == man && $0["item"] as? String == item
    }
  }

  private func inPlace(
    _ report: [String: Any], man: String, item: String
  ) -> [[String: Any]] {
    ((report["inPlace"] as? [[String: Any]]) ?? []).filter {
      $0["man"] as? String == man && $0["item"] as? String == item
    }
  }

  // MARK: seen scenarios

  func testListNamesEveryScenarioWithItsSource() throws {
    let run = try assertExecuteCommand(["scenarios"], snapshot: "scenarios.txt")
    let entries = listEntries(run.stdout)
    XCTAssertEqual(
      entries.compactMap { $0.split(separator: ":").first.map(String.init) }, scenarioIDs,
      "the listed names, in order:\n\(run.stdout)")
    for (id, source) in scenarios {
      let entry = try XCTUnwrap(
        entries.first { $0.hasPrefix("\(id): ") }, "no entry for \(id):\n\(run.stdout)")
      XCTAssertTrue(entry.contains("(\(source)"), "\(id) should cite \(source): \(entry)")
    }
    XCTAssertTrue(
      normalizingWhitespace(run.stdout).contains("Training scenarios ="), run.stdout)
  }

  func testListActionIsTheSameAsNoAction() throws {
    let plain = try assertExecuteCommand(["scenarios"])
    let list = try assertExecuteCommand(["scenarios", "list"])
    XCTAssertEqual(list.stdoutData, plain.stdoutData)
  }

  func testListAsJSONHasFourScenariosAndOnlyTheCareLeaverIsAComposite() throws {
    let run = try assertExecuteCommand(["scenarios", "--format", "json"])
    let object = try jsonObject(run.stdout)
    let list = try XCTUnwrap(object["scenarios"] as? [[String: Any]], run.stdout)
    XCTAssertEqual(list.count, 4)
    XCTAssertEqual(list.map { $0["id"] as? String }, scenarioIDs)
    for entry in list {
      let id = try XCTUnwrap(entry["id"] as? String)
      let composite = try XCTUnwrap(entry["composite"] as? Bool, "\(id) has no boolean composite")
      XCTAssertEqual(composite, id == "care-leaver", "composite of \(id)")
      let title = try XCTUnwrap(entry["title"] as? String, "\(id) has no title")
      XCTAssertFalse(title.isEmpty, "\(id) has an empty title")
      let expected = try XCTUnwrap(scenarios.first { $0.id == id }?.source)
      let source = try XCTUnwrap(entry["source"] as? String, "\(id) has no source")
      XCTAssertTrue(source.hasPrefix(expected), "source of \(id): \(source)")
    }
  }

  // MARK: seen scenarios show

  func testShowPrintsTheNarrativeAndTheLearning() throws {
    let run = try assertExecuteCommand(["scenarios", "show", "wiltshire"])
    let text = normalizingWhitespace(run.stdout)
    XCTAssertTrue(
      run.stdout.hasPrefix("Wiltshire: Eva, and cannabis use known to some services\n"),
      run.stdout)
    XCTAssertTrue(text.contains("Source: Foundations, Working with male carers, Case study 2"))
    for paragraph in [
      "In 2022 the Wiltshire Safeguarding Vulnerable People Partnership published a local child safeguarding practice review about Eva, a 3-month-old baby who died following abusive head trauma.",
      "Further police incidents relating to cannabis use were noted before the birth, but other professionals did not know about them.",
      "A 'loving and warm interaction' was observed between Eva and her parents.",
      "Problematic cannabis use was one of the most prevalent themes in this case.",
    ] {
      XCTAssertTrue(text.contains(paragraph), "should contain: \(paragraph)\n\(run.stdout)")
    }
    XCTAssertTrue(run.stdout.contains("Learning from the source"), run.stdout)
    // A practitioner's page points to the blank start, never to the key's gap report.
    XCTAssertTrue(text.contains("seen review --scenario wiltshire --blank"), run.stdout)
    XCTAssertFalse(text.contains("--no-input"), run.stdout)
  }

  func testShowFindsAScenarioByThePrefixOfItsName() throws {
    let full = try assertExecuteCommand(["scenarios", "show", "wiltshire"])
    let prefix = InProcessSeen.run(["scenarios", "show", "wilts"])
    XCTAssertEqual(prefix.status, 0)
    XCTAssertEqual(prefix.stdoutData, full.stdoutData)
    XCTAssertTrue(prefix.stdout.contains("Learning from the source"))
    XCTAssertEqual(prefix.stderr, "note: 'wilts' is taken as the scenario 'wiltshire'.\n")
  }

  func testShowMarkdownMatchesTheGoldenFiles() throws {
    for id in scenarioIDs {
      let run = try assertExecuteCommand(
        ["scenarios", "show", id, "--format", "markdown"], snapshot: "scenario-\(id).md")
      XCTAssertTrue(run.stdout.hasPrefix("# "), "\(id) markdown starts with a heading")
    }
  }

  func testShowAnUnknownScenarioListsTheNames() throws {
    // Named on the command line: a usage error, one line and the hint.
    try assertUsageError(
      ["scenarios", "show", "nowhere"],
      messages: ["nowhere", "father-ab, wiltshire, derbyshire, care-leaver"])
  }

  func testShowWithoutANameIsAUsageError() throws {
    try assertUsageError(["scenarios", "show"], messages: ["seen scenarios show NAME"])
  }

  func testAnUnknownActionIsAUsageError() throws {
    try assertUsageError(["scenarios", "bogus"], messages: ["bogus"])
  }

  // MARK: seen review --scenario

  /// A review of a scenario's own record (its answer key): it succeeds, saying first, on
  /// standard error, that it starts from the key and how participants start blank.
  @discardableResult
  private func keyReview(
    _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws -> InProcessRun {
    let run = InProcessSeen.run(arguments)
    XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
    let id = try XCTUnwrap(arguments.firstIndex(of: "--scenario").map { arguments[$0 + 1] })
    XCTAssertTrue(
      run.stderr.hasPrefix(
        "note: this review starts from the scenario's answer key (what was known and done at the time), for facilitators; participants start blank with: seen review --scenario \(id) --blank\n"
      ), run.stderr, file: file, line: line)
    return run
  }

  func testReviewOfEachScenarioMatchesItsGoldenReport() throws {
    for id in scenarioIDs {
      let first = try keyReview(["review", "--scenario", id, "--no-input"])
      // Marked as a training scenario, unlike the report of the scenario's record alone
      // (scenario-ID.txt, ScenarioTests).
      assertSnapshot(first.stdout, named: "scenario-key-\(id).txt", in: reportSnapshots)
      XCTAssertFalse(first.stdout.isEmpty, id)
      let second = try keyReview(["review", "--scenario", id, "--no-input"])
      XCTAssertEqual(second.stdoutData, first.stdoutData, "two runs of \(id) differ")
    }
  }

  func testReviewOfEachScenarioAsJSON() throws {
    for id in scenarioIDs {
      let run = try keyReview([
        "review", "--scenario", id, "--no-input", "--format", "json",
      ])
      let report = try jsonObject(run.stdout)
      XCTAssertEqual(report["format"] as? String, "seen-gap-report/4", id)
      let reference = try XCTUnwrap(report["case"] as? String, "\(id) has no case")
      XCTAssertEqual(reference, "SCENARIO-" + id.uppercased())
      XCTAssertTrue(reference.hasPrefix("SCENARIO-"))
      let men = try XCTUnwrap(report["men"] as? [[String: Any]], id)
      XCTAssertFalse(men.isEmpty, "\(id) has no men")
      let again = try keyReview(
        ["review", "--scenario", id, "--no-input", "--format", "json"])
      XCTAssertEqual(again.stdoutData, run.stdoutData, "two JSON runs of \(id) differ")
    }
  }

  func testScenarioAndAnswersTogetherIsAUsageError() throws {
    try assertUsageError(
      ["review", "--scenario", "wiltshire", "--answers", examplePath("few-gaps"), "--no-input"],
      messages: ["--answers", "--scenario"])
    try assertUsageError(["review", "--scenario", "x", "--answers", "y"])
  }

  func testReviewOfAnUnknownScenarioListsTheNames() throws {
    try assertFailure(
      ["review", "--scenario", "nowhere", "--no-input"], status: 64,
      messages: ["nowhere", "father-ab, wiltshire, derbyshire, care-leaver"])
  }

  func testSetChangesOneGapOfAScenarioAddressingTheManByLabelInAnyCase() throws {
    let base = ["review", "--scenario", "father-ab", "--no-input", "--format", "json"]
    let before = try jsonObject(try keyReview(base).stdout)
    XCTAssertEqual(gaps(before, man: "Father AB", item: "contacted").count, 1, "contacted is a gap")
    XCTAssertTrue(inPlace(before, man: "Father AB", item: "contacted").isEmpty)
    let menBefore = try XCTUnwrap(before["men"] as? [[String: Any]])
    XCTAssertEqual(menBefore.map { $0["label"] as? String }, ["Father AB"])
    XCTAssertEqual(menBefore.first?["visibility"] as? String, "unseen")
    let gapCount = try XCTUnwrap(before["gaps"] as? [[String: Any]]).count

    for reference in ["father ab", "FATHER AB", "Father AB", "1"] {
      let after = try jsonObject(
        try keyReview(base + ["--set", "\(reference).contacted=yes"]).stdout)
      XCTAssertTrue(
        gaps(after, man: "Father AB", item: "contacted").isEmpty,
        "--set \(reference).contacted=yes should close the gap")
      let placed = inPlace(after, man: "Father AB", item: "contacted")
      XCTAssertEqual(placed.count, 1, reference)
      XCTAssertEqual(placed.first?["answer"] as? String, "yes", reference)
      let men = try XCTUnwrap(after["men"] as? [[String: Any]])
      XCTAssertEqual(
        men.map { $0["label"] as? String }, ["Father AB"], "\(reference) should not add a man")
      // Still unseen: the source has him only partly identified (9.7), and seen needs both.
      XCTAssertEqual(men.first?["visibility"] as? String, "unseen", reference)
      XCTAssertEqual(
        try XCTUnwrap(after["gaps"] as? [[String: Any]]).count, gapCount - 1,
        "only that gap changes (\(reference))")
    }

    let text = try keyReview([
      "review", "--scenario", "father-ab", "--no-input", "--set", "father ab.contacted=yes",
    ])
    let golden = try String(
      contentsOf: reportSnapshots.appendingPathComponent("scenario-key-father-ab.txt"),
      encoding: .utf8)
    XCTAssertNotEqual(text.stdout, golden, "the text report should change")
  }

  func testSetWithAHyphenatedLabelAddsANewMan() throws {
    // "father-ab" is the scenario's name, not the man's label: it names a new man, and a warning
    // names the man it may have meant.
    let run = InProcessSeen.run([
      "review", "--scenario", "father-ab", "--no-input", "--format", "json", "--set",
      "father-ab.contacted=yes",
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "note: this review starts from the scenario's answer key (what was known and done at the time), for facilitators; participants start blank with: seen review --scenario father-ab --blank\n"
        + "warning: at --set father-ab.contacted=yes: there was no man \"father-ab\", so a new man was added; did you mean \"Father AB\"?\n"
    )
    let report = try jsonObject(run.stdout)
    let men = try XCTUnwrap(report["men"] as? [[String: Any]])
    XCTAssertEqual(men.count, 2)
    XCTAssertEqual(men.first?["label"] as? String, "Father AB")
    XCTAssertEqual(gaps(report, man: "Father AB", item: "contacted").count, 1)
  }
}
