import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI
@testable import SeenKit

/// What one in-process run of a command gave: as `SeenExecutable.run` gives for the binary.
struct InProcessRun {
  var status: Int32
  var stdout: String
  var stderr: String
  var stdoutData: Data { Data(stdout.utf8) }
}

/// Runs `seen` commands in this process through `SeenCommand.run` with a captured `Console`:
/// milliseconds instead of a process start each. For what the process boundary does not decide
/// (output text, messages, exit codes); the end-to-end tests in Tests/seenTests keep what it does
/// (arguments as bytes, real exit statuses, signals, terminals, pipes, the standalone binary).
enum InProcessSeen {
  private final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  /// Runs `seen arguments` with `stdin` as standard input (none: standard input is empty) in
  /// `directory` (none: this process's current folder). Standard error passes through the same
  /// filter as the real one (`linesSafe`); standard output and input are not terminals.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    in directory: URL? = nil
  ) -> InProcessRun {
    let captured = Captured()
    let input = Array((stdin ?? "").utf8)
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0.linesSafe },
      readStandardInput: { input }, environment: environment, stdinIsTerminal: false,
      stdoutIsTerminal: false, terminalWidth: nil)
    let manager = FileManager.default
    let previous = manager.currentDirectoryPath
    if let directory { _ = manager.changeCurrentDirectoryPath(directory.path) }
    defer { if directory != nil { _ = manager.changeCurrentDirectoryPath(previous) } }
    let status = SeenCommand.run(arguments, console: console)
    return InProcessRun(status: status.rawValue, stdout: captured.out, stderr: captured.err)
  }
}

/// The golden files of reports and content, shared with SeenKitTests and seenTests.
let reportSnapshots = PackagePaths.root.appendingPathComponent("Tests/SeenKitTests/__Snapshots__")

/// The path of `examples/<name>.json`.
func examplePath(_ name: String) -> String {
  PackagePaths.examples.appendingPathComponent("\(name).json").path
}

/// Runs `seen` in-process expecting success (or `exitCode`): nothing on standard error for 0
/// and 1, `expected` on standard output and the golden file `snapshot` when given. As the end-to-end helper of that name.
@discardableResult
func assertExecuteCommand(
  _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
  expected: String? = nil, snapshot: String? = nil, exitCode: Int32 = 0,
  file: StaticString = #filePath, line: UInt = #line
) throws -> InProcessRun {
  let run = InProcessSeen.run(arguments, stdin: stdin, environment: environment)
  let command = (["seen"] + arguments).joined(separator: " ")
  XCTAssertEqual(
    run.status, exitCode, "exit status of \(command); stderr:\n\(run.stderr)", file: file,
    line: line)
  if exitCode == 0 || exitCode == 1 {
    XCTAssertEqual(run.stderr, "", "standard error of \(command)", file: file, line: line)
  }
  if let expected {
    XCTAssertEqual(run.stdout, expected, "standard output of \(command)", file: file, line: line)
  }
  if let snapshot {
    assertSnapshot(run.stdout, named: snapshot, in: reportSnapshots, file: file, line: line)
  }
  return run
}

/// Runs `seen` in-process expecting it to fail: the status, nothing on standard output, and one
/// `error:` message on standard error that contains every one of `messages`. Returns standard
/// error. As the end-to-end helper of that name.
@discardableResult
func assertFailure(
  _ arguments: [String], status: Int32, messages: [String] = [], stdin: String? = nil,
  file: StaticString = #filePath, line: UInt = #line
) throws -> String {
  let run = InProcessSeen.run(arguments, stdin: stdin)
  let command = (["seen"] + arguments).joined(separator: " ")
  XCTAssertEqual(
    run.status, status, "exit status of \(command); stderr:\n\(run.stderr)", file: file, line: line)
  XCTAssertEqual(run.stdout, "", "standard output of \(command)", file: file, line: line)
  XCTAssertTrue(
    run.stderr.hasPrefix("error: "),
    "stderr of \(command) should start with 'error: ':\n\(run.stderr)",
    file: file, line: line)
  for message in messages {
    XCTAssertTrue(
      run.stderr.contains(message),
      "stderr of \(command) should contain \(message):\n\(run.stderr)",
      file: file, line: line)
  }
  return run.stderr
}

/// A usage error in-process: exit 64, one `error:` line on standard error and at most one hint
/// line, "Run 'seen help COMMAND' for the options." (or "Run 'seen --help' for the commands.").
@discardableResult
func assertUsageError(
  _ arguments: [String], messages: [String] = [], file: StaticString = #filePath, line: UInt = #line
) throws -> String {
  let stderr = try assertFailure(arguments, status: 64, messages: messages, file: file, line: line)
  let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  XCTAssertTrue(
    lines.count == 1 || (lines.count == 2 && lines.last?.hasPrefix("Run 'seen ") == true),
    "a usage error is one line and at most one hint line:\n\(stderr)", file: file, line: line)
  return stderr
}
/// Parses a JSON object, failing the test with the text when it is not one.
func jsonObject(
  _ text: String, file: StaticString = #filePath, line: UInt = #line
) throws -> [String: Any] {
  let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  guard let object = value as? [String: Any] else {
    XCTFail("not a JSON object:\n\(text.prefix(500))", file: file, line: line)
    return [:]
  }
  return object
}

/// Collapses runs of white space, so that text wrapped to any width can be searched.
func normalizingWhitespace(_ text: String) -> String {
  text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
}
