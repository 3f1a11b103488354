import Testing

@testable import SeenKit

@Suite struct JSONParserTests {
  @Test func parsesEveryKindOfValue() throws {
    let value = try JSONParser.parse(
      #"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"#)
    guard case .object(let members) = value.kind else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    guard case .array(let elements) = members[0].value.kind else {
      Issue.record("not an array")
      return
    }
    #expect(
      elements.map(\.kind) == [
        .number(1), .number(-2500), .bool(true), .bool(false), .null, .string("x\né😀"),
      ])
  }

  @Test func recordsLineAndColumnOfValues() throws {
    let value = try JSONParser.parse("{\n  \"key\":\n     \"value\"\n}")
    guard case .object(let members) = value.kind else {
      Issue.record("not an object")
      return
    }
    #expect(members[0].value.position == SourcePosition(line: 3, column: 6))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let value = try JSONParser.parse(#"{"é": "ü", "k": 1}"#)
    guard case .object(let members) = value.kind else {
      Issue.record("not an object")
      return
    }
    #expect(members[1].value.position == SourcePosition(line: 1, column: 17))
  }

  @Test func acceptsByteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)).kind == .array([]))
  }

  /// Malformed input: each case gives one message and the place it stands.
  @Test func malformedInputNamesTheProblemAndPlace() {
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
        Issue.record("accepted \(input.debugDescription)")
      } catch {
        #expect(error.message.contains(message), "\(input.debugDescription): \(error.message)")
        #expect(
          error.position == SourcePosition(line: line, column: column),
          "\(input.debugDescription): \(error.message)")
      }
    }
  }

  @Test func rejectsInvalidUTF8() {
    if let error = #expect(
      throws: (any Error).self, performing: { try JSONParser.parse([0x22, 0xFF, 0x22]) })
    {
      #expect((error as? JSONParser.SyntaxError)?.message.contains("UTF-8") == true)
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    if let error = #expect(throws: (any Error).self, performing: { try JSONParser.parse(deep) }) {
      #expect((error as? JSONParser.SyntaxError)?.message.contains("nested") == true)
    }
  }

  @Test func writerRoundTripsThroughParser() throws {
    let text = #"{"b": [1, 2.5, "tab\there \"quoted\" \u0001"], "a": null, "c": {"d": true}}"#
    let written = JSONWriter.write(try JSONParser.parse(text))
    #expect(JSONWriter.write(try JSONParser.parse(written)) == written)
    #expect(written.contains(#""tab\there \"quoted\" \u0001""#))
    #expect(written.hasPrefix("{\n  \"b\": [\n    1,\n    2.5,"))
  }
}

extension JSONParserTests {
  /// Columns on a long line of non-ASCII text count characters, for every value on it, and an
  /// error after them still names the right column (the count goes on from value to value).
  @Test func columnsOnALongNonASCIILineCountCharacters() throws {
    let count = 2_000
    let line = "[" + Array(repeating: #""é""#, count: count).joined(separator: ", ") + "]"
    let value = try JSONParser.parse(line + "\n")
    guard case .array(let elements) = value.kind else {
      Issue.record("not an array")
      return
    }
    #expect(elements.count == count)
    for (offset, element) in elements.enumerated() {
      #expect(element.position == SourcePosition(line: 1, column: 2 + 5 * offset))
    }
    // A key and a value after non-ASCII text on the same line, then an error on that line.
    let object = try JSONParser.parse(#"{"ü": "ö", "b": 1}"#)
    guard case .object(let members) = object.kind else {
      Issue.record("not an object")
      return
    }
    #expect(members[1].value.position == SourcePosition(line: 1, column: 17))
    if let error = #expect(
      throws: (any Error).self, performing: { try JSONParser.parse(#"["é", "é", x]"#) })
    {
      #expect((error as? JSONParser.SyntaxError)?.position.column == 12)
    }
  }
}
