import SeenKit
import XCTest

@testable import SeenCLI

final class ArgumentParserTests: XCTestCase {
  let spec = CommandSpec(
    name: "review", abstract: "Test.",
    arguments: [ArgumentSpec(name: "file", help: "A file.", isOptional: true)],
    options: [
      .value("answers", "file", help: "Answers."),
      .value("set", "assignment", help: "Set.", repeats: true),
      .value("format", "format", help: "Format.", choices: ["text", "json"]),
      .value("output", short: "o", "file", help: "Output."),
      .flag("no-input", help: "No input."),
    ])

  func testOptionsTakeSeparateOrInlineValues() throws {
    let parsed = try ArgumentParser.parse(
      ["--answers", "a.json", "--format=json", "-o", "out.txt", "--no-input"], spec: spec)
    XCTAssertEqual(parsed.value("answers"), "a.json")
    XCTAssertEqual(parsed.value("format"), "json")
    XCTAssertEqual(parsed.value("output"), "out.txt")
    XCTAssertTrue(parsed.flag("no-input"))
    XCTAssertFalse(parsed.flag("force"))
  }

  func testRepeatableOptionsKeepEveryValueInOrder() throws {
    let parsed = try ArgumentParser.parse(["--set", "a=yes", "--set=b=no:x=y"], spec: spec)
    XCTAssertEqual(parsed.values("set"), ["a=yes", "b=no:x=y"])
  }

  func testSingleValueOptionGivenTwiceIsRefused() throws {
    for arguments in [
      ["--format", "text", "--format", "json"], ["--format=text", "--format=text"],
    ] {
      XCTAssertThrowsError(try ArgumentParser.parse(arguments, spec: spec)) { error in
        XCTAssert(
          (error as? UsageError)?.message.contains("'--format <format>' was given more than once")
            == true, "\(error)")
      }
    }
  }

  func testNumbersArePlainASCIIDigits() {
    XCTAssertEqual(ArgumentParser.wholeNumber("80"), 80)
    XCTAssertEqual(ArgumentParser.wholeNumber("0080"), 80)
    for text in ["", "+80", "-80", " 80", "80 ", "0x50", "8_0", "\u{0668}\u{0660}", "８０", "1e2"] {
      XCTAssertNil(ArgumentParser.wholeNumber(text), text)
    }
  }

  func testDoubleDashEndsOptionsAndDashIsAnArgument() throws {
    XCTAssertEqual(
      try ArgumentParser.parse(["--", "--answers"], spec: spec).positionals, ["--answers"])
    XCTAssertEqual(try ArgumentParser.parse(["-"], spec: spec).positionals, ["-"])
  }

  func testValuesMayStartWithADashWhenTheyAreNotOptions() throws {
    XCTAssertEqual(try ArgumentParser.parse(["--answers", "-"], spec: spec).value("answers"), "-")
  }

  func testErrorsSayWhatIsWrong() {
    let cases: [([String], String)] = [
      (["--bogus"], "unknown option '--bogus'"),
      (["--answer", "a"], "unknown option '--answer'; did you mean '--answers'?"),
      (["-x"], "unknown option '-x'"),
      (["--answers"], "missing value for '--answers <file>'"),
      (["--answers", "--no-input"], "missing value for '--answers <file>'"),
      (
        ["--format", "pdf"],
        "the value 'pdf' is invalid for '--format <format>'; use one of: text, json"
      ),
      (["--no-input=yes"], "'--no-input' does not take a value"),
      (["a", "b"], "unexpected argument 'b'; seen review takes one at a time"),
    ]
    for (arguments, message) in cases {
      XCTAssertThrowsError(try ArgumentParser.parse(arguments, spec: spec), "\(arguments)") {
        error in
        XCTAssertEqual((error as? UsageError)?.message, message)
        XCTAssertEqual((error as? UsageError)?.usage, "seen review [<file>] [<options>]")
      }
    }
  }

  func testMissingRequiredArgument() {
    let report = CommandSpec(
      name: "report", abstract: "R.",
      arguments: [ArgumentSpec(name: "file", help: "The saved review.")],
      examples: ["seen report review.json"])
    XCTAssertThrowsError(try ArgumentParser.parse([], spec: report)) { error in
      XCTAssertEqual(
        (error as? UsageError)?.message,
        "seen report needs <file>: the saved review; for example: seen report review.json")
    }
  }

  func testEditDistance() {
    XCTAssertEqual("answer".editDistance(to: "answers"), 1)
    XCTAssertEqual("".editDistance(to: "abc"), 3)
    XCTAssertNil(ArgumentParser.closest(to: "zzzzzz", in: ["answers", "set"]))
  }

  func testHelpListsArgumentsOptionsAndChoices() {
    let help = HelpFormatter.help(spec)
    XCTAssert(help.hasPrefix("OVERVIEW: Test.\n\nUSAGE: seen review [<file>] [<options>]\n"))
    XCTAssert(help.contains("ARGUMENTS:\n  <file>"))
    XCTAssert(help.contains("  --format <format>       Format. (values: text, json)"))
    XCTAssert(help.contains("  -o, --output <file>     Output."))
    XCTAssert(help.contains("  -h, --help              Show help information."))
  }
}
