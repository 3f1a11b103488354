import Foundation
import SeenTestSupport
import XCTest

/// Typed text through the prompts of a guided review, run by the built binary with its answers
/// on a real pipe: standard error stays one line per message with nothing that can drive the
/// terminal. The rest runs in-process in SeenCLITests/OutputSafetyCommandTests.
final class OutputSafetyCommandEndToEndTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func write(_ name: String, _ json: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(json.utf8).write(to: url)
    return url.path
  }

  func testPromptsShowTypedTextOnItsOwnLinesOnly() throws {
    let path = try write(
      "resume.json",
      #"{"format": "seen-review/2", "case": "SW\u2028error: forged\u202e\u0085x", "role": "Social worker\nerror: forged", "men": [{"label": "Dad\u202eX\u2066", "answers": {"contacted": {"answer": "no", "note": "rang\u2029error: forged \u001b[2J\u0085"}}}], "reflections": {"history": "a\u0085error: forged"}}"#
    )
    let run = try SeenExecutable.run(
      ["review", "--resume", path, "--interactive"], stdin: Data("\n\n\n\n\n\nq\n".utf8))
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssert(run.stderr.contains("[DadX · 1 of"), run.stderr)
    // Standard error is a pipe here: the note is not shown back (issue 13), only that it is kept
    // (its length once the controls are gone).
    XCTAssert(run.stderr.contains("now: not yet (note kept, 18 characters)"), run.stderr)
    XCTAssertEqual(HostileText.dangerousScalars(in: run.stderr), [], run.stderr)
    XCTAssertFalse(run.stderr.contains("\nerror: forged"), run.stderr)
  }
}
