import Foundation
import SeenTestSupport
import XCTest

/// `--save` and `--output` end to end: what the binary's own process decides (its umask, its
/// standard output on a full device). The rest is tested in-process by FilesInProcessTests in
/// Tests/SeenCLITests.
final class FilesTests: XCTestCase {
  func testSavedRecordIsPrivate() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("review.json").path
    try assertExecuteCommand(
      ["review", "--answers", examplePath("few-gaps"), "--no-input", "--save", path])
    XCTAssertEqual(permissions(of: path), 0o600)
    XCTAssertEqual(try names(in: folder), ["review.json"])
  }

  // MARK: Write failures (74)

  func testFullStandardOutputIsAnIOError() throws {
    guard let full = FileHandle(forWritingAtPath: "/dev/full") else {
      throw XCTSkip("/dev/full is not available")
    }
    let run = try SeenExecutable.run(["content"], standardOutput: full)
    try full.close()
    XCTAssertFalse(run.crashed, run.stderr)
    XCTAssertEqual(run.status, 74, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("error: "), run.stderr)
    XCTAssertTrue(run.stderr.contains("standard output"), run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
  }
}
