import Foundation
import SeenTestSupport
import XCTest

/// Colour only when asked for, and nothing from a review file can drive the terminal or inject
/// Markdown.
final class TerminalOutputTests: XCTestCase {
  /// A report and an error through a real pipe. The same for every command, and with NO_COLOR
  /// and FORCE_COLOR, is tested in-process by NoColourInProcessTests in Tests/SeenCLITests.
  private let commands: [[String]] = [
    ["report", examplePath("two-men")], ["review", "--bogus"],
  ]

  private func assertNoEscape(
    environment: [String: String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    for arguments in commands {
      let run = try SeenExecutable.run(arguments, environment: environment)
      let command = (["seen"] + arguments).joined(separator: " ")
      XCTAssertFalse(
        run.stdout.contains(escape), "ESC on stdout of \(command)", file: file, line: line)
      XCTAssertFalse(
        run.stderr.contains(escape), "ESC on stderr of \(command)", file: file, line: line)
    }
  }

  // MARK: Colour

  func testNoColourInAPipe() throws {
    try assertNoEscape(environment: [:])
  }

  func testNoColourWithNoColorSet() throws {
    try assertNoEscape(environment: ["NO_COLOR": "1"])
  }

  func testNoColorWinsOverForceColor() throws {
    try assertNoEscape(environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"])
  }

  func testForceColorColoursTheTextReport() throws {
    let run = try SeenExecutable.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains(escape), "FORCE_COLOR=1 should colour the report")
  }

  func testForceColorKeepsTheWordsOfTheReport() throws {
    let coloured = try SeenExecutable.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "1"]
    ).stdout
    let plain = try runSeen(["report", examplePath("two-men")]).stdout
    let stripped = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    XCTAssertEqual(stripped, plain)
  }

  func testForceColorZeroDoesNotColour() throws {
    let run = try SeenExecutable.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "0"])
    XCTAssertFalse(run.stdout.contains(escape))
  }

  func testNoColorFlagWinsOverForceColor() throws {
    let run = try SeenExecutable.run(
      ["report", examplePath("two-men"), "--no-color"], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains(escape))
  }

  func testForceColorNeverColoursJSONOrMarkdown() throws {
    for format in ["json", "markdown"] {
      let run = try SeenExecutable.run(
        ["report", examplePath("two-men"), "--format", format], environment: ["FORCE_COLOR": "1"])
      XCTAssertFalse(run.stdout.contains(escape), format)
    }
  }

  func testForceColorNeverColoursAnOutputFile() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("report.txt")
    let run = try SeenExecutable.run(
      ["report", examplePath("two-men"), "--output", file.path], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let written = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    XCTAssertFalse(written.isEmpty)
    XCTAssertFalse(written.contains(escape))
  }

  // MARK: Safe output

  private let hostile =
    "\u{1B}]0;pwned\u{07} \u{1B}[31m <script>alert(1)</script> **bold** [link](http://x)"

  /// few-gaps with the hostile text as the father's label, a note, the case and a reflection.
  private func hostileReview() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let hostile = hostile
    return try writeEditedExample("few-gaps", in: folder, as: "hostile.json") { record in
      var men = record["men"] as? [[String: Any]] ?? []
      men[0]["label"] = "Father " + hostile
      var answers = men[0]["answers"] as? [String: Any] ?? [:]
      answers["pressures"] = ["answer": "partly", "note": hostile]
      men[0]["answers"] = answers
      record["men"] = men
      record["case"] = "HV " + hostile
      record["reflections"] = ["confidence": hostile]
    }
  }

  func testTextReportHasNoControlCharactersFromTheFile() throws {
    let run = try assertExecuteCommand(["report", try hostileReview().path])
    XCTAssertFalse(run.stdout.contains(escape))
    XCTAssertFalse(run.stdout.contains("\u{07}"))
    XCTAssertTrue(run.stdout.contains("<script>"), "the text report should show the note as typed")
  }

  func testColouredTextReportHasOnlyItsOwnEscapes() throws {
    let run = try SeenExecutable.run(
      ["report", try hostileReview().path], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(
      run.stdout.contains("\u{1B}]"), "an OSC sequence from the file reached the terminal")
    XCTAssertFalse(run.stdout.contains("\u{07}"))
    XCTAssertFalse(
      run.stdout.contains("\u{1B}[31m"), "the file's own colour code reached the terminal")
  }

  func testMarkdownReportEscapesHTMLAndLinks() throws {
    let run = try assertExecuteCommand(["report", try hostileReview().path, "--format", "markdown"])
    XCTAssertFalse(run.stdout.contains(escape))
    XCTAssertFalse(run.stdout.contains("\u{07}"))
    XCTAssertFalse(run.stdout.contains("<script>"), "raw HTML in the Markdown report")
    XCTAssertTrue(run.stdout.contains("\\[link\\]"), "the link text is not escaped")
    let unescapedLink = run.stdout.range(of: #"(^|[^\\])\]\(http"#, options: .regularExpression)
    XCTAssertNil(unescapedLink, "an unescaped link in the Markdown report")
    XCTAssertFalse(run.stdout.contains(" **bold**"), "the file's emphasis is not escaped")
  }

  func testJSONReportEscapesControlCharacters() throws {
    let run = try assertExecuteCommand(["report", try hostileReview().path, "--format", "json"])
    XCTAssertFalse(run.stdout.contains(escape))
    XCTAssertFalse(run.stdout.contains("\u{07}"))
    XCTAssertNoThrow(try jsonObject(run.stdout))
  }
}
