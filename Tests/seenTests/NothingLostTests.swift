import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A review record is case work, end to end: never saved over by a second session, never lost
/// when saving fails or a signal comes, and the report never replaces it. What needs no process
/// of its own (outputs that name the record, links, long names) is tested in-process by
/// NothingLostInProcessTests in Tests/SeenCLITests.
final class NothingLostTests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  /// A saved record of the few-gaps example, as `name`.
  private func saveExample(as name: String) throws {
    try assertExecuteCommand([
      "review", "--answers", examplePath("few-gaps"), "--no-input", "--save", path(name),
    ])
  }

  private func record(at path: String) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
  }

  private func fatherAnswers(_ record: [String: Any]) -> [String: Any] {
    ((record["men"] as? [[String: Any]])?.first?["answers"] as? [String: Any]) ?? [:]
  }

  /// Runs seen in the test's folder, standard input from /dev/null unless given.
  private func seen(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]
  ) throws -> SeenRun {
    try runSeenWithTimeout(
      arguments, stdin: stdin, environment: environment, currentDirectory: folder)
  }

  /// The first questions of a guided review, one line each: confidence, role, case, date, the
  /// man's label, relationship, whether he lives with the baby, and no other man.
  private func openingLines(caseReference: String) -> [String] {
    ["3", "2", caseReference, "", "", "1", "y", "n"]
  }

  private let openingMarkers = [
    "[You]", "What is your role", "[Case]", "Date of the review", "[Men · 1]",
    "How is he related", "Does he live with the baby", "Is there another man",
  ]

  private func typeOpening(caseReference: String, on terminal: PseudoTerminal) throws {
    for (marker, line) in zip(openingMarkers, openingLines(caseReference: caseReference)) {
      try terminal.answer(line, at: marker)
    }
  }

  // MARK: 1. The report never replaces the record

  /// The file name seen chooses for the record is never the file the report goes to.
  func testTheRecordsOwnNameIsNeverTheOutputFile() throws {
    let lines = openingLines(caseReference: "T-1") + ["q"]
    let run = try seen(
      ["review", "--interactive", "-o", "seen-review-T-1.json", "--force"],
      stdin: Data(lines.map { $0 + "\n" }.joined().utf8))
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(try names(in: folder), ["seen-review-T-1-2.json"], run.stderr)
  }

  // MARK: 2. One session at a time

  func testASecondSessionOnTheSameRecordIsRefusedUntilTheFirstEnds() throws {
    try saveExample(as: "r.json")
    let before = contents("r.json")
    let first = try PseudoTerminal(["review", "--resume", "r.json"], in: folder)
    try first.waitForPrompt()

    for arguments in [
      ["review", "--resume", "r.json", "--no-input", "--case", "OTHER"],
      ["review", "--answers", examplePath("two-men"), "--no-input", "--save", "r.json", "--force"],
      ["review", "--resume", path("r.json"), "--interactive"],
    ] {
      let run = try seen(arguments, stdin: Data("q\n".utf8))
      XCTAssertEqual(run.status, 75, "\(arguments): \(run.stderr)")
      XCTAssertEqual(run.stdout, "")
      XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
      XCTAssertTrue(run.stderr.hasPrefix("error: '"), run.stderr)
      XCTAssertTrue(run.stderr.contains("r.json"), run.stderr)
      XCTAssertTrue(run.stderr.contains("another seen session"), run.stderr)
      XCTAssertEqual(contents("r.json"), before, "\(arguments) wrote the record")
    }

    first.send(line: "q")
    XCTAssertEqual(first.exitStatus(), 0, first.unread)
    XCTAssertEqual(try names(in: folder), ["r.json"], "the lock file is removed")
    let after = try seen(["review", "--resume", "r.json", "--no-input", "--case", "LATER"])
    XCTAssertEqual(after.status, 0, after.stderr)
    XCTAssertEqual(try record(at: path("r.json"))["case"] as? String, "LATER")
  }

  func testTheLockIsReleasedWhenASessionIsStoppedBySIGTERM() throws {
    try saveExample(as: "r.json")
    let first = try PseudoTerminal(["review", "--resume", "r.json"], in: folder)
    try first.waitForPrompt()
    first.sendSignal(SIGTERM)
    XCTAssertEqual(first.exitStatus(), 143, first.unread)
    XCTAssertEqual(try names(in: folder), ["r.json"], "the lock file is removed")
    let after = try seen(["review", "--resume", "r.json", "--no-input", "--case", "LATER"])
    XCTAssertEqual(after.status, 0, after.stderr)
  }

  /// Ctrl-\\ (SIGQUIT) once made the Swift runtime print a crash report and a backtrace, then wait
  /// at a debugger prompt that swallowed the next keys: it now stops the review as Ctrl-C does.
  func testCtrlBackslashStopsTheReviewLikeCtrlCWithoutACrashReport() throws {
    let session = try PseudoTerminal(["review", "--save", "r.json"], in: folder)
    try session.answer("3")
    try session.waitForPrompt()
    session.sendSignal(SIGQUIT)
    XCTAssertEqual(session.exitStatus(), 130, session.unread)
    XCTAssertTrue(session.screen.contains("Stopped (Ctrl-C)."), session.screen)
    XCTAssertEqual(try record(at: path("r.json"))["confidence"] as? String, "somewhat")
    XCTAssertEqual(try names(in: folder), ["r.json"], "no temporary or lock file left")
  }

  func testCtrlBackslashEndsAnOrdinaryCommandQuietly() throws {
    let fifo = path("waiting.json")
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let process = Process()
    process.executableURL = try XCTUnwrap(SeenExecutable.url)
    process.arguments = ["report", fifo]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    // Opening the pipe for writing without waiting succeeds only once seen has opened it for
    // reading (its Ctrl-\\ handling is set before): then it is waiting for data.
    var writer: Int32 = -1
    let deadline = Date().addingTimeInterval(10)
    while writer < 0 && process.isRunning && Date() < deadline {
      writer = open(fifo, O_WRONLY | O_NONBLOCK)
      if writer < 0 { usleep(1_000) }
    }
    XCTAssertGreaterThanOrEqual(writer, 0, "seen never opened the pipe")
    kill(process.processIdentifier, SIGQUIT)
    process.waitUntilExit()
    if writer >= 0 { close(writer) }
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssertEqual(process.terminationReason, .uncaughtSignal)
    XCTAssertEqual(process.terminationStatus, SIGINT, "ended as by Ctrl-C")
    for marker in crashMarkers { XCTAssertFalse(stderr.contains(marker), stderr) }
  }

  // MARK: 3. Saving fails: the answers are kept elsewhere

  /// A name longer than a file system allows (255 bytes): it passes the checks made before the
  /// review starts (a missing folder no longer does: it is refused at once), and every save
  /// fails, as on a disk that went away.
  private let unsavable = String(repeating: "n", count: 250) + "-too-long.json"

  func testWhenEverySaveFailsTheAnswersAreKeptInTheHomeFolder() throws {
    let home = folder.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: false)
    let lines =
      openingLines(caseReference: "K-1") + ["n: SECRET-NOTE letter sent", "n", "q"]
    let run = try seen(
      ["review", "--interactive", "--save", unsavable],
      stdin: Data(lines.map { $0 + "\n" }.joined().utf8), environment: ["HOME": home.path])
    XCTAssertEqual(run.status, 74, run.stderr)
    XCTAssertFalse(run.stderr.contains("SECRET-NOTE"), "a case note on standard error")
    let kept = try names(in: home).filter { $0.hasSuffix(".json") }
    XCTAssertEqual(kept.count, 1, "one file kept in the home folder: \(kept)")
    XCTAssertFalse(kept.joined().contains("K-1"), "the case reference is not in the name: \(kept)")
    let keptPath = home.appendingPathComponent(try XCTUnwrap(kept.first)).path
    let lastLine = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertTrue(lastLine.hasPrefix("error: "), run.stderr)
    XCTAssertTrue(lastLine.contains(unsavable), "where the save failed: \(lastLine)")
    XCTAssertTrue(lastLine.contains(keptPath), "where the answers are: \(lastLine)")
    XCTAssertEqual(permissions(of: keptPath), 0o600)
    let saved = try record(at: keptPath)
    XCTAssertEqual(saved["case"] as? String, "K-1")
    let answers = fatherAnswers(saved)
    XCTAssertEqual((answers["identified"] as? [String: String])?["note"], "SECRET-NOTE letter sent")
    XCTAssertEqual(answers["safety"] as? String, "no", "the last answer before q")
    // The kept file resumes like any record.
    let report = try seen(["report", keptPath])
    XCTAssertEqual(report.status, 0, report.stderr)
  }

  func testWithTheHomeFolderUnwritableTheAnswersAreKeptInTheTemporaryFolder() throws {
    let temporary = folder.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
    let lines = openingLines(caseReference: "K-2") + ["d", "q"]
    let run = try seen(
      ["review", "--interactive", "--save", unsavable],
      stdin: Data(lines.map { $0 + "\n" }.joined().utf8),
      environment: ["HOME": path("no-such-home"), "TMPDIR": temporary.path])
    XCTAssertEqual(run.status, 74, run.stderr)
    let kept = try names(in: temporary).filter { $0.hasSuffix(".json") }
    XCTAssertEqual(kept.count, 1, "\(kept)")
    let keptPath = temporary.appendingPathComponent(try XCTUnwrap(kept.first)).path
    XCTAssertTrue(run.stderr.contains(keptPath), run.stderr)
    XCTAssertEqual(fatherAnswers(try record(at: keptPath))["identified"] as? String, "yes")
  }

  /// The folder disappears part way: the answers given before are in the record, and every one
  /// given after is kept, on a terminal as a practitioner would meet it.
  func testAFolderRemovedMidwayKeepsEveryAnswer() throws {
    let home = folder.appendingPathComponent("home")
    let cases = folder.appendingPathComponent("cases")
    for url in [home, cases] {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    }
    let terminal = try PseudoTerminal(
      ["review", "--save", cases.appendingPathComponent("r.json").path], in: folder,
      environment: ["HOME": home.path])
    try typeOpening(caseReference: "K-3", on: terminal)
    try terminal.answer("d", at: "[Father · 1 of")
    try terminal.waitFor("[Father · 2 of")
    try FileManager.default.removeItem(at: cases)
    try terminal.answer("n")
    try terminal.waitFor("warning: ")
    try terminal.answer("n: not yet", at: "[Father · 3 of")
    try terminal.answer("q", at: "[Father · 4 of")
    XCTAssertEqual(terminal.exitStatus(), 74, terminal.unread)
    let kept = try names(in: home).filter { $0.hasSuffix(".json") }
    XCTAssertEqual(kept.count, 1, "\(kept)")
    let answers = fatherAnswers(
      try record(at: home.appendingPathComponent(try XCTUnwrap(kept.first)).path))
    XCTAssertEqual(answers["identified"] as? String, "yes")
    XCTAssertEqual(answers["safety"] as? String, "no")
    XCTAssertEqual((answers["contacted"] as? [String: String])?["note"], "not yet")
  }

  // MARK: 4. The last answer before Ctrl-D

  func testNotApplicableThenCtrlDIsSaved() throws {
    let terminal = try PseudoTerminal(["review", "--save", "r.json"], in: folder)
    try typeOpening(caseReference: "D-1", on: terminal)
    try terminal.answer("d", at: "[Father · 1 of")
    try terminal.answer("n", at: "[Father · 2 of")
    try terminal.answer("x", at: "[Father · 3 of")
    try terminal.waitFor("Why does it not apply?")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1, terminal.unread)
    let answers = fatherAnswers(try record(at: path("r.json")))
    XCTAssertEqual(answers["contacted"] as? String, "na", "x, then Ctrl-D: \(answers)")
  }

  func testAnAnswerTypedThenCtrlDIsSavedAndEndsTheReview() throws {
    let terminal = try PseudoTerminal(["review", "--save", "r.json"], in: folder)
    try typeOpening(caseReference: "D-2", on: terminal)
    try terminal.answer("d", at: "[Father · 1 of")
    try terminal.waitFor("[Father · 2 of")
    try terminal.waitForPrompt()
    terminal.send("y")
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1, terminal.unread)
    XCTAssertTrue(terminal.screen.contains("(Ctrl-D)"), terminal.unread)
    let answers = fatherAnswers(try record(at: path("r.json")))
    XCTAssertEqual(answers["safety"] as? String, "yes", "y, then Ctrl-D: \(answers)")
  }

  // MARK: 5. No temporary file left by a signal

  /// Whether the pipe came to hold all it can, within 20 seconds: its writer is then blocked.
  private func waitUntilFull(_ pipe: Pipe) -> Bool {
    let descriptor = pipe.fileHandleForReading.fileDescriptor
    #if os(Linux)
      let capacity = fcntl(descriptor, 1032)  // F_GETPIPE_SZ
    #else
      let capacity: Int32 = 16_384
    #endif
    let deadline = Date().addingTimeInterval(20)
    var held: Int32 = 0
    while Date() < deadline {
      if ioctl(descriptor, UInt(FIONREAD), &held) == 0 && held >= capacity { return true }
      usleep(1_000)
    }
    return false
  }

  /// SIGTERM sent the moment a temporary file appears, while the record is being written.
  /// The report of a finished guided review goes to a pipe that nobody reads: the write blocks,
  /// and SIGTERM must still end the session (it hung before), with the answers already saved.
  func testSIGTERMEndsASessionWhoseReportWriteIsBlocked() throws {
    // Two men: the full JSON report is larger than a pipe holds.
    try FileManager.default.copyItem(
      atPath: examplePath("two-men"), toPath: path("r.json"))
    guard let binary = SeenExecutable.url else { throw XCTSkip("no seen binary") }
    let process = Process()
    process.executableURL = binary
    process.arguments = [
      "review", "--resume", "r.json", "--interactive", "--format", "json", "--detail", "full",
      "--no-pager",
    ]
    process.currentDirectoryURL = folder
    let input = Pipe()
    let output = Pipe()  // never read: the report fills it and the write blocks
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Enter keeps every answer of the finished record, then finishes the review.
    input.fileHandleForWriting.write(Data(repeating: 0x0A, count: 400))
    try input.fileHandleForWriting.close()
    // Wait until the review has saved and started writing its report.
    let deadline = Date().addingTimeInterval(20)
    var stderrText = ""
    while Date() < deadline && !stderrText.contains("Saved to r.json") {
      stderrText += String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self)
    }
    XCTAssert(stderrText.contains("Saved to r.json"), stderrText)
    // Wait until the report has filled the pipe: with more of it to write, seen is blocked.
    XCTAssertTrue(waitUntilFull(output), "the report did not fill the pipe")
    XCTAssertTrue(process.isRunning, "the report write should be blocked on the full pipe")
    kill(process.processIdentifier, SIGTERM)
    let stopped = Date().addingTimeInterval(5)
    while process.isRunning && Date() < stopped { Thread.sleep(forTimeInterval: 0.05) }
    if process.isRunning {
      process.interrupt()
      kill(process.processIdentifier, SIGKILL)
      return XCTFail("SIGTERM did not end a session blocked writing its report")
    }
    XCTAssertEqual(process.terminationStatus, 143)
    let rest = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssert(rest.contains("stopped while writing to standard output"), rest)
    XCTAssertNotNil(contents("r.json"), "the record is still there")
  }

  // A signal during a save (the temporary file exists) waits until the file is renamed: tested
  // in-process, at that moment every time, by SaveSignalTests in Tests/SeenCLITests.

}
