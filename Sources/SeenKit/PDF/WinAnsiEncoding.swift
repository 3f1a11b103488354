/// The single-byte encoding of the standard fonts (PDF 1.7, Annex D.2), with a mapping from
/// Unicode for the characters it covers: ASCII, Latin-1 letters such as é and ß, curly quotes,
/// dashes, the ellipsis, the euro sign. Anything else (Arabic, Chinese, emoji) has no glyph in
/// Helvetica; rather than write bytes a reader would show as the wrong letters, each run of such
/// characters becomes a visible placeholder, and the caller is told which characters were lost.
enum WinAnsiEncoding {
  /// What stands for a run of characters the font cannot show.
  static let placeholder: [UInt8] = Array("[?]".utf8)

  /// Text encoded for a standard font, with the characters that had to be replaced.
  struct Encoded: Equatable {
    var bytes: [UInt8]
    var replaced: [Character]
  }

  static func encode(_ text: String) -> Encoded {
    var bytes: [UInt8] = []
    var replaced: [Character] = []
    var inPlaceholder = false
    for character in text {
      switch code(for: character) {
      case .code(let code):
        bytes.append(code)
        inPlaceholder = false
      case .dropped:
        continue
      case .missing:
        replaced.append(character)
        if !inPlaceholder { bytes += placeholder }
        inPlaceholder = true
      }
    }
    return Encoded(bytes: bytes, replaced: replaced)
  }

  enum Lookup: Equatable {
    case code(UInt8)
    /// Invisible in print, such as a soft hyphen or a byte order mark: left out.
    case dropped
    case missing
  }

  static func code(for character: Character) -> Lookup {
    if let ascii = character.asciiValue {
      switch ascii {
      case 0x20...0x7E: return .code(ascii)
      case 0x09, 0x0A, 0x0D: return .code(0x20)
      default: return .dropped
      }
    }
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      if let code = fromUnicode[scalar.value] { return .code(code) }
      if dropped.contains(scalar.value) { return .dropped }
      return .missing
    }
    // A letter written as base and combining mark ("e" + U+0301): Character compares and
    // hashes by canonical equivalence, so it finds its precomposed form ("é") here.
    if let code = fromCharacter[character] { return .code(code) }
    return .missing
  }

  /// Invisible format characters that are simply left out.
  private static let dropped: Set<UInt32> = [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]

  /// Unicode scalar values and their WinAnsi codes, for every code from 0x80 (ASCII is the same in
  /// both), plus the nearest equivalents of a few characters WinAnsi lacks but text often has.
  static let fromUnicode: [UInt32: UInt8] = {
    var table: [UInt32: UInt8] = [
      0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
      0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
      0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
      0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
      0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
      // Hyphens and minus signs that look like a hyphen.
      0x2010: 0x2D, 0x2011: 0x2D, 0x2212: 0x2D,
      // Spaces of other widths.
      0x2002: 0x20, 0x2003: 0x20, 0x2004: 0x20, 0x2005: 0x20, 0x2006: 0x20, 0x2007: 0x20,
      0x2008: 0x20, 0x2009: 0x20, 0x200A: 0x20, 0x205F: 0x20,
      // The narrow no-break space keeps its meaning as a no-break space.
      0x202F: 0xA0,
    ]
    // Latin-1: the same code in both, apart from the soft hyphen, which is left out.
    for value in UInt32(0xA0)...0xFF where value != 0xAD {
      table[value] = UInt8(value)
    }
    return table
  }()

  private static let fromCharacter: [Character: UInt8] = {
    var table: [Character: UInt8] = [:]
    for (value, code) in fromUnicode {
      if let scalar = Unicode.Scalar(value) { table[Character(scalar)] = code }
    }
    return table
  }()
}
