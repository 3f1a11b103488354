import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// What a tester tried in order to break seen, kept as tests: each ends in one clear message and
/// a sysexits code, never a crash, a hang, a replaced device or a false "saved". End to end here:
/// standard input closed, endless or from a folder, and lines over the limit on a guided
/// review's input; the rest is tested in-process by AdversarialInputInProcessTests in
/// Tests/SeenCLITests.
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
