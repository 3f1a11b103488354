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
    if let directory { manager.changeCurrentDirectoryPath(directory.path) }
    defer { if directory != nil { manager.changeCurrentDirectoryPath(previous) } }
    let status = SeenCommand.run(arguments, console: console)
    return InProcessRun(status: status.rawValue, stdout: captured.out, stderr: captured.err)
  }
}

/// The path of `examples/<name>.json`.
func examplePath(_ name: String) -> String {
  PackagePaths.examples.appendingPathComponent("\(name).json").path
}

extension XCTestCase {
  /// A fresh folder, removed when the test ends.
  func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("SeenCLITests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }
}
