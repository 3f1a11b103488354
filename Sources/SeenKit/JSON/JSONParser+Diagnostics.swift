/// What the parser says about input it refuses before or beside the grammar: a file that is not
/// UTF-8 text, a key given twice in two spellings, and where a byte stands.
extension JSONParser {
  /// Names a key given twice; where the two are written differently (the Kelvin sign for "K",
  /// "e" and a combining accent for "é"), says so, since they look like two keys.
  static func duplicateKeyMessage(
    _ key: String, members: [JSONValue.Member], seen: Set<String>
  ) -> String {
    let earlier =
      members.first { $0.key == key }?.key ?? seen.firstIndex(of: key).map { seen[$0] } ?? key
    if earlier.unicodeScalars.elementsEqual(key.unicodeScalars) {
      return "the key \(key.quotedInMessage) appears twice; keep one"
    }
    var differing: [String] = []
    for scalar in key.unicodeScalars + earlier.unicodeScalars
    where !(scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F) {
      let name = ManLabel.describe(scalar)
      if !differing.contains(name) { differing.append(name) }
    }
    return
      "the key \(key.quotedInMessage) appears twice: \(key.quotedInMessage) and \(earlier.quotedInMessage) are written with different characters (\(differing.prefix(4).joined(separator: ", "))) but are the same text in Unicode; keep one"
  }

  /// A zero byte beside each of the first ASCII characters, as UTF-16 without a byte order mark
  /// has; a lone zero byte is something else.
  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 2 else { return false }
    let pairs = min(bytes.count / 2, 2)
    let littleEndian = (0..<pairs).allSatisfy { bytes[2 * $0] != 0 && bytes[2 * $0 + 1] == 0 }
    let bigEndian = (0..<pairs).allSatisfy { bytes[2 * $0] == 0 && bytes[2 * $0 + 1] != 0 }
    return littleEndian || bigEndian
  }

  /// The line and column of a byte, counted from the start (for errors found before parsing).
  func position(of offset: Int) -> SourcePosition {
    var line = 1
    var start = 0
    for i in 0..<offset where bytes[i] == 0x0A {
      line += 1
      start = i + 1
    }
    var column = 1
    for i in start..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
    return SourcePosition(line: line, column: column)
  }
}

extension JSONParser {
  /// Parses a file's bytes, a syntax error made the `DataError` every reader of a file throws
  /// (its place, and its message without the file's own text).
  ///
  /// - Parameter file: the name to use in error messages ("-" for standard input).
  static func parse(_ bytes: [UInt8], file: String?) throws(DataError) -> JSONValue {
    do {
      return try JSONParser.parse(bytes)
    } catch {
      var failure = DataError(
        file: file, position: error.position, path: "", problem: .syntax(error.message))
      failure.syntaxWithoutFileText = error.withoutFileText
      throw failure
    }
  }
}
