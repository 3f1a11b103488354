import Foundation
import SeenTestSupport
import XCTest

/// `--save` and `--output` in-process: private files, written atomically, never replaced without
/// `--force`. A full standard output and the mode of a file the binary saves stay end to end in
/// Tests/seenTests/FilesTests.swift.
final class FilesInProcessTests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func review(_ example: String, _ extra: [String]) -> [String] {
    ["review", "--answers", examplePath(example), "--no-input"] + extra
  }

  /// Fails when anything other than `expected` is in the folder, such as a temporary file.
  private func assertFolderHolds(
    _ expected: Set<String>, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    XCTAssertEqual(try names(in: folder), expected, file: file, line: line)
  }

  // MARK: --save

  func testSavedRecordReadsBackToTheSameReport() throws {
    let saving = try assertExecuteCommand(review("two-men", ["--save", path("review.json")]))
    let reading = try assertExecuteCommand(["report", path("review.json")])
    XCTAssertEqual(reading.stdoutData, saving.stdoutData)
  }

  func testSavedRecordKeepsSetAnswers() throws {
    let saving = try assertExecuteCommand([
      "review", "--case", "HV-0193", "--set", "father.identified=yes", "--set",
      "father.contacted=no:left a message", "--no-input", "--save", path("review.json"),
      "--format", "json",
    ])
    let reading = try assertExecuteCommand(["report", path("review.json"), "--format", "json"])
    XCTAssertEqual(reading.stdout, saving.stdout)
    XCTAssertTrue(reading.stdout.contains("left a message"))
  }

  func testSavedRecordIsASeenReview() throws {
    try assertExecuteCommand(review("few-gaps", ["--save", path("review.json")]))
    let record = try jsonObject(String(decoding: contents("review.json") ?? Data(), as: UTF8.self))
    XCTAssertEqual(record["format"] as? String, "seen-review/8")
    let id = try XCTUnwrap(record["id"] as? String)
    XCTAssertEqual(id.count, 32)
    XCTAssertTrue(id.allSatisfy { $0.isHexDigit && !$0.isUppercase }, id)
    XCTAssertEqual(record["case"] as? String, "HV-0101")
  }

  func testSaveRefusesToReplaceAFileWithoutForce() throws {
    try assertExecuteCommand(review("few-gaps", ["--save", path("review.json")]))
    let before = contents("review.json")
    try assertFailure(
      review("two-men", ["--save", path("review.json")]), status: 73,
      messages: [path("review.json"), "--force"])
    XCTAssertEqual(contents("review.json"), before)
    XCTAssertEqual(permissions(of: path("review.json")), 0o600)
  }

  func testSaveWithForceReplacesTheFile() throws {
    try assertExecuteCommand(review("few-gaps", ["--save", path("review.json")]))
    try assertExecuteCommand(review("two-men", ["--save", path("review.json"), "--force"]))
    let record = try jsonObject(String(decoding: contents("review.json") ?? Data(), as: UTF8.self))
    XCTAssertEqual(record["case"] as? String, "SW-0457")
    XCTAssertEqual(permissions(of: path("review.json")), 0o600)
  }

  func testSaveIntoAMissingFolderCannotCreate() throws {
    try assertFailure(
      review("few-gaps", ["--save", "/nonexistent-dir/review.json"]), status: 73,
      messages: ["/nonexistent-dir"])
  }

  // MARK: --output

  func testOutputWritesTheReportAndNothingToStandardOutput() throws {
    let expected = InProcessSeen.run(review("two-men", []))
    try assertExecuteCommand(review("two-men", ["--output", path("report.txt")]), expected: "")
    XCTAssertEqual(contents("report.txt"), Data(expected.stdout.utf8))
  }

  func testShortOutputOptionWritesMarkdown() throws {
    let expected = InProcessSeen.run(["report", examplePath("few-gaps"), "--format", "markdown"])
    try assertExecuteCommand(
      ["report", examplePath("few-gaps"), "--format", "markdown", "-o", path("report.md")],
      expected: "")
    XCTAssertEqual(contents("report.md"), Data(expected.stdout.utf8))
  }

  func testContentOutputWritesAFile() throws {
    let expected = InProcessSeen.run(["content", "--format", "json"])
    try assertExecuteCommand(
      ["content", "--format", "json", "--output", path("content.json")], expected: "")
    XCTAssertEqual(contents("content.json"), Data(expected.stdout.utf8))
  }

  func testOutputFileIsPrivate() throws {
    try assertExecuteCommand(["report", examplePath("few-gaps"), "--output", path("report.txt")])
    XCTAssertEqual(permissions(of: path("report.txt")), 0o600)
  }

  func testOutputRefusesToReplaceAFileWithoutForce() throws {
    let existing = Data("keep me\n".utf8)
    try existing.write(to: folder.appendingPathComponent("report.txt"))
    try assertFailure(
      ["report", examplePath("few-gaps"), "--output", path("report.txt")], status: 73,
      messages: [path("report.txt"), "--force"])
    XCTAssertEqual(contents("report.txt"), existing)
  }

  func testOutputWithForceReplacesTheFile() throws {
    try Data("old\n".utf8).write(to: folder.appendingPathComponent("report.txt"))
    let expected = InProcessSeen.run(["report", examplePath("few-gaps")])
    try assertExecuteCommand(
      ["report", examplePath("few-gaps"), "--output", path("report.txt"), "--force"], expected: "")
    XCTAssertEqual(contents("report.txt"), Data(expected.stdout.utf8))
    XCTAssertEqual(permissions(of: path("report.txt")), 0o600)
  }

  func testOutputIntoAMissingFolderCannotCreate() throws {
    try assertFailure(
      ["report", examplePath("few-gaps"), "--output", "/nonexistent-dir/x.txt"], status: 73,
      messages: ["/nonexistent-dir/x.txt"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: "/nonexistent-dir"))
  }

  func testOutputDashWritesToStandardOutput() throws {
    let expected = InProcessSeen.run(["report", examplePath("few-gaps")])
    try assertExecuteCommand(
      ["report", examplePath("few-gaps"), "--output", "-"], expected: expected.stdout)
  }

  // MARK: Temporary files

  func testNoTemporaryFilesAreLeftAfterSuccess() throws {
    try assertExecuteCommand(
      review("two-men", ["--save", path("review.json"), "--output", path("report.md")])
        + ["--format", "markdown"])
    try assertFolderHolds(["review.json", "report.md"])
  }

  func testNoTemporaryFilesAreLeftAfterARefusal() throws {
    try Data("x".utf8).write(to: folder.appendingPathComponent("report.txt"))
    try assertFailure(
      ["report", examplePath("few-gaps"), "--output", path("report.txt")], status: 73)
    try assertFolderHolds(["report.txt"])
  }

  func testNoTemporaryFilesAreLeftAfterAMistakeInASet() throws {
    // A mistake typed on the command line (--set) is a usage error (issue 13).
    try assertFailure(
      ["review", "--set", "father.histroy=yes", "--no-input", "--save", path("review.json")],
      status: 64)
    try assertFolderHolds([])
  }

  func testOutputFailureAfterSaveLeavesOnlyTheSavedRecord() throws {
    try Data("x".utf8).write(to: folder.appendingPathComponent("report.txt"))
    try assertFailure(
      review("few-gaps", ["--save", path("review.json"), "--output", path("report.txt")]),
      status: 73)
    XCTAssertEqual(try names(in: folder).filter { $0.contains("tmp") }, [])
  }

  func testRelativeOutputIsWrittenInTheCurrentDirectory() throws {
    let run = InProcessSeen.run(
      ["report", examplePath("few-gaps"), "--output", "report.txt"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    try assertFolderHolds(["report.txt"])
  }
}
