import Foundation
import SeenTestSupport
import XCTest

/// `seen report FILE` in-process: the gap report of a saved review. Standard input through a
/// pipe and the exit status 1 of --fail-on-gaps are also run through the built binary, in
/// seenTests/ReportCommandEndToEndTests.
final class ReportCommandTests: XCTestCase {
  /// The output formats and the extension of their golden files.
  private let formatExtensions: [(format: String, fileExtension: String)] = [
    ("text", "txt"), ("markdown", "md"), ("json", "json"),
  ]

  private func assertReportEqualsReview(
    _ example: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    for (format, _) in formatExtensions {
      let report = InProcessSeen.run(["report", examplePath(example), "--format", format])
      let review = InProcessSeen.run(
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
    let record = try String(contentsOfFile: examplePath("unseen-father"), encoding: .utf8)
    let fromStdin = try assertExecuteCommand(["report", "-"], stdin: record)
    XCTAssertEqual(
      fromStdin.stdout, InProcessSeen.run(["report", examplePath("unseen-father")]).stdout)
  }

  func testReportRunTwiceGivesIdenticalBytes() throws {
    let first = InProcessSeen.run(["report", examplePath("two-men"), "--format", "markdown"])
    let second = InProcessSeen.run(["report", examplePath("two-men"), "--format", "markdown"])
    XCTAssertEqual(first.stdoutData, second.stdoutData)
  }

  func testFailOnGapsExitsOneAndStillPrintsTheReport() throws {
    let plain = InProcessSeen.run(["report", examplePath("unseen-father")])
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
      words(run.stdout), words(InProcessSeen.run(["report", examplePath("two-men")]).stdout))
  }

  // MARK: - On paper: HTML and PDF

  func testReportAsPDFIsAValidFileWithTheReportsText() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("r.pdf").path
    try assertExecuteCommand(
      ["report", examplePath("two-men"), "--format", "pdf", "-o", path], expected: "")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertTrue(bytes.starts(with: Data("%PDF-1.4\n".utf8)))
    try assertQPDFAccepts(path)
    let text = try pdfText(path)
    for words in [
      "Gap report: case SW-0457", "If you have a concern", "Do this first", "Father: partly seen",
      "Questions for supervision", "What next: print a reflection sheet for supervision",
    ] {
      XCTAssertTrue(text.contains(words), words)
    }
  }

  func testReportAsHTMLIsOneSelfContainedPageForA4() throws {
    let run = try assertExecuteCommand(["report", examplePath("two-men"), "--format", "html"])
    XCTAssertTrue(run.stdout.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(run.stdout.contains("@page { size: A4;"))
    XCTAssertTrue(run.stdout.contains("<title>Gap report: case SW-0457</title>"))
    XCTAssertFalse(run.stdout.contains("<script") || run.stdout.contains("<link"))
    let review = InProcessSeen.run(
      ["review", "--answers", examplePath("two-men"), "--no-input", "--format", "html"])
    XCTAssertEqual(review.stdoutData, run.stdoutData, "review and report write the same page")
  }

  func testReportPDFIsDatedOnlyBySourceDateEpoch() throws {
    let dated = try assertExecuteCommand(
      ["report", examplePath("few-gaps"), "--format", "pdf"],
      environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    XCTAssertTrue(dated.stdout.contains("/CreationDate (D:20231114221320Z)"))
    let undated = try assertExecuteCommand(
      ["report", examplePath("few-gaps"), "--format", "pdf"], environment: ["SOURCE_DATE_EPOCH": ""]
    )
    XCTAssertFalse(undated.stdout.contains("/CreationDate"))
    let run = InProcessSeen.run(
      ["report", examplePath("few-gaps"), "--format", "pdf"],
      environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    XCTAssertEqual(run.status, 64)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(
      run.stderr.hasPrefix("error: the environment variable SOURCE_DATE_EPOCH is 'yesterday'"),
      run.stderr)
  }

  func testContentAndScenariosKeepTheirTextFormats() throws {
    // Issue 18: a scenario prints as HTML and PDF too; CSV is for figures only.
    try assertUsageError(
      ["scenarios", "--format", "csv"], messages: ["text, markdown, json, html, pdf"])
    try assertUsageError(
      ["report", examplePath("two-men"), "--format", "docx"], messages: ["html, pdf"])
  }

  func testNonLatinNoteInAReportPDFGivesOneWarningAndStaysInTheHTML() throws {
    let folder = try makeTemporaryDirectory()
    let record = try writeEditedExample("two-men", in: folder, as: "emoji.json") { object in
      var men = object["men"] as! [[String: Any]]
      var answers = men[0]["answers"] as! [String: Any]
      answers["contacted"] = ["answer": "yes", "note": "😀 قال إنه بخير"]
      men[0]["answers"] = answers
      object["men"] = men
    }
    let path = folder.appendingPathComponent("r.pdf").path
    let run = InProcessSeen.run(
      ["report", record.path, "--format", "pdf", "--detail", "full", "-o", path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("warning: ") && run.stderr.contains("[?]"), run.stderr)
    try assertQPDFAccepts(path)
    XCTAssertTrue(try pdfText(path).contains("Contacted directly ([?] [?] [?] [?]); His own views"))
    let html = try assertExecuteCommand(
      ["report", record.path, "--format", "html", "--detail", "full"])
    XCTAssertTrue(html.stdout.contains("😀 قال إنه بخير"))
  }
}
