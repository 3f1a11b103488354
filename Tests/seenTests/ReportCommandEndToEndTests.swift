import Foundation
import XCTest

/// `seen report` through the built binary: a record through a real pipe on standard input, the
/// golden text report, and the real exit status 1 of --fail-on-gaps. The rest runs in-process in
/// SeenCLITests/ReportCommandTests.
final class ReportCommandEndToEndTests: XCTestCase {
  func testReportOfAPipeOnStandardInputMatchesTheGoldenTextReport() throws {
    let record = try Data(contentsOf: URL(fileURLWithPath: examplePath("two-men")))
    try assertExecuteCommand(["report", "-"], stdin: record, snapshot: "report-two-men.txt")
    try assertExecuteCommand(["report", examplePath("two-men")], snapshot: "report-two-men.txt")
  }

  func testFailOnGapsExitsOneAndStillPrintsTheReport() throws {
    let plain = try runSeen(["report", examplePath("unseen-father")])
    let run = try assertExecuteCommand(
      ["report", examplePath("unseen-father"), "--fail-on-gaps"], exitCode: 1)
    XCTAssertEqual(run.stdout, plain.stdout)
    XCTAssertFalse(run.stdout.isEmpty)
  }
}
