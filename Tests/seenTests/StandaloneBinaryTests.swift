import Foundation
import SeenTestSupport
import XCTest

/// The binary carries its content: copied alone into an empty folder it still runs.
final class StandaloneBinaryTests: XCTestCase {
  private var folder = FileManager.default.temporaryDirectory
  private var binary = FileManager.default.temporaryDirectory

  override func setUpWithError() throws {
    guard let built = SeenExecutable.url else {
      throw SeenExecutableError(description: "cannot find the built seen binary")
    }
    folder = try makeTemporaryDirectory()
    binary = folder.appendingPathComponent("seen")
    try FileManager.default.copyItem(at: built, to: binary)
  }

  private func runCopy(_ arguments: [String]) throws -> SeenRun {
    try SeenExecutable.run(arguments, currentDirectory: folder, executable: binary)
  }

  func testTheFolderHoldsOnlyTheBinary() throws {
    XCTAssertEqual(try names(in: folder), ["seen"])
    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path))
  }

  func testContentRunsWithoutAResourceBundle() throws {
    let run = try runCopy(["content"])
    XCTAssertFalse(run.crashed, run.stderr)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertEqual(run.stdout, try runSeen(["content"]).stdout)
  }

  func testContentJSONOfTheCopyHasTheFullContent() throws {
    let run = try runCopy(["content", "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let content = try jsonObject(run.stdout)
    XCTAssertEqual((content["questions"] as? [Any])?.count, 8)
    XCTAssertEqual((content["riskFactors"] as? [Any])?.count, 8)
  }

  func testReviewRunsWithoutAResourceBundle() throws {
    let arguments = ["review", "--set", "father.identified=yes", "--no-input"]
    let run = try runCopy(arguments)
    XCTAssertFalse(run.crashed, run.stderr)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    XCTAssertTrue(run.stdout.contains("Father"))
    XCTAssertEqual(run.stdout, try runSeen(arguments).stdout)
  }

  func testCopyWritesNothingIntoItsFolder() throws {
    _ = try runCopy(["review", "--set", "father.identified=yes", "--no-input"])
    XCTAssertEqual(try names(in: folder), ["seen"])
  }
}
