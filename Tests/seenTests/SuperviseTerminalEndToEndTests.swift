import Foundation
import SeenTestSupport
import XCTest

/// `seen supervise FILE` on a terminal, as a supervisor runs it (issue 19, review round 2): a
/// supervision stopped by Ctrl-C is continued the same day rather than started again, and the
/// closing line counts what the session recorded; Ctrl-D ends it as it ends `seen review`.
final class SuperviseTerminalEndToEndTests: XCTestCase {
  let today = ["SEEN_TODAY": "2026-12-03"]

  private func review(in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(atPath: examplePath("two-men"), toPath: file.path)
    return file
  }

  private func supervisions(_ file: URL) throws -> [[String: Any]] {
    let saved = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
    return saved["supervisions"] as? [[String: Any]] ?? []
  }

  func testASupervisionStoppedByCtrlCIsContinuedTheSameDay() throws {
    #if os(Linux)
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
        throw XCTSkip("needs script(1) to give seen a controlling terminal")
      }
    #endif
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let first = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, throughScript: true)
    try first.answer("7", at: "The supervisor's role")
    try first.answer("", at: "[First steps]")
    try first.answer("d", at: "[Man 1 of 2 · Father]")
    try first.waitFor("[Man 2 of 2 · Mother's partner]")
    try first.waitForPrompt()
    first.sendControl("c")
    XCTAssertEqual(first.exitStatus(), 130)

    let second = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, throughScript: true)
    try second.waitFor("A supervision of this review dated today (Team manager) was not")
    try second.waitFor("finished: 1 discussed, 0 actions agreed")
    try second.answer("", at: "c continue it (Enter) · n start a new one · q stop")
    try second.waitFor("Continuing the supervision of 2026-12-03 (Team manager)")
    try second.answer("c", at: "[Man 2 of 2 · Mother's partner]")
    try second.answer("Who is he to the baby?", at: "Type the comment or challenge")
    try second.answer("t", at: "Recorded: discussed, with a comment.")
    // The review answers "Discussed in supervision" partly: asked about, as "no" is.
    try second.answer("y", at: "[Tier 3] Were the men")
    try second.answer("", at: "Change the practitioner's answer?")
    try second.answer("y", at: "Was any fear or anxiety")
    try second.answer("2", at: "About which man was it raised?")
    try second.answer("1", at: "Fear or anxiety was raised: what support was agreed")
    XCTAssertEqual(second.exitStatus(), 0, second.unread)
    // The closing line as read, its wrapping aside.
    let closing = second.screen.replacingOccurrences(of: "\n", with: " ")
    XCTAssertTrue(
      closing.contains(
        "Supervision recorded: in this session 1 discussed (1 with a comment), 0 actions agreed; with what it recorded earlier today, 2 discussed, 0 actions agreed."
      ), second.screen)
    let saved = try supervisions(file)
    XCTAssertEqual(saved.count, 1, "continued, not started again")
    XCTAssertEqual((saved[0]["discussed"] as? [[String: Any]])?.count, 2)
    XCTAssertEqual(saved[0]["fearRaised"] as? Bool, true)
    XCTAssertEqual(saved[0]["support"] as? [String], ["co-working"])
  }

  /// Ctrl-D before the end is a stop, as in `seen review`: exit 1, what was recorded kept; an
  /// action whose due date is on screen is kept with it, and said so.
  func testCtrlDStopsWithOneAsInAReviewAndKeepsWhatWasRecorded() throws {
    #if os(Linux)
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
        throw XCTSkip("needs script(1) to give seen a controlling terminal")
      }
    #endif
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let terminal = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, throughScript: true)
    try terminal.answer("7", at: "The supervisor's role")
    try terminal.answer("", at: "[First steps]")
    try terminal.answer("a", at: "[Man 1 of 2 · Father]")
    try terminal.answer("Joint visit with the team manager", at: "Type it in your own words")
    try terminal.answer("", at: "For which man, or the case?")
    try terminal.answer("7", at: "Who owns it?")
    try terminal.answer("in 1 week", at: "When is it due?")
    try terminal.waitFor("Due 2026-12-10 (in 1 week)")
    try terminal.waitForPrompt()
    terminal.sendControl("d")
    XCTAssertEqual(terminal.exitStatus(), 1, terminal.unread)
    XCTAssertTrue(
      terminal.screen.contains(
        "Agreed action 1 saved with the due date shown: Team manager, due 2026-12-10."),
      terminal.screen)
    XCTAssertTrue(
      normalizingWhitespace(terminal.screen).contains(
        "The input ended (Ctrl-D): what was recorded is saved in 'r.json'; to continue it today: seen supervise r.json."
      ),
      terminal.screen)
    let saved = try supervisions(file)
    XCTAssertEqual(saved.first?["actions"] as? [Int], [1])
  }
}
