import Testing

@testable import SeenKit

/// Reads back the PDF files seen writes, as a reader would: the cross-reference table, the
/// objects it points at, and the text drawn on each page.
struct ParsedPDF {
  var bytes: [UInt8]
  var text: String { String(decoding: bytes, as: UTF8.self) }

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The offset after `startxref` at the end of the file.
  func startXref() throws -> Int {
    guard let range = text.range(of: "startxref\n", options: .backwards),
      let line = text[range.upperBound...].split(separator: "\n").first, let offset = Int(line)
    else { throw Failure(description: "no startxref") }
    return offset
  }

  /// The cross-reference entries: for each object number in use, its byte offset.
  func crossReference() throws -> (size: Int, offsets: [Int: Int]) {
    let start = try startXref()
    let table = Array(bytes[start...])
    guard String(decoding: table.prefix(5), as: UTF8.self) == "xref\n" else {
      throw Failure(description: "startxref \(start) does not point at 'xref'")
    }
    var index = 5
    func readLine() -> String {
      var line: [UInt8] = []
      while index < table.count && table[index] != 0x0A {
        line.append(table[index])
        index += 1
      }
      index += 1
      return String(decoding: line, as: UTF8.self)
    }
    let header = readLine().split(separator: " ").compactMap { Int($0) }
    guard header.count == 2, header[0] == 0 else {
      throw Failure(description: "bad subsection header")
    }
    var offsets: [Int: Int] = [:]
    for number in 0..<header[1] {
      // Each entry is exactly 20 bytes: "nnnnnnnnnn ggggg n" and a two-byte end of line.
      let entry = String(decoding: table[index..<index + 20], as: UTF8.self)
      index += 20
      guard entry.count == 20, entry.hasSuffix(" \n") else {
        throw Failure(description: "entry \(number) is not 20 bytes: \(entry.debugDescription)")
      }
      let fields = entry.split(whereSeparator: \.isWhitespace)
      guard fields.count == 3, fields[0].count == 10, fields[1].count == 5,
        let offset = Int(fields[0])
      else { throw Failure(description: "bad entry \(number): \(entry.debugDescription)") }
      if fields[2] == "n" {
        offsets[number] = offset
      } else if number != 0 || fields[2] != "f" || fields[1] != "65535" {
        throw Failure(description: "bad free entry \(number)")
      }
    }
    return (header[1], offsets)
  }

  /// The page content streams' text operators, decoded from WinAnsiEncoding, in drawing order.
  func drawnText() -> [String] {
    var strings: [String] = []
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == UInt8(ascii: "(") else {
        index += 1
        continue
      }
      // Only strings shown with Tj; the title in /Info is skipped by checking what follows.
      var decoded: [UInt8] = []
      var cursor = index + 1
      while cursor < count && bytes[cursor] != UInt8(ascii: ")") {
        if bytes[cursor] == UInt8(ascii: "\\") {
          let next = bytes[cursor + 1]
          if (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) {
            let digits = String(decoding: bytes[cursor + 1...cursor + 3], as: UTF8.self)
            decoded.append(UInt8(digits, radix: 8) ?? 0)
            cursor += 4
          } else {
            decoded.append(next)
            cursor += 2
          }
          continue
        }
        decoded.append(bytes[cursor])
        cursor += 1
      }
      let after = String(decoding: bytes[(cursor + 1)..<min(count, cursor + 4)], as: UTF8.self)
      if after == " Tj" { strings.append(Self.decodeWinAnsi(decoded)) }
      index = cursor + 1
    }
    return strings
  }

  /// All the drawn text as one string with white space folded, so that wrapped text can be found.
  func searchableText() -> String {
    drawnText().joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  var pageCount: Int {
    text.components(separatedBy: "/Type /Page ").count - 1
  }

  static func decodeWinAnsi(_ bytes: [UInt8]) -> String {
    var reverse: [UInt8: Character] = [:]
    // U+202F (narrow no-break space) shares 0xA0 with U+00A0; decode to the latter.
    for (value, code) in WinAnsiEncoding.fromUnicode where code >= 0x80 && value != 0x202F {
      if let scalar = Unicode.Scalar(value) { reverse[code] = Character(scalar) }
    }
    var result = ""
    for byte in bytes {
      if byte < 0x80 {
        result.append(Character(Unicode.Scalar(byte)))
      } else {
        result.append(reverse[byte] ?? "\u{FFFD}")
      }
    }
    return result
  }
}

/// Folds white space, so that text wrapped at any width can be compared.
func foldingWhitespace(_ text: String) -> String {
  text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
