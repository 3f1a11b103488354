/// A strict RFC 8259 JSON parser over UTF-8 bytes that records the position of every value.
///
/// Foundation's JSONSerialization reports neither the key path nor, on Linux, a dependable line and
/// column; a practitioner who mistypes a hand-written answers file needs both.
struct JSONParser {
  struct SyntaxError: Error, Equatable {
    var message: String
    var position: SourcePosition
    /// The message without the text it quotes from the file (a key), where it quotes some.
    var withoutFileText: String? = nil
  }

  /// Deep enough for any real record; shallow enough that hostile input cannot exhaust the stack.
  static let maximumDepth = 200

  let bytes: [UInt8]
  var index = 0
  var line = 1
  var lineStart = 0
  var depth = 0
  /// The last line on which a string held a non-ASCII byte; columns there count characters.
  var nonASCIILine = 0
  /// The last character column counted on a non-ASCII line (`columnLine`), at byte `columnOffset`:
  /// the next count on that line goes on from there, so that a long line with many values and
  /// non-ASCII text is counted once, not once for every value on it.
  var columnLine = 0
  var columnOffset = 0
  var column = 1
  /// Whether the last string parsed was ASCII written without escapes: its bytes in the file
  /// are its text.
  var lastStringPlain = false
  /// The keys of the objects being parsed, innermost last, as pairs: where a key's text starts
  /// in `bytes` and its length, or -1 for a key to compare as text (`refuseDuplicate`).
  private var keySpans: [Int] = []

  /// Keys given twice, when the caller lists them rather than stop at the first
  /// (`parse(_:duplicates:)`); nil: the first is thrown.
  private var duplicates: [SyntaxError]?

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONValue {
    var none: [SyntaxError]? = nil
    return try parse(bytes, collecting: &none)
  }

  /// `parse`, going on past a key given twice in one object: each such key is added to
  /// `duplicates` (in file order) and the object keeps both members, the first first, so that a
  /// checker that lists every problem can go on reading. Any other syntax error is thrown.
  static func parse(_ bytes: [UInt8], duplicates: inout [SyntaxError]) throws(SyntaxError)
    -> JSONValue
  {
    var collected: [SyntaxError]? = []
    defer { duplicates = collected ?? [] }
    return try parse(bytes, collecting: &collected)
  }

  private static func parse(_ bytes: [UInt8], collecting: inout [SyntaxError]?)
    throws(SyntaxError) -> JSONValue
  {
    var parser = JSONParser(bytes: bytes)
    parser.duplicates = collecting
    defer { collecting = parser.duplicates }
    // A UTF-8 byte order mark is allowed at the very start, as editors on Windows write one.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.index = 3
      parser.lineStart = 3
    }
    // UTF-16 (what some Windows editors save as "Unicode") starts with a byte order mark or has
    // a zero byte beside each ASCII character: "{" then zero, or zero then "{".
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || looksLikeUTF16(bytes)
    {
      throw SyntaxError(
        message: "the file is saved as UTF-16; save it as UTF-8",
        position: SourcePosition(line: 1, column: 1))
    }
    // Any other zero byte: text never holds one, so the file is damaged or is not text.
    if let zero = bytes.firstIndex(of: 0) {
      throw SyntaxError(
        message:
          "the file holds a NUL (zero) byte, which text never does, so it is damaged or not a text file; remove the byte in an editor or restore the file from a copy",
        position: parser.position(of: zero))
    }
    parser.skipWhitespace()
    if parser.index == bytes.count {
      throw SyntaxError(message: "the file is empty", position: parser.position)
    }
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("found \(parser.describeCurrent()) after the end of the JSON value")
    }
    return value
  }

  static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }

  // MARK: - Values

  private var position: SourcePosition {
    SourcePosition(line: line, column: columnOf(index))
  }

  /// The position of the next byte, for a value or a key: the same as `position`, counted on
  /// from the last one on this line. (`position` itself counts from the line's start, which is
  /// fine for the one error that ends a parse.)
  mutating func nextPosition() -> SourcePosition {
    if nonASCIILine != line { return SourcePosition(line: line, column: index - lineStart + 1) }
    if columnLine != line || columnOffset > index {
      columnLine = line
      columnOffset = lineStart
      column = 1
    }
    while columnOffset < index && columnOffset < bytes.count {
      if bytes[columnOffset] & 0xC0 != 0x80 { column += 1 }
      columnOffset += 1
    }
    return SourcePosition(line: line, column: column)
  }

  /// Columns count characters, not bytes, so that they match what an editor shows.
  func columnOf(_ offset: Int) -> Int {
    // Most lines are ASCII: then the column is the byte distance.
    if nonASCIILine != line { return offset - lineStart + 1 }
    var column = 1
    var i = lineStart
    while i < offset && i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return column
  }

  func error(_ message: String) -> SyntaxError {
    SyntaxError(message: message, position: position)
  }

  func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "the character '\(Character(Unicode.Scalar(byte)))'" }
    if byte == 0x20 { return "a space" }
    if byte < 0x20 { return "a control character" }
    return "a non-ASCII character"
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default:
        return
      }
    }
  }

  private mutating func parseValue() throws(SyntaxError) -> JSONValue {
    let start = nextPosition()
    guard index < bytes.count else { throw error("the file ends where a value was expected") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(start)
    case UInt8(ascii: "["): return try parseArray(start)
    case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONValue(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(try parseNumber()), at: start)
    default:
      throw error(
        "found \(describeCurrent()) where a value was expected (text must be in double quotes)"
      )
    }
  }

  private mutating func expectWord(_ word: String) throws(SyntaxError) {
    let expected = Array(word.utf8)
    let count = expected.count
    if index + count <= bytes.count && bytes[index..<index + count].elementsEqual(expected) {
      index += count
      return
    }
    throw error(
      "found \(describeCurrent()) where a value was expected (text must be in double quotes)")
  }

  private mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("values are nested more than \(Self.maximumDepth) deep")
    }
  }

  private mutating func parseObject(_ start: SourcePosition) throws(SyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONValue.Member] = []
    var seen = Set<String>()
    let spansBase = keySpans.count
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return JSONValue(.object(members), at: start)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
          throw error("a comma before '}' is not allowed in JSON")
        }
        throw error("expected a key in double quotes, found \(describeCurrent())")
      }
      let keyPosition = nextPosition()
      let keyStart = index + 1
      let key = try parseString()
      try refuseDuplicate(
        key, startingAt: keyStart, at: keyPosition, in: members, spansBase: spansBase,
        seen: &seen)
      skipWhitespace()
      try expectColon(afterKeyAt: keyPosition)
      index += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONValue.Member(key: key, value: value))
      skipWhitespace()
      guard index < bytes.count else { throw error("the file ends inside an object (missing '}')") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        keySpans.removeLast(keySpans.count - spansBase)
        return JSONValue(.object(members), at: start)
      }
      throw error("expected ',' or '}' after a value in an object, found \(describeCurrent())")
    }
  }

  /// The most keys of one object compared one by one; from there on, `seen` holds them.
  private static let keysCompared = 32

  /// A key given twice in one object is refused. The object's keys so far are compared one by
  /// one: a key of plain ASCII (`lastStringPlain`, nearly every key) with another by its bytes
  /// in the file, any other as text (so that "é" and "e" with a combining accent are one key).
  /// From `keysCompared` keys on, `seen` holds them, so that a huge object stays linear.
  private mutating func refuseDuplicate(
    _ key: String, startingAt keyStart: Int, at keyPosition: SourcePosition,
    in members: [JSONValue.Member], spansBase: Int, seen: inout Set<String>
  ) throws(SyntaxError) {
    let duplicate: Bool
    if members.count < Self.keysCompared {
      // The key's length in the file (up to its closing quote), or -1 to compare it as text.
      let length = lastStringPlain ? index - 1 - keyStart : -1
      duplicate = isComparedDuplicate(
        key, startingAt: keyStart, length: length, in: members, spansBase: spansBase)
      keySpans.append(keyStart)
      keySpans.append(length)
      if members.count == Self.keysCompared - 1 {
        seen = Set(members.map(\.key))
        seen.insert(key)
      }
    } else {
      duplicate = !seen.insert(key).inserted
    }
    if duplicate {
      let error = SyntaxError(
        message: Self.duplicateKeyMessage(key, members: members, seen: seen),
        position: keyPosition,
        withoutFileText: "a key appears twice in one object")
      guard duplicates != nil else { throw error }
      duplicates?.append(error)
    }
  }

  /// Whether `key` is one of `members`' keys, whose spans start at `spansBase`.
  private func isComparedDuplicate(
    _ key: String, startingAt keyStart: Int, length: Int, in members: [JSONValue.Member],
    spansBase: Int
  ) -> Bool {
    var span = spansBase
    var member = 0
    while member < members.count {
      let otherStart = keySpans[span]
      let otherLength = keySpans[span + 1]
      if length >= 0 && otherLength >= 0 {
        if length == otherLength
          && bytes[keyStart..<(keyStart + length)].elementsEqual(
            bytes[otherStart..<(otherStart + length)])
        {
          return true
        }
      } else if members[member].key == key {
        return true
      }
      span += 2
      member += 1
    }
    return false
  }

  /// The colon after a key, which the caller then steps over.
  private func expectColon(afterKeyAt keyPosition: SourcePosition) throws(SyntaxError) {
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
      // The text is not quoted: a "key" without its ':' is as often a note or a value that
      // lost its key, and the line and column say where it is.
      let found = describeCurrent()
      var failure = error(
        "expected ':' after the key that starts at line \(keyPosition.line), column \(keyPosition.column), found \(found)"
      )
      failure.withoutFileText = failure.message
      throw failure
    }
  }

  private mutating func parseArray(_ start: SourcePosition) throws(SyntaxError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return JSONValue(.array(elements), at: start)
    }
    while true {
      skipWhitespace()
      if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
        throw error("a comma before ']' is not allowed in JSON")
      }
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("the file ends inside a list (missing ']')") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return JSONValue(.array(elements), at: start)
      }
      throw error("expected ',' or ']' after a value in a list, found \(describeCurrent())")
    }
  }
}
