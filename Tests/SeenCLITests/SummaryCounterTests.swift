import Foundation
import XCTest

@testable import SeenCLI

/// `seen summary` in-process, so that `Scripts/sanitize-thread.sh` watches its parallel counting:
/// the workers write their results into shared slots, one slot each.
final class SummaryCounterTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  func testParallelCountingGivesTheSameSummaryAsOneFileAtATime() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-summary-counter-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // More files than one batch, some of them not reviews, so that every worker writes both a
    // summary and problems.
    let files = SummaryCounter.batchSize + 40
    for number in 0..<files {
      let text =
        number % 50 == 7
        ? "not a review"
        : #"{"case": "C\#(number)", "men": [{"label": "Father", "answers": {"identified": "\#(number % 3 == 0 ? "yes" : "no")"}}]}"#
      try Data(text.utf8).write(to: folder.appendingPathComponent("r\(number).json"))
    }
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: [:], stdinIsTerminal: false,
      stdoutIsTerminal: false, terminalWidth: nil)
    let code = SeenCommand.run(["summary", folder.path, "--format", "csv"], console: console)
    XCTAssertEqual(code, .success, captured.err)
    let skipped = (0..<files).filter { $0 % 50 == 7 }.count
    XCTAssertEqual(
      captured.err.split(separator: "\n").filter { $0.hasPrefix("warning: skipped") }.count,
      skipped)
    XCTAssert(captured.out.contains("\(files - skipped)"), captured.out)
  }
}
