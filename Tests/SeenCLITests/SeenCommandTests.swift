import XCTest

@testable import SeenCLI

/// The command run in-process with a captured console.
final class SeenCommandTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  private func run(
    _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
    tty: Bool = false
  )
    -> (ExitCode, String, String)
  {
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { Array(stdin.utf8) }, environment: environment, stdinIsTerminal: tty,
      stdoutIsTerminal: tty, terminalWidth: tty ? 60 : nil)
    let code = SeenCommand.run(arguments, console: console)
    return (code, captured.out, captured.err)
  }

  func testReviewWithoutAnswersIsAUsageError() {
    let (code, out, err) = run(["review"])
    XCTAssertEqual(code, .usage)
    XCTAssertEqual(out, "")
    XCTAssert(err.hasPrefix("error: "))
    XCTAssert(err.contains("--answers") && err.contains("--no-input"))
  }

  func testReviewFromStandardInput() {
    let (code, out, err) = run(
      ["review", "--answers", "-", "--no-input", "--format", "json"],
      stdin: #"{"case": "S1", "men": [{"label": "Father", "answers": {"identified": "yes"}}]}"#)
    XCTAssertEqual(code, .success, err)
    XCTAssert(out.contains("\"case\": \"S1\""))
    XCTAssert(out.contains("\"visibility\": \"unseen\""))
  }

  func testBadStandardInputNamesItAndTheLine() {
    let (code, _, err) = run(
      ["review", "--answers", "-", "--no-input"], stdin: "{\n  \"case\": x\n}")
    XCTAssertEqual(code, .dataError)
    XCTAssert(err.hasPrefix("error: <stdin>:2:11: this is not valid JSON"), err)
  }

  func testFailOnGapsExitsOne() {
    let (code, out, _) = run(["review", "--no-input", "--fail-on-gaps"])
    XCTAssertEqual(code, .gapsFound)
    XCTAssert(out.contains("Gaps ("))
  }

  func testColourFollowsTheTerminalAndTheEnvironment() {
    let arguments = ["review", "--no-input", "--set", "father.identified=yes"]
    XCTAssert(run(arguments, tty: true).1.contains("\u{1B}["))
    XCTAssertFalse(run(arguments, environment: ["NO_COLOR": "1"], tty: true).1.contains("\u{1B}"))
    XCTAssertFalse(run(arguments, tty: false).1.contains("\u{1B}"))
    XCTAssert(run(arguments, environment: ["FORCE_COLOR": "1"], tty: false).1.contains("\u{1B}["))
    XCTAssertFalse(
      run(arguments + ["--no-color"], environment: ["FORCE_COLOR": "1"], tty: true).1.contains(
        "\u{1B}"))
  }

  func testTextWrapsToTheTerminalWidthOnATerminal() {
    let (_, out, _) = run(["content"], environment: ["NO_COLOR": "1"], tty: true)
    XCTAssert(
      out.split(separator: "\n").allSatisfy { $0.count <= 60 || !$0.dropFirst(8).contains(" ") })
  }

  func testWidthOptionIsChecked() {
    XCTAssertEqual(run(["content", "--width", "5"]).0, .usage)
    XCTAssertEqual(run(["content", "--width", "abc"]).0, .usage)
  }

  func testUnknownCommandSuggestsTheNearest() {
    let (code, _, err) = run(["reveiw"])
    XCTAssertEqual(code, .usage)
    XCTAssert(err.contains("unknown command 'reveiw'; did you mean 'review'?"), err)
  }

  func testHelpForEveryCommand() {
    for command in ["review", "report", "content", "help"] {
      let (code, out, err) = run(["help", command])
      XCTAssertEqual(code, .success)
      XCTAssertEqual(err, "")
      XCTAssert(out.contains("USAGE: seen \(command)"), command)
      XCTAssertEqual(run([command, "--help"]).1, out)
    }
  }
}
