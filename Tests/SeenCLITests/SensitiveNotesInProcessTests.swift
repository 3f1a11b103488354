import Foundation
import SeenTestSupport
import XCTest

/// The sensitive-field rule, per command and format, in-process: without --include-sensitive no
/// sensitive note reaches any output; with it, every one does (so the test can tell the two
/// apart). PDFs are read back with pdftotext, as a reader sees them.
final class SensitiveNotesInProcessTests: XCTestCase {
  /// Notes in examples/safety-refuge.json on items the content marks sensitive, or on a
  /// "not applicable" for safety.
  static let refugeNotes = [
    "in a refuge in another town", "Non-molestation order; mother in refuge", "took her phone",
    "described by the mother", "afraid he will find them",
    // Where a safety concern is recorded, every note and reflection is sensitive.
    "probation not yet asked", "sighting of him near the refuge",
  ]
  /// The Derbyshire scenario's note on the safety question, printed in full in its facilitator
  /// pack: a scenario's notes are its published source's words, not case notes.
  static let scenarioNotes = ["the case study does not say by whom"]

  private struct Case {
    var arguments: [String]
    var notes: [String]
    var format: String
  }

  private var cases: [Case] {
    let refuge = examplePath("safety-refuge")
    var cases: [Case] = []
    for format in ["text", "markdown", "json"] {
      cases.append(
        Case(
          arguments: ["review", "--answers", refuge, "--no-input", "--format", format],
          notes: Self.refugeNotes, format: format))
      cases.append(
        Case(
          arguments: ["report", refuge, "--format", format], notes: Self.refugeNotes, format: format
        ))
    }
    for format in ["text", "markdown", "html", "pdf"] {
      cases.append(
        Case(
          arguments: ["sheet", refuge, "--format", format], notes: Self.refugeNotes, format: format)
      )
    }
    return cases
  }

  /// What a reader sees: the PDF's text through pdftotext, other formats as written, with
  /// white space folded so that wrapped lines still match. Nil for a PDF where pdftotext is not
  /// installed, so that the other formats are still checked.
  private func visibleText(_ run: InProcessRun, format: String) throws -> String? {
    guard format == "pdf" else {
      return run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let file = try makeTemporaryDirectory().appendingPathComponent("out.pdf")
    try run.stdoutData.write(to: file)
    do {
      return try pdfText(file.path)
    } catch is XCTSkip {
      return nil
    }
  }

  func testAWorkshopHandoutPrintsItsScenariosNotesInEveryFormat() throws {
    for format in ["text", "markdown", "html", "pdf"] {
      let run = InProcessSeen.run([
        "workshop", "derbyshire", "--pack", "facilitator", "--format", format,
      ])
      XCTAssertEqual(run.status, 0, "\(format): \(run.stderr)")
      guard let text = try visibleText(run, format: format) else { continue }
      for note in Self.scenarioNotes {
        XCTAssert(
          text.contains(note), "workshop derbyshire --format \(format) left out \"\(note)\"")
      }
      XCTAssertFalse(text.contains("[sensitive note left out]"), format)
    }
    let refused = InProcessSeen.run(["workshop", "derbyshire", "--include-sensitive"])
    XCTAssertEqual(refused.status, 64, refused.stderr)
  }

  func testNoSensitiveNoteWithoutIncludeSensitive() throws {
    for testCase in cases {
      let run = InProcessSeen.run(testCase.arguments)
      let command = testCase.arguments.joined(separator: " ")
      XCTAssertEqual(run.status, 0, "\(command): \(run.stderr)")
      guard let text = try visibleText(run, format: testCase.format) else { continue }
      for note in testCase.notes {
        XCTAssertFalse(text.contains(note), "\(command) printed the sensitive note \"\(note)\"")
      }
      XCTAssert(
        text.contains("sensitive note") || text.contains("sensitiveNotesLeftOut"),
        "\(command) does not say that it left sensitive notes out")
    }
  }

  func testEveryNoteWithIncludeSensitive() throws {
    for testCase in cases {
      let run = InProcessSeen.run(testCase.arguments + ["--include-sensitive"])
      let command = testCase.arguments.joined(separator: " ") + " --include-sensitive"
      XCTAssertEqual(run.status, 0, "\(command): \(run.stderr)")
      guard let text = try visibleText(run, format: testCase.format) else { continue }
      for note in testCase.notes {
        XCTAssert(text.contains(note), "\(command) did not print \"\(note)\"")
      }
    }
  }

  func testSavedRecordKeepsSensitiveNotes() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("saved.json").path
    try assertExecuteCommand(
      ["review", "--answers", examplePath("safety-refuge"), "--no-input", "--save", saved],
      exitCode: 0)
    let record = try String(contentsOfFile: saved, encoding: .utf8)
    for note in Self.refugeNotes {
      XCTAssert(record.contains(note), "the saved record lost \"\(note)\"")
    }
  }
}
