import Foundation
import SeenTestSupport
import XCTest

/// `seen review` end to end: the binary's report is the golden file, byte for byte, in every
/// example and format, and the same in every process. The rest of `seen review` (standard
/// input, `--set`, `--fail-on-gaps`, the words of the reports) is tested in-process by
/// ReviewCommandInProcessTests in Tests/SeenCLITests.
final class ReviewCommandTests: XCTestCase {
  /// Each example in each format from the binary is its golden file, which the in-process tests
  /// match in the test process too: so the output is the same in every process (no per-process
  /// hash seed or clock in it), and the binary's wiring of `review` is covered.
  func testEveryReportFromTheBinaryIsItsGoldenFile() throws {
    let runs = exampleNames.flatMap { example in
      formatExtensions.map { (example: example, format: $0.0, fileExtension: $0.1) }
    }
    // Nine processes, two at a time; each one's output checked here.
    let results = concurrentMap(runs) { run in
      Result {
        try runSeen(
          ["review", "--answers", examplePath(run.example), "--no-input", "--format", run.format])
      }
    }
    XCTAssertEqual(results.count, runs.count)
    for (run, result) in zip(runs, results) {
      let output = try result.get()
      let command = "seen review \(run.example) --format \(run.format)"
      XCTAssertEqual(output.status, 0, "\(command): \(output.stderr)")
      XCTAssertEqual(output.stderr, "", command)
      assertSnapshot(
        output.stdout, named: "report-\(run.example).\(run.fileExtension)", in: reportSnapshots)
    }
  }

  /// A usage error from the binary: one line, exit 64.
  func testAMistakeInASetIsAUsageError() throws {
    try assertUsageError(
      ["review", "--set", "father.histroy=yes", "--no-input"], messages: ["histroy"])
  }

  /// Two processes give the same content (no per-process hash seed or clock in it). Moved from
  /// ContentCommandTests, which now runs in-process.
  func testContentIsTheSameOnEveryRun() throws {
    let first = try runSeen(["content", "--format", "json"])
    let second = try runSeen(["content", "--format", "json"])
    XCTAssertEqual(first.stdout, second.stdout)
  }
}
