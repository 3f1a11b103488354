import Foundation
import SeenTestSupport
import XCTest

/// What a tester tried in order to break seen, in-process: each ends in one clear message and a
/// sysexits code. What needs the binary's own standard input stays end to end in
/// Tests/seenTests/AdversarialInputTests.swift.
final class AdversarialInputInProcessTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  func testOverlappingPathsCountEachReviewOnce() throws {
    let run = try assertExecuteCommand([
      "summary", examplePath("two-men"), PackagePaths.examples.path, PackagePaths.examples.path,
      // Exact counts: rounded to 5, six examples would read as five.
      "--format", "json", "--no-suppress",
    ])
    let summary = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let examples = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.examples.path)
      .filter { $0.hasSuffix(".json") }
    XCTAssertEqual(summary["reviews"] as? Int, examples.count)
  }

  func testASummaryOfNoValidReviewIsAnError() throws {
    try Data("{ broken".utf8).write(to: folder.appendingPathComponent("bad.json"))
    let run = InProcessSeen.run(["summary", folder.path])
    XCTAssertEqual(run.status, 65)
    XCTAssertEqual(run.stdout, "")
    // The only file found: one line saying why, not a warning and an error.
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 1, run.stderr)
    XCTAssert(lines.first?.hasPrefix("error: ") == true, run.stderr)
    XCTAssert(run.stderr.contains("bad.json:1:3"), run.stderr)
    XCTAssert(run.stderr.contains("It is the only file found, so nothing was counted."))
    // Two such files: a warning for each, then the error.
    try Data("[]".utf8).write(to: folder.appendingPathComponent("bad2.json"))
    let two = InProcessSeen.run(["summary", folder.path])
    XCTAssertEqual(two.status, 65)
    XCTAssertEqual(
      two.stderr.split(separator: "\n").last,
      "error: none of the 2 files found is a valid review record (see the warnings above).")
  }

  func testFileNamesInWarningsCannotDriveTheTerminal() throws {
    let hostile = folder.appendingPathComponent("\u{1B}]0;PWNED\u{07}\u{1B}[2Jx.json")
    try Data("{ broken".utf8).write(to: hostile)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("two-men")), to: folder.appendingPathComponent("ok.json")
    )
    let run = InProcessSeen.run(["summary", folder.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssert(run.stderr.contains("x.json"), run.stderr)
    XCTAssertFalse(run.stderr.contains("\u{1B}"), "an escape reached standard error")
    XCTAssertFalse(run.stderr.contains("\u{07}"))
  }

  func testEchoedValuesCannotDriveTheTerminal() throws {
    let stderr = try assertFailure(
      ["review", "--no-input", "--set", "father.\u{1B}[31mx=yes"], status: 64)
    XCTAssertFalse(stderr.contains("\u{1B}"))
    let usage = try assertFailure(["\u{1B}]0;x\u{07}bogus"], status: 64)
    XCTAssertFalse(usage.contains("\u{1B}"))
  }

  func testARecordOfTooManyMenIsRefusedInOneLine() throws {
    let men = (1...1_001).map { #"{"label": "M\#($0)"}"# }.joined(separator: ",")
    let record = folder.appendingPathComponent("many.json")
    try Data(#"{"men": [\#(men)]}"#.utf8).write(to: record)
    let stderr = try assertFailure(
      ["report", record.path], status: 65,
      messages: ["many.json", "the record has 1001 men; seen reads at most 1000 in one review."])
    XCTAssertEqual(stderr.filter { $0 == "\n" }.count, 1, stderr)
  }
}
