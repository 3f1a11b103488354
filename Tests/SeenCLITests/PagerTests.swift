import Foundation
import XCTest

@testable import SeenCLI

/// The pager's decision, which needs no terminal, and its hook where commands write.
final class PagerDecisionTests: XCTestCase {
  private let less: () -> Bool = { true }
  private let noLess: () -> Bool = { false }

  /// The decision for long text (100 lines on 24 rows) on a terminal, changing one thing.
  private func decide(
    isTerminal: Bool = true, rows: Int? = 24, lineCount: Int = 100,
    environment: [String: String] = [:], noPager: Bool = false,
    lessIsInstalled: (() -> Bool)? = nil
  ) -> PagerDecision {
    PagerDecision.decide(
      isTerminal: isTerminal, rows: rows, lineCount: lineCount, environment: environment,
      noPager: noPager, lessIsInstalled: lessIsInstalled ?? less)
  }

  func testLongTextOnATerminalGoesToLessByDefault() {
    XCTAssertEqual(decide(), .page(command: "less -FRX"))
  }

  func testNotATerminalPrints() {
    XCTAssertEqual(decide(isTerminal: false), .print)
    XCTAssertEqual(decide(isTerminal: false, environment: ["PAGER": "more"]), .print)
  }

  func testNoPagerFlagPrints() {
    XCTAssertEqual(decide(noPager: true), .print)
    XCTAssertEqual(decide(environment: ["SEEN_PAGER": "more"], noPager: true), .print)
  }

  func testPagerIsUsedAsGiven() {
    XCTAssertEqual(decide(environment: ["PAGER": "more"]), .page(command: "more"))
    XCTAssertEqual(decide(environment: ["PAGER": "less -R"]), .page(command: "less -R"))
    XCTAssertEqual(decide(environment: ["PAGER": "  most  "]), .page(command: "most"))
  }

  func testPagerCatOrEmptyPrints() {
    for value in ["cat", "", " ", " cat\n"] {
      XCTAssertEqual(
        decide(environment: ["PAGER": value]), .print, "PAGER=\(value.debugDescription)")
    }
  }

  func testSeenPagerComesBeforePager() {
    XCTAssertEqual(
      decide(environment: ["SEEN_PAGER": "most", "PAGER": "more"]), .page(command: "most"))
    // Set but empty (or cat) turns paging off, as GIT_PAGER does, whatever PAGER says.
    XCTAssertEqual(decide(environment: ["SEEN_PAGER": "", "PAGER": "more"]), .print)
    XCTAssertEqual(decide(environment: ["SEEN_PAGER": "cat", "PAGER": "more"]), .print)
  }

  func testWithoutLessAndWithoutAPagerPrints() {
    XCTAssertEqual(decide(lessIsInstalled: noLess), .print)
    XCTAssertEqual(
      decide(environment: ["PAGER": "more"], lessIsInstalled: noLess), .page(command: "more"))
  }

  func testAChosenPagerNeverLooksForLess() {
    let mustNotLook: () -> Bool = {
      XCTFail("looked for less although a pager was chosen")
      return false
    }
    XCTAssertEqual(
      decide(environment: ["PAGER": "more"], lessIsInstalled: mustNotLook), .page(command: "more"))
    XCTAssertEqual(decide(isTerminal: false, lessIsInstalled: mustNotLook), .print)
    XCTAssertEqual(decide(lineCount: 3, lessIsInstalled: mustNotLook), .print)
  }

  func testDumbTerminalGetsNoDefaultPagerButAChosenOne() {
    XCTAssertEqual(decide(environment: ["TERM": "dumb"]), .print)
    XCTAssertEqual(
      decide(environment: ["TERM": "dumb", "PAGER": "more"]), .page(command: "more"))
  }

  func testTextThatFitsWithALineForThePromptPrints() {
    XCTAssertEqual(decide(rows: 24, lineCount: 23), .print)
    XCTAssertEqual(decide(rows: 24, lineCount: 24), .page(command: "less -FRX"))
    XCTAssertEqual(decide(rows: 24, lineCount: 0), .print)
    XCTAssertEqual(decide(rows: 200, lineCount: 150), .print)
    XCTAssertEqual(decide(rows: 200, lineCount: 250), .page(command: "less -FRX"))
  }

  func testRowsFallBackToLinesThenTwentyFour() {
    XCTAssertEqual(decide(rows: nil, lineCount: 40, environment: ["LINES": "50"]), .print)
    XCTAssertEqual(
      decide(rows: nil, lineCount: 60, environment: ["LINES": "50"]), .page(command: "less -FRX"))
    XCTAssertEqual(decide(rows: nil, lineCount: 23), .print)
    XCTAssertEqual(decide(rows: nil, lineCount: 24), .page(command: "less -FRX"))
    XCTAssertEqual(decide(rows: 0, lineCount: 30, environment: ["LINES": "50"]), .print)
    XCTAssertEqual(
      decide(rows: nil, lineCount: 30, environment: ["LINES": "tall"]), .page(command: "less -FRX"))
    // The terminal's own size wins over LINES.
    XCTAssertEqual(
      decide(rows: 24, lineCount: 30, environment: ["LINES": "50"]), .page(command: "less -FRX"))
  }

  // MARK: Counting lines

  func testLineCountCountsLinesWithOrWithoutTheLastNewline() {
    XCTAssertEqual(PagerDecision.lineCount(of: "", columns: 80), 0)
    XCTAssertEqual(PagerDecision.lineCount(of: "a\nb\n", columns: 80), 2)
    XCTAssertEqual(PagerDecision.lineCount(of: "a\nb", columns: 80), 2)
    XCTAssertEqual(PagerDecision.lineCount(of: "a\n\n\nb\n", columns: 80), 4)
    XCTAssertEqual(PagerDecision.lineCount(of: "\n", columns: nil), 1)
  }

  func testLongLinesWrapAtTheEdge() {
    let eighty = String(repeating: "x", count: 80)
    XCTAssertEqual(PagerDecision.lineCount(of: eighty + "\n", columns: 80), 1)
    XCTAssertEqual(PagerDecision.lineCount(of: eighty + "x\n", columns: 80), 2)
    XCTAssertEqual(PagerDecision.lineCount(of: eighty + eighty + "x\n", columns: 80), 3)
    XCTAssertEqual(PagerDecision.lineCount(of: eighty + "x\n", columns: nil), 1)
  }

  func testColourCodesTakeNoRoom() {
    let line = "\u{1B}[1m" + String(repeating: "é", count: 78) + "\u{1B}[0m\u{1B}[22m\n"
    XCTAssertEqual(PagerDecision.lineCount(of: line, columns: 78), 1)
    XCTAssertEqual(PagerDecision.lineCount(of: line, columns: 77), 2)
  }

  // MARK: Finding less

  func testIsInstalledSearchesThePath() {
    XCTAssertTrue(Pager.isInstalled("sh", path: "/nonexistent:/bin"))
    XCTAssertFalse(Pager.isInstalled("sh", path: "/nonexistent"))
    XCTAssertFalse(Pager.isInstalled("no-such-program-\(getpid())", path: "/usr/bin:/bin"))
    // A folder is not a program.
    XCTAssertFalse(Pager.isInstalled("bin", path: "/"))
  }
}

/// Where commands write: the hook asks the console's pager, with the decision's command.
final class PagerHookTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
    var paged: [(text: String, command: String)] = []
  }

  /// Runs seen in-process as on a terminal of 80 by `rows`, with a pager that records what it
  /// was given and returns `started`.
  private func run(
    _ arguments: [String], environment: [String: String] = ["PAGER": "test-pager"],
    rows: Int = 24, tty: Bool = true, started: Bool = true
  ) -> (code: ExitCode, captured: Captured) {
    let captured = Captured()
    var console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: environment, stdinIsTerminal: tty,
      stdoutIsTerminal: tty, terminalWidth: tty ? 80 : nil)
    console.terminalHeight = tty ? rows : nil
    console.pager = { text, command in
      captured.paged.append((text, command))
      return started
    }
    let code = SeenCommand.run(arguments, console: console)
    return (code, captured)
  }

  private let longReport = [
    "review", "--no-input", "--set", "father.identified=yes", "--set", "father.contacted=no",
  ]

  func testLongReportGoesToThePagerAndNotToStandardOutput() {
    let (code, captured) = run(longReport)
    XCTAssertEqual(code, .success, captured.err)
    XCTAssertEqual(captured.paged.count, 1)
    XCTAssertEqual(captured.paged.first?.command, "test-pager")
    XCTAssertTrue(captured.paged.first?.text.contains("Gaps (") ?? false)
    XCTAssertEqual(captured.out, "")
  }

  func testThePagedTextIsTheTextThatWouldBePrinted() {
    let paged = run(longReport).captured.paged.first?.text
    let printed = run(longReport + ["--no-pager"]).captured.out
    XCTAssertFalse(printed.isEmpty)
    XCTAssertEqual(paged, printed)
    XCTAssertTrue(printed.contains("\u{1B}["), "the terminal's colour is kept for the pager")
  }

  func testNoPagerPrintsDirectly() {
    let (code, captured) = run(longReport + ["--no-pager"])
    XCTAssertEqual(code, .success, captured.err)
    XCTAssertTrue(captured.paged.isEmpty)
    XCTAssertTrue(captured.out.contains("Gaps ("))
  }

  func testAPagerThatCannotStartLeavesTheTextToBePrinted() {
    let (code, captured) = run(longReport, started: false)
    XCTAssertEqual(code, .success, captured.err)
    XCTAssertEqual(captured.paged.count, 1, "the pager was tried")
    XCTAssertTrue(captured.out.contains("Gaps ("))
  }

  func testOutputToAFileIsNeverPaged() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("seen-pager-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (code, captured) = run(longReport + ["--output", path])
    XCTAssertEqual(code, .success, captured.err)
    XCTAssertTrue(captured.paged.isEmpty)
    XCTAssertTrue(FileManager.default.fileExists(atPath: path))
  }

  func testNotATerminalOrATallOneIsNotPaged() {
    XCTAssertTrue(run(longReport, tty: false).captured.paged.isEmpty)
    let tall = run(longReport, rows: 1000).captured
    XCTAssertTrue(tall.paged.isEmpty)
    XCTAssertTrue(tall.out.contains("Gaps ("))
  }

  func testFailOnGapsStillExitsOneWhenPaged() {
    let (code, captured) = run(longReport + ["--fail-on-gaps"])
    XCTAssertEqual(code, .gapsFound)
    XCTAssertEqual(captured.paged.count, 1)
  }

  func testContentAndScenariosArePaged() {
    for arguments in [["content"], ["scenarios", "show", "wiltshire"], ["scenarios"]] {
      let (code, captured) = run(arguments, rows: 5)
      XCTAssertEqual(code, .success, "\(arguments): \(captured.err)")
      XCTAssertEqual(captured.paged.count, 1, "\(arguments)")
      XCTAssertEqual(captured.out, "", "\(arguments)")
    }
  }

  func testHelpAndTheCommandsForPaperAreNotPaged() {
    for arguments in [
      ["help", "review"], ["review", "--help"], ["sheet"], ["workshop", "wiltshire"],
      ["workshop", "wiltshire", "--steps"],
    ] {
      let (code, captured) = run(arguments, rows: 5)
      XCTAssertEqual(code, .success, "\(arguments): \(captured.err)")
      XCTAssertTrue(captured.paged.isEmpty, "\(arguments)")
      XCTAssertFalse(captured.out.isEmpty, "\(arguments)")
    }
  }

  func testNoPagerIsAnOptionOfThePagedCommands() {
    for command in ["review", "report", "content", "scenarios"] {
      let (_, captured) = run(["help", command], environment: [:])
      XCTAssertTrue(captured.out.contains("--no-pager"), "seen help \(command)")
    }
  }
}
