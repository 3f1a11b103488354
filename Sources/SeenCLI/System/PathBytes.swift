#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps the bytes of a file name that is not UTF-8 (a Latin-1 "café" from an old disk or a
/// Windows share) through a Swift String: each byte that is not part of valid UTF-8 becomes a
/// private-use scalar (U+10FC80 to U+10FCFF, for bytes 0x80 to 0xFF), and back to its byte when
/// the path is opened. Valid UTF-8 is unchanged, so only such names are affected.
public enum PathBytes {
  static let escapeBase: UInt32 = 0x10_FC00

  /// The process's arguments after the program name, from the bytes the system gave.
  public static func commandLineArguments() -> [String] {
    (1..<Int(CommandLine.argc)).map { index in
      guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
      return string(
        from: Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map {
          UInt8(bitPattern: $0)
        })
    }
  }

  /// The bytes as a String, invalid UTF-8 bytes kept as escape scalars.
  static func string(from bytes: [UInt8]) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var result = ""
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length =
        lead < 0x80
        ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
      if length > 0, index + length <= bytes.count,
        let piece = String(validating: bytes[index..<index + length], as: UTF8.self)
      {
        result += piece
        index += length
      } else {
        result.unicodeScalars.append(Unicode.Scalar(escapeBase + UInt32(lead))!)
        index += 1
      }
    }
    return result
  }

  /// The bytes a path names: UTF-8, with escape scalars turned back into their bytes.
  static func bytes(of path: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(path.utf8.count)
    for scalar in path.unicodeScalars {
      if scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF {
        bytes.append(UInt8(scalar.value - escapeBase))
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
    return bytes
  }

  /// Calls `body` with the path as the C string the system expects.
  static func withPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
    // The common case (no escapes) passes the String's own UTF-8.
    guard
      path.unicodeScalars.contains(where: {
        $0.value >= escapeBase + 0x80 && $0.value <= escapeBase + 0xFF
      })
    else { return path.withCString(body) }
    var raw = bytes(of: path).map { CChar(bitPattern: $0) }
    raw.append(0)
    return raw.withUnsafeBufferPointer { body($0.baseAddress!) }
  }

  static func isEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF
  }

  /// Text that is not a path (a case reference, a label): bytes that were not UTF-8 become
  /// U+FFFD, as the standard library's arguments had them.
  static func plainText(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isEscape) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      result.unicodeScalars.append(isEscape(scalar) ? "\u{FFFD}" : scalar)
    }
    return result
  }

  /// A message, with each byte of a name that was not UTF-8 shown as \xNN.
  public static func shown(_ message: String) -> String {
    guard message.unicodeScalars.contains(where: isEscape) else { return message }
    var result = ""
    for scalar in message.unicodeScalars {
      if isEscape(scalar) {
        result += "\\x" + String(scalar.value - escapeBase, radix: 16, uppercase: true)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A file name read from a directory entry, its bytes kept.
  static func name(_ pointer: UnsafePointer<CChar>) -> String {
    string(
      from: Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map {
        UInt8(bitPattern: $0)
      })
  }
}
