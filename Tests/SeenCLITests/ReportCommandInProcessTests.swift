import XCTest

@testable import SeenCLI

/// `seen report` and `seen review` in-process, for what needs a terminal on standard output.
final class ReportCommandInProcessTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  /// A review record with no answers, read from standard input.
  private static let record = Array(#"{"format": "seen-review/3", "men": []}"#.utf8)

  private func run(_ arguments: [String], tty: Bool) -> (ExitCode, String, String) {
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { Self.record }, environment: [:], stdinIsTerminal: false,
      stdoutIsTerminal: tty, terminalWidth: tty ? 120 : nil)
    return (SeenCommand.run(arguments, console: console), captured.out, captured.err)
  }

  func testReportPDFIsRefusedOnATerminalBeforeAnyWork() {
    for arguments in [
      ["report", "-", "--format", "pdf"],
      ["review", "--no-input", "--format", "pdf"],
    ] {
      let (code, out, err) = run(arguments, tty: true)
      XCTAssertEqual(code, .usage, arguments.joined(separator: " "))
      XCTAssertEqual(out, "")
      XCTAssertTrue(err.hasPrefix("error: a PDF cannot be shown on the screen"), err)
      XCTAssertTrue(err.contains("--output report.pdf"), err)
    }
  }

  /// Issue 18: a scenario's PDF, as every document command's, is refused on a terminal, before
  /// any work; the debrief's too.
  func testScenarioAndDebriefPDFAreRefusedOnATerminal() {
    for (arguments, example) in [
      (["scenarios", "show", "wiltshire", "--format", "pdf"], "scenario.pdf"),
      (["workshop", "debrief", "wiltshire", ".", "--format", "pdf"], "debrief.pdf"),
    ] {
      let (code, out, err) = run(arguments, tty: true)
      XCTAssertEqual(code, .usage, arguments.joined(separator: " "))
      XCTAssertEqual(out, "")
      XCTAssertTrue(err.hasPrefix("error: a PDF cannot be shown on the screen"), err)
      XCTAssertTrue(err.contains("--output \(example)"), err)
    }
  }

  func testReportPDFGoesToAPipe() {
    let (code, out, err) = run(["report", "-", "--format", "pdf"], tty: false)
    XCTAssertEqual(code, .success, err)
    XCTAssertTrue(out.hasPrefix("%PDF-1.4\n"))
    XCTAssertTrue(out.hasSuffix("%%EOF\n"))
  }
}
