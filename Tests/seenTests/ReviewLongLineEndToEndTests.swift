import Foundation
import SeenTestSupport
import XCTest

/// `seen review` on a terminal: a line pasted longer than the terminal takes in one line (4,095
/// bytes in line-editing mode) is said and not kept, as in `seen supervise`, so a note is never
/// saved without its end.
final class ReviewLongLineEndToEndTests: XCTestCase {
  func testALineCutAtTheTerminalsLimitIsSaidAndAskedAgain() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(
      ["review"], in: folder, environment: ["SEEN_TODAY": "2026-12-03"], echo: false)
    try terminal.answer("", at: "[You]")
    try terminal.answer("", at: "What is your role")
    try terminal.answer(String(repeating: "x", count: 5000), at: "[Case]")
    try terminal.waitFor("and the rest was lost, so nothing of it was kept.")
    XCTAssertTrue(
      normalizingWhitespace(terminal.screen).contains("it was cut at 4095 characters"),
      terminal.screen)
    try terminal.answer("LL-1", at: "[Case]")
    try terminal.answer("q", at: "Date of the review")
    XCTAssertEqual(terminal.exitStatus(), 0, terminal.unread)
    let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    XCTAssertEqual(
      saved, ["seen-review-LL-1.json"], "the case reference typed after, not the cut one")
  }
}
