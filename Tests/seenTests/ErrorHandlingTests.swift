import Foundation
import XCTest

/// Failures: one `error:` line on standard error, nothing on standard output, and a sysexits
/// status: 64 usage, 65 data, 66 no input.
final class ErrorHandlingTests: XCTestCase {
  private let validAnswers = "yes, partly, no, unknown, na"

  // MARK: Usage errors (64)

  func testUnknownOptionIsAUsageError() throws {
    try assertUsageError(["review", "--bogus"], messages: ["error: unknown option '--bogus'"])
  }

  func testUnknownOptionSuggestsTheClosestOption() throws {
    try assertUsageError(
      ["report", examplePath("few-gaps"), "--fromat", "json"],
      messages: ["unknown option '--fromat'", "--format"])
  }

  func testUnknownTopLevelOptionIsAUsageError() throws {
    try assertUsageError(["--bogus"], messages: ["unknown option '--bogus'"])
  }

  func testUnknownCommandIsAUsageError() throws {
    try assertUsageError(["bogus"], messages: ["unknown command 'bogus'", "review"])
  }

  func testMisspeltCommandSuggestsTheCommand() throws {
    try assertUsageError(["revew"], messages: ["unknown command 'revew'", "did you mean 'review'"])
  }

  func testMissingOptionValueIsAUsageError() throws {
    try assertUsageError(["review", "--answers"], messages: ["missing value for '--answers"])
  }

  func testOptionFollowedByAnotherOptionIsMissingItsValue() throws {
    try assertUsageError(
      ["review", "--answers", "--no-input"], messages: ["missing value for '--answers"])
  }

  func testBadFormatValueListsTheValidValues() throws {
    try assertUsageError(
      ["review", "--answers", examplePath("few-gaps"), "--no-input", "--format", "xml"],
      messages: ["'xml'", "--format", "text, markdown, json"])
  }

  func testBadFormatValueOfContentIsAUsageError() throws {
    try assertUsageError(
      ["content", "--format=html"], messages: ["'html'", "text, markdown, json"])
  }

  func testFlagWithAValueIsAUsageError() throws {
    try assertUsageError(["review", "--no-input=yes"], messages: ["--no-input"])
  }

  func testReportWithoutAFileIsAUsageError() throws {
    try assertUsageError(["report"], messages: ["<file>"])
  }

  func testReportWithTwoFilesIsAUsageError() throws {
    try assertUsageError(
      ["report", examplePath("few-gaps"), examplePath("two-men")], messages: ["unexpected argument"]
    )
  }

  func testReviewWithNothingToReviewIsAUsageErrorNamingTheOptions() throws {
    try assertUsageError(["review"], messages: ["--answers", "--no-input"])
  }

  func testWidthOutOfRangeIsAUsageError() throws {
    try assertUsageError(
      ["report", examplePath("few-gaps"), "--width", "5"], messages: ["--width", "'5'"])
  }

  // MARK: Data errors (65)

  func testMalformedJSONNamesTheFileAndLine() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("broken.json")
    try Data("{\n  \"format\": \"seen-review/1\",\n  \"case\": \"HV-1\" oops\n}\n".utf8).write(
      to: file)
    let stderr = try assertFailure(
      ["report", file.path], status: 65, messages: ["\(file.path):3:"])
    XCTAssertNotNil(
      stderr.range(of: #":3:[0-9]+: "#, options: .regularExpression),
      "no line:column in \(stderr)")
  }

  func testMalformedJSONOnStandardInputIsADataError() throws {
    try assertFailure(
      ["review", "--answers", "-", "--no-input"], status: 65, messages: ["<stdin>:1:"],
      stdin: Data("{ nope".utf8))
  }

  func testEmptyStandardInputIsADataError() throws {
    try assertFailure(
      ["review", "--answers", "-", "--no-input"], status: 65, stdin: Data())
  }

  func testUnknownItemInAnswersFileNamesItAndListsTheValidItems() throws {
    let folder = try makeTemporaryDirectory()
    let file = try writeEditedExample("few-gaps", in: folder, as: "unknown-item.json") { record in
      var men = record["men"] as? [[String: Any]] ?? []
      var answers = men[0]["answers"] as? [String: Any] ?? [:]
      answers["bogus-item"] = "yes"
      men[0]["answers"] = answers
      record["men"] = men
    }
    try assertFailure(
      ["report", file.path], status: 65,
      messages: ["\(file.path):", "bogus-item", "men[0].answers", "identified", "contacted"])
  }

  func testBadAnswerValueListsTheAllowedAnswers() throws {
    let folder = try makeTemporaryDirectory()
    let file = try writeEditedExample("few-gaps", in: folder, as: "maybe.json") { record in
      var men = record["men"] as? [[String: Any]] ?? []
      var answers = men[0]["answers"] as? [String: Any] ?? [:]
      answers["views"] = "maybe"
      men[0]["answers"] = answers
      record["men"] = men
    }
    try assertFailure(
      ["review", "--answers", file.path, "--no-input"], status: 65,
      messages: ["\(file.path):", "\"maybe\"", "men[0].answers.views", validAnswers])
  }

  func testMisspeltSetItemIsNamed() throws {
    try assertFailure(
      ["review", "--set", "father.histroy=yes", "--no-input"], status: 64,
      messages: ["father.histroy=yes", "\"histroy\"", "history"])
  }

  func testBadSetAnswerListsTheAllowedAnswers() throws {
    try assertFailure(
      ["review", "--set", "father.history=maybe", "--no-input"], status: 64,
      messages: ["\"maybe\"", validAnswers])
  }

  func testWrongRecordFormatIsADataError() throws {
    let folder = try makeTemporaryDirectory()
    let file = try writeEditedExample("few-gaps", in: folder, as: "future.json") { record in
      record["format"] = "seen-review/9"
    }
    try assertFailure(
      ["report", file.path], status: 65, messages: ["seen-review/9", "newer seen", "seen-review/3"])
  }

  func testContentFileGivenAsAReviewIsADataError() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("content.json")
    try Data(try runSeen(["content", "--format", "json"]).stdout.utf8).write(to: file)
    try assertFailure(["report", file.path], status: 65, messages: ["format"])
  }

  // MARK: Missing input (66)

  func testMissingFileIsNoInput() throws {
    try assertFailure(["report", "/nonexistent.json"], status: 66, messages: ["/nonexistent.json"])
  }

  func testMissingAnswersFileIsNoInput() throws {
    try assertFailure(
      ["review", "--answers", "/nonexistent.json", "--no-input"], status: 66,
      messages: ["/nonexistent.json"])
  }

  func testFolderGivenAsFileIsNoInput() throws {
    let folder = try makeTemporaryDirectory()
    try assertFailure(["report", folder.path], status: 66, messages: [folder.path, "folder"])
  }
}
