import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 13: data safety on odd file systems. Every file a command writes is checked before
/// anything is saved; a record with a second name (a hard link) is never saved over; a named
/// pipe never hangs seen silently; and no failure leaves a temporary or lock file behind.
final class OddFileSystemTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
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

  /// Shell lines that wait until the file `err` holds `text`, for at most 10 seconds.
  private static func untilErrSays(_ text: String) -> String {
    "i=0; until grep -q '\(text)' err 2>/dev/null || [ $i -ge 200 ]; do sleep 0.05; i=$((i+1)); done"
  }

  private func copyExample(to name: String) throws {
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: path(name))
  }

  private func contents(_ name: String) -> Data? {
    FileManager.default.contents(atPath: path(name))
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

  /// A named pipe nothing writes to: seen says what it is waiting for, and Ctrl-C (here a
  /// signal) stops it. The script kills seen after four seconds, so the test cannot hang.
  func testANamedPipeWithNoWriterSaysWhatSeenWaitsFor() throws {
    XCTAssertEqual(mkfifo(path("ff.json"), 0o600), 0)
    // SIGTERM once seen says what it waits for (after 2 s), not after a guessed sleep.
    let run = try shell(
      """
      "$0" report ff.json </dev/null 2>err & pid=$!
      \(Self.untilErrSays("waiting for"))
      kill $pid 2>/dev/null; wait $pid 2>/dev/null; echo "status=$?"; cat err >&2
      """)
    XCTAssertTrue(run.stdout.contains("status=143"), run.stdout + run.stderr)
    XCTAssertEqual(
      run.stderr,
      "waiting for something to write to 'ff.json' (a named pipe); press Ctrl-C to stop.\n")
  }

  func testANamedPipeIsReadOnceSomethingWritesToIt() throws {
    try copyExample(to: "r.json")
    XCTAssertEqual(mkfifo(path("ff.json"), 0o600), 0)
    // Data is written once seen says it waits; seen is stopped after 30 seconds should it never
    // finish, so the test cannot hang.
    let run = try shell(
      """
      "$0" report ff.json --format json 2>err & pid=$!
      \(Self.untilErrSays("waiting for"))
      cat r.json > ff.json
      i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done
      kill $pid 2>/dev/null; wait $pid 2>/dev/null; echo "status=$?"; cat err >&2
      """)
    XCTAssertTrue(run.stdout.hasSuffix("status=0\n"), run.stdout + run.stderr)
    XCTAssertTrue(run.stdout.contains("\"format\": \"seen-gap-report/"), run.stdout)
    XCTAssertTrue(run.stderr.hasPrefix("waiting for something to write to 'ff.json'"), run.stderr)
  }

  /// A pipe with data is read as before, with nothing said.
  func testStandardInputByNameIsRead() throws {
    let record = try XCTUnwrap(FileManager.default.contents(atPath: examplePath("two-men")))
    let run = try seen(["report", "/dev/stdin", "--format", "json"], stdin: record)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertTrue(run.stdout.contains("\"format\": \"seen-gap-report/"), run.stdout)
  }

  func testASummarySkipsNamedPipesWithAWarning() throws {
    try FileManager.default.createDirectory(atPath: path("d"), withIntermediateDirectories: false)
    try copyExample(to: "d/a.json")
    XCTAssertEqual(mkfifo(path("d/x.json"), 0o600), 0)
    XCTAssertEqual(mkfifo(path("pipe"), 0o600), 0)
    try FileManager.default.createSymbolicLink(
      atPath: path("d/l.json"), withDestinationPath: "../pipe")
    let run = try seen(["summary", "d", "--format", "json"])
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

    let strict = try seen(["summary", "d", "--strict"])
    XCTAssertEqual(strict.status, 65, strict.stderr)
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
