import Foundation
import SeenKit
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
    let code = SeenCommand.run(
      ["summary", folder.path, "--format", "csv", "--no-suppress"], console: console)
    XCTAssertEqual(code, .success, captured.err)
    let skipped = (0..<files).filter { $0 % 50 == 7 }.count
    XCTAssertEqual(
      captured.err.split(separator: "\n").filter { $0.hasPrefix("warning: skipped") }.count,
      skipped)
    XCTAssert(captured.out.contains("\(files - skipped)"), captured.out)
  }
}

/// A case reference is one case however it is spaced or capitalised: the byte-by-byte key of
/// an ASCII reference is the key worked out character by character.
final class SummaryCaseKeyTests: XCTestCase {
  func testTheASCIIKeyIsTheCharacterKey() {
    func plain(_ reference: String) -> [UInt8] {
      Array(
        String(
          reference.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        ).lowercased().utf8)
    }
    let references = [
      "", " ", "HV-1", " hv-1 ", "\tHV-1\r\n", "\u{0B}Ab\u{0C}", "A B", "a\u{1F}", "\u{1C}b",
      "CASE 0042", "\r\n", "z@[`{",
    ]
    for reference in references {
      XCTAssertEqual(SummaryCounter.asciiCaseKey(reference), plain(reference), reference)
      XCTAssertEqual(
        SummaryCounter.caseKey(reference),
        plain(reference).isEmpty
          ? nil : TextDigest(String(decoding: plain(reference), as: UTF8.self)))
    }
    XCTAssertNil(SummaryCounter.asciiCaseKey(" HV-1\u{A0}"))
    XCTAssertEqual(SummaryCounter.caseKey(" Hv-1\u{A0}"), TextDigest("hv-1"))
    XCTAssertEqual(SummaryCounter.caseKey("\u{A0}"), nil)
  }
}
