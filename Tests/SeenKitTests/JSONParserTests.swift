import XCTest

@testable import SeenKit

final class JSONParserTests: XCTestCase {
  func testParsesEveryKindOfValue() throws {
    let value = try JSONParser.parse(
      #"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"#)
    guard case .object(let members) = value.kind else { return XCTFail("not an object") }
    XCTAssertEqual(members.map(\.key), ["a", "b"])
    guard case .array(let elements) = members[0].value.kind else { return XCTFail("not an array") }
    XCTAssertEqual(
      elements.map(\.kind),
      [
        .number(1), .number(-2500), .bool(true), .bool(false), .null, .string("x\né😀"),
      ])
  }

  func testRecordsLineAndColumnOfValues() throws {
    let value = try JSONParser.parse("{\n  \"key\":\n     \"value\"\n}")
    guard case .object(let members) = value.kind else { return XCTFail("not an object") }
    XCTAssertEqual(members[0].value.position, SourcePosition(line: 3, column: 6))
  }

  func testColumnsCountCharactersNotBytes() throws {
    let value = try JSONParser.parse(#"{"é": "ü", "k": 1}"#)
    guard case .object(let members) = value.kind else { return XCTFail("not an object") }
    XCTAssertEqual(members[1].value.position, SourcePosition(line: 1, column: 17))
  }

  func testAcceptsByteOrderMark() throws {
    XCTAssertEqual(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)).kind, .array([]))
  }

  /// Malformed input: each case gives one message and the place it stands.
  func testMalformedInputNamesTheProblemAndPlace() {
    let cases: [(String, String, Int, Int)] = [
      ("", "the file is empty", 1, 1),
      ("{", "expected a key", 1, 2),
      ("{\"a\" 1}", "expected ':'", 1, 6),
      ("{\"a\": 1,}", "a comma before '}'", 1, 9),
      ("[1,]", "a comma before ']'", 1, 4),
      ("[1 2]", "expected ',' or ']'", 1, 4),
      ("{\"a\": 1 \"b\": 2}", "expected ',' or '}'", 1, 9),
      ("{'a': 1}", "expected a key in double quotes", 1, 2),
      ("[yes]", "text must be in double quotes", 1, 2),
      ("\"abc", "the file ends inside a string", 1, 5),
      ("\"a\nb\"", "runs past the end of the line", 1, 3),
      ("\"\\x\"", "unknown escape", 1, 2),
      ("\"\\u12\"", "four hex digits", 1, 4),
      ("\"\\ud800\"", "surrogate pair", 1, 8),
      ("01", "must not start with 0", 1, 2),
      ("1.", "malformed", 1, 3),
      ("-", "malformed", 1, 2),
      ("1e999", "out of range", 1, 6),
      ("{\"a\": 1, \"a\": 2}", "appears twice", 1, 10),
      ("[1] x", "after the end of the JSON value", 1, 5),
      ("{\n\n  \"a\": tru\n}", "where a value was expected", 3, 8),
      ("[", "ends where a value was expected", 1, 2),
      ("[1", "missing ']'", 1, 3),
      ("{\"a\": 1", "missing '}'", 1, 8),
    ]
    for (input, message, line, column) in cases {
      do {
        _ = try JSONParser.parse(input)
        XCTFail("accepted \(input.debugDescription)")
      } catch {
        XCTAssert(error.message.contains(message), "\(input.debugDescription): \(error.message)")
        XCTAssertEqual(
          error.position, SourcePosition(line: line, column: column),
          "\(input.debugDescription): \(error.message)")
      }
    }
  }

  func testRejectsInvalidUTF8() {
    XCTAssertThrowsError(try JSONParser.parse([0x22, 0xFF, 0x22])) { error in
      XCTAssert((error as? JSONParser.SyntaxError)?.message.contains("UTF-8") == true)
    }
  }

  func testDeepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
      XCTAssert((error as? JSONParser.SyntaxError)?.message.contains("nested") == true)
    }
  }

  func testWriterRoundTripsThroughParser() throws {
    let text = #"{"b": [1, 2.5, "tab\there \"quoted\" \u0001"], "a": null, "c": {"d": true}}"#
    let written = JSONWriter.write(try JSONParser.parse(text))
    XCTAssertEqual(JSONWriter.write(try JSONParser.parse(written)), written)
    XCTAssert(written.contains(#""tab\there \"quoted\" \u0001""#))
    XCTAssert(written.hasPrefix("{\n  \"b\": [\n    1,\n    2.5,"))
  }
}

extension JSONParserTests {
  /// Columns on a long line of non-ASCII text count characters, for every value on it, and an
  /// error after them still names the right column (the count goes on from value to value).
  func testColumnsOnALongNonASCIILineCountCharacters() throws {
    let count = 2_000
    let line = "[" + Array(repeating: #""é""#, count: count).joined(separator: ", ") + "]"
    let value = try JSONParser.parse(line + "\n")
    guard case .array(let elements) = value.kind else { return XCTFail("not an array") }
    XCTAssertEqual(elements.count, count)
    for (offset, element) in elements.enumerated() {
      XCTAssertEqual(element.position, SourcePosition(line: 1, column: 2 + 5 * offset))
    }
    // A key and a value after non-ASCII text on the same line, then an error on that line.
    let object = try JSONParser.parse(#"{"ü": "ö", "b": 1}"#)
    guard case .object(let members) = object.kind else { return XCTFail("not an object") }
    XCTAssertEqual(members[1].value.position, SourcePosition(line: 1, column: 17))
    XCTAssertThrowsError(try JSONParser.parse(#"["é", "é", x]"#)) { error in
      XCTAssertEqual((error as? JSONParser.SyntaxError)?.position.column, 12)
    }
  }
}
