import Foundation
import XCTest

/// `seen report FILE`: the gap report of a saved review.
final class ReportCommandTests: XCTestCase {
  private func assertReportEqualsReview(
    _ example: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    for (format, _) in formatExtensions {
      let report = try SeenExecutable.run(["report", examplePath(example), "--format", format])
      let review = try SeenExecutable.run(
        ["review", "--answers", examplePath(example), "--no-input", "--format", format])
      XCTAssertEqual(report.status, 0, report.stderr, file: file, line: line)
      XCTAssertEqual(report.stderr, "", file: file, line: line)
      XCTAssertFalse(report.stdoutData.isEmpty, file: file, line: line)
      XCTAssertEqual(
        report.stdoutData, review.stdoutData, "\(example) as \(format)", file: file, line: line)
    }
  }

  func testReportOfFewGapsEqualsReviewInEveryFormat() throws {
    try assertReportEqualsReview("few-gaps")
  }

  func testReportOfUnseenFatherEqualsReviewInEveryFormat() throws {
    try assertReportEqualsReview("unseen-father")
  }

  func testReportOfTwoMenEqualsReviewInEveryFormat() throws {
    try assertReportEqualsReview("two-men")
  }

  func testReportMatchesTheGoldenTextReport() throws {
    try assertExecuteCommand(["report", examplePath("two-men")], snapshot: "report-two-men.txt")
  }

  func testReportReadsStandardInputForDash() throws {
    let record = try Data(contentsOf: URL(fileURLWithPath: examplePath("unseen-father")))
    let fromStdin = try assertExecuteCommand(["report", "-"], stdin: record)
    XCTAssertEqual(fromStdin.stdout, try runSeen(["report", examplePath("unseen-father")]).stdout)
  }

  func testReportRunTwiceGivesIdenticalBytes() throws {
    let first = try SeenExecutable.run(["report", examplePath("two-men"), "--format", "markdown"])
    let second = try SeenExecutable.run(["report", examplePath("two-men"), "--format", "markdown"])
    XCTAssertEqual(first.stdoutData, second.stdoutData)
  }

  func testFailOnGapsExitsOneAndStillPrintsTheReport() throws {
    let plain = try runSeen(["report", examplePath("unseen-father")])
    let run = try assertExecuteCommand(
      ["report", examplePath("unseen-father"), "--fail-on-gaps"], exitCode: 1)
    XCTAssertEqual(run.stdout, plain.stdout)
    XCTAssertFalse(run.stdout.isEmpty)
  }

  func testWidthWrapsTheTextReport() throws {
    let run = try assertExecuteCommand(
      ["report", examplePath("two-men"), "--width", "50"],
      snapshot: "report-two-men-50-columns.txt")
    let longest = run.stdout.split(separator: "\n").map(\.count).max() ?? 0
    XCTAssertLessThanOrEqual(longest, 50)
    // The same words at any width; only the underlines of wrapped headings differ in length.
    func words(_ text: String) -> String {
      normalizingWhitespace(
        text.split(separator: "\n").filter { !$0.allSatisfy { $0 == "-" || $0 == "=" } }
          .joined(separator: "\n"))
    }
    XCTAssertEqual(
      words(run.stdout), words(try runSeen(["report", examplePath("two-men")]).stdout))
  }
}
