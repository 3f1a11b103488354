import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `seen review` on a terminal, end to end: the built binary on a pseudo-terminal, typed at line
/// by line, interrupted, resumed, and driven from a pipe with --interactive.
final class InteractiveReviewTests: XCTestCase {
  /// A question's marker (text of its prompt) and the line typed at it.
  private typealias Step = (marker: String, line: String)

  /// The items asked about each man, about the case, and the reflective questions.
  private let manItemCount = 22
  private let caseItemCount = 7
  private let reflectionCount = 8

  /// One letter per item, in the order asked: each exploration (d done, p partly, n not yet,
  /// and y from earlier versions) is followed by what was found (p, a, u; Enter gives "don't
  /// know" after an exploration not done: mental health, 11 and 12); the safety question (y, n,
  /// u) is second.
  private let manLetters = [
    "d", "n", "n", "p", "p", "u", "a", "a", "y", "p", "n", "", "d", "a", "u", "p", "a", "y", "p",
    "n", "d", "p",
  ]
  /// Another set for a second man, so that the two men's answers differ.
  private let partnerLetters = [
    "n", "u", "y", "p", "n", "a", "p", "a", "y", "u", "p", "a", "n", "u", "a", "y", "p", "n", "a",
    "y", "n", "p",
  ]
  /// The case items, the practitioner's fear (y, n, u) second to last.
  private let caseLetters = ["y", "p", "n", "y", "p", "n", "n"]

  // MARK: Steps

  private func firstManSteps(caseReference: String, anotherMan: String = "n") -> [Step] {
    [
      ("[You]", "3"), ("What is your role", "2"), ("[Case]", caseReference),
      ("Date of the review", ""), ("[Men · 1]", ""), ("How is he related", "1"),
      ("Does he live with the baby", "y"), ("Is there another man", anotherMan),
    ]
  }

  /// The position of "His own views", after which what he brings is asked.
  private let viewsPosition = 4

  /// A man's items, one letter each, with what he brings (`strengths`, Enter to skip) after his
  /// views; or the case's items ("Case").
  private func itemSteps(man: String, letters: [String], strengths: String = "") -> [Step] {
    letters.enumerated().flatMap { offset, letter -> [Step] in
      let item: Step = ("[\(man) · \(offset + 1) of \(letters.count)]", letter)
      let bringsNext = man != "Case" && offset + 1 == viewsPosition
      return bringsNext ? [item, ("[\(man)] What he brings", strengths)] : [item]
    }
  }

  private var closingSteps: [Step] {
    itemSteps(man: "Case", letters: caseLetters)
      + (2...reflectionCount).map { ("[Reflection · \($0) of \(reflectionCount)]", "") }
      + [("Your answers", ""), ("[Agreed actions]", "")]
  }

  private func wholeReviewSteps(caseReference: String, strengths: String = "") -> [Step] {
    firstManSteps(caseReference: caseReference)
      + itemSteps(man: "Father", letters: manLetters, strengths: strengths) + closingSteps
  }

  private func type(_ steps: some Sequence<Step>, on terminal: PseudoTerminal) throws {
    for step in steps {
      try terminal.answer(step.line, at: step.marker)
    }
  }

  // MARK: Files

  private func savedRecord(_ url: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: url), as: UTF8.self))
  }

  private func men(of record: [String: Any]) -> [[String: Any]] {
    record["men"] as? [[String: Any]] ?? []
  }

  private func answerCount(of record: [String: Any]) -> Int {
    men(of: record).reduce(0) { $0 + (($1["answers"] as? [String: Any])?.count ?? 0) }
      + ((record["answers"] as? [String: Any])?.count ?? 0)
  }

  /// `seen report FILE` (as text, or with `--format`), checked to succeed.
  private func report(
    _ url: URL, format: String? = nil, file: StaticString = #filePath, line: UInt = #line
  ) throws -> SeenRun {
    var arguments = ["report", url.path]
    if let format { arguments += ["--format", format] }
    let run = try runSeenWithTimeout(
      arguments, stdin: nil, currentDirectory: url.deletingLastPathComponent(), file: file,
      line: line)
    XCTAssertEqual(
      run.status, 0, "seen report of the saved record; stderr:\n\(run.stderr)", file: file,
      line: line)
    return run
  }

  private func assertResumeHint(
    _ terminal: PseudoTerminal, file fileName: String, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let screen = normalizingWhitespace(terminal.screen)
    XCTAssertTrue(
      screen.contains("Resume with: seen review --resume \(fileName)"),
      "the resume hint should name \(fileName):\n\(terminal.screen.suffix(600))", file: file,
      line: line)
  }

  private func skipUnlessScriptWorks() throws {
    #if os(Linux)
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
        throw XCTSkip("needs script(1) from util-linux to give seen a controlling terminal")
      }
    #else
      throw XCTSkip(
        "needs script(1) from util-linux (script -c) to give seen a controlling terminal")
    #endif
  }

  // MARK: 1. A whole review

  /// Today's date as seen gives it (the local calendar day), read before and after a run so
  /// that a run across midnight still matches one of them.
  private func localToday() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return String(
      format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday))
  }

  func testWholeReviewOfOneManTakesOneLetterPerAnswer() throws {
    let folder = try makeTemporaryDirectory()
    let before = localToday()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try terminal.waitFor("Your answers are saved as you go")
    try type(
      wholeReviewSteps(caseReference: "T-1", strengths: "Gives the evening feed"), on: terminal)

    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertLessThanOrEqual(terminal.linesSent, 50, "lines typed for a one-man review")
    XCTAssertTrue(terminal.screen.contains("Gap report: case T-1"), terminal.unread)
    XCTAssertTrue(terminal.screen.contains("Saved to seen-review-T-1.json."), terminal.unread)

    let saved = folder.appendingPathComponent("seen-review-T-1.json")
    XCTAssertEqual(permissions(of: saved.path), 0o600, "the saved record's mode")
    let json = try jsonObject(report(saved, format: "json").stdout)
    let reportMen = json["men"] as? [[String: Any]] ?? []
    XCTAssertEqual(reportMen.first?["label"] as? String, "Father")
    XCTAssertEqual(reportMen.count, 1)
    let record = try savedRecord(saved)
    XCTAssertEqual(record["case"] as? String, "T-1")
    XCTAssertEqual(record["format"] as? String, "seen-review/8")
    XCTAssertEqual((record["id"] as? String)?.count, 32, "a guided review has its own id")
    XCTAssertEqual(record["role"] as? String, "Health visitor", "chosen by its number")
    let date = try XCTUnwrap(record["date"] as? String)
    XCTAssert([before, localToday()].contains(date), "Enter gives today's date, not \(date)")
    XCTAssertEqual(men(of: record).first?["strengths"] as? String, "Gives the evening feed")
    let answers = men(of: record).first?["answers"] as? [String: Any]
    XCTAssertEqual(answers?["identified"] as? String, "yes", "d (done) is stored as yes")
    XCTAssertEqual(answers?["mental-health"] as? String, "no")
    XCTAssertEqual(
      answers?["mental-ill-health"] as? String, "unknown", "Enter after an exploration not done")
    XCTAssertEqual(answerCount(of: record), manItemCount + caseItemCount)
  }

  // MARK: 2. Two men

  func testSecondManIsAddedAndReported() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    let partner = "Mother's partner"
    let steps: [Step] =
      firstManSteps(caseReference: "T-2", anotherMan: "y")
      + [
        ("[Men · 2]", partner), ("How is he related", "2"), ("Does he live with the baby", "n"),
        ("Is there another man", "n"),
      ]
      + itemSteps(man: "Father", letters: manLetters)
      + itemSteps(man: partner, letters: partnerLetters) + closingSteps
    try type(steps, on: terminal)

    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let saved = folder.appendingPathComponent("seen-review-T-2.json")
    let record = try savedRecord(saved)
    let savedMen = men(of: record)
    XCTAssertEqual(savedMen.map { $0["label"] as? String }, ["Father", partner])
    XCTAssertEqual(savedMen.last?["relationship"] as? String, "partner")
    XCTAssertEqual(savedMen.last?["livesWithBaby"] as? Bool, false)
    XCTAssertEqual(
      (savedMen.last?["answers"] as? [String: Any])?.count, manItemCount, "his answers")

    let text = try report(saved).stdout
    XCTAssertTrue(text.contains("Father"), text)
    XCTAssertTrue(text.contains(partner), text)
    XCTAssertTrue(terminal.screen.contains(partner + ":"), "the report on the terminal")
  }

  // MARK: 3. Ctrl-C and --resume

  /// Ctrl-C typed on a real controlling terminal (through script), then --resume in a new
  /// terminal, must give the very record an uninterrupted review gives.
  func testCtrlCThenResumeGivesTheSameReportAsOneSitting() throws {
    try skipUnlessScriptWorks()
    let interrupted = try makeTemporaryDirectory()
    let fileName = "seen-review-T-3.json"
    let saved = interrupted.appendingPathComponent(fileName)
    let fatherSteps = itemSteps(man: "Father", letters: manLetters)

    let first = try PseudoTerminal(["review"], in: interrupted, throughScript: true)
    // Eight items and what he brings (Enter).
    try type(firstManSteps(caseReference: "T-3") + fatherSteps.prefix(9), on: first)
    try first.waitFor("[Father · 9 of \(manItemCount)]")
    try first.waitForPrompt()
    first.sendControl("c")
    XCTAssertEqual(first.exitStatus(), 130, "exit status after Ctrl-C")
    XCTAssertTrue(first.screen.contains("Stopped (Ctrl-C)."), first.unread)
    assertResumeHint(first, file: fileName)
    let partial = try savedRecord(saved)
    XCTAssertEqual(answerCount(of: partial), 8, "the answers given before Ctrl-C")
    XCTAssertEqual(
      (men(of: partial).first?["answers"] as? [String: String])?["identified"], "yes")

    let second = try PseudoTerminal(["review", "--resume", fileName], in: interrupted)
    try type(fatherSteps.dropFirst(9) + closingSteps, on: second)
    XCTAssertEqual(second.exitStatus(), 0, second.unread)
    XCTAssertTrue(second.screen.contains("Gap report: case T-3"), second.unread)
    XCTAssertFalse(
      second.screen.contains("[Father · 8 of"), "--resume should start at the first unanswered item"
    )

    let oneSitting = try makeTemporaryDirectory()
    let whole = try PseudoTerminal(["review"], in: oneSitting)
    try type(wholeReviewSteps(caseReference: "T-3"), on: whole)
    XCTAssertEqual(whole.exitStatus(), 0, whole.unread)

    let uninterrupted = oneSitting.appendingPathComponent(fileName)
    XCTAssertEqual(
      try report(saved).stdoutData, try report(uninterrupted).stdoutData,
      "the text report of the resumed review")
    XCTAssertEqual(
      try report(saved, format: "json").stdoutData,
      try report(uninterrupted, format: "json").stdoutData, "the JSON report of the resumed review")
  }

  /// SIGINT sent to seen itself (no controlling terminal needed) stops it the same way.
  func testSIGINTStopsWithStatus130AndTheResumeHint() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try type(
      firstManSteps(caseReference: "T-3b")
        + itemSteps(man: "Father", letters: manLetters).prefix(5), on: terminal)
    try terminal.waitFor("[Father · 5 of \(manItemCount)]")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGINT)
    XCTAssertEqual(terminal.exitStatus(), 130)
    assertResumeHint(terminal, file: "seen-review-T-3b.json")
    let saved = folder.appendingPathComponent("seen-review-T-3b.json")
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), 4)
    _ = try report(saved)
  }

  // MARK: 4. Ctrl-D and SIGTERM

  func testCtrlDMidwayExits1AndLeavesAValidRecord() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try type(
      firstManSteps(caseReference: "T-4")
        + itemSteps(man: "Father", letters: manLetters).prefix(6), on: terminal)
    try terminal.waitFor("[Father · 6 of \(manItemCount)]")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1, "exit status after Ctrl-D")
    XCTAssertTrue(terminal.screen.contains("(Ctrl-D)"), terminal.unread)
    assertResumeHint(terminal, file: "seen-review-T-4.json")
    let saved = folder.appendingPathComponent("seen-review-T-4.json")
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), 5)
    XCTAssertTrue(try report(saved).stdout.contains("Gap report: case T-4"))
  }

  func testSIGTERMMidwayExits143AndLeavesAValidRecord() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try type(
      firstManSteps(caseReference: "T-4b")
        + itemSteps(man: "Father", letters: manLetters).prefix(7), on: terminal)
    try terminal.waitFor("[Father · 7 of \(manItemCount)]")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGTERM)
    XCTAssertEqual(terminal.exitStatus(), 143, "exit status after SIGTERM")
    XCTAssertTrue(terminal.screen.contains("Stopped (SIGTERM)."), terminal.unread)
    assertResumeHint(terminal, file: "seen-review-T-4b.json")
    let saved = folder.appendingPathComponent("seen-review-T-4b.json")
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), 6)
    _ = try report(saved)
  }

  /// A hang-up (the terminal window closed) saves and exits 129 without a word: there is no
  /// one to read a message, and nothing about Ctrl-D.
  func testSIGHUPMidwayExits129SilentlyAndLeavesAValidRecord() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try type(
      firstManSteps(caseReference: "T-4c")
        + itemSteps(man: "Father", letters: manLetters).prefix(7), on: terminal)
    try terminal.waitFor("[Father · 7 of \(manItemCount)]")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGHUP)
    XCTAssertEqual(terminal.exitStatus(), 129, "exit status after SIGHUP")
    XCTAssertEqual(terminal.unread, "", "nothing is written to a terminal that has gone")
    let saved = folder.appendingPathComponent("seen-review-T-4c.json")
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), 6)
    _ = try report(saved)
  }

  /// Closing the terminal (its master side) ends the input with EIO: that is a hang-up, not
  /// Ctrl-D, so the status is 129, not 1.
  func testClosedTerminalExits129NotAsCtrlD() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try type(
      firstManSteps(caseReference: "T-4d")
        + itemSteps(man: "Father", letters: manLetters).prefix(7), on: terminal)
    try terminal.waitFor("[Father · 7 of \(manItemCount)]")
    try terminal.waitForPrompt()
    terminal.closeTerminal()
    let deadline = Date().addingTimeInterval(10)
    while terminal.process.isRunning && Date() < deadline { usleep(10_000) }
    XCTAssertFalse(terminal.process.isRunning, "seen kept running after its terminal closed")
    if terminal.process.isRunning { terminal.terminate() }
    XCTAssertEqual(terminal.process.terminationReason, .exit)
    XCTAssertEqual(terminal.process.terminationStatus, 129, "exit status after the terminal closed")
    let saved = folder.appendingPathComponent("seen-review-T-4d.json")
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), 6)
  }

  /// A signal sent the moment the prompt appears stops seen with 143. The moment where a signal
  /// used to be lost (between the reader's last look for one and its wait for input, about 1 run
  /// in 100) is hit every time in-process by `SignalTimingTests`; here, the real process once.
  func testSignalRightAfterThePromptStopsSeen() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try terminal.waitFor("[You]")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGTERM)
    XCTAssertEqual(terminal.exitStatus(), 143)
  }

  func testCtrlDBeforeAnyAnswerSavesNothingAndSaysSo() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try terminal.waitFor("[You]")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1)
    XCTAssertTrue(
      normalizingWhitespace(terminal.screen).contains("nothing was saved"), terminal.unread)
    XCTAssertEqual(try names(in: folder), [], "no file without an answer")
  }

  // MARK: 5. Help and navigation

  func testHelpBackNotesNotApplicableAndTheReviewScreen() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder, columns: 200)
    let item = { (number: Int) in "[Father · \(number) of \(self.manItemCount)]" }
    try type(firstManSteps(caseReference: "T-5"), on: terminal)

    // ? explains, and asks the same question again.
    try terminal.answer("?", at: item(1))
    try terminal.waitFor("Why it matters:")
    try terminal.answer("y", at: item(1))

    // b goes back to the question before, whose prompt and answer show again.
    try terminal.answer("b", at: item(2))
    try terminal.waitFor(item(1))
    try terminal.waitFor("  now: done")
    try terminal.answer("d")
    try terminal.answer("n", at: item(2))

    // Garbage is not understood, and the same question is asked again.
    try terminal.answer("maybe", at: item(3))
    try terminal.waitFor("Not understood")
    try terminal.answer("n: letter sent", at: item(3))

    // x with no note asks why; the reason is kept as the note.
    try terminal.answer("x", at: item(4))
    try terminal.waitFor("Why does it not apply?")
    try terminal.answer("he has not been met yet")

    try type(
      itemSteps(man: "Father", letters: manLetters).dropFirst(4) + closingSteps.dropLast(2),
      on: terminal)

    // On the review screen a number jumps to that answer, and answering it comes back here.
    try terminal.waitFor("Your answers")
    try terminal.waitFor(" 8. Father: Identified: done\r\n")
    try terminal.answer("8")
    try terminal.waitFor(item(1))
    try terminal.answer("p")
    try terminal.waitFor("Your answers")
    try terminal.waitFor(" 8. Father: Identified: partly\r\n")
    try terminal.answer("")
    try terminal.answer("", at: "[Agreed actions]")

    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let record = try savedRecord(folder.appendingPathComponent("seen-review-T-5.json"))
    let answers = men(of: record).first?["answers"] as? [String: Any] ?? [:]
    XCTAssertEqual(answers["identified"] as? String, "partly", "changed from the review screen")
    let contacted = answers["contacted"] as? [String: String]
    XCTAssertEqual(contacted?["answer"], "no")
    XCTAssertEqual(contacted?["note"], "letter sent")
    let views = answers["views"] as? [String: String]
    XCTAssertEqual(views?["answer"], "na")
    XCTAssertEqual(views?["note"], "he has not been met yet")
  }

  // MARK: 6. Without a terminal

  /// Endless blank lines from a script (`yes ''`) once made the relationship question, which
  /// needs an answer, ask for ever: the session now stops after 50 refusals in a row.
  func testEndlessRefusedInputFromAScriptStopsTheSession() throws {
    let folder = try makeTemporaryDirectory()
    let blank = Data(String(repeating: "\n", count: 500).utf8)
    let run = try runSeenWithTimeout(
      ["review", "--interactive", "--save", "r.json"], stdin: blank, currentDirectory: folder)
    XCTAssertEqual(run.status, 65, run.stderr)
    let last = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
    XCTAssertTrue(last.hasPrefix("error: the input gave 50 answers in a row"), last)
    XCTAssertTrue(last.contains("seen review --resume r.json"), last)
    XCTAssertEqual(try names(in: folder), ["r.json"])
  }

  func testNoTerminalWithoutFlagsIsAUsageErrorAtOnce() throws {
    let folder = try makeTemporaryDirectory()
    for stdin in [nil, Data("y\n".utf8)] {
      let run = try runSeenWithTimeout(["review"], stdin: stdin, currentDirectory: folder)
      let source = stdin == nil ? "< /dev/null" : "from a pipe"
      XCTAssertEqual(run.status, 64, "seen review \(source): \(run.stderr)")
      XCTAssertEqual(run.stdout, "", "seen review \(source)")
      let hint = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
      XCTAssertTrue(hint.hasPrefix("error: "), run.stderr)
      XCTAssertTrue(
        hint.contains("--answers") && hint.contains("--no-input"),
        "one line should name --answers and --no-input:\n\(run.stderr)")
    }
    XCTAssertEqual(try names(in: folder), [], "nothing saved")
  }

  private func pipedLines(_ steps: [Step]) -> Data {
    Data(steps.map { $0.line + "\n" }.joined().utf8)
  }

  func testInteractiveFlagReadsAWholeReviewFromAPipe() throws {
    let folder = try makeTemporaryDirectory()
    let run = try runSeenWithTimeout(
      ["review", "--interactive"], stdin: pipedLines(wholeReviewSteps(caseReference: "P-6")),
      currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.hasPrefix("Gap report: case P-6"), run.stdout)
    for prompt in ["[Father ·", "[Case]", "Your answers", "> "] {
      XCTAssertFalse(run.stdout.contains(prompt), "prompt text \(prompt) on standard output")
    }
    XCTAssertTrue(run.stderr.contains("[Father · \(manItemCount) of \(manItemCount)]"), run.stderr)
    XCTAssertTrue(run.stderr.contains("Your answers"), run.stderr)
    let saved = folder.appendingPathComponent("seen-review-P-6.json")
    XCTAssertEqual(permissions(of: saved.path), 0o600)
    XCTAssertEqual(answerCount(of: try savedRecord(saved)), manItemCount + caseItemCount)
  }

  // MARK: 7. No escape sequences

  private let hostileCase = "T-7\u{1B}[31m\u{1B}]0;x\u{07}"
  private let hostileNote = "n: letter \u{1B}[31msent\u{1B}]0;x\u{07} today"

  private func hostileSteps() -> [Step] {
    var steps = wholeReviewSteps(caseReference: hostileCase)
    let identified = steps.firstIndex { $0.marker == "[Father · 1 of \(manItemCount)]" }!
    steps[identified].line = hostileNote
    let lastReflection = steps.lastIndex { $0.marker.hasPrefix("[Reflection") }!
    steps[lastReflection].line = "worried \u{1B}[2J\u{1B}]0;x\u{07}"
    return steps
  }

  private func assertNoEscapes(
    in data: Data, _ what: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertFalse(data.contains(0x1B), "ESC in \(what)", file: file, line: line)
    XCTAssertFalse(data.contains(0x07), "BEL in \(what)", file: file, line: line)
    let text = String(decoding: data, as: UTF8.self).lowercased()
    XCTAssertFalse(text.contains("\\u001b"), "an escaped ESC in \(what)", file: file, line: line)
  }

  private func onlySavedRecord(in folder: URL) throws -> URL {
    let saved = try names(in: folder).filter { $0.hasPrefix("seen-review-") }
    XCTAssertEqual(saved.count, 1, "one saved record: \(saved)")
    return folder.appendingPathComponent(try XCTUnwrap(saved.first))
  }

  func testNoColorPipeHasNoEscapeOnEitherStream() throws {
    let folder = try makeTemporaryDirectory()
    let run = try runSeenWithTimeout(
      ["review", "--interactive"], stdin: pipedLines(hostileSteps()),
      environment: ["NO_COLOR": "1"], currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    assertNoEscapes(in: run.stdoutData, "standard output")
    assertNoEscapes(in: run.stderrData, "standard error")
    let saved = try onlySavedRecord(in: folder)
    assertNoEscapes(in: try Data(contentsOf: saved), "the saved record")
  }

  /// With the terminal's echo off, everything on the terminal is seen's own output.
  func testTypedEscapeSequencesNeverReachTheTerminalTheFileOrTheReport() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      ["review"], in: folder, environment: ["NO_COLOR": "1"], echo: false)
    try type(hostileSteps(), on: terminal)
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    assertNoEscapes(in: terminal.transcriptData, "the terminal output")
    XCTAssertTrue(terminal.screen.contains("Gap report: case T-7"), terminal.unread)

    let saved = try onlySavedRecord(in: folder)
    assertNoEscapes(in: try Data(contentsOf: saved), "the saved record")
    let record = try savedRecord(saved)
    XCTAssertEqual(record["case"] as? String, "T-7")
    let noted = (men(of: record).first?["answers"] as? [String: Any])?["identified"]
    XCTAssertEqual((noted as? [String: String])?["note"], "letter sent today")
    for format in ["text", "markdown", "json"] {
      let run = try report(saved, format: format)
      assertNoEscapes(in: run.stdoutData, "the \(format) report")
      let forced = try runSeenWithTimeout(
        ["report", saved.path, "--format", format], stdin: nil,
        environment: ["FORCE_COLOR": "1"], currentDirectory: folder)
      XCTAssertFalse(
        forced.stdout.contains("]0;x") || forced.stdout.contains("[2J"),
        "a typed escape sequence in the coloured \(format) report")
    }
  }

  // MARK: 8. Never a crash

  /// Odd input at every kind of question gets a message, never a trap or a backtrace (which
  /// `exitStatus` looks for in every transcript).
  func testOddInputGetsMessagesNotACrash() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    try terminal.answer("b", at: "[You]")
    try terminal.waitFor("This is the first question.")
    try terminal.answer("q?", at: "[You]")
    try terminal.waitFor("Type a number from 1 (not at all confident)")
    try terminal.answer("", at: "[You]")
    try terminal.answer("", at: "What is your role")
    try terminal.answer("q?", at: "[Case]")
    try terminal.answer("2026-02-30", at: "Date of the review")
    try terminal.waitFor("is not a date: type a real day as year-month-day")
    try terminal.answer("", at: "Date of the review")
    try terminal.waitFor("[Men · 1]")
    try terminal.waitForPrompt()
    terminal.send(bytes: [0xFF, 0xFE, 0xC3, 0x28, 0x0D])
    try terminal.answer("99", at: "How is he related")
    try terminal.waitFor("Type a number from 1 to")
    try terminal.answer("-1", at: "How is he related")
    try terminal.answer("1", at: "How is he related")
    try terminal.answer(String(repeating: "é", count: 1000), at: "Does he live with the baby")
    try terminal.answer("u", at: "Does he live with the baby")
    try terminal.answer("", at: "Is there another man")
    try terminal.answer(":", at: "· 1 of \(manItemCount)]")
    try terminal.answer("y:", at: "· 1 of \(manItemCount)]")
    try terminal.answer("", at: "· 2 of \(manItemCount)]")
    try terminal.answer("b", at: "· 3 of \(manItemCount)]")
    try terminal.answer("b", at: "· 2 of \(manItemCount)]")
    try terminal.answer("b", at: "· 1 of \(manItemCount)]")
    try terminal.answer("b", at: "Is there another man")
    try terminal.answer("q", at: "Does he live with the baby")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertFalse(terminal.process.terminationReason == .uncaughtSignal)
    let saved = try onlySavedRecord(in: folder)
    XCTAssertTrue(try report(saved).stdout.contains("Gap report"))
  }

  /// A long case reference must not make the default file name too long to create: the answers
  /// have to be saved, as the resume hint says they are.
  func testLongCaseReferenceIsStillSaved() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder)
    let reference = "HV-" + String(repeating: "0123456789", count: 30)
    try type(firstManSteps(caseReference: reference).prefix(6), on: terminal)
    try terminal.waitFor("Does he live with the baby")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1)
    XCTAssertFalse(terminal.screen.contains("warning: cannot create"), terminal.screen)
    let saved = try onlySavedRecord(in: folder)
    XCTAssertEqual(try savedRecord(saved)["case"] as? String, reference)
    assertResumeHint(terminal, file: saved.lastPathComponent)
  }

  // MARK: Case notes never reach a log (issue 13)

  /// A record with a note, a case reference, strengths and a reflection, in `folder`.
  private func recordWithFreeText(in folder: URL) throws -> String {
    let record = #"""
      {"format": "seen-review/3", "case": "SECRET-CASE-7", "confidence": "somewhat",
       "men": [{"label": "Father", "relationship": "birth-father", "livesWithBaby": false,
                "strengths": "SECRET strengths text",
                "answers": {"identified": {"answer": "yes", "note": "SECRET note text"}}}],
       "reflections": {"confidence": "SECRET reflection"}}
      """#
    try Data(record.utf8).write(to: folder.appendingPathComponent("r.json"))
    return "r.json"
  }

  /// With standard error a pipe and no terminal (scripted --interactive), the screen never shows
  /// back a note, the case reference, strengths or a reflection: only that each is kept.
  func testAScriptedReviewNeverEchoesFreeTextToStandardError() throws {
    let folder = try makeTemporaryDirectory()
    let file = try recordWithFreeText(in: folder)
    // Back to the item with a note (shown back), a new note typed there, and back again.
    let lines = ["b", "y: SECRET typed note", "b", "q"]
    let run = try SeenExecutable.run(
      ["review", "--interactive", "--resume", file],
      stdin: Data((lines.joined(separator: "\n") + "\n").utf8), currentDirectory: folder)
    XCTAssertFalse(run.stderr.contains("SECRET"), run.stderr)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssert(run.stderr.contains("now: done (note kept, 16 characters)"), run.stderr)
    XCTAssert(run.stderr.contains("now: done (note kept, 17 characters)"), run.stderr)
    let saved = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    XCTAssert(saved.contains("SECRET typed note"), "the note is kept in the record")
  }

  /// `seen review 2>log` on a terminal: the screen goes to the terminal, with the notes shown
  /// back, and the log holds none of them.
  func testWithStandardErrorToAFileTheScreenGoesToTheTerminalAndNoNoteToTheLog() throws {
    let folder = try makeTemporaryDirectory()
    let file = try recordWithFreeText(in: folder)
    let log = folder.appendingPathComponent("log").path
    let terminal = try PseudoTerminal(
      ["review", "--resume", file], in: folder, throughScript: true, standardErrorTo: log)
    try terminal.waitForPrompt()
    terminal.send(line: "b")
    try terminal.waitFor("now: done (SECRET note text)")
    try terminal.waitForPrompt()
    terminal.send(line: "q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssert(terminal.screen.contains("Resume with:"), terminal.screen)
    let logged = try String(contentsOfFile: log, encoding: .utf8)
    XCTAssertFalse(logged.contains("SECRET"), logged)
    XCTAssertFalse(logged.contains("Resume with:"), "the screen is not in the log: \(logged)")
  }

}

// MARK: 7. Agreed actions

extension InteractiveReviewTests {
  /// At the end of the review, a next step is agreed as an action on the terminal: kept as it
  /// stands, for the man it is about, owned by a role from the menu, due "in 2 weeks" echoed
  /// back as a date; saved in the record and shown in the gap report that follows.
  func testANextStepIsAgreedAsAnActionAtTheEnd() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      ["review"], in: folder, environment: ["SEEN_TODAY": "2026-12-03"])
    try type(wholeReviewSteps(caseReference: "T-7").dropLast(), on: terminal)
    try terminal.waitFor("[Agreed actions]")
    try terminal.waitFor("Father:")
    try terminal.waitFor("   1. ")
    try terminal.answer("1")
    try terminal.answer("", at: "What is to be done? Press Enter to keep the next step")
    try terminal.answer("", at: "For which man, or the case? 1 Father, 2 the case.")
    try terminal.answer("6", at: "Who owns it? A role, never a name:")
    try terminal.answer("in 2 weeks", at: "When is it due?")
    try terminal.answer("", at: "Due 2026-12-17 (in 2 weeks): Enter to keep, or type another")
    try terminal.waitFor("Agreed action 1 saved: Safeguarding lead, due 2026-12-17.")
    try terminal.answer("", at: "Agreed so far:")

    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let report = try XCTUnwrap(terminal.screen.components(separatedBy: "Gap report: case T-7").last)
    XCTAssertTrue(report.contains("Agreed actions"), terminal.unread)
    XCTAssertTrue(report.contains("Owner: Safeguarding lead"), terminal.unread)
    XCTAssertTrue(report.contains("Due: 2026-12-17"), terminal.unread)
    let record = try savedRecord(folder.appendingPathComponent("seen-review-T-7.json"))
    let actions = try XCTUnwrap(record["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 1)
    XCTAssertEqual(actions.first?["for"] as? String, "Father")
    XCTAssertEqual(actions.first?["owner"] as? String, "Safeguarding lead")
    XCTAssertEqual(actions.first?["due"] as? String, "2026-12-17")
    XCTAssertEqual(actions.first?["state"] as? String, "open")
    XCTAssertNotNil(actions.first?["item"] as? String)
  }

  /// Ctrl-D (the input ending) at the list of next steps stops as at any question: exit 1, with
  /// the actions agreed so far saved and an action half agreed left out.
  func testTheInputEndingWhileAgreeingActionsKeepsThoseSaved() throws {
    let folder = try makeTemporaryDirectory()
    let steps =
      Array(wholeReviewSteps(caseReference: "P-8").dropLast())
      + [
        ("[Agreed actions]", "2"), ("What is to be done", "Ask the GP what is known of him"),
        ("For which man", ""), ("Who owns it", "2"), ("When is it due", "2026-12-10"),
        ("Due 2026-12-10", ""), ("[Agreed actions]", "3"), ("What is to be done", ""),
      ]
    let run = try runSeenWithTimeout(
      ["review", "--interactive"], stdin: pipedLines(steps),
      environment: ["SEEN_TODAY": "2026-12-03"], currentDirectory: folder)
    XCTAssertEqual(run.status, 1, run.stderr)
    XCTAssertTrue(run.stderr.contains("The input ended (Ctrl-D)."), run.stderr)
    XCTAssertTrue(run.stderr.contains("Agreed action 1 saved: Health visitor, due 2026-12-10."))
    XCTAssertFalse(run.stderr.contains("Ask the GP what is known of him"), "no note in a log")
    XCTAssertEqual(run.stdout, "", "no report: the review did not finish")
    let record = try savedRecord(folder.appendingPathComponent("seen-review-P-8.json"))
    let actions = try XCTUnwrap(record["actions"] as? [[String: Any]])
    XCTAssertEqual(actions.count, 1)
    XCTAssertEqual(actions.first?["what"] as? String, "Ask the GP what is known of him")
    XCTAssertEqual(actions.first?["due"] as? String, "2026-12-10")
  }
}

extension InteractiveReviewTests {
  /// Issue 16 follow-up: the next steps of two men fit an 80x24 terminal, by man, titles only,
  /// a page at a time (n, p); a number picks a step on any page.
  func testTheNextStepsArePagedToFitAnEightyByTwentyFourTerminal() throws {
    let folder = try makeTemporaryDirectory()
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("two-men")), to: file)
    let terminal = try PseudoTerminal(
      ["review", "--resume", file.path], in: folder, environment: ["SEEN_TODAY": "2026-12-03"])
    for _ in 0..<120 {
      try terminal.waitForPrompt()
      if terminal.screen.contains("[Agreed actions]") { break }
      terminal.send(line: "")
    }
    let first = try XCTUnwrap(terminal.screen.components(separatedBy: "[Agreed actions]").last)
    XCTAssertTrue(first.contains("Page 1 of 2: n shows the next page"), first)
    XCTAssertTrue(first.contains("Father:"), first)
    XCTAssertFalse(first.contains("…"), first)
    XCTAssertLessThanOrEqual(first.filter { $0 == "\n" }.count, 23, first)
    terminal.send(line: "n")
    try terminal.waitFor("Page 2 of 2")
    try terminal.waitForPrompt()
    let second = try XCTUnwrap(terminal.screen.components(separatedBy: "[Agreed actions]").last)
    XCTAssertTrue(second.contains("The case"), second)
    XCTAssertLessThanOrEqual(second.filter { $0 == "\n" }.count, 23, second)
    terminal.send(line: "1")
    try terminal.answer("q", at: "What is to be done?")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
  }
}
