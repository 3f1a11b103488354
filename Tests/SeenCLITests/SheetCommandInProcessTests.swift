import XCTest

@testable import SeenCLI

/// `seen sheet` in-process, for what needs a terminal on standard output.
final class SheetCommandInProcessTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  private func run(_ arguments: [String], tty: Bool, environment: [String: String] = [:])
    -> (ExitCode, String, String)
  {
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: environment, stdinIsTerminal: tty,
      stdoutIsTerminal: tty, terminalWidth: tty ? 120 : nil)
    return (SeenCommand.run(arguments, console: console), captured.out, captured.err)
  }

  func testPDFIsRefusedOnATerminal() {
    let (code, out, err) = run(["sheet", "--format", "pdf"], tty: true)
    XCTAssertEqual(code, .usage)
    XCTAssertEqual(out, "")
    XCTAssertTrue(err.hasPrefix("error: a PDF cannot be shown on the screen"), err)
    XCTAssertTrue(err.contains("--output"), err)
    XCTAssertEqual(run(["sheet", "--format", "pdf", "-o", "-"], tty: true).0, .usage)
  }

  func testPDFGoesToAPipe() {
    let (code, out, err) = run(["sheet", "--format", "pdf"], tty: false)
    XCTAssertEqual(code, .success, err)
    XCTAssertTrue(out.hasPrefix("%PDF-1.4\n"))
  }

  func testTextIs80ColumnsEvenOnAWideTerminal() {
    let (code, out, _) = run(["sheet", "--no-color"], tty: true)
    XCTAssertEqual(code, .success)
    XCTAssertEqual(out.split(separator: "\n").map(\.count).max(), 80)
    XCTAssertFalse(out.contains("\u{1B}"))
    XCTAssertTrue(run(["sheet"], tty: true).1.contains("\u{1B}[1m"), "bold headings on a terminal")
    XCTAssertFalse(run(["sheet"], tty: true, environment: ["NO_COLOR": "1"]).1.contains("\u{1B}"))
  }
}
