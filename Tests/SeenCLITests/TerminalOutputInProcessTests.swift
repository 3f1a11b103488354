import Foundation
import SeenTestSupport
import XCTest

/// Colour only when asked for, and nothing from a review file can drive the terminal or inject
/// Markdown: in-process, standard output not a terminal, the environment given to the command.
/// A real pipe and the binary's own environment stay end to end in
/// Tests/seenTests/TerminalOutputTests.swift.
final class TerminalOutputInProcessTests: XCTestCase {
  /// The ESC byte that starts every terminal escape sequence.
  private let escape: Character = "\u{1B}"

  // MARK: Colour

  func testForceColorKeepsTheWordsOfTheReport() throws {
    let coloured = InProcessSeen.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "1"]
    ).stdout
    let plain = InProcessSeen.run(["report", examplePath("two-men")]).stdout
    let stripped = coloured.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    XCTAssertEqual(stripped, plain)
  }

  func testForceColorZeroDoesNotColour() throws {
    let run = InProcessSeen.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "0"])
    XCTAssertFalse(run.stdout.contains(escape))
  }

  func testNoColorFlagWinsOverForceColor() throws {
    let run = InProcessSeen.run(
      ["report", examplePath("two-men"), "--no-color"], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.contains(escape))
  }

  func testForceColorNeverColoursJSONOrMarkdown() throws {
    for format in ["json", "markdown"] {
      let run = InProcessSeen.run(
        ["report", examplePath("two-men"), "--format", format], environment: ["FORCE_COLOR": "1"])
      XCTAssertFalse(run.stdout.contains(escape), format)
    }
  }

  func testForceColorNeverColoursAnOutputFile() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("report.txt")
    let run = InProcessSeen.run(
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
    let run = InProcessSeen.run(
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
