import Foundation
import SeenTestSupport
import XCTest

/// Issue 18, review round 2: the participant's run and the packs, as a trainer met them.
final class WorkshopRoundTwoTests: XCTestCase {
  private let scenarioIDs = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]
  private let mark = "Training scenario: wiltshire (a published case study)"

  /// Text with each command's continuations (" \" at a line's end) joined again, white space
  /// folded: what a participant types from the page.
  private func typed(_ text: String) -> String {
    normalizingWhitespace(text.replacingOccurrences(of: " \\\n", with: " "))
  }

  // MARK: 1. The answer key is announced

  func testAScenarioWithoutBlankSaysFirstThatItStartsFromTheAnswerKey() throws {
    let run = InProcessSeen.run(["review", "--scenario", "wiltshire", "--no-input"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 1, run.stderr)
    XCTAssertTrue(
      lines.first?.hasPrefix("note: this review starts from the scenario's answer key") == true,
      run.stderr)
    XCTAssertTrue(run.stderr.contains("for facilitators"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "participants start blank with: seen review --scenario wiltshire --blank"),
      run.stderr)
    // A blank start is no key: nothing said.
    try assertExecuteCommand(["review", "--scenario", "wiltshire", "--blank", "--no-input"])
  }

  // MARK: 2. The participant pack's commands, whole at any width

  func testTheParticipantPackGivesEveryCommandParticipantsTypeAsThePlanDoes() throws {
    for id in scenarioIDs {
      let plan = try jsonObject(
        try assertExecuteCommand(["workshop", id, "--steps", "--minutes", "90", "--format", "json"])
          .stdout)
      let steps = try XCTUnwrap(plan["steps"] as? [[String: Any]])
      let lines = steps.flatMap { $0["commands"] as? [[String: Any]] ?? [] }
        .filter { $0["who"] as? String == "participant" }.compactMap { $0["line"] as? String }
      XCTAssertEqual(lines.count, 4, "\(id): confidence before, blank start, report, after")
      XCTAssertTrue(lines.contains { $0.contains("--blank") }, id)
      XCTAssertTrue(lines.contains { $0.contains("--cohort \"\(id) before\"") }, id)
      XCTAssertTrue(lines.contains { $0.contains("--cohort \"\(id) after\"") }, id)
      for width in ["80", "40"] {
        let pack = try assertExecuteCommand(["workshop", id, "--width", width]).stdout
        for line in lines {
          XCTAssertTrue(typed(pack).contains(line), "\(id), \(width) columns: \(line)")
        }
      }
    }
  }

  func testACommandIsNeverBrokenInsideAWordAndContinuesWithABackslash() throws {
    for width in [80, 60, 40] {
      for arguments in [
        ["workshop", "wiltshire"], ["workshop", "wiltshire", "--steps", "--minutes", "90"],
        ["workshop", "wiltshire", "--pack", "facilitator", "--minutes", "120"],
      ] {
        let text = try assertExecuteCommand(arguments + ["--width", String(width)]).stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Every line of a command, and its label, within the width (a ruled box is the
        // writer's own, and left out here).
        for line in lines
        where line.contains("seen ") || line.hasSuffix(":") || line.hasPrefix("      ") {
          XCTAssertLessThanOrEqual(line.count, width, "\(arguments) \(width): \(line)")
        }
        // Every line of a command but the last ends with the continuation; the next line holds
        // the next whole argument (never a piece of "--cohort" or of a quoted cohort).
        for (index, line) in lines.enumerated() where line.hasSuffix(" \\") {
          let next = lines[index + 1].drop { $0 == " " }
          XCTAssertFalse(next.isEmpty, "\(width): \(line)")
          XCTAssertFalse(next.hasPrefix("before\"") || next.hasPrefix("after\""), "\(width)")
          XCTAssertFalse(line.dropLast(2).hasSuffix("\"wiltshire"), "\(width): \(line)")
        }
        XCTAssertTrue(
          typed(text).contains(
            "seen review --scenario wiltshire --blank --save wiltshire-review-1.json"),
          "\(arguments) \(width)")
      }
    }
    try assertUsageError(["workshop", "wiltshire", "--width", "5"], messages: ["--width"])
  }

  // MARK: 3. A practice review says it is no real case

  private func blankStart(_ folder: URL) throws -> String {
    let path = folder.appendingPathComponent("review.json").path
    let run = InProcessSeen.run([
      "review", "--scenario", "wiltshire", "--blank", "--set", "Eva's father.identified=yes",
      "--no-input", "--quiet", "--save", path,
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
    return path
  }

  func testAReportOrSheetOfAScenarioReviewIsMarkedATrainingScenarioInEveryFormat() throws {
    let folder = try makeTemporaryDirectory()
    let path = try blankStart(folder)
    for format in ["text", "markdown", "html"] {
      let report = try assertExecuteCommand(["report", path, "--format", format]).stdout
      XCTAssertTrue(report.contains(mark), "report, \(format)")
      let sheet = try assertExecuteCommand(["sheet", path, "--format", format]).stdout
      XCTAssertTrue(sheet.contains(mark), "sheet, \(format)")
    }
    let text = try assertExecuteCommand(["report", path]).stdout
    XCTAssertTrue(
      normalizingWhitespace(text).hasPrefix(mark + ". Gap report: case SCENARIO-WILTSHIRE"), text)
    let json = try jsonObject(
      try assertExecuteCommand(["report", path, "--format", "json"]).stdout)
    let scenario = try XCTUnwrap(json["trainingScenario"] as? [String: Any], "\(json.keys)")
    XCTAssertEqual(scenario["scenario"] as? String, "wiltshire")
    XCTAssertEqual(scenario["start"] as? String, "blank")
    XCTAssertEqual(scenario["notice"] as? String, mark)
    // On every page of a PDF, report and sheet alike.
    for (name, arguments) in [
      ("report", ["report", path]), ("sheet", ["sheet", path]),
    ] {
      let pdf = folder.appendingPathComponent("\(name).pdf").path
      try assertExecuteCommand(arguments + ["--format", "pdf", "-o", pdf], expected: "")
      try assertQPDFAccepts(pdf)
      let pages = try runProgram("pdftotext", ["-enc", "UTF-8", pdf, "-"])
        .split(separator: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      XCTAssertGreaterThan(pages.count, 1, name)
      for (number, page) in pages.enumerated() {
        XCTAssertTrue(page.contains(mark), "\(name), page \(number + 1)")
      }
    }
    // A real case's report says nothing of the kind.
    let real = try assertExecuteCommand(["report", examplePath("unseen-father")]).stdout
    XCTAssertFalse(real.contains("Training scenario"), real)
  }

  // MARK: 4. The key on its own, and from a new page

  func testTheKeyPrintsOnItsOwnAndStartsANewPageInTheFacilitatorPack() throws {
    let key = try assertExecuteCommand(["workshop", "wiltshire", "--pack", "key"]).stdout
    XCTAssertTrue(key.hasPrefix("Answer key: "), key)
    XCTAssertTrue(key.contains("What was known and done at the time"), key)
    XCTAssertTrue(key.contains("Learning from the source"), key)
    XCTAssertFalse(key.contains("The plan:"), key)
    XCTAssertFalse(key.contains("What to listen for"), key)
    try assertUsageError(
      ["workshop", "wiltshire", "--pack", "key", "--minutes", "90"], messages: ["key pack"])
    let html = try assertExecuteCommand(
      ["workshop", "wiltshire", "--pack", "facilitator", "--format", "html"]
    ).stdout
    let pageBreak = try XCTUnwrap(html.range(of: "<div class=\"page-break\"></div>"), "a break")
    let heading = try XCTUnwrap(
      html.range(of: ">What was known and done at the time</h2>"), "the key's heading")
    XCTAssertLessThan(pageBreak.lowerBound, heading.lowerBound)
    XCTAssertEqual(html.components(separatedBy: "class=\"page-break\"").count, 2, "one break")
    let between = html[pageBreak.upperBound..<heading.lowerBound]
    XCTAssertFalse(between.contains("<li"), "the key follows the break: \(between)")
    // In a PDF the key's heading starts a page.
    let folder = try makeTemporaryDirectory()
    let pdf = folder.appendingPathComponent("facilitator.pdf").path
    try assertExecuteCommand(
      ["workshop", "wiltshire", "--pack", "facilitator", "--format", "pdf", "-o", pdf],
      expected: "")
    let pages = try runProgram("pdftotext", ["-enc", "UTF-8", pdf, "-"]).split(separator: "\u{0C}")
    XCTAssertTrue(
      pages.contains {
        $0.trimmingCharacters(in: .whitespacesAndNewlines)
          .hasPrefix("What was known and done at the time")
      }, "a page starts with the key")
  }

  // MARK: 6. A confidence step with no confidence

  func testAQuietConfidenceStepWithNothingAnsweredIsAUsageError() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("before.json").path
    try assertUsageError(
      [
        "review", "--case", "WORKSHOP", "--role", "Participant", "--cohort", "wiltshire before",
        "--no-input", "--quiet", "--save", path,
      ], messages: ["--set confidence=LEVEL", "nothing is answered"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing saved")
    let run = InProcessSeen.run([
      "review", "--case", "WORKSHOP", "--role", "Participant", "--set", "confidence=very",
      "--cohort", "wiltshire before", "--no-input", "--quiet", "--save", path,
    ])
    XCTAssertEqual(run.status, 0, run.stderr)
  }
}
