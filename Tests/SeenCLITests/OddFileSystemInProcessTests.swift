import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI
@testable import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 13, in-process: every file a command writes is checked before anything is saved, a
/// record with a second name (a hard link) is never saved over, a named pipe is read once
/// something writes to it, and no failure leaves a temporary or lock file behind. What needs the
/// binary's own process (its standard streams by name, a signal, the real two-second wait)
/// stays in Tests/seenTests/OddFileSystemTests.swift.
final class OddFileSystemInProcessTests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func seen(_ arguments: [String]) throws -> InProcessRun {
    InProcessSeen.run(arguments, in: folder)
  }

  private func copyExample(to name: String) throws {
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: path(name))
  }

  /// No temporary file and no lock file is left in the folder.
  private func assertNothingLeft(file: StaticString = #filePath, line: UInt = #line) throws {
    let left = try names(in: folder).filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".lock") }
    XCTAssertEqual(left, [], "files left behind", file: file, line: line)
  }

  // MARK: 1. Every output is checked before anything is saved

  func testABadOutputIsRefusedBeforeTheResumedRecordIsSaved() throws {
    try copyExample(to: "r.json")
    let before = contents("r.json")
    try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
    try Data("kept".utf8).write(to: URL(fileURLWithPath: path("existing.txt")))
    let cases: [(output: [String], status: Int32, message: String)] = [
      (["-o", "/dev/null", "--force"], 73, "not a regular file"),
      (["-o", "nofolder/report.txt"], 73, "'nofolder' does not exist"),
      (["-o", "sub", "--force"], 73, "it is a folder"),
      (["-o", "existing.txt"], 73, "already exists"),
      (["-o", ""], 64, "empty"),
    ]
    for item in cases {
      let run = try seen(
        ["review", "--resume", "r.json", "--set", "father.contacted=yes", "--no-input"]
          + item.output)
      XCTAssertEqual(run.status, item.status, "\(item.output): \(run.stderr)")
      XCTAssertTrue(run.stderr.hasPrefix("error: "), run.stderr)
      XCTAssertTrue(run.stderr.contains(item.message), "\(item.output): \(run.stderr)")
      XCTAssertEqual(run.stdout, "")
      XCTAssertEqual(contents("r.json"), before, "\(item.output): the record was saved")
    }
    XCTAssertEqual(contents("existing.txt"), Data("kept".utf8))
    try assertNothingLeft()
  }

  // MARK: 2. A record with a second name (a hard link)

  func testARecordWithASecondNameIsNeverSavedOver() throws {
    try copyExample(to: "r.json")
    XCTAssertEqual(link(path("r.json"), path("b.json")), 0)
    let before = contents("r.json")
    for name in ["r.json", "b.json"] {
      let run = try seen([
        "review", "--resume", name, "--set", "father.contacted=yes", "--no-input",
      ])
      XCTAssertEqual(run.status, 73, run.stderr)
      XCTAssertEqual(run.stdout, "")
      XCTAssertTrue(run.stderr.hasPrefix("error: cannot write '\(name)'"), run.stderr)
      XCTAssertTrue(run.stderr.contains("hard link"), run.stderr)
      XCTAssertTrue(run.stderr.contains("copy it to a file of its own"), run.stderr)
      XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }
    var info = stat()
    XCTAssertEqual(stat(path("r.json"), &info), 0)
    XCTAssertEqual(info.st_nlink, 2, "the two names still name one file")
    XCTAssertEqual(contents("r.json"), before)
    // Reading it is fine.
    let read = try seen(["review", "--answers", "b.json", "--no-input"])
    XCTAssertEqual(read.status, 0, read.stderr)
    try assertNothingLeft()
  }

  /// --save and -o with --force replace a file by a rename too, which would leave its other
  /// name holding the old version: refused the same way.
  func testAFileWithASecondNameIsNotReplacedByForce() throws {
    try copyExample(to: "r.json")
    try Data("old".utf8).write(to: URL(fileURLWithPath: path("out.txt")))
    XCTAssertEqual(link(path("out.txt"), path("other.txt")), 0)
    for arguments in [
      ["report", "r.json", "-o", "out.txt", "--force"],
      ["review", "--answers", "r.json", "--no-input", "--save", "out.txt", "--force"],
      [
        "review", "--answers", "r.json", "--no-input", "--save", "new.json", "-o", "other.txt",
        "--force",
      ],
    ] {
      let run = try seen(arguments)
      XCTAssertEqual(run.status, 73, "\(arguments): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains("hard link"), run.stderr)
      XCTAssertEqual(run.stdout, "")
    }
    XCTAssertEqual(contents("out.txt"), Data("old".utf8))
    XCTAssertFalse(FileManager.default.fileExists(atPath: path("new.json")), "nothing saved")
    try assertNothingLeft()
  }

  // MARK: 3. Named pipes

  private final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  /// Data is written once seen says it waits (at once here: the wait before saying so is set to
  /// nothing; the binary's two seconds are tested end to end), and seen then reads it.
  func testANamedPipeIsReadOnceSomethingWritesToIt() throws {
    try copyExample(to: "r.json")
    XCTAssertEqual(mkfifo(path("ff.json"), 0o600), 0)
    let record = try XCTUnwrap(contents("r.json"))
    let fifo = path("ff.json")
    let captured = Captured()
    let waiting = DispatchSemaphore(value: 0)
    let console = Console(
      writeOut: { captured.out += $0 },
      writeErr: { text in
        captured.err += text.linesSafe
        if text.contains("waiting for") { waiting.signal() }
      },
      readStandardInput: { [] }, environment: [:], stdinIsTerminal: false,
      stdoutIsTerminal: false, terminalWidth: nil)
    // The writer: once seen says it waits (or after 10 seconds, so that the test cannot hang),
    // it opens the pipe, which seen holds open for reading, and writes the record.
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = waiting.wait(timeout: .now() + 10)
      let descriptor = open(fifo, O_WRONLY)
      if descriptor >= 0 {
        record.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
      }
      written.signal()
    }
    let delay = FileStore.quietPipeDelay
    XCTAssertEqual(delay, 2000, "the binary waits two seconds before it says what it waits for")
    FileStore.quietPipeDelay = 0
    defer { FileStore.quietPipeDelay = delay }
    let manager = FileManager.default
    let previous = manager.currentDirectoryPath
    _ = manager.changeCurrentDirectoryPath(folder.path)
    let status = SeenCommand.run(["report", "ff.json", "--format", "json"], console: console)
    _ = manager.changeCurrentDirectoryPath(previous)
    written.wait()
    XCTAssertEqual(status, .success, captured.err)
    XCTAssertTrue(captured.out.contains("\"format\": \"seen-gap-report/"), captured.out)
    XCTAssertEqual(
      captured.err,
      "waiting for something to write to 'ff.json' (a named pipe); press Ctrl-C to stop.\n")
  }

  func testASummarySkipsNamedPipesWithAWarning() throws {
    try FileManager.default.createDirectory(atPath: path("d"), withIntermediateDirectories: false)
    try copyExample(to: "d/a.json")
    XCTAssertEqual(mkfifo(path("d/x.json"), 0o600), 0)
    XCTAssertEqual(mkfifo(path("pipe"), 0o600), 0)
    try FileManager.default.createSymbolicLink(
      atPath: path("d/l.json"), withDestinationPath: "../pipe")
    let run = try seen(["summary", "--no-suppress", "d", "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\"reviews\": 1"), run.stdout)
    XCTAssertTrue(
      run.stderr.contains(
        "warning: skipped 'd/x.json': it is a named pipe, not a regular file, so seen does not read it."
      ), run.stderr)
    XCTAssertTrue(
      run.stderr.contains("warning: skipped 'd/l.json': it is a named pipe"), run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "2 of 3 files skipped and left out of the figures; 1 review was counted."), run.stderr)

    // A named pipe cannot be read as a review: missing input, as a file that is not there.
    let strict = try seen(["summary", "d", "--strict"])
    XCTAssertEqual(strict.status, 66, strict.stderr)
    XCTAssertEqual(strict.stdout, "")
    XCTAssertTrue(strict.stderr.hasPrefix("error: 'd/"), strict.stderr)
    XCTAssertTrue(strict.stderr.contains("named pipe"), strict.stderr)
    XCTAssertEqual(strict.stderr.split(separator: "\n").count, 1, strict.stderr)

    // Named on its own, a pipe is not a review file at all: nothing to read (66), never opened.
    let named = try seen(["summary", "pipe"])
    XCTAssertEqual(named.status, 66, named.stderr)
    XCTAssertTrue(
      named.stderr.contains("'pipe' is neither a folder nor a review file (it is a named pipe)"),
      named.stderr)
  }
}
