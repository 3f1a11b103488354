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

  func testANulByteIsCalledANulByteNotUTF16() throws {
    for (name, text) in [
      ("start.json", "\0{\"case\": \"x\"}"), ("second.json", "{\0\"case\": \"x\"}"),
      ("later.json", "{\n  \"case\": \0\"x\"}"),
    ] {
      let path = try write(Array(text.utf8), named: name)
      let stderr = try assertFailure(["report", path], status: 65, messages: [path, "NUL"])
      XCTAssertFalse(stderr.contains("UTF-16"), stderr)
      assertOneLine(stderr)
    }
    let later = try write(Array("{\n  \"case\": \0\"x\"}".utf8), named: "where.json")
    try assertFailure(["report", later], status: 65, messages: ["\(later):2:11:"])
  }

  func testRealUTF16IsStillCalledUTF16() throws {
    let utf16 = Array("{\"case\": \"x\"}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let path = try write(utf16, named: "utf16.json")
    try assertFailure(["report", path], status: 65, messages: ["UTF-16", "save it as UTF-8"])
  }

  func testADuplicateKeyWrittenWithTheKelvinSignIsExplained() throws {
    // U+212A KELVIN SIGN is canonically the letter K, so the two keys are the same key.
    let json = "{\"case\": \"A\",\n \"\u{212A}ey\": 1, \"Key\": 2}"
    let path = try write(Array(json.utf8), named: "kelvin.json")
    let stderr = try assertFailure(
      ["report", path], status: 65, messages: ["\(path):2:", "twice", "U+212A KELVIN SIGN"])
    assertOneLine(stderr)
    let forms = "{\"case\": \"A\", \"cas\u{0065}\u{0301}\": 1, \"cas\u{00E9}\": 2}"
    let path2 = try write(Array(forms.utf8), named: "forms.json")
    assertOneLine(
      try assertFailure(
        ["report", path2], status: 65, messages: ["\(path2):1:", "twice", "U+0301"]))
  }

  func testAMissingContentFolderIsNamedAsMissing() throws {
    let stderr = try assertFailure(
      ["content", "--content", "/nonexistent/seen-content"], status: 66,
      messages: ["/nonexistent/seen-content", "does not exist"])
    XCTAssertFalse(stderr.contains("has no content files"), stderr)
    assertOneLine(stderr)
    let file = try write(Array("x".utf8), named: "a-file")
    try assertFailure(
      ["content", "--content", file], status: 66, messages: [file, "not a folder"])
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
