import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The pager, end to end: the built binary on a pseudo-terminal with a stand-in pager that
/// records that it ran, what LESS and arguments it had, and the text it was given.
final class PagerTests: XCTestCase {
  /// A stand-in pager: a shell script that records and then shows its input, in a folder that
  /// can stand first on PATH (named `less` or `cat` it takes their place).
  private struct FakePager {
    let bin: URL
    let script: URL
    private let record: URL
    private let received: URL

    init(in folder: URL, named name: String = "pager") throws {
      bin = folder.appendingPathComponent("bin", isDirectory: true)
      try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
      script = bin.appendingPathComponent(name)
      record = folder.appendingPathComponent("pager-ran")
      received = folder.appendingPathComponent("pager-input")
      let text = """
        #!/bin/sh
        printf '%s\\n' "${LESS-(unset)}" "$*" > \(PseudoTerminal.shellQuoted(record.path))
        exec tee \(PseudoTerminal.shellQuoted(received.path))

        """
      try text.write(to: script, atomically: true, encoding: .utf8)
      chmod(script.path, 0o755)
    }

    var ran: Bool { FileManager.default.fileExists(atPath: record.path) }

    /// LESS as the pager saw it, and its arguments.
    var recorded: (less: String, arguments: String)? {
      guard let text = try? String(contentsOf: record, encoding: .utf8) else { return nil }
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      return (lines[0], lines.count > 1 ? lines[1] : "")
    }

    var input: String? { try? String(contentsOf: received, encoding: .utf8) }

    func forget() {
      try? FileManager.default.removeItem(at: record)
      try? FileManager.default.removeItem(at: received)
    }
  }

  /// The report's text as a pipe gets it: the same words the terminal shows, without colour.
  private func pipedReport(_ arguments: [String]) throws -> String {
    let run = try SeenExecutable.run(arguments)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stdout.isEmpty)
    return run.stdout
  }

  private func withoutColour(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }

  /// The last line of text that is not blank, to look for on the screen.
  private func lastLine(of text: String) -> String {
    String(text.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? "")
  }

  /// Asserts that the terminal ended with status 0 and shows the whole of `text` (its first and
  /// last lines), without colour codes.
  private func assertPrinted(
    _ text: String, on terminal: PseudoTerminal, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertEqual(terminal.exitStatus(file: file, line: line), 0, file: file, line: line)
    let screen = withoutColour(terminal.screen)
    let first = String(text.prefix { $0 != "\n" })
    XCTAssertFalse(first.isEmpty, file: file, line: line)
    XCTAssertTrue(
      screen.contains(first), "the first line is not shown:\n\(screen.prefix(400))", file: file,
      line: line)
    XCTAssertTrue(
      screen.contains(lastLine(of: text)), "the last line is not shown:\n\(screen.suffix(400))",
      file: file, line: line)
  }

  private var twoMen: [String] { ["report", examplePath("two-men")] }

  /// Runs `body` (which starts seen) with SIGPIPE at its default, as a shell starts seen: the
  /// test process ignores SIGPIPE, and its children would inherit that.
  private func withDefaultSIGPIPE<T>(_ body: () throws -> T) rethrows -> T {
    let previous = signal(SIGPIPE, SIG_DFL)
    defer { signal(SIGPIPE, previous) }
    return try body()
  }

  /// Whether seen still runs. Foundation notices its end only once its pager, which inherits
  /// what Foundation watches, has ended too; /proc shows the zombie at once.
  private func isAlive(_ process: Process) -> Bool {
    guard process.isRunning else { return false }
    #if os(Linux)
      let path = "/proc/\(process.processIdentifier)/stat"
      guard let stat = try? String(contentsOfFile: path, encoding: .utf8),
        let name = stat.lastIndex(of: ")")
      else { return false }
      // The state follows the command name, in parentheses, and a space.
      return !stat[name...].dropFirst(2).hasPrefix("Z")
    #else
      return true
    #endif
  }

  /// Waits, at most 5 seconds, until `process` has taken the signal `number` (it is no longer
  /// pending) and then stopped running: it waits (for its pager, say) or has ended. Where /proc
  /// is missing, waits a third of a second instead.
  private func waitUntilSignalTaken(_ number: Int32, by process: Process) {
    #if os(Linux)
      let bit = UInt64(1) << UInt64(number - 1)
      let deadline = Date().addingTimeInterval(5)
      while Date() < deadline {
        guard
          let status = try? String(
            contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        else { return }
        var pending: UInt64 = 0
        var running = true
        for line in status.split(separator: "\n") {
          let parts = line.split(separator: ":", maxSplits: 1)
          guard parts.count == 2 else { continue }
          let value = parts[1].trimmingCharacters(in: .whitespaces)
          switch parts[0] {
          case "SigPnd", "ShdPnd": pending |= UInt64(value, radix: 16) ?? 0
          case "State": running = value.hasPrefix("R")
          default: break
          }
        }
        if pending & bit == 0 && !running { return }
        usleep(1_000)
      }
    #else
      usleep(300_000)
    #endif
  }

  // MARK: Paged

  func testLongReportOnATerminalGoesThroughThePager() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PAGER": pager.script.path])
    assertPrinted(try pipedReport(twoMen), on: terminal)
    XCTAssertTrue(pager.ran, "the pager did not run:\n\(terminal.screen.suffix(400))")
    XCTAssertEqual(pager.recorded?.less, "FRX", "LESS is set for the pager when unset")
    let input = try XCTUnwrap(pager.input)
    XCTAssertTrue(input.contains(escape), "the report for a terminal is coloured, paged or not")
    XCTAssertEqual(withoutColour(input), try pipedReport(twoMen), "the pager got the whole report")
  }

  func testLessIsLeftAsTheUserSetIt() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PAGER": pager.script.path, "LESS": "-i"])
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertEqual(pager.recorded?.less, "-i")
  }

  func testPagerIsRunByTheShellSoItMayCarryOptions() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PAGER": "'\(pager.script.path)' -R --two"])
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertEqual(pager.recorded?.arguments, "-R --two")
  }

  func testReviewPagesItsReport() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let review = ["review", "--answers", examplePath("two-men"), "--no-input"]
    let terminal = try PseudoTerminal(
      review, in: folder, environment: ["PAGER": pager.script.path])
    assertPrinted(try pipedReport(review), on: terminal)
    XCTAssertTrue(pager.ran)
    XCTAssertEqual(withoutColour(pager.input ?? ""), try pipedReport(review))
  }

  func testDefaultPagerIsLessWithFRX() throws {
    let folder = try makeTemporaryDirectory()
    let less = try FakePager(in: folder, named: "less")
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PATH": less.bin.path + ":/usr/bin:/bin"],
      unset: ["PAGER"])
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertTrue(less.ran, "less (first on PATH) did not run")
    XCTAssertEqual(less.recorded?.arguments, "-FRX")
    XCTAssertEqual(less.recorded?.less, "FRX")
  }

  func testSeenPagerComesBeforePager() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let first = try PseudoTerminal(
      twoMen, in: folder,
      environment: ["SEEN_PAGER": pager.script.path, "PAGER": "/nonexistent/pager"])
    XCTAssertEqual(first.exitStatus(), 0)
    XCTAssertTrue(pager.ran, "SEEN_PAGER did not run")

    pager.forget()
    let second = try PseudoTerminal(
      twoMen, in: folder, environment: ["SEEN_PAGER": "", "PAGER": pager.script.path])
    assertPrinted(try pipedReport(twoMen), on: second)
    XCTAssertFalse(pager.ran, "SEEN_PAGER set but empty turns the pager off")
  }

  // MARK: Not paged

  func testNoPagerPrintsDirectlyOnATerminal() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let terminal = try PseudoTerminal(
      twoMen + ["--no-pager"], in: folder, environment: ["PAGER": pager.script.path])
    assertPrinted(try pipedReport(twoMen), on: terminal)
    XCTAssertFalse(pager.ran, "--no-pager ran the pager")
  }

  /// `cat` on PATH is the stand-in, so a pager run as `cat` would be seen.
  func testPagerCatOrEmptyPrintsDirectly() throws {
    let folder = try makeTemporaryDirectory()
    let cat = try FakePager(in: folder, named: "cat")
    let path = cat.bin.path + ":/usr/bin:/bin"
    for value in ["cat", ""] {
      cat.forget()
      let terminal = try PseudoTerminal(
        twoMen, in: folder, environment: ["PAGER": value, "PATH": path])
      assertPrinted(try pipedReport(twoMen), on: terminal)
      XCTAssertFalse(cat.ran, "PAGER=\(value.debugDescription) ran a pager")
    }
    // The stand-in does take cat's place: any other command naming it runs it.
    cat.forget()
    let other = try PseudoTerminal(
      twoMen, in: folder, environment: ["PAGER": "cat -u", "PATH": path])
    XCTAssertEqual(other.exitStatus(), 0)
    XCTAssertTrue(cat.ran, "PAGER='cat -u' should run the stand-in cat")
  }

  func testStandardOutputAPipeIsNeverPaged() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let run = try SeenExecutable.run(
      twoMen, environment: ["PAGER": pager.script.path, "LINES": "5"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stdout, try pipedReport(twoMen))
    XCTAssertFalse(pager.ran, "a pipe was paged")
  }

  func testOutputFileIsNeverPaged() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let report = folder.appendingPathComponent("report.txt")
    let terminal = try PseudoTerminal(
      twoMen + ["-o", report.path], in: folder, environment: ["PAGER": pager.script.path])
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertFalse(pager.ran, "--output was paged")
    XCTAssertEqual(try String(contentsOf: report, encoding: .utf8), try pipedReport(twoMen))
  }

  func testShortOutputOnATallTerminalIsNotPaged() throws {
    let folder = try makeTemporaryDirectory()
    let pager = try FakePager(in: folder)
    let fewGaps = ["report", examplePath("few-gaps")]
    let text = try pipedReport(fewGaps)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    XCTAssertTrue((24..<199).contains(lines), "few-gaps has \(lines) lines")

    let tall = try PseudoTerminal(
      fewGaps, in: folder, environment: ["PAGER": pager.script.path], rows: 200)
    assertPrinted(text, on: tall)
    XCTAssertFalse(pager.ran, "\(lines) lines were paged on 200 rows")

    let short = try PseudoTerminal(
      fewGaps, in: folder, environment: ["PAGER": pager.script.path], rows: 24)
    XCTAssertEqual(short.exitStatus(), 0)
    XCTAssertTrue(pager.ran, "\(lines) lines were not paged on 24 rows")
  }

  // MARK: When the pager fails or quits

  func testMissingPagerStillPrintsTheOutput() throws {
    let folder = try makeTemporaryDirectory()
    for pager in [folder.appendingPathComponent("missing-pager").path, "no-such-pager-7 -R"] {
      let terminal = try PseudoTerminal(twoMen, in: folder, environment: ["PAGER": pager])
      assertPrinted(try pipedReport(twoMen), on: terminal)
    }
  }

  func testWithoutLessAndWithoutAPagerPrintsDirectly() throws {
    let folder = try makeTemporaryDirectory()
    let empty = folder.appendingPathComponent("empty", isDirectory: true)
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PATH": empty.path], unset: ["PAGER"])
    assertPrinted(try pipedReport(twoMen), on: terminal)
    XCTAssertFalse(
      terminal.screen.contains("not found"), "seen tried to run a pager that is not there")
  }

  /// A pager that stops reading long before the end (as when the user quits less): seen writes
  /// into a closed pipe, which is EPIPE, and ends with status 0 and no message.
  func testQuittingThePagerEarlyIsNotAnError() throws {
    let folder = try makeTemporaryDirectory()
    let content = ["content", "--width", "20"]
    let text = try pipedReport(content)
    XCTAssertGreaterThan(text.utf8.count, 80 * 1024, "more than a pipe holds, so a write fails")
    let terminal = try withDefaultSIGPIPE {
      try PseudoTerminal(content, in: folder, environment: ["PAGER": "head -n 3"], columns: 20)
    }
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertTrue(withoutColour(terminal.screen).hasPrefix(String(text.prefix(18))))
    XCTAssertFalse(terminal.screen.contains("error"), terminal.screen)
    XCTAssertFalse(terminal.screen.contains(lastLine(of: text)), "the pager was not used")
  }

  /// SIGTERM while the pager is open: seen closes the pipe and waits for the pager to quit, then
  /// ends by the signal, so that the shell never takes the terminal back from a running pager.
  func testSIGTERMWaitsForThePagerThenEnds() throws {
    let folder = try makeTemporaryDirectory()
    let script = folder.appendingPathComponent("waiting-pager")
    try """
    #!/bin/sh
    cat > /dev/null
    echo pager-waiting
    read line <&2
    echo pager-done

    """.write(to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)
    let terminal = try PseudoTerminal(twoMen, in: folder, environment: ["PAGER": script.path])
    try terminal.waitFor("pager-waiting")
    terminal.sendSignal(SIGTERM)
    waitUntilSignalTaken(SIGTERM, by: terminal.process)
    XCTAssertTrue(isAlive(terminal.process), "seen ended before its pager")
    terminal.send(line: "")
    try terminal.waitFor("pager-done")
    let deadline = Date().addingTimeInterval(5)
    while terminal.process.isRunning && Date() < deadline { usleep(10_000) }
    XCTAssertFalse(terminal.process.isRunning)
    XCTAssertEqual(terminal.process.terminationReason, .uncaughtSignal)
    XCTAssertEqual(terminal.process.terminationStatus, SIGTERM)
  }

  /// less's prompt when it waits for a key: ":" at the bottom, then the rest of the line cleared.
  private static let lessPrompt = ":\u{1B}[K"

  /// Ctrl-C in less, on a terminal of its own (through script): less keeps it, seen is not
  /// stopped, and q ends both with status 0.
  func testCtrlCInLessThenQuitEndsWithStatusZero() throws {
    #if os(Linux)
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
        throw XCTSkip("needs script(1) from util-linux to give seen a controlling terminal")
      }
    #else
      throw XCTSkip("needs script(1) from util-linux (script -c)")
    #endif
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else {
      throw XCTSkip("needs less")
    }
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      twoMen, in: folder, environment: ["PATH": "/usr/bin:/bin"], unset: ["PAGER"],
      throughScript: true)
    let report = try pipedReport(twoMen)
    try terminal.waitFor(String(report.prefix { $0 != "\n" }))
    // less shows the first screen and waits at its prompt: the end of the report is not shown.
    try terminal.waitFor(Self.lessPrompt)
    XCTAssertFalse(withoutColour(terminal.screen).contains(lastLine(of: report)))
    // less takes Ctrl-C (it rings, shows the screen again and waits at its prompt); seen,
    // which had the same SIGINT, must still run.
    terminal.sendControl("c")
    try terminal.waitFor(Self.lessPrompt)
    XCTAssertTrue(isAlive(terminal.process), "Ctrl-C ended seen and less")
    terminal.send("q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
  }
}
