import Foundation
import SeenTestSupport
import XCTest

/// `seen review` in-process: answers from a file, standard input and `--set`, ending in the gap
/// report. What needs the binary (output that is the same in two processes) stays in
/// Tests/seenTests/ReviewCommandTests.swift.
final class ReviewCommandInProcessTests: XCTestCase {
  /// The three example reviews in `examples/`.
  private let exampleNames = ["few-gaps", "unseen-father", "two-men"]

  /// The output formats.
  private let formats = ["text", "markdown", "json"]

  private func assertReviewMatchesGolden(
    _ example: String, format: String, fileExtension: String, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    try assertExecuteCommand(
      ["review", "--answers", examplePath(example), "--no-input", "--format", format],
      snapshot: "report-\(example).\(fileExtension)", file: file, line: line)
  }

  private func exampleText(_ name: String) throws -> String {
    try String(contentsOfFile: examplePath(name), encoding: .utf8)
  }

  // MARK: Golden reports

  func testFewGapsTextMatchesGolden() throws {
    try assertReviewMatchesGolden("few-gaps", format: "text", fileExtension: "txt")
  }

  func testFewGapsMarkdownMatchesGolden() throws {
    try assertReviewMatchesGolden("few-gaps", format: "markdown", fileExtension: "md")
  }

  func testFewGapsJSONMatchesGolden() throws {
    try assertReviewMatchesGolden("few-gaps", format: "json", fileExtension: "json")
  }

  func testUnseenFatherTextMatchesGolden() throws {
    try assertReviewMatchesGolden("unseen-father", format: "text", fileExtension: "txt")
  }

  func testUnseenFatherMarkdownMatchesGolden() throws {
    try assertReviewMatchesGolden("unseen-father", format: "markdown", fileExtension: "md")
  }

  func testUnseenFatherJSONMatchesGolden() throws {
    try assertReviewMatchesGolden("unseen-father", format: "json", fileExtension: "json")
  }

  func testTwoMenTextMatchesGolden() throws {
    try assertReviewMatchesGolden("two-men", format: "text", fileExtension: "txt")
  }

  func testTwoMenMarkdownMatchesGolden() throws {
    try assertReviewMatchesGolden("two-men", format: "markdown", fileExtension: "md")
  }

  func testTwoMenJSONMatchesGolden() throws {
    try assertReviewMatchesGolden("two-men", format: "json", fileExtension: "json")
  }

  func testTextIsTheDefaultFormat() throws {
    let plain = InProcessSeen.run(["review", "--answers", examplePath("two-men"), "--no-input"])
    let text = InProcessSeen.run(
      ["review", "--answers", examplePath("two-men"), "--no-input", "--format", "text"])
    XCTAssertEqual(plain.stdout, text.stdout)
  }

  // MARK: Standard input

  func testAnswersDashReadsStandardInput() throws {
    let fromStdin = try assertExecuteCommand(
      ["review", "--answers", "-", "--no-input"], stdin: try exampleText("two-men"))
    let fromFile = InProcessSeen.run(["review", "--answers", examplePath("two-men"), "--no-input"])
    XCTAssertEqual(fromStdin.stdout, fromFile.stdout)
  }

  func testJSONReportFromStandardInputHasCaseMenGapsAndRiskFactors() throws {
    let run = try assertExecuteCommand(
      ["review", "--answers", "-", "--no-input", "--format", "json"],
      stdin: try exampleText("two-men"))
    let report = try jsonObject(run.stdout)
    XCTAssertEqual(report["case"] as? String, "SW-0457")
    let men = report["men"] as? [[String: Any]] ?? []
    XCTAssertEqual(men.compactMap { $0["label"] as? String }, ["Father", "Mother's partner"])
    XCTAssertEqual(men.compactMap { $0["visibility"] as? String }.count, 2)
    XCTAssertEqual(men.last?["visibility"] as? String, "unseen")
    let gaps = report["gaps"] as? [[String: Any]] ?? []
    XCTAssertFalse(gaps.isEmpty)
    for gap in gaps {
      for key in ["man", "item", "tier", "answer", "source"] {
        XCTAssertNotNil(gap[key], "gap without \(key): \(gap)")
      }
    }
    XCTAssertNotNil(report["riskFactors"] as? [Any])
  }

  // MARK: --set

  func testSetBuildsAReviewWithoutAFile() throws {
    let run = try assertExecuteCommand([
      "review", "--case", "HV-0193", "--set", "father.identified=yes", "--set",
      "father.contacted=no", "--no-input", "--format", "json",
    ])
    let report = try jsonObject(run.stdout)
    XCTAssertEqual(report["case"] as? String, "HV-0193")
    let men = report["men"] as? [[String: Any]] ?? []
    XCTAssertEqual(men.first?["label"] as? String, "Father")
    XCTAssertEqual(men.first?["visibility"] as? String, "unseen")
    let gaps = report["gaps"] as? [[String: Any]] ?? []
    let contacted = gaps.first { $0["item"] as? String == "contacted" }
    XCTAssertNotNil(contacted, "no gap for 'contacted'")
    XCTAssertEqual(contacted?["answer"] as? String, "no")
    XCTAssertEqual(contacted?["man"] as? String, "Father")
  }

  func testSetChangesAnAnswerFromTheFile() throws {
    let run = try assertExecuteCommand([
      "review", "--answers", examplePath("few-gaps"), "--set", "father.pressures=yes", "--no-input",
      "--format", "json",
    ])
    let gaps = try jsonObject(run.stdout)["gaps"] as? [[String: Any]] ?? []
    XCTAssertFalse(gaps.contains { $0["item"] as? String == "pressures" })
    XCTAssertTrue(gaps.contains { $0["item"] as? String == "agency-checks" })
  }

  func testCaseOptionReplacesTheFilesCaseReference() throws {
    let run = try assertExecuteCommand([
      "review", "--answers", examplePath("few-gaps"), "--case", "HV-9999", "--no-input",
      "--format", "json",
    ])
    XCTAssertEqual(try jsonObject(run.stdout)["case"] as? String, "HV-9999")
  }

  // MARK: --fail-on-gaps

  func testFailOnGapsExitsOneAndStillPrintsTheReport() throws {
    let arguments = ["review", "--answers", examplePath("unseen-father"), "--no-input"]
    let plain = InProcessSeen.run(arguments)
    let run = try assertExecuteCommand(arguments + ["--fail-on-gaps"], exitCode: 1)
    XCTAssertEqual(run.stdout, plain.stdout)
    XCTAssertTrue(run.stdout.contains("Gaps ("))
  }

  func testWithoutFailOnGapsAReviewWithGapsExitsZero() throws {
    try assertExecuteCommand(["review", "--answers", examplePath("unseen-father"), "--no-input"])
  }

  func testFailOnGapsExitsZeroWhenThereAreNoGaps() throws {
    let folder = try makeTemporaryDirectory()
    let answers = try writeEditedExample("few-gaps", in: folder, as: "no-gaps.json") { record in
      var men = record["men"] as? [[String: Any]] ?? []
      var answers = men[0]["answers"] as? [String: Any] ?? [:]
      answers["pressures"] = "yes"
      answers["agency-checks"] = "yes"
      answers["safety"] = "no"
      answers["abuse-experienced"] = "absent"
      men[0]["answers"] = answers
      record["men"] = men
      var caseAnswers = record["answers"] as? [String: Any] ?? [:]
      for id in ["mother-asked-alone", "mother-supported", "men-in-plans"] {
        caseAnswers[id] = "yes"
      }
      caseAnswers["practitioner-fear"] = "no"
      record["answers"] = caseAnswers
    }
    let run = try assertExecuteCommand(
      ["review", "--answers", answers.path, "--no-input", "--fail-on-gaps", "--format", "json"])
    XCTAssertEqual((try jsonObject(run.stdout)["gaps"] as? [Any])?.count, 0)
  }

  // MARK: Words

  func testExampleReportsNeverScoreOrLabelRisk() throws {
    for example in exampleNames {
      for format in formats {
        let run = InProcessSeen.run(
          ["review", "--answers", examplePath(example), "--no-input", "--format", format])
        XCTAssertEqual(run.status, 0)
        for word in ["score", "risk level", "dangerous"] {
          XCTAssertFalse(
            run.stdout.localizedCaseInsensitiveContains(word),
            "the \(format) report of \(example) says '\(word)'")
        }
      }
    }
  }
}
