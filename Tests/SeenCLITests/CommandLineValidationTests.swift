import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 13: what was typed on the command line is wrong -> 64 (one line and at most one hint);
/// what is inside a file is wrong -> 65 with the file and line. In-process (`InProcessSeen`): what
/// is checked is the message and the exit code, not the process.
final class CommandLineValidationTests: XCTestCase {
  private let report = ["report", examplePath("two-men")]

  // MARK: Unknown names typed on the command line

  func testAnUnknownScenarioIsAUsageErrorListingTheScenarios() throws {
    for arguments in [
      ["review", "--scenario", "nope", "--no-input"], ["scenarios", "show", "nope"],
      ["workshop", "nope"],
    ] {
      try assertUsageError(arguments, messages: ["there is no scenario 'nope'", "wiltshire"])
    }
  }

  func testAMistakeInASetIsAUsageError() throws {
    try assertUsageError(
      ["review", "--set", "father.histroy=yes", "--no-input"],
      messages: ["father.histroy=yes", "\"histroy\"", "history"])
    try assertUsageError(
      ["review", "--set", "=x", "--no-input"], messages: ["the item before the '=' is empty"])
  }

  func testTheSameMistakeInAnAnswersFileStaysADataErrorWithTheLine() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("bad.json")
    try Data(
      "{\n  \"format\": \"seen-review/3\",\n  \"men\": [\n    {\"label\": \"Father\", \"answers\": {\"histroy\": \"yes\"}}\n  ]\n}\n"
        .utf8
    ).write(to: file)
    try assertFailure(
      ["review", "--answers", file.path, "--no-input"], status: 65,
      messages: ["\(file.path):4", "histroy"])
  }

  // MARK: Empty paths

  func testAnEmptyPathIsAUsageErrorNamingWhereItWasGiven() throws {
    let cases: [([String], String)] = [
      (["report", ""], "as <file>"),
      (report + ["-o", ""], "to '--output'"),
      (["review", "--no-input", "--save", ""], "to '--save'"),
      (["review", "--resume", ""], "to '--resume'"),
      (["review", "--answers", "", "--no-input"], "to '--answers'"),
      (["content", "--content", ""], "to '--content'"),
      (["summary", ""], "as <path>"),
      (["sheet", ""], "as <file>"),
    ]
    for (arguments, place) in cases {
      let stderr = try assertUsageError(arguments, messages: ["an empty path was given \(place)"])
      XCTAssertFalse(stderr.contains("cannot read"), stderr)
    }
  }

  // MARK: Options given twice, and options that contradict each other

  func testASingleValueOptionGivenTwiceIsAUsageError() throws {
    try assertUsageError(
      report + ["--width", "80", "--width", "90"], messages: ["'--width <columns>' was given more"])
    try assertUsageError(
      report + ["--format", "text", "--format=json"], messages: ["'--format <format>' was given"])
    try assertUsageError(
      report + ["-o", "a.txt", "--output", "b.txt"], messages: ["'--output <file>' was given"])
    try assertUsageError(
      ["review", "--no-input", "--case", "A", "--case", "B"],
      messages: [
        "'--case <reference>' was given more than once",
        "only --set, --action, --no-longer-in-babys-life may be repeated",
      ])
  }

  func testSetMayBeRepeated() throws {
    try assertExecuteCommand(
      ["review", "--no-input", "--set", "father.identified=yes", "--set", "father.contacted=no"])
  }

  func testContradictoryOptionsAreAUsageError() throws {
    try assertUsageError(
      ["review", "--no-input", "--interactive", "--scenario", "wiltshire"],
      messages: ["--no-input and --interactive cannot be used together"])
    try assertFailure(
      ["review", "--answers", "-", "--interactive"], status: 64,
      messages: ["--answers -", "--interactive"], stdin: "{}")
  }

  func testIncludeSensitiveNeedsASheetWithNotes() throws {
    try assertUsageError(
      ["sheet", "--leaders", "--include-sensitive"],
      messages: ["--leaders and --include-sensitive cannot be used together"])
    try assertUsageError(["sheet", "--include-sensitive"], messages: ["a blank sheet has none"])
    try assertExecuteCommand(["sheet", examplePath("two-men"), "--include-sensitive"])
  }

  // MARK: Numbers

  func testNumbersArePlainDigits() throws {
    for width in ["+80", "0x50", " 80", "80 ", "8_0", "\u{0668}\u{0660}", "-80", "", "1e2"] {
      try assertUsageError(report + ["--width", width], messages: ["--width"])
    }
    for men in ["+2", " 2", "0x2", "\u{0662}"] {
      try assertUsageError(["sheet", "--men", men], messages: ["--men"])
    }
    try assertExecuteCommand(report + ["--width", "80"])
  }

  // MARK: --version and --help take nothing else

  func testVersionTakesNothingElse() throws {
    try assertUsageError(["--version", "extra"], messages: ["--version takes nothing else"])
    try assertExecuteCommand(["--version"], expected: "seen 0.1.0\n")
  }

  func testHelpWithAWordIsHelpForThatCommand() throws {
    try assertUsageError(["--help", "extra"], messages: ["unknown command 'extra'"])
    try assertUsageError(["--help", "review", "extra"], messages: ["unexpected argument 'extra'"])
    let run = try assertExecuteCommand(["--help", "review"])
    XCTAssert(run.stdout.contains("USAGE: seen review"), run.stdout)
  }

  // MARK: summary of a path that is neither a folder nor a file

  func testSummaryOfADeviceSaysWhatItIs() throws {
    let stderr = try assertFailure(
      ["summary", "/dev/zero"], status: 66,
      messages: ["'/dev/zero' is neither a folder nor a review file", "a device"])
    XCTAssertFalse(stderr.contains("no review files"), stderr)
    XCTAssertEqual(stderr.filter { $0 == "\n" }.count, 1, stderr)
  }

  func testSummaryOfANamedPipeSaysWhatItIs() throws {
    let folder = try makeTemporaryDirectory()
    let pipe = folder.appendingPathComponent("p.json").path
    XCTAssertEqual(mkfifo(pipe, 0o600), 0)
    try assertFailure(
      ["summary", pipe], status: 66, messages: ["is neither a folder nor a review file", "pipe"])
  }

  // MARK: The most men a record holds

  func testSetCannotAddAManBeyondTheMostARecordHolds() throws {
    let folder = try makeTemporaryDirectory()
    let full = folder.appendingPathComponent("full.json")
    let men = (1...1000).map { #"{"label":"M\#($0)"}"# }.joined(separator: ",")
    try Data(#"{"format":"seen-review/3","men":[\#(men)]}"#.utf8).write(to: full)
    let saved = folder.appendingPathComponent("out.json")
    try assertUsageError(
      [
        "review", "--answers", full.path, "--set", "newman.identified=yes", "--no-input", "--save",
        saved.path,
      ], messages: ["seen reads at most 1000 in one review"])
    XCTAssertFalse(FileManager.default.fileExists(atPath: saved.path))
    // Up to the limit, what seen saves it reads back. (Text reports: a JSON report of 1000 men
    // takes seconds in a debug build, and the format is not what this is about.)
    try assertExecuteCommand(
      [
        "review", "--answers", full.path, "--set", "m1.identified=yes", "--no-input", "--save",
        saved.path,
      ])
    try assertExecuteCommand(["report", saved.path])
  }
}
