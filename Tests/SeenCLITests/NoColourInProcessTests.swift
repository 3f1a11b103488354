import XCTest

@testable import SeenCLI

/// No colour when standard output is not a terminal, nor with NO_COLOR (which wins over
/// FORCE_COLOR), for every command, successes and failures alike: in-process, since what decides
/// is the environment and `Console.stdoutIsTerminal`. Moved from TerminalOutputTests, which keeps
/// a real pipe for one report and one error.
final class NoColourInProcessTests: XCTestCase {
  private var commands: [[String]] {
    var commands: [[String]] = [
      ["content"], ["content", "--format", "markdown"], ["content", "--format", "json"],
      ["--help"], ["help", "review"], ["--version"],
      ["review", "--set", "father.identified=yes", "--set", "father.contacted=no", "--no-input"],
      ["review", "--bogus"], ["bogus"], ["review"], ["report", "/nonexistent.json"],
      ["review", "--set", "father.histroy=yes", "--no-input"],
      ["report", examplePath("unseen-father"), "--fail-on-gaps"],
    ]
    for example in ["few-gaps", "unseen-father", "two-men"] {
      for format in ["text", "markdown", "json"] {
        commands.append([
          "review", "--answers", examplePath(example), "--no-input", "--format", format,
        ])
        commands.append(["report", examplePath(example), "--format", format])
      }
    }
    return commands
  }

  private func assertNoEscape(
    environment: [String: String], file: StaticString = #filePath, line: UInt = #line
  ) {
    for arguments in commands {
      let run = InProcessSeen.run(arguments, environment: environment)
      let command = (["seen"] + arguments).joined(separator: " ")
      XCTAssertFalse(
        run.stdout.contains("\u{1B}"), "ESC on stdout of \(command)", file: file, line: line)
      XCTAssertFalse(
        run.stderr.contains("\u{1B}"), "ESC on stderr of \(command)", file: file, line: line)
    }
  }

  func testNoColourInAPipe() {
    assertNoEscape(environment: [:])
  }

  func testNoColourWithNoColorSet() {
    assertNoEscape(environment: ["NO_COLOR": "1"])
  }

  func testNoColorWinsOverForceColor() {
    assertNoEscape(environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"])
  }

  /// The same runs do colour with FORCE_COLOR, so that the tests above can fail.
  func testForceColorColoursAReport() {
    let run = InProcessSeen.run(
      ["report", examplePath("two-men")], environment: ["FORCE_COLOR": "1"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\u{1B}"))
  }
}
