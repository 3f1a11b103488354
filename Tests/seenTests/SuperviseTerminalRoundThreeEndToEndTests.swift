import Foundation
import SeenTestSupport
import XCTest

/// `seen supervise FILE` on a terminal, review round 3 (issue 19): a failed save keeps what was
/// recorded in a private fallback file and says how to go on (exit 73); a line the terminal cut
/// at its limit is said and not kept; fear raised is asked about which man, and the sheet ticks
/// his box; the smaller things a supervisor met at the terminal.
final class SuperviseTerminalRoundThreeEndToEndTests: XCTestCase {
  let today = ["SEEN_TODAY": "2026-12-03"]

  private func review(_ example: String = "two-men", in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent("r.json")
    try FileManager.default.copyItem(atPath: examplePath(example), toPath: file.path)
    return file
  }

  private func supervisions(_ file: URL) throws -> [[String: Any]] {
    let saved = try jsonObject(String(decoding: Data(contentsOf: file), as: UTF8.self))
    return saved["supervisions"] as? [[String: Any]] ?? []
  }

  /// The folder is taken away after the first save (as a share unmounted, or made read-only):
  /// what is recorded after is kept in a 0600 file in the home folder, the warning is wrapped to
  /// the terminal, and q ends with 73, where the copy is and the commands to go on.
  func testAFailedSaveKeepsWhatWasRecordedInAFallbackFileAndExits73() throws {
    let root = try makeTemporaryDirectory()
    let folder = root.appendingPathComponent("team")
    let home = root.appendingPathComponent("home")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let file = try review(in: folder)
    let terminal = try PseudoTerminal(
      ["supervise", file.path], in: root,
      environment: today.merging(["HOME": home.path]) { $1 }, echo: false)
    try terminal.answer("7", at: "The supervisor's role")
    try terminal.answer("d", at: "[First steps]")
    try terminal.waitFor("[Man 1 of 2 · Father]")
    try terminal.waitForPrompt()
    XCTAssertEqual(try supervisions(file).count, 1, "saved where it belongs so far")
    try FileManager.default.moveItem(at: folder, to: root.appendingPathComponent("gone"))
    terminal.send(line: "d")
    try terminal.waitFor("seen will try again after the next answer.")
    try terminal.answer("q", at: "[Man 2 of 2")
    XCTAssertEqual(terminal.exitStatus(), 73, terminal.unread)
    let kept = try FileManager.default.contentsOfDirectory(atPath: home.path)
      .filter { $0.hasPrefix("seen-supervision-2026-12-03-unsaved-") && $0.hasSuffix(".json") }
    XCTAssertEqual(kept.count, 1, terminal.screen)
    let copy = home.appendingPathComponent(kept[0])
    let mode =
      try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    let saved = try supervisions(copy)
    XCTAssertEqual((saved.first?["discussed"] as? [[String: Any]])?.count, 2, "both kept")
    let screen = normalizingWhitespace(terminal.screen)
    XCTAssertTrue(screen.contains("It is kept in '\(copy.path)' (readable by you only)"), screen)
    XCTAssertTrue(screen.contains("seen supervise '\(file.path)'"), screen)
    XCTAssertTrue(screen.contains("cp '\(copy.path)' '\(file.path)'"), screen)
    // The warning is wrapped as other text is: its first line fits the 80 columns.
    let warning = terminal.screen.split(separator: "\n").first { $0.hasPrefix("warning:") }
    XCTAssertNotNil(warning, terminal.screen)
    XCTAssertLessThanOrEqual(warning?.count ?? 0, 80, terminal.screen)
  }

  /// A comment pasted longer than the terminal takes in one line (4,095 bytes in line-editing
  /// mode): said, nothing of it kept, and the comment asked again.
  func testACommentCutAtTheTerminalsLineLimitIsSaidAndNotKept() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let terminal = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, echo: false)
    try terminal.answer("7", at: "The supervisor's role")
    try terminal.answer("", at: "[First steps]")
    try terminal.answer("c", at: "[Man 1 of 2 · Father]")
    try terminal.answer(String(repeating: "x", count: 5000), at: "Type the comment or challenge")
    try terminal.waitFor("and the rest was lost, so nothing of it was kept.")
    XCTAssertTrue(
      normalizingWhitespace(terminal.screen).contains("it was cut at 4095 characters"),
      terminal.screen)
    try terminal.answer("Why only by text?", at: "Type the comment or challenge")
    try terminal.answer("q", at: "Comment kept (17 characters)")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let discussed = try supervisions(file).first?["discussed"] as? [[String: Any]]
    XCTAssertEqual(discussed?.compactMap { $0["comment"] as? String }, ["Why only by text?"])
  }

  /// Fear raised with two men: which one is asked, kept as "fearAbout", and the sheet ticks
  /// "yes" in his row only; the report names him.
  func testFearRaisedIsAskedAboutWhichManAndTheSheetTicksHisBox() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let terminal = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, echo: false)
    try terminal.answer("7", at: "The supervisor's role")
    try terminal.answer("t", at: "[First steps]")
    try terminal.answer("", at: "[Tier 3] Were the men")
    try terminal.answer("y", at: "Was any fear or anxiety")
    try terminal.answer("3", at: "About which man was it raised? 1 Father, 2 Mother's partner")
    try terminal.answer("2", at: "Type the number of the man (1 to 2")
    try terminal.answer("1", at: "what support was agreed")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let saved = try supervisions(file)
    XCTAssertEqual(saved.first?["fearAbout"] as? [String], ["Mother's partner"])
    let text = try String(contentsOf: file, encoding: .utf8)
    XCTAssertTrue(text.contains("\"format\": \"seen-review/8\""), text)

    let sheet = try runSeen(["sheet", file.path, "--format", "markdown"], environment: today)
    XCTAssertEqual(sheet.status, 0, sheet.stderr)
    let rows = sheet.stdout.split(separator: "\n").filter {
      $0.contains("☐ no") || $0.contains("☒")
    }
    XCTAssertTrue(
      rows.contains { $0.contains("Mother's partner") && $0.contains("☒ yes") }, sheet.stdout)
    XCTAssertTrue(rows.contains { $0.contains("Father") && $0.contains("☐ yes") }, sheet.stdout)
    let report = try runSeen(["report", file.path], environment: today)
    XCTAssertTrue(
      normalizingWhitespace(report.stdout).contains("raised: yes (about Mother's partner)"),
      report.stdout)
  }

  /// With one man, he is taken and said to be; q at "What other support" stops, never saved as
  /// support called "q"; the action header names the man chosen; own words at a man where
  /// contact is planned for safety are warned about without a "safe wording" that is not there.
  func testOneManTakenQAtOtherSupportAndTheActionHeaderNamesTheManChosen() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review("safety-refuge", in: folder)
    let terminal = try PseudoTerminal(
      ["supervise", "r.json"], in: folder, environment: today, echo: false)
    try terminal.answer("7", at: "The supervisor's role")
    try terminal.answer("", at: "[First steps]")
    try terminal.answer("a", at: "[Man 1 of 1 · Father]")
    try terminal.answer("Joint visit planned with the DA lead", at: "Type it in your own words")
    try terminal.waitFor("Contact with him is planned for safety, so the action will be marked")
    try terminal.answer("2", at: "For which man, or the case?")
    try terminal.waitFor("[Agreed action · Case · the case as a whole]")
    try terminal.answer("", at: "Who owns it?")
    try terminal.answer("in 1 week", at: "When is it due?")
    try terminal.answer("", at: "Due 2026-12-10 (in 1 week)")
    try terminal.answer("t", at: "Agreed action 1 saved")
    try terminal.answer("", at: "[Tier 3] Were the men")
    try terminal.answer("y", at: "Was any fear or anxiety")
    try terminal.waitFor("Recorded as about Father, the one man in this review.")
    try terminal.answer("4", at: "what support was agreed")
    try terminal.answer("q", at: "What other support was agreed")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    XCTAssertFalse(
      normalizingWhitespace(terminal.screen).contains("keep the safe wording"), terminal.screen)
    let saved = try supervisions(file)
    XCTAssertEqual(saved.first?["fearAbout"] as? [String], ["Father"])
    XCTAssertNil(saved.first?["otherSupport"], "q is not support")
  }

  /// From a script, --fear-about says whom (a number or label, all, none); it needs
  /// --fear-raised yes, and names only the review's men.
  func testScriptedFearAboutIsKeptAndChecked() throws {
    let folder = try makeTemporaryDirectory()
    let file = try review(in: folder)
    let base = [
      "supervise", file.path, "--role", "Team manager", "--support", "co-working",
    ]
    let unknown = try runSeen(
      base + ["--fear-raised", "yes", "--fear-about", "3"], environment: today)
    XCTAssertEqual(unknown.status, 64, unknown.stderr)
    XCTAssertTrue(unknown.stderr.contains("1 Father, 2 Mother's partner"), unknown.stderr)
    let alone = try runSeen(base + ["--fear-about", "1"], environment: today)
    XCTAssertEqual(alone.status, 64, alone.stderr)
    XCTAssertTrue(alone.stderr.contains("give --fear-raised yes too"), alone.stderr)
    XCTAssertTrue(try supervisions(file).isEmpty, "nothing saved")
    let saved = try runSeen(
      base + ["--fear-raised", "yes", "--fear-about", "mother's partner"], environment: today)
    XCTAssertEqual(saved.status, 0, saved.stderr)
    XCTAssertEqual(try supervisions(file).first?["fearAbout"] as? [String], ["Mother's partner"])
  }
}
