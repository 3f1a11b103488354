import Foundation
import XCTest

/// Each message says what is wrong, where, and what to do, in one line, and names the right
/// thing.
final class HonestMessageTests: XCTestCase {
  private func write(_ bytes: [UInt8], named name: String) throws -> String {
    let url = try makeTemporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  private func assertOneLine(_ stderr: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(
      stderr.split(separator: "\n").count, 1, "one line:\n\(stderr)", file: file, line: line)
  }

  func testSourceDateEpochMattersOnlyForAPDF() throws {
    let environment = ["SOURCE_DATE_EPOCH": "yesterday"]
    let text = try SeenExecutable.run(["sheet"], environment: environment)
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertEqual(text.stderr, "")
    let handout = try SeenExecutable.run(
      ["workshop", "wiltshire", "--format", "html"], environment: environment)
    XCTAssertEqual(handout.status, 0, handout.stderr)
    let pdf = try SeenExecutable.run(["sheet", "--format", "pdf"], environment: environment)
    XCTAssertEqual(pdf.status, 64)
    XCTAssertTrue(pdf.stderr.contains("SOURCE_DATE_EPOCH"), pdf.stderr)
    XCTAssertTrue(pdf.stderr.contains("unset"), pdf.stderr)
  }
}
