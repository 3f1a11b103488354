import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built `seen` running on a pseudo-terminal, typed at and read like a user would.
///
/// The child is spawned with Foundation `Process` (no fork in the multithreaded test process)
/// with the slave side as its standard input, output and error. It then has no controlling
/// terminal, so a typed Ctrl-C does not raise SIGINT: `throughScript` runs it under
/// `script(1)`, which gives it a terminal of its own where Ctrl-C and Ctrl-D work as for a user.
/// Every wait has a deadline and fails the test with what was read so far; nothing can hang.
final class PseudoTerminal {
  let process: Process
  let command: String
  private var master: Int32
  private var bytes = Data()
  /// Where the next `waitFor` starts looking: just after the text it last found.
  private var mark = 0
  private var reachedEnd = false
  /// How many lines were typed with `send(line:)`.
  private(set) var linesSent = 0

  /// Everything the terminal showed so far, the echo of typed text included.
  var transcript: String { String(decoding: bytes, as: UTF8.self) }
  /// The transcript with the terminal's carriage returns removed, as the user reads it.
  var screen: String { transcript.replacingOccurrences(of: "\r", with: "") }
  /// Everything shown since the last text `waitFor` found.
  var unread: String { String(decoding: bytes[mark...], as: UTF8.self) }
  var transcriptData: Data { bytes }

  /// Starts `seen` with `arguments` in `directory`. `echo` false turns the terminal's echo of
  /// typed text off, so that the transcript holds only what seen wrote. Output longer than the
  /// screen is printed directly (PAGER=cat) unless `environment` sets a pager; the names in
  /// `unset` are removed from the environment last.
  init(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    unset: Set<String> = [], throughScript: Bool = false, echo: Bool = true,
    columns: UInt16 = 80, rows: UInt16 = 24, standardErrorTo errorFile: String? = nil
  ) throws {
    guard let binary = SeenExecutable.url else {
      throw SeenExecutableError(
        description: "cannot find the built seen binary; run swift build, or set SEEN_EXECUTABLE")
    }
    var masterDescriptor: Int32 = -1
    var slaveDescriptor: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&masterDescriptor, &slaveDescriptor, nil, nil, &size) == 0 else {
      throw SeenExecutableError(description: "openpty failed: errno \(errno)")
    }
    // Neither side may leak into other children; dup2 onto 0, 1 and 2 clears the flag there.
    _ = fcntl(masterDescriptor, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slaveDescriptor, F_SETFD, FD_CLOEXEC)
    _ = fcntl(masterDescriptor, F_SETFL, fcntl(masterDescriptor, F_GETFL) | O_NONBLOCK)
    if !echo {
      var settings = termios()
      tcgetattr(slaveDescriptor, &settings)
      settings.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(slaveDescriptor, TCSANOW, &settings)
    }
    master = masterDescriptor

    let process = Process()
    let commandLine = [binary.path] + arguments
    if throughScript {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
      // exec: script's shell (dash) would otherwise wait for seen and die of a Ctrl-C that seen
      // itself handles, and script would report the shell's status instead of seen's.
      // `standardErrorTo` sends standard error to a file, the terminal staying the controlling
      // terminal and standard input (`seen review 2>log`).
      let redirect = errorFile.map { " 2>" + Self.shellQuoted($0) } ?? ""
      process.arguments = [
        "-qfec", "exec " + commandLine.map(Self.shellQuoted).joined(separator: " ") + redirect,
        "/dev/null",
      ]
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    var variables = ProcessInfo.processInfo.environment.filter {
      !SeenExecutable.unstableVariables.contains($0.key)
    }
    variables["TERM"] = "xterm"
    variables["SHELL"] = "/bin/sh"
    variables["PAGER"] = "cat"
    variables.merge(environment) { _, new in new }
    for name in unset { variables[name] = nil }
    process.environment = variables
    process.currentDirectoryURL = directory
    let slave = FileHandle(fileDescriptor: slaveDescriptor, closeOnDealloc: false)
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    command = (["seen"] + arguments).joined(separator: " ")
    self.process = process
    do {
      try process.run()
    } catch {
      close(slaveDescriptor)
      close(masterDescriptor)
      master = -1
      throw error
    }
    // Only the child holds the slave now, so the master reads EOF (EIO) once it has exited.
    close(slaveDescriptor)
  }

  deinit {
    terminate()
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
      + "'"
  }

  // MARK: Reading

  /// Reads what is ready, waiting at most `milliseconds` for the first bytes. False at the end.
  @discardableResult
  private func pump(milliseconds: Int32) -> Bool {
    guard master >= 0, !reachedEnd else { return false }
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    guard ready > 0 else { return true }
    var chunk = [UInt8](repeating: 0, count: 8192)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes.append(contentsOf: chunk[0..<count])
        continue
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return true }
      // EIO (Linux) or 0: every slave descriptor is closed, so the child has gone.
      reachedEnd = true
      return false
    }
  }

  /// Waits until `text` appears after the last text found, and moves past it. When it does not
  /// appear within `timeout` seconds, fails the test with what was read and throws, so that the
  /// test stops there instead of waiting for every later prompt.
  func waitFor(
    _ text: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let needle = Data(text.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let found = bytes.range(of: needle, in: mark..<bytes.count) {
        mark = found.upperBound
        return
      }
      let open = pump(milliseconds: 50)
      if Date() >= deadline || (!open && !process.isRunning) {
        if let found = bytes.range(of: needle, in: mark..<bytes.count) {
          mark = found.upperBound
          return
        }
        XCTFail(
          "\(command): \"\(text)\" did not appear within \(timeout) s"
            + (process.isRunning ? "" : " (it exited)") + "; after the last match:\n" + unread,
          file: file, line: line)
        throw PseudoTerminalError(description: "stopped: \"\(text)\" did not appear")
      }
    }
  }

  /// Waits for the prompt, `"> "` at the start of a line, after the last text found.
  func waitForPrompt(
    timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    try waitFor("\n> ", timeout: timeout, file: file, line: line)
  }

  /// Waits for `marker` when given, then for the prompt after it, and types `answer` and Enter.
  func answer(
    _ answer: String, at marker: String? = nil, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    if let marker { try waitFor(marker, file: file, line: line) }
    try waitForPrompt(file: file, line: line)
    send(line: answer)
  }

  // MARK: Typing

  /// Types raw text; a line ending must be part of it.
  func send(_ text: String) {
    send(bytes: Array(text.utf8))
  }

  /// Types raw bytes, which need not be UTF-8.
  func send(bytes: [UInt8]) {
    var remaining = bytes
    let deadline = Date().addingTimeInterval(5)
    while !remaining.isEmpty, master >= 0, Date() < deadline {
      let count = remaining.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if count > 0 {
        remaining.removeFirst(count)
      } else if count < 0 && errno != EINTR && errno != EAGAIN {
        return
      } else {
        // The child may be blocked writing while we write: read to let it go on.
        pump(milliseconds: 10)
      }
    }
  }

  /// Types a line and presses Enter.
  func send(line: String) {
    linesSent += 1
    send(line + "\r")
  }

  /// Types a control character: "c" for Ctrl-C, "d" for Ctrl-D.
  func sendControl(_ letter: Character) {
    guard let value = letter.uppercased().unicodeScalars.first?.value, value >= 0x40 else { return }
    send(String(UnicodeScalar(UInt8(value - 0x40))))
  }

  /// Sends a signal to the process (to `script` itself when run through it).
  func sendSignal(_ number: Int32) {
    if process.isRunning { kill(process.processIdentifier, number) }
  }

  // MARK: Ending

  /// Waits for the child to exit, reading everything it shows, and returns its exit status; nil
  /// (and a failed test) when it is still running after `timeout` seconds, or ended by a signal.
  func exitStatus(
    timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line
  ) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline {
      pump(milliseconds: 50)
    }
    guard !process.isRunning else {
      XCTFail(
        "\(command) did not exit within \(timeout) s; after the last match:\n" + unread,
        file: file, line: line)
      terminate()
      return nil
    }
    // Read what is still buffered in the terminal.
    let drainDeadline = Date().addingTimeInterval(2)
    while pump(milliseconds: 50) && Date() < drainDeadline {}
    for marker in crashMarkers where transcript.localizedCaseInsensitiveContains(marker) {
      XCTFail("\(command) looks like a crash (\(marker)):\n" + transcript, file: file, line: line)
    }
    if process.terminationReason == .uncaughtSignal {
      XCTFail(
        "\(command) was killed by signal \(process.terminationStatus):\n" + transcript,
        file: file, line: line)
      return nil
    }
    return process.terminationStatus
  }

  /// Closes the terminal's master side while the child runs, as closing a terminal window does.
  func closeTerminal() {
    if master >= 0 {
      close(master)
      master = -1
    }
  }

  /// Kills the child if it still runs and closes the terminal.
  func terminate() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      let deadline = Date().addingTimeInterval(5)
      while process.isRunning && Date() < deadline { usleep(10_000) }
    }
    if master >= 0 {
      close(master)
      master = -1
    }
  }
}

struct PseudoTerminalError: Error, CustomStringConvertible {
  var description: String
}

/// Runs the built `seen` with standard input from a pipe, killing it after `timeout` seconds.
func runSeenWithTimeout(
  _ arguments: [String], stdin: Data?, environment: [String: String] = [:],
  currentDirectory: URL, timeout: TimeInterval = 10, file: StaticString = #filePath,
  line: UInt = #line
) throws -> SeenRun {
  guard let binary = SeenExecutable.url else {
    throw SeenExecutableError(description: "cannot find the built seen binary")
  }
  _ = signal(SIGPIPE, SIG_IGN)
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  var variables = ProcessInfo.processInfo.environment.filter {
    !SeenExecutable.unstableVariables.contains($0.key)
  }
  variables.merge(environment) { _, new in new }
  process.environment = variables
  process.currentDirectoryURL = currentDirectory
  let input = Pipe()
  if stdin != nil {
    process.standardInput = input
  } else {
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
  }
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  try process.run()

  let collected = Collected()
  let group = DispatchGroup()
  for (handle, isOutput) in [
    (output.fileHandleForReading, true), (errors.fileHandleForReading, false),
  ] {
    group.enter()
    onOwnThread {
      let data = handle.readDataToEndOfFile()
      collected.store(data, isOutput: isOutput)
      group.leave()
    }
  }
  if let stdin {
    let writer = input.fileHandleForWriting
    group.enter()
    onOwnThread {
      try? writer.write(contentsOf: stdin)
      try? writer.close()
      group.leave()
    }
  }
  if group.wait(timeout: .now() + timeout) == .timedOut {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    _ = group.wait(timeout: .now() + 5)
    XCTFail(
      "seen \(arguments.joined(separator: " ")) did not finish within \(timeout) s; stderr:\n"
        + String(decoding: collected.errors, as: UTF8.self), file: file, line: line)
  }
  process.waitUntilExit()
  let run = SeenRun(
    stdoutData: collected.output, stderrData: collected.errors,
    status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal)
  let command = (["seen"] + arguments).joined(separator: " ")
  XCTAssertFalse(run.crashed, "\(command) crashed:\n\(run.stderr)", file: file, line: line)
  for marker in crashMarkers {
    for (name, text) in [("stdout", run.stdout), ("stderr", run.stderr)]
    where text.localizedCaseInsensitiveContains(marker) {
      XCTFail(
        "\(name) of \(command) looks like a crash (\(marker)):\n\(text)", file: file, line: line)
    }
  }
  return run
}

/// The two streams of a run, filled on background threads.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var outputBytes = Data()
  private var errorBytes = Data()

  var output: Data {
    lock.lock()
    defer { lock.unlock() }
    return outputBytes
  }

  var errors: Data {
    lock.lock()
    defer { lock.unlock() }
    return errorBytes
  }

  func store(_ data: Data, isOutput: Bool) {
    lock.lock()
    defer { lock.unlock() }
    if isOutput { outputBytes = data } else { errorBytes = data }
  }
}
