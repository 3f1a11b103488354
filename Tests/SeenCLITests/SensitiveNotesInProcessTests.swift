import Foundation
import SeenTestSupport
import XCTest

/// The sensitive-field rule in-process, per command and format: without --include-sensitive no
/// sensitive note reaches any output; with it, every one does (so the test can tell the two
/// apart). PDFs, read back with pdftotext, stay end to end in
/// Tests/seenTests/SensitiveNotesTests.swift.
final class SensitiveNotesInProcessTests: XCTestCase {
  private struct Case {
    var arguments: [String]
    var notes: [String]
  }

  private var cases: [Case] {
    let refuge = examplePath("safety-refuge")
    var cases: [Case] = []
    for format in ["text", "markdown", "json"] {
      cases.append(
        Case(
          arguments: ["review", "--answers", refuge, "--no-input", "--format", format],
          notes: SensitiveExampleNotes.refuge))
      cases.append(
        Case(
          arguments: ["report", refuge, "--format", format], notes: SensitiveExampleNotes.refuge))
    }
    for format in ["text", "markdown", "html"] {
      cases.append(
        Case(arguments: ["sheet", refuge, "--format", format], notes: SensitiveExampleNotes.refuge))
    }
    return cases
  }

  /// What a reader sees, with white space folded so that wrapped lines still match.
  private func visibleText(_ run: InProcessRun) -> String {
    run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func testAWorkshopHandoutPrintsItsScenariosNotesInEveryFormat() throws {
    for format in ["text", "markdown", "html"] {
      let run = InProcessSeen.run(["workshop", "derbyshire", "--format", format])
      XCTAssertEqual(run.status, 0, "\(format): \(run.stderr)")
      let text = visibleText(run)
      for note in SensitiveExampleNotes.scenario {
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
      let text = visibleText(run)
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
      let text = visibleText(run)
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
    for note in SensitiveExampleNotes.refuge {
      XCTAssert(record.contains(note), "the saved record lost \"\(note)\"")
    }
  }
}
