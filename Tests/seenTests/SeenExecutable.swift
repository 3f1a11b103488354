import Foundation
// Every file of the end-to-end tests sees the shared helpers (PDF tools, test files, goldens).
@_exported import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the built `seen` could not be run.
struct SeenExecutableError: Error, CustomStringConvertible {
  var description: String
}

/// One run of the binary, with its output as bytes.
struct SeenRun {
  var stdoutData: Data
  var stderrData: Data
  var status: Int32
  /// True when the process ended by a signal (a crash), not by exit().
  var crashed: Bool

  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }
}

/// Finds and runs the built `seen` binary.
enum SeenExecutable {
  /// The binary: SEEN_EXECUTABLE when set, else beside the test bundle in the products folder,
  /// else `.build/debug/seen` in the package.
  static let url: URL? = {
    let fileManager = FileManager.default
    var candidates: [URL] = []
    if let override = ProcessInfo.processInfo.environment["SEEN_EXECUTABLE"] {
      candidates.append(URL(fileURLWithPath: override))
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("seen"))
    if let executable = Bundle.main.executableURL {
      candidates.append(executable.deletingLastPathComponent().appendingPathComponent("seen"))
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("seen"))
    }
    if let first = CommandLine.arguments.first {
      candidates.append(
        URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("seen"))
    }
    candidates.append(PackagePaths.root.appendingPathComponent(".build/debug/seen"))
    return candidates.first { url in
      var isFolder: ObjCBool = false
      return fileManager.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
        && fileManager.isExecutableFile(atPath: url.path)
    }
  }()

  /// A child that exits before reading all of its standard input must not kill the tests.
  private static let ignoresBrokenPipes: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
  }()

  /// Environment variables that change the output and so are never inherited from the test run.
  static let unstableVariables: Set<String> = [
    "NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES", "TERM",
    "SEEN_PAGER", "PAGER", "LESS", "SEEN_LOCAL", "XDG_CONFIG_HOME",
  ]
  /// Where the runs look for a local file unless a test says otherwise: nowhere, so that a
  /// developer's own ~/.config/seen/local.json never changes a golden file.
  static let noConfiguration = "/nonexistent/seen-tests-config"

  /// Runs the binary. `stdin` nil gives it /dev/null; `standardOutput` replaces the captured
  /// pipe (for /dev/full). Output is read on two threads while the process runs, so large
  /// outputs on both streams cannot fill a pipe and deadlock.
  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
    currentDirectory: URL? = nil, executable: URL? = nil, standardOutput: FileHandle? = nil
  ) throws -> SeenRun {
    _ = ignoresBrokenPipes
    guard let binary = executable ?? url else {
      throw SeenExecutableError(
        description: "cannot find the built seen binary; run swift build, or set SEEN_EXECUTABLE")
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var variables = ProcessInfo.processInfo.environment.filter {
      !unstableVariables.contains($0.key)
    }
    variables["XDG_CONFIG_HOME"] = noConfiguration
    variables.merge(environment ?? [:]) { _, new in new }
    process.environment = variables
    if let currentDirectory {
      process.currentDirectoryURL = currentDirectory
    }

    let inputPipe = Pipe()
    if stdin != nil {
      process.standardInput = inputPipe
    } else if let devNull = FileHandle(forReadingAtPath: "/dev/null") {
      process.standardInput = devNull
    }
    let outputPipe = Pipe()
    process.standardOutput = standardOutput ?? outputPipe
    let errorPipe = Pipe()
    process.standardError = errorPipe

    try process.run()

    let output = Collector()
    let errors = Collector()
    let group = DispatchGroup()
    if standardOutput == nil {
      output.collect(from: outputPipe.fileHandleForReading, in: group)
    }
    errors.collect(from: errorPipe.fileHandleForReading, in: group)
    if let stdin {
      let writer = inputPipe.fileHandleForWriting
      group.enter()
      onOwnThread {
        // The child may exit without reading; EPIPE is then expected and harmless.
        try? writer.write(contentsOf: stdin)
        try? writer.close()
        group.leave()
      }
    }
    group.wait()
    process.waitUntilExit()
    return SeenRun(
      stdoutData: output.data, stderrData: errors.data, status: process.terminationStatus,
      crashed: process.terminationReason == .uncaughtSignal)
  }
}

/// Runs `body` on a thread of its own. Not on Dispatch's global queue: its pool has a thread a
/// core, and on 2 cores the two blocking pipe readers took both, so the writer of standard input
/// waited about a second for Dispatch to add a thread while the child waited for its input.
func onOwnThread(_ body: @escaping @Sendable () -> Void) {
  Thread { body() }.start()
}

/// Bytes read to the end of a pipe on a background thread.
private final class Collector: @unchecked Sendable {
  private let lock = NSLock()
  private var bytes = Data()

  var data: Data {
    lock.lock()
    defer { lock.unlock() }
    return bytes
  }

  func collect(from handle: FileHandle, in group: DispatchGroup) {
    group.enter()
    onOwnThread {
      let read = handle.readDataToEndOfFile()
      self.lock.lock()
      self.bytes = read
      self.lock.unlock()
      group.leave()
    }
  }
}

/// Runs the built `seen` with these arguments and returns what it printed and its exit status.
func runSeen(
  _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
  currentDirectory: URL? = nil, executable: URL? = nil
) throws -> (stdout: String, stderr: String, status: Int32) {
  let run = try SeenExecutable.run(
    arguments, stdin: stdin, environment: environment, currentDirectory: currentDirectory,
    executable: executable)
  return (run.stdout, run.stderr, run.status)
}

// MARK: - Assertions

/// The golden files recorded by SeenKitTests, which the binary's output must match byte for byte.
let reportSnapshots = PackagePaths.root.appendingPathComponent("Tests/SeenKitTests/__Snapshots__")

/// The three example reviews in `examples/`.
let exampleNames = ["few-gaps", "unseen-father", "two-men"]

/// The output formats and the extension of their golden files.
let formatExtensions: [(format: String, fileExtension: String)] = [
  ("text", "txt"), ("markdown", "md"), ("json", "json"),
]

func examplePath(_ name: String) -> String {
  PackagePaths.examples.appendingPathComponent("\(name).json").path
}

/// Text that only a crash, never a handled error, puts on standard error.
let crashMarkers = [
  "Fatal error", "Stack dump", "backtrace", "Program crashed", "Thread 0 crashed",
]

/// Runs `seen` and checks its exit status, that standard error is empty on success, and its
/// standard output against `expected` text or the golden file `snapshot`. Returns the run.
@discardableResult
func assertExecuteCommand(
  _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
  expected: String? = nil, snapshot: String? = nil, in directory: URL = reportSnapshots,
  exitCode: Int32 = 0, file: StaticString = #filePath, line: UInt = #line
) throws -> SeenRun {
  let run = try SeenExecutable.run(arguments, stdin: stdin, environment: environment)
  let command = (["seen"] + arguments).joined(separator: " ")
  XCTAssertFalse(run.crashed, "\(command) crashed:\n\(run.stderr)", file: file, line: line)
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
    assertSnapshot(run.stdout, named: snapshot, in: directory, file: file, line: line)
  }
  assertNoCrashOutput(run, command: command, file: file, line: line)
  return run
}

/// Runs `seen` expecting it to fail: the status, nothing on standard output, and one `error:`
/// message on standard error that contains every one of `messages`. Returns standard error.
@discardableResult
func assertFailure(
  _ arguments: [String], status: Int32, messages: [String] = [], stdin: Data? = nil,
  file: StaticString = #filePath, line: UInt = #line
) throws -> String {
  let run = try SeenExecutable.run(arguments, stdin: stdin)
  let command = (["seen"] + arguments).joined(separator: " ")
  XCTAssertFalse(run.crashed, "\(command) crashed:\n\(run.stderr)", file: file, line: line)
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
  assertNoCrashOutput(run, command: command, file: file, line: line)
  return run.stderr
}

/// A usage error: exit 64, one `error:` line on standard error and at most one hint line,
/// "Run 'seen help COMMAND' for the options." (or "Run 'seen --help' for the commands.").
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

func assertNoCrashOutput(
  _ run: SeenRun, command: String, file: StaticString = #filePath, line: UInt = #line
) {
  for marker in crashMarkers {
    XCTAssertFalse(
      run.stderr.localizedCaseInsensitiveContains(marker),
      "stderr of \(command) looks like a crash (\(marker)):\n\(run.stderr)", file: file, line: line)
  }
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

/// The ESC byte that starts every terminal escape sequence.
let escape: Character = "\u{1B}"

// writeEditedExample, permissions(of:) and names(in:) are in SeenTestSupport (TestFiles.swift),
// shared with the in-process tests.
