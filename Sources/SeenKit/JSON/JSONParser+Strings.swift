/// Strings: escapes, UTF-8 checked byte by byte, and the control characters JSON forbids.
extension JSONParser {

  mutating func parseString() throws(SyntaxError) -> String {
    index += 1  // opening quote
    let contentStart = index
    var ascii = true
    // Fast path: no escapes.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = try decodeUTF8(bytes[contentStart..<index], at: contentStart, ascii: ascii)
        index += 1
        lastStringPlain = ascii
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw controlCharacterError(byte) }
      if byte >= 0x80 {
        nonASCIILine = line
        ascii = false
      }
      index += 1
    }
    lastStringPlain = false
    var buffer = Array(bytes[contentStart..<index])
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let text = try decodeUTF8(buffer[...], at: contentStart)
        index += 1
        return text
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      default:
        if byte < 0x20 { throw controlCharacterError(byte) }
        if byte >= 0x80 { nonASCIILine = line }
        buffer.append(byte)
        index += 1
      }
    }
    throw error("the file ends inside a string (missing closing '\"')")
  }

  func controlCharacterError(_ byte: UInt8) -> SyntaxError {
    byte == 0x0A
      ? error("a string runs past the end of the line (missing closing '\"', or write \\n)")
      : error("a control character inside a string must be escaped")
  }

  /// `ascii`: the caller has seen every byte and none was over 0x7F.
  func decodeUTF8(
    _ slice: ArraySlice<UInt8>, at offset: Int, ascii: Bool? = nil
  ) throws(SyntaxError) -> String {
    // ASCII, by far the common case, needs no validation and takes the fast, non-generic path.
    if ascii ?? slice.allSatisfy({ $0 < 0x80 }) {
      return slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }
    if let text = String(validating: slice, as: UTF8.self) { return text }
    throw SyntaxError(
      message: "a string is not valid UTF-8 (save the file as UTF-8)",
      position: SourcePosition(line: line, column: columnOf(offset)))
  }

  mutating func parseEscape(into buffer: inout [UInt8]) throws(SyntaxError) {
    index += 1
    guard index < bytes.count else { throw error("the file ends inside a string") }
    let escaped = bytes[index]
    index += 1
    switch escaped {
    case UInt8(ascii: "\""): buffer.append(0x22)
    case UInt8(ascii: "\\"): buffer.append(0x5C)
    case UInt8(ascii: "/"): buffer.append(0x2F)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("a \\u escape starts a surrogate pair that is never finished") }
        index += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error("a \\u escape starts a surrogate pair that is never finished")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("a \\u escape is half a surrogate pair")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw error("a \\u escape is not valid") }
      buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      index -= 2
      throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string")
    }
  }

  mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("a \\u escape needs four hex digits")
      }
      value = value * 16 + UInt32(digit)
      index += 1
    }
    return value
  }
}
