import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 19, "also found by the same newcomers": the guided review on an 80x24 terminal, as a
/// newcomer runs it. The review screen comes a page at a time; "lives with the baby" takes a
/// line with a note; a saved review of the case in the folder is offered, never a second file
/// without a word.
final class FoundByNewcomersEndToEndTests: XCTestCase {
  private let today = ["SEEN_TODAY": "2026-12-03"]

  private func folder(with examples: [String: String]) throws -> URL {
    let folder = try makeTemporaryDirectory()
    for (name, example) in examples {
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: examplePath(example)), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  private func record(_ url: URL) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: url), as: UTF8.self))
  }

  private func files(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") }.sorted()
  }

  /// What the screen shows since the last `marker`.
  private func screen(_ terminal: PseudoTerminal, after marker: String) throws -> String {
    try XCTUnwrap(terminal.screen.components(separatedBy: marker).last)
  }

  // MARK: The review screen

  func testTheReviewScreenIsPagedToFitAnEightyByTwentyFourTerminal() throws {
    let folder = try folder(with: ["r.json": "two-men"])
    let terminal = try PseudoTerminal(
      ["review", "--resume", "r.json"], in: folder, environment: today)
    for _ in 0..<120 {
      try terminal.waitForPrompt()
      if terminal.screen.contains("Your answers (page") { break }
      terminal.send(line: "")
    }
    let first = try screen(terminal, after: "\nYour answers")
    XCTAssertTrue(first.hasPrefix(" (page 1 of 5)"), first)
    XCTAssertTrue(first.contains("   1. How confident are you"), first)
    XCTAssertTrue(first.contains("Page 1 of 5: n shows the next page"), first)
    XCTAssertLessThanOrEqual(first.filter { $0 == "\n" }.count, 22, first)
    terminal.send(line: "n")
    try terminal.waitFor("Your answers (page 2 of 5)")
    try terminal.waitForPrompt()
    let second = try screen(terminal, after: "\nYour answers")
    XCTAssertLessThanOrEqual(second.filter { $0 == "\n" }.count, 22, second)
    XCTAssertFalse(second.contains("  1. How confident"), second)
    // The help, and the page again below it, fit the screen.
    terminal.send(line: "?")
    try terminal.waitFor("Type an answer's number to change it")
    try terminal.waitFor("Your answers (page 2 of 5)")
    try terminal.waitForPrompt()
    let help = try screen(terminal, after: "> ?")
    XCTAssertLessThanOrEqual(help.filter { $0 == "\n" }.count, 24, help)
    terminal.send(line: "p")
    try terminal.waitFor("Your answers (page 1 of 5)")
    try terminal.answer("q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
  }

  func testTheLongestHelpComesInPartsThatFitTheScreen() throws {
    let folder = try folder(with: ["r.json": "two-men"])
    let terminal = try PseudoTerminal(
      ["review", "--resume", "r.json"], in: folder, environment: today)
    for _ in 0..<120 {
      try terminal.waitForPrompt()
      if terminal.screen.contains("Your answers (page") { break }
      terminal.send(line: "")
    }
    // The father's violence or control question, the one with the longest help.
    terminal.send(line: "22")
    try terminal.waitFor("through violence, threats")
    try terminal.waitForPrompt()
    terminal.send(line: "?")
    try terminal.waitFor("(Help, part 1 of 2: type ? again for the rest.)")
    try terminal.waitFor("through violence, threats")
    try terminal.waitForPrompt()
    XCTAssertLessThanOrEqual(
      try screen(terminal, after: "> ?").filter { $0 == "\n" }.count, 24, terminal.screen)
    terminal.send(line: "?")
    try terminal.waitFor("(Help, part 2 of 2.)")
    try terminal.waitForPrompt()
    terminal.send(line: "q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
  }

  // MARK: Lives with the baby

  func testLivesWithTheBabyTakesALineWithANote() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["review"], in: folder, environment: today)
    for line in ["3", "2", "T-19", "", "", "1"] { try terminal.answer(line) }
    try terminal.answer("y: moved in last month", at: "Does he live with the baby")
    try terminal.waitFor("Kept \"yes\".")
    try terminal.waitFor("take no note")
    try terminal.answer("q", at: "Is there another man")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let saved = folder.appendingPathComponent("seen-review-T-19.json")
    let man = try XCTUnwrap((try record(saved)["men"] as? [[String: Any]])?.first)
    XCTAssertEqual(man["livesWithBaby"] as? Bool, true)
    XCTAssertFalse(
      String(decoding: try Data(contentsOf: saved), as: UTF8.self).contains("moved in"))
  }

  // MARK: A saved review of the case

  func testASavedReviewOfTheCaseTypedIsOfferedAndEnterResumesIt() throws {
    let folder = try folder(with: ["u.json": "unseen-father"])
    let reference = try XCTUnwrap(try record(folder.appendingPathComponent("u.json"))["case"])
    let terminal = try PseudoTerminal(["review"], in: folder, environment: today)
    for line in ["4: getting there", "2", "\(reference)"] { try terminal.answer(line) }
    try terminal.waitFor("'u.json' (dated 2026-10-14, not finished) is already a review of")
    try terminal.waitFor("r resume it (Enter), a start a re-review of it (--again), n start")
    try terminal.answer("maybe")
    try terminal.waitFor("Type r (or Enter) to resume it")
    try terminal.answer("")
    try terminal.waitFor("Resuming 'u.json' at its first unanswered question")
    try terminal.answer("q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertEqual(try files(in: folder), ["u.json"], "no second file for the case")
    let resumed = try record(folder.appendingPathComponent("u.json"))
    XCTAssertEqual(resumed["confidence"] as? String, "very", "what was typed is kept")
  }

  func testAFinishedReviewIsReReviewedAndThenTheReReviewIsOfferedNotTheReviewItFollows() throws {
    let folder = try folder(with: ["f.json": "few-gaps"])
    let first = try PseudoTerminal(
      ["review", "--case", "HV-0101"], in: folder, environment: today)
    try first.waitFor("'f.json' (dated 2026-11-02, finished) is already a review of this case.")
    try first.waitFor("It is finished, so taking it up means a re-review")
    try first.answer("")
    try first.waitFor("A re-review of 'f.json', saved to seen-review-HV-0101-again-2026-12-03.json")
    try first.answer("3", at: "[You]")
    try first.answer("q")
    XCTAssertEqual(first.exitStatus(), 0, first.unread)
    let again = folder.appendingPathComponent("seen-review-HV-0101-again-2026-12-03.json")
    XCTAssertNotNil(try record(again)["supersedes"])

    // The re-review is the latest of the chain: it is offered, f.json (superseded) is not.
    let second = try PseudoTerminal(
      ["review", "--case", "hv-0101"], in: folder, environment: today)
    try second.waitFor(
      "'seen-review-HV-0101-again-2026-12-03.json' (dated 2026-12-03, not finished) is")
    try second.answer("n")
    try second.waitFor("A separate review of this case")
    try second.answer("3", at: "[You]")
    try second.answer("q")
    XCTAssertEqual(second.exitStatus(), 0, second.unread)
    XCTAssertFalse(second.screen.contains("'f.json'"), second.screen)
    XCTAssertEqual(
      try files(in: folder),
      ["f.json", "seen-review-HV-0101-again-2026-12-03.json", "seen-review-hv-0101.json"])
  }

  /// Once the men are being asked about, a case reference changed is a correction: the saved
  /// review is not offered, since taking it up would set aside what was typed.
  func testACaseReferenceCorrectedOnceTheMenAreAskedIsNotOffered() throws {
    let folder = try folder(with: ["u.json": "unseen-father"])
    let reference = try XCTUnwrap(try record(folder.appendingPathComponent("u.json"))["case"])
    let terminal = try PseudoTerminal(["review"], in: folder, environment: today)
    for line in ["3", "2", "NEW-1", "", "", "b", "b", "b"] { try terminal.answer(line) }
    try terminal.answer("\(reference)", at: "Case reference")
    try terminal.answer("q", at: "Date of the review")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertFalse(terminal.screen.contains("is already a review"), terminal.screen)
  }

  /// q at the question quits: exit 0, nothing written for the review begun (the file begun
  /// with the confidence and role typed is removed), the saved review untouched.
  func testQAtTheQuestionQuitsWithNothingWritten() throws {
    let folder = try folder(with: ["u.json": "unseen-father"])
    let saved = try Data(contentsOf: folder.appendingPathComponent("u.json"))
    let reference = try XCTUnwrap(try record(folder.appendingPathComponent("u.json"))["case"])
    let terminal = try PseudoTerminal(["review"], in: folder, environment: today)
    for line in ["3", "2", "\(reference)"] { try terminal.answer(line) }
    try terminal.waitFor("review, q quit")
    try terminal.answer("q")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertTrue(
      terminal.screen.contains(
        "Stopped: nothing was saved for a new review, and 'u.json' is as it was."),
      terminal.screen)
    XCTAssertEqual(try files(in: folder), ["u.json"])
    XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("u.json")), saved)
  }

  func testCtrlCAtTheQuestionStopsAsAtAnyQuestionWithoutASecondFile() throws {
    let folder = try folder(with: ["u.json": "unseen-father"])
    let reference = try XCTUnwrap(try record(folder.appendingPathComponent("u.json"))["case"])
    let terminal = try PseudoTerminal(["review"], in: folder, environment: today)
    for line in ["3", "2", "\(reference)"] { try terminal.answer(line) }
    try terminal.waitFor("is already a review of this case")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGINT)
    XCTAssertEqual(terminal.exitStatus(), 130)
    XCTAssertTrue(terminal.screen.contains("Stopped (Ctrl-C)."), terminal.screen)
    let files = try files(in: folder)
    XCTAssertEqual(files.count, 2, "\(files)")
    let begun = try XCTUnwrap(files.first { $0 != "u.json" })
    XCTAssertTrue(begun.hasPrefix("seen-review-20"), "kept under its own name: \(begun)")
    XCTAssertEqual(
      try record(folder.appendingPathComponent(begun))["case"] as? String, "\(reference)")
    XCTAssertEqual(
      try record(folder.appendingPathComponent("u.json"))["confidence"] as? String, nil)
  }

  func testAScriptIsNeverAskedAndANoteNamesTheFileAndTheOptions() throws {
    let folder = try folder(with: ["f.json": "few-gaps", "u.json": "unseen-father"])
    let reference = try XCTUnwrap(try record(folder.appendingPathComponent("u.json"))["case"])
    let run = try runSeenWithTimeout(
      ["review", "--case", "\(reference)", "--no-input"], stdin: nil,
      environment: today, currentDirectory: folder)
    XCTAssertFalse(run.crashed)
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 1, run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "note: 'u.json' (dated 2026-10-14, not finished) is already a review of this case"),
      run.stderr)
    XCTAssertTrue(run.stderr.contains("--resume u.json"), run.stderr)
    XCTAssertTrue(run.stderr.contains("--again u.json"), run.stderr)
    XCTAssertFalse(run.stderr.contains("\(reference)"), "the case reference stays out of logs")
    // --save names the new file on purpose: nothing to say.
    let saved = try runSeenWithTimeout(
      ["review", "--case", "\(reference)", "--no-input", "--save", "new.json"], stdin: nil,
      environment: today, currentDirectory: folder)
    XCTAssertEqual(saved.stderr, "")
    // Answered line by line from a pipe: the note, and the review goes on, never asking.
    let piped = try runSeenWithTimeout(
      ["review", "--interactive"], stdin: Data("3\n2\n\(reference)\nq\n".utf8),
      environment: today, currentDirectory: folder)
    XCTAssertEqual(piped.status, 0, piped.stderr)
    XCTAssertTrue(piped.stderr.contains("note: 'u.json' (dated 2026-10-14, not finished)"))
    XCTAssertFalse(piped.stderr.contains("r resume it"), piped.stderr)
    // Another case's review says nothing.
    let other = try runSeenWithTimeout(
      ["review", "--case", "OTHER-1", "--no-input"], stdin: nil, environment: today,
      currentDirectory: folder)
    XCTAssertEqual(other.stderr, "")
  }
}
