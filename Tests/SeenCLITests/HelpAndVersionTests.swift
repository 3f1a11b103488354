import Foundation
import XCTest

/// `--version`, `--help` and `seen help`.
final class HelpAndVersionTests: XCTestCase {
  func testVersionPrintsSeenAndASemanticVersion() throws {
    let run = try assertExecuteCommand(["--version"])
    let pattern = #"^seen [0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\n$"#
    XCTAssertNotNil(
      run.stdout.range(of: pattern, options: .regularExpression),
      "unexpected version output: \(run.stdout.debugDescription)")
  }

  private func assertHelp(
    _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws -> String {
    let run = try assertExecuteCommand(arguments, file: file, line: line)
    XCTAssertTrue(run.stdout.contains("USAGE:"), "no USAGE: in help", file: file, line: line)
    XCTAssertTrue(run.stdout.contains("OVERVIEW:"), "no OVERVIEW: in help", file: file, line: line)
    return run.stdout
  }

  func testDashDashHelpShowsTheCommands() throws {
    let help = try assertHelp(["--help"])
    XCTAssertTrue(help.contains("USAGE: seen <command>"))
    for command in ["review", "report", "content", "help"] {
      XCTAssertTrue(help.contains("\n  \(command) "), "the help does not list '\(command)'")
    }
  }

  func testShortHelpFlagShowsHelp() throws {
    XCTAssertEqual(try assertHelp(["-h"]), try assertHelp(["--help"]))
  }

  func testHelpCommandShowsTheSameHelpAsDashDashHelp() throws {
    XCTAssertEqual(try assertHelp(["help"]), try assertHelp(["--help"]))
  }

  func testNoArgumentsShowsHelp() throws {
    XCTAssertEqual(try assertHelp([]), try assertHelp(["--help"]))
  }

  func testHelpReviewShowsTheReviewOptions() throws {
    let help = try assertHelp(["help", "review"])
    XCTAssertTrue(help.contains("USAGE: seen review"))
    for option in ["--answers", "--set", "--no-input", "--save", "--format", "--output", "--force"]
    {
      XCTAssertTrue(help.contains(option), "help review does not mention \(option)")
    }
  }

  func testReviewDashDashHelpEqualsHelpReview() throws {
    XCTAssertEqual(try assertHelp(["review", "--help"]), try assertHelp(["help", "review"]))
  }

  func testHelpFlagAfterOtherOptionsShowsHelp() throws {
    let help = try assertHelp(["review", "--format", "json", "--help"])
    XCTAssertTrue(help.contains("USAGE: seen review"))
  }

  func testHelpReportAndHelpContent() throws {
    XCTAssertTrue(try assertHelp(["help", "report"]).contains("USAGE: seen report <file>"))
    XCTAssertTrue(try assertHelp(["help", "content"]).contains("USAGE: seen content"))
    XCTAssertEqual(try assertHelp(["report", "-h"]), try assertHelp(["help", "report"]))
  }

  func testHelpListsTheFormatValues() throws {
    let help = normalizingWhitespace(try assertHelp(["help", "report"]))
    XCTAssertTrue(help.contains("text, markdown, json"))
  }

  func testHelpOfAnUnknownCommandIsAUsageError() throws {
    try assertUsageError(["help", "bogus"], messages: ["bogus"])
  }
}
