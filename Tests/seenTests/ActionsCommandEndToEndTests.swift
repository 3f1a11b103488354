import Foundation
import SeenTestSupport
import XCTest

/// `seen actions` through the built binary (issue 16): the list over a folder, one action marked
/// done and one dropped, the list again; real exit statuses, files and the record lock. The
/// rest runs in-process in SeenCLITests/ActionsCommandTests.
final class ActionsCommandEndToEndTests: XCTestCase {
  let today = ["SEEN_TODAY": "2026-12-03"]

  func testListMarkDoneAndDropThenListAgain() throws {
    let folder = try makeTemporaryDirectory()
    let fixtures = PackagePaths.root.appendingPathComponent("Tests/SeenKitTests/Fixtures/actions")
    for name in ["hv-0193", "sw-0457", "sw-0310-safety"] {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent("\(name).json"),
        to: folder.appendingPathComponent("\(name).json"))
    }
    func seen(_ arguments: [String]) throws -> SeenRun {
      try SeenExecutable.run(arguments, environment: today, currentDirectory: folder)
    }
    func cases(_ csv: String) -> [String] {
      csv.split(separator: "\r\n").dropFirst().map { row in
        row.split(separator: ",").prefix(2).joined(separator: " ")
      }
    }
    let first = try seen(["actions", ".", "--open", "--format", "csv"])
    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(first.stderr, "")
    XCTAssertEqual(
      cases(first.stdout), ["HV-0193 1", "SW-0457 1", "SW-0310 1", "HV-0193 3", "SW-0457 3"])

    XCTAssertEqual(chmod(folder.appendingPathComponent("hv-0193.json").path, 0o640), 0)
    let done = try seen(["actions", "done", "hv-0193.json", "1", "--note", "GP called back"])
    XCTAssertEqual(done.status, 0, done.stderr)
    XCTAssertEqual(
      done.stdout,
      "Action 1 of case HV-0193 (Health visitor, due 2026-11-20) is now done, on 2026-12-03, after its due date; saved hv-0193.json.\n"
    )
    let drop = try seen(["actions", "drop", "sw-0457.json", "3", "--reason", "Supervision moved"])
    XCTAssertEqual(drop.status, 0, drop.stderr)
    // Changed in place, the review keeps its mode (a shared folder's stays readable by the
    // team, as it was).
    XCTAssertEqual(permissions(of: folder.appendingPathComponent("hv-0193.json").path), 0o640)
    XCTAssertEqual(
      try names(in: folder), ["hv-0193.json", "sw-0457.json", "sw-0310-safety.json"],
      "no lock or temporary file left")

    let again = try seen(["actions", ".", "--open", "--format", "csv"])
    XCTAssertEqual(cases(again.stdout), ["SW-0457 1", "SW-0310 1", "HV-0193 3"])
    let text = try seen(["actions", "hv-0193.json"])
    XCTAssertTrue(text.stdout.contains("State: done 2026-12-03"), text.stdout)
    XCTAssertTrue(text.stdout.contains("Note: GP called back"), text.stdout)

    let twice = try seen(["actions", "done", "hv-0193.json", "1"])
    XCTAssertEqual(twice.status, 64)
    XCTAssertEqual(
      twice.stderr,
      "error: action 1 was done on 2026-12-03 already; nothing was changed.\nRun 'seen help actions' for the options.\n"
    )
  }
}
