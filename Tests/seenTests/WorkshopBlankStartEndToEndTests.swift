import Foundation
import SeenTestSupport
import XCTest

/// Issue 18 point 1 through the binary: `seen review --scenario NAME --blank` starts from the
/// scenario's men and case details with no answers, scripted or guided; the record remembers the
/// scenario and the blank start, reads back, reports and resumes. Issue 18/19: one rule for a
/// scenario name everywhere (a unique start taken with a note; several refused; unknown: 64).
final class WorkshopBlankStartEndToEndTests: XCTestCase {
  private func record(_ file: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
  }

  private func answers(ofMan index: Int, in record: [String: Any]) -> [String: Any] {
    let men = record["men"] as? [[String: Any]] ?? []
    return men.indices.contains(index) ? men[index]["answers"] as? [String: Any] ?? [:] : [:]
  }

  func testScriptedBlankStartHasTheMenAndNoAnswersAndRemembersTheScenario() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      [
        "review", "--scenario", "wiltshire", "--blank", "--role", "Health visitor", "--cohort",
        "wiltshire before", "--no-input", "--save", "r.json",
      ], currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let saved = try record(folder.appendingPathComponent("r.json"))
    XCTAssertEqual(saved["format"] as? String, "seen-review/8")
    XCTAssertEqual(saved["case"] as? String, "SCENARIO-WILTSHIRE")
    XCTAssertEqual(saved["role"] as? String, "Health visitor", "the participant's role")
    XCTAssertEqual(saved["cohort"] as? String, "wiltshire before")
    let workshop = try XCTUnwrap(saved["workshop"] as? [String: Any])
    XCTAssertEqual(workshop["scenario"] as? String, "wiltshire")
    XCTAssertEqual(workshop["start"] as? String, "blank")
    let men = try XCTUnwrap(saved["men"] as? [[String: Any]])
    XCTAssertEqual(men.map { $0["label"] as? String }, ["Eva's father"])
    XCTAssertEqual(men[0]["relationship"] as? String, "birth-father")
    XCTAssertTrue(answers(ofMan: 0, in: saved).isEmpty, "no answer of the scenario's")
    XCTAssertEqual((saved["answers"] as? [String: Any])?.count, 0)
    XCTAssertNil(saved["confidence"])

    // The gap report of the blank start: every item unanswered, none of the scenario's notes.
    let report = try SeenExecutable.run(
      ["report", "r.json", "--format", "json"], currentDirectory: folder)
    XCTAssertEqual(report.status, 0, report.stderr)
    XCTAssertFalse(report.stdout.contains("police incidents"), "a note of the scenario's")

    // Resumed in a script: the answer is added and the scenario and blank start are kept.
    let resumed = try SeenExecutable.run(
      ["review", "--resume", "r.json", "--set", "1.identified=partly", "--no-input"],
      currentDirectory: folder)
    XCTAssertEqual(resumed.status, 0, resumed.stderr)
    let again = try record(folder.appendingPathComponent("r.json"))
    XCTAssertEqual((again["workshop"] as? [String: Any])?["start"] as? String, "blank")
    XCTAssertEqual(answers(ofMan: 0, in: again)["identified"] as? String, "partly")
    XCTAssertEqual(again["id"] as? String, saved["id"] as? String)
  }

  func testTheScenariosOwnStartKeepsItsAnswersAndSaysSo() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      ["review", "--scenario", "wiltshire", "--no-input", "--save", "k.json"],
      currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let saved = try record(folder.appendingPathComponent("k.json"))
    XCTAssertEqual((saved["workshop"] as? [String: Any])?["start"] as? String, "at-the-time")
    XCTAssertEqual(answers(ofMan: 0, in: saved).count > 0, true)
  }

  func testGuidedBlankStartHasNothingToKeepWithEnter() throws {
    let folder = try makeTemporaryDirectory()
    // No confidence (a workshop records it apart): role (by number), Enter for the case
    // reference, the date, the man's label, relationship and lives-with-baby, no other man,
    // then Enter at four items, and quit.
    let lines = ["1", "", "", "", "", "", "", "", "", "", "", "", "q"]
    let run = try SeenExecutable.run(
      ["review", "--scenario", "wiltshire", "--blank", "--interactive", "--save", "g.json"],
      stdin: Data((lines.joined(separator: "\n") + "\n").utf8), currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let screen = run.stdout + run.stderr
    let items = try XCTUnwrap(screen.range(of: "[Eva's father · 1 of"), screen)
    // The man's details are offered to keep; at the items there is no answer to keep.
    XCTAssertTrue(screen[..<items.lowerBound].contains("now: birth father"), screen)
    XCTAssertFalse(screen[items.lowerBound...].contains("now:"), "nothing to keep: \(screen)")
    let saved = try record(folder.appendingPathComponent("g.json"))
    XCTAssertTrue(answers(ofMan: 0, in: saved).isEmpty, "Enter kept nothing")
    XCTAssertEqual(saved["case"] as? String, "SCENARIO-WILTSHIRE", "the case reference kept")
    XCTAssertEqual((saved["workshop"] as? [String: Any])?["start"] as? String, "blank")
  }

  /// On a terminal, as a participant runs it: the scenario's man is offered to keep, and at his
  /// first question there is no answer to keep; q saves and the record has no answer.
  func testOnATerminalTheFirstQuestionHasNoAnswerToKeep() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      ["review", "--scenario", "wiltshire", "--blank", "--save", "p.json"], in: folder)
    // No confidence: the workshop records it apart, before and after.
    try terminal.answer("1", at: "What is your role")
    try terminal.answer("")  // case reference kept
    try terminal.answer("")  // date
    try terminal.answer("", at: "Enter for \"Eva's father\"")  // the man's label kept
    try terminal.answer("")  // relationship kept
    try terminal.answer("")  // lives with the baby: not known, kept
    try terminal.answer("")  // no other man
    try terminal.waitFor("[Eva's father · 1 of")
    try terminal.waitForPrompt()
    let screen = terminal.screen
    let first = try XCTUnwrap(screen.range(of: "[Eva's father · 1 of", options: .backwards))
    XCTAssertFalse(screen[first.lowerBound...].contains("now:"), String(screen.suffix(600)))
    terminal.send(line: "q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let saved = try record(folder.appendingPathComponent("p.json"))
    XCTAssertTrue(answers(ofMan: 0, in: saved).isEmpty)
    XCTAssertNil(saved["confidence"], "a blank start asks no confidence")
    XCTAssertFalse(terminal.screen.contains("How confident"), "a blank start asks no confidence")
    XCTAssertEqual((saved["workshop"] as? [String: Any])?["start"] as? String, "blank")
  }

  func testBlankWithoutAScenarioIsAUsageError() throws {
    try assertUsageError(["review", "--blank", "--no-input"], messages: ["--blank", "--scenario"])
  }

  func testAUniqueStartOfANameIsTakenAndNamedEverywhere() throws {
    for arguments in [
      ["scenarios", "show", "wilts"], ["workshop", "wilts"],
      ["review", "--scenario", "wilts", "--blank", "--no-input"],
    ] {
      let run = try SeenExecutable.run(arguments)
      XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
      XCTAssertEqual(
        run.stderr, "note: 'wilts' is taken as the scenario 'wiltshire'.\n", "\(arguments)")
    }
  }

  func testAnUnknownNameIsAUsageErrorWithTheClosestName() throws {
    for arguments in [
      ["scenarios", "show", "wiltshrie"], ["workshop", "wiltshrie"],
      ["review", "--scenario", "wiltshrie", "--no-input"],
    ] {
      _ = try assertUsageError(arguments, messages: ["'wiltshrie'", "did you mean 'wiltshire'?"])
    }
  }

  /// Two scenarios whose names start the same: a content folder with a copy of one renamed.
  func testAStartOfSeveralNamesIsRefusedNamingThem() throws {
    let folder = try makeTemporaryDirectory()
    let content = folder.appendingPathComponent("content")
    try FileManager.default.copyItem(
      at: PackagePaths.root.appendingPathComponent("Resources"), to: content)
    let file = content.appendingPathComponent("scenarios.json")
    var root = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    var scenarios = try XCTUnwrap(root["scenarios"] as? [[String: Any]])
    var copy = try XCTUnwrap(scenarios.first { $0["id"] as? String == "wiltshire" })
    copy["id"] = "wiltshire-two"
    scenarios.append(copy)
    root["scenarios"] = scenarios
    try JSONSerialization.data(withJSONObject: root).write(to: file)
    for arguments in [
      ["scenarios", "show", "wilts"], ["workshop", "wilts"],
      ["review", "--scenario", "wilts", "--no-input"],
    ] {
      let run = try SeenExecutable.run(arguments + ["--content", content.path])
      XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
      XCTAssertTrue(
        run.stderr.hasPrefix(
          "error: 'wilts' starts the names of several scenarios (wiltshire, wiltshire-two); give more of the name.\n"
        ), run.stderr)
      let exact = try SeenExecutable.run(
        ["scenarios", "show", "wiltshire", "--content", content.path])
      XCTAssertEqual(exact.status, 0, exact.stderr)
      XCTAssertEqual(exact.stderr, "", "a whole name is never ambiguous")
    }
  }
}

/// Issue 18: `seen scenarios show NAME` in every document format, so that the narrative prints
/// alone; `-o` as in the other document commands.
final class ScenarioDocumentEndToEndTests: XCTestCase {
  func testTheScenarioPrintsAsHTMLAndPDFWithoutTheAnswerKey() throws {
    let folder = try makeTemporaryDirectory()
    for format in ["html", "pdf"] {
      let run = try SeenExecutable.run(
        ["scenarios", "show", "wiltshire", "--format", format, "-o", "wiltshire.\(format)"],
        currentDirectory: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertEqual(run.stdout, "", "written to the file")
      XCTAssertEqual(run.stderr, "")
      let file = folder.appendingPathComponent("wiltshire.\(format)")
      let golden = PackagePaths.root.appendingPathComponent(
        "Tests/SeenKitTests/__Snapshots__/scenario-wiltshire.\(format)")
      XCTAssertEqual(try Data(contentsOf: file), try Data(contentsOf: golden), format)
      var info = stat()
      XCTAssertEqual(stat(file.path, &info), 0)
      XCTAssertEqual(info.st_mode & 0o777, 0o600, "created with mode 0600")
    }
    let pdf = folder.appendingPathComponent("wiltshire.pdf").path
    try assertQPDFAccepts(pdf)
    let text = try pdfText(pdf)
    XCTAssertTrue(text.contains("What happened"), text)
    XCTAssertTrue(text.contains("seen review --scenario wiltshire --blank"), text)
    XCTAssertFalse(text.contains("Gap report"), "the answer key is not printed")
  }
}
