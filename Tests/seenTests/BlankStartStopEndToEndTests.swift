import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Issue 18 review round 1, points 7 and 8: a blank start that asks nothing says so, and a
/// guided review stopped before its first answer never says its answers are saved.
final class BlankStartStopEndToEndTests: XCTestCase {
  private func exists(_ name: String, in folder: URL) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
  }

  /// Point 7: piped in, without --interactive or --no-input, a blank start asks nothing; one
  /// note on standard error says so and how to answer.
  func testAPipedBlankStartSaysNoQuestionWasAsked() throws {
    let folder = try makeTemporaryDirectory()
    let run = try SeenExecutable.run(
      ["review", "--scenario", "wiltshire", "--blank", "--save", "f.json"],
      stdin: Data("1\n2\n".utf8), currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "note: standard input is not a terminal, so no question was asked and the review has no answers; add --interactive to answer line by line.\n"
    )
    XCTAssertTrue(exists("f.json", in: folder))
  }

  /// Point 7: nothing is said when the answers come from --set, or --no-input says no question
  /// is wanted.
  func testNoNoteWhenAnswersAreGivenOrNoInputIsAsked() throws {
    for extra in [["--set", "confidence=somewhat"], ["--no-input"]] {
      let folder = try makeTemporaryDirectory()
      let run = try SeenExecutable.run(
        ["review", "--scenario", "wiltshire", "--blank", "--save", "f.json"] + extra,
        stdin: Data(), currentDirectory: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertEqual(run.stderr, "", extra.joined(separator: " "))
    }
  }

  /// Point 8: Ctrl-C at the first question of a blank start with --save: no file exists, so
  /// seen says nothing was saved and gives the whole command to start again.
  func testStoppedAtTheFirstQuestionSaysNothingWasSavedAndHowToStartAgain() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      [
        "review", "--scenario", "care", "--blank", "--role", "Health visitor", "--cohort",
        "care before", "--save", "t2.json",
      ], in: folder)
    // A blank start asks no confidence: its first question is the role.
    try terminal.waitFor("What is your role")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGINT)
    XCTAssertEqual(terminal.exitStatus(), 130, terminal.unread)
    let screen = terminal.screen
    XCTAssertFalse(exists("t2.json", in: folder), "nothing was answered")
    XCTAssertFalse(screen.contains("saved to t2.json"), String(screen.suffix(600)))
    XCTAssertFalse(screen.contains("Resume with"), String(screen.suffix(600)))
    XCTAssertTrue(
      screen.contains("Nothing was answered yet, so nothing was saved."),
      String(screen.suffix(600)))
    XCTAssertTrue(
      screen.contains(
        "seen review --scenario care-leaver --blank --role 'Health visitor' --cohort 'care before' --save t2.json"
      )
        || screen.contains(
          "seen review --scenario care --blank --role 'Health visitor' --cohort 'care before' --save t2.json"
        ), String(screen.suffix(600)))
  }

  /// Point 8: Ctrl-D before the first answer of a plain review with --save: the same.
  func testEndOfInputBeforeTheFirstAnswerSaysNothingWasSaved() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review", "--save", "t3.json"], in: folder)
    try terminal.waitFor("How confident")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    _ = terminal.exitStatus()
    let screen = terminal.screen
    XCTAssertFalse(exists("t3.json", in: folder))
    XCTAssertTrue(
      screen.contains("Nothing was answered yet, so nothing was saved."),
      String(screen.suffix(600)))
    XCTAssertTrue(screen.contains("seen review --save t3.json"), String(screen.suffix(600)))
    XCTAssertFalse(screen.contains("Resume with"), String(screen.suffix(600)))
  }

  /// Once an answer is saved, the resume hint is given as before.
  func testStoppedAfterAnAnswerStillGivesTheResumeHint() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review", "--save", "t4.json"], in: folder)
    try terminal.answer("3", at: "How confident")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGINT)
    XCTAssertEqual(terminal.exitStatus(), 130, terminal.unread)
    XCTAssertTrue(exists("t4.json", in: folder))
    XCTAssertTrue(
      normalizingWhitespace(terminal.screen).contains("Resume with: seen review --resume t4.json"),
      String(terminal.screen.suffix(600)))
  }
}
