import Foundation
import SeenTestSupport
import XCTest

/// Colour only when asked for, end to end: through a real pipe, and with NO_COLOR and
/// FORCE_COLOR in the binary's own environment. The other colour rules and the safety of what a
/// review file holds are tested in-process by TerminalOutputInProcessTests in Tests/SeenCLITests.
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
}
