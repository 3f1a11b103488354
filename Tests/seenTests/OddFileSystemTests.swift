import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 13: data safety on odd file systems, end to end: what the binary's own process decides
/// (its standard streams named as files, a guided review's input, a signal, the real two-second
/// wait on a named pipe). The rest (outputs checked before a save, hard links, a pipe read once
/// written, a summary skipping pipes) is tested in-process by OddFileSystemInProcessTests in
/// Tests/SeenCLITests.
final class OddFileSystemTests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func seen(_ arguments: [String], stdin: Data? = nil) throws -> SeenRun {
    try SeenExecutable.run(arguments, stdin: stdin, currentDirectory: folder)
  }

  /// Runs a shell script in the folder; "$0" is seen.
  private func shell(_ script: String) throws -> SeenRun {
    let seen = try XCTUnwrap(SeenExecutable.url)
    return try SeenExecutable.run(
      ["-c", script, seen.path], currentDirectory: folder,
      executable: URL(fileURLWithPath: "/bin/sh"))
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

  /// A guided review whose --save or -o cannot be written says so before the first question,
  /// not after the answers are typed.
  func testAGuidedReviewChecksItsFilesBeforeTheFirstQuestion() throws {
    for arguments in [["--save", "gone/r.json"], ["-o", "gone/report.txt"]] {
      // HOME here: should a save fail after all, the answers are kept in this folder.
      let run = try SeenExecutable.run(
        ["review", "--interactive"] + arguments, stdin: Data("y\ny\nq\n".utf8),
        environment: ["HOME": folder.path], currentDirectory: folder)
      XCTAssertEqual(run.status, 73, run.stderr)
      XCTAssertEqual(
        run.stderr.split(separator: "\n"),
        ["error: cannot create '\(arguments[1])': the folder 'gone' does not exist."])
      XCTAssertEqual(run.stdout, "")
    }
    try assertNothingLeft()
  }

  func testDevStdoutAsOutputMeansStandardOutput() throws {
    try copyExample(to: "r.json")
    let plain = try seen(["report", "r.json"])
    XCTAssertEqual(plain.status, 0, plain.stderr)
    for output in ["/dev/stdout", "/dev/fd/1", "-"] {
      let run = try seen(["report", "r.json", "-o", output])
      XCTAssertEqual(run.status, 0, "\(output): \(run.stderr)")
      XCTAssertEqual(run.stderr, "")
      XCTAssertEqual(run.stdout, plain.stdout, output)
    }
    let review = try seen([
      "review", "--resume", "r.json", "--save", "r.json", "-o", "/dev/stdout", "--force",
      "--no-input", "--set", "father.contacted=yes",
    ])
    XCTAssertEqual(review.status, 0, review.stderr)
    XCTAssertTrue(review.stdout.hasPrefix("Gap report"), review.stdout)
    try assertNothingLeft()
  }

  /// /dev/stderr redirected to a file leads to that file: seen never replaces it (the report
  /// would both go to standard error and replace the other program's file).
  func testStandardErrorRedirectedToAFileIsNotAnOutput() throws {
    try copyExample(to: "r.json")
    let run = try shell("\"$0\" report r.json -o /dev/stderr --force 2>err.txt; echo \"status=$?\"")
    XCTAssertTrue(run.stdout.contains("status=73"), run.stdout + run.stderr)
    let text = String(decoding: contents("err.txt") ?? Data(), as: UTF8.self)
    XCTAssertTrue(text.hasPrefix("error: cannot write '/dev/stderr'"), text)
    XCTAssertFalse(text.contains("Gap report"), text)
    try assertNothingLeft()
  }

  // MARK: 3. Named pipes

  /// A named pipe nothing writes to: Ctrl-C (here a signal) stops seen while it waits. Killed
  /// once it holds the pipe open, before the two seconds after which it says what it waits for
  /// (that message is tested in-process, with the delay set to nothing); the script gives up
  /// after ten seconds, so the test cannot hang.
  func testANamedPipeWithNoWriterCanBeStopped() throws {
    XCTAssertEqual(mkfifo(path("ff.json"), 0o600), 0)
    let run = try shell(
      """
      "$0" report ff.json </dev/null 2>err & pid=$!
      i=0; until ls -l /proc/$pid/fd 2>/dev/null | grep -q 'ff.json' || [ $i -ge 1000 ]; do sleep 0.01; i=$((i+1)); done
      kill $pid 2>/dev/null; wait $pid 2>/dev/null; echo "status=$?"; cat err >&2
      """)
    XCTAssertTrue(run.stdout.contains("status=143"), run.stdout + run.stderr)
    XCTAssertFalse(run.stderr.contains("error"), run.stderr)
    XCTAssertFalse(run.stderr.contains("Fatal"), run.stderr)
  }

  /// A pipe with data is read as before, with nothing said.
  func testStandardInputByNameIsRead() throws {
    let record = try XCTUnwrap(FileManager.default.contents(atPath: examplePath("two-men")))
    let run = try seen(["report", "/dev/stdin", "--format", "json"], stdin: record)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertTrue(run.stdout.contains("\"format\": \"seen-gap-report/"), run.stdout)
  }

}
