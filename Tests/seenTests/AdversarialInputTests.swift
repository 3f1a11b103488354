import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// What a tester tried in order to break seen, kept as tests: each ends in one clear message and
/// a sysexits code, never a crash, a hang, a replaced device or a false "saved".
final class AdversarialInputTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-adversarial-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testOverlappingPathsCountEachReviewOnce() throws {
    let run = try assertExecuteCommand([
      "summary", examplePath("two-men"), PackagePaths.examples.path, PackagePaths.examples.path,
      "--format", "json",
    ])
    let summary = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let examples = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.examples.path)
      .filter { $0.hasSuffix(".json") }
    XCTAssertEqual(summary["reviews"] as? Int, examples.count)
  }

  func testASummaryOfNoValidReviewIsAnError() throws {
    try Data("{ broken".utf8).write(to: folder.appendingPathComponent("bad.json"))
    let run = try SeenExecutable.run(["summary", folder.path])
    XCTAssertEqual(run.status, 65)
    XCTAssertEqual(run.stdout, "")
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 2, run.stderr)
    XCTAssert(lines.first?.hasPrefix("warning: skipped") == true, run.stderr)
    XCTAssertEqual(
      lines.last,
      "error: none of the 1 file found is a valid review record (see the warnings above).")
  }

  func testFileNamesInWarningsCannotDriveTheTerminal() throws {
    let hostile = folder.appendingPathComponent("\u{1B}]0;PWNED\u{07}\u{1B}[2Jx.json")
    try Data("{ broken".utf8).write(to: hostile)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("two-men")), to: folder.appendingPathComponent("ok.json")
    )
    let run = try SeenExecutable.run(["summary", folder.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssert(run.stderr.contains("x.json"), run.stderr)
    XCTAssertFalse(run.stderr.contains("\u{1B}"), "an escape reached standard error")
    XCTAssertFalse(run.stderr.contains("\u{07}"))
  }

  func testEchoedValuesCannotDriveTheTerminal() throws {
    let stderr = try assertFailure(
      ["review", "--no-input", "--set", "father.\u{1B}[31mx=yes"], status: 64)
    XCTAssertFalse(stderr.contains("\u{1B}"))
    let usage = try assertFailure(["\u{1B}]0;x\u{07}bogus"], status: 64)
    XCTAssertFalse(usage.contains("\u{1B}"))
  }

  func testInteractiveWithStandardInputClosedStopsAtOnce() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "\"$0\" review --interactive <&-", try XCTUnwrap(SeenExecutable.url).path,
    ]
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      XCTFail("seen waited for input on a closed standard input")
      return
    }
    XCTAssertEqual(process.terminationStatus, 74)
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    XCTAssert(text.contains("standard input is closed"), text)
  }

  func testARecordOfTooManyMenIsRefusedInOneLine() throws {
    let men = (1...1_001).map { #"{"label": "M\#($0)"}"# }.joined(separator: ",")
    let record = folder.appendingPathComponent("many.json")
    try Data(#"{"men": [\#(men)]}"#.utf8).write(to: record)
    let stderr = try assertFailure(
      ["report", record.path], status: 65,
      messages: ["many.json", "the record has 1001 men; seen reads at most 1000 in one review."])
    XCTAssertEqual(stderr.filter { $0 == "\n" }.count, 1, stderr)
  }

  func testEndlessInputWithoutANewlineIsRefusedNotHeld() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "\"$0\" review --interactive < /dev/zero", try XCTUnwrap(SeenExecutable.url).path,
    ]
    process.currentDirectoryURL = folder
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(20)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      process.terminate()
      XCTFail("seen kept reading a line from /dev/zero")
      return
    }
    XCTAssertEqual(process.terminationStatus, 65)
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let line = text.split(separator: "\n").first { $0.hasPrefix("error:") }
    XCTAssertEqual(
      line.map(String.init),
      "error: a line of input is longer than 65536 bytes, the most seen reads (a note is at most 10000 characters); nothing was answered yet, so nothing was saved: start again with: seen review",
      text)
  }

  /// Issue 13: a line over the limit ends the review with one line that says what happened,
  /// where the answers are saved and how to resume; nothing follows it.
  func testALineOverTheLimitIsOneLineNamingTheSavedFileAndTheResumeCommand() throws {
    let over =
      Data("3\n".utf8) + Data(repeating: UInt8(ascii: "a"), count: 65_537) + Data("\n".utf8)
    let run = try SeenExecutable.run(
      ["review", "--interactive", "--save", "mine.json"], stdin: over, currentDirectory: folder)
    XCTAssertEqual(run.status, 65, run.stderr)
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: true)
    XCTAssertEqual(
      lines.last.map(String.init),
      "error: a line of input is longer than 65536 bytes, the most seen reads (a note is at most 10000 characters); your answers so far are saved in 'mine.json': resume with: seen review --resume mine.json",
      run.stderr)
    XCTAssertEqual(lines.dropLast().last, "> ", run.stderr)
    XCTAssertEqual(lines.filter { $0.hasPrefix("error:") }.count, 1, run.stderr)
    XCTAssert(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine.json").path))
  }

  func testALineJustUnderTheLimitIsReadAndOneOverIsRefused() throws {
    // A line of the most bytes is read (and refused as an answer, politely); one byte more ends
    // the review with the line limit's message.
    let most = Data(repeating: UInt8(ascii: "a"), count: 65_536) + Data("\nq\n".utf8)
    let read = try SeenExecutable.run(
      ["review", "--interactive"], stdin: most, currentDirectory: folder)
    XCTAssertEqual(read.status, 0, read.stderr)
    XCTAssert(read.stderr.contains("longer than 10000 characters"), read.stderr)
    let over = Data(repeating: UInt8(ascii: "a"), count: 65_537) + Data("\nq\n".utf8)
    let refused = try SeenExecutable.run(
      ["review", "--interactive"], stdin: over, currentDirectory: folder)
    XCTAssertEqual(refused.status, 65, refused.stderr)
    XCTAssert(refused.stderr.contains("a line of input is longer than 65536 bytes"), refused.stderr)
  }

  /// Standard input closed, or redirected from a folder, is no input (66), as a missing file is.
  func testClosedOrFolderStandardInputIsNoInput() throws {
    for redirect in ["<&-", "< /"] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let binary = try XCTUnwrap(SeenExecutable.url).path
      process.arguments = ["-c", "'\(binary)' report - \(redirect)"]
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
      try process.run()
      process.waitUntilExit()
      let stderr = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      XCTAssertEqual(process.terminationStatus, 66, "\(redirect): \(stderr)")
      XCTAssertTrue(stderr.hasPrefix("error: cannot read standard input: it is "), stderr)
      XCTAssertEqual(stderr.split(separator: "\n").count, 1, stderr)
    }
  }
}
