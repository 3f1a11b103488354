/// The one place that decides what typed text may do when seen writes it out. Every writer (the
/// terminal, text, Markdown, HTML, CSV and JSON formatters, prompts and messages on standard
/// error) takes typed text through one of these, so a new writer needs only to pick its medium.
///
/// - Terminals and text files: escape sequences, C0 and C1 controls, DEL, bidirectional
///   controls and invisible format characters are removed; line breaks of every kind (CR, LF,
///   VT, FF, NEL, U+2028, U+2029) become a space, so a value cannot start a line of its own.
/// - Messages: a value inside a one-line message shows those characters as visible escapes
///   (`\n`, `\u{202E}`), so the message stays one line and names a file exactly; a value from
///   inside a file is quoted short (`quotedInMessage`), and free text not at all.
/// - Markdown: the above, then markup and GFM autolinks neutralised (`markdownEscaped`).
/// - HTML: the above, then `htmlEscaped`.
/// - CSV: the above, then a leading formula character is disarmed (`csvCell`).
/// - JSON: lossless; `JSONWriter` escapes controls, C1, separators and bidi marks as `\uXXXX`.
enum TextSafety {
  /// A line break of any kind, which a terminal or renderer may start a new line at.
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// A control character: C0 (but for line breaks and tab), DEL and C1.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0: return !isLineBreak(scalar) && scalar != "\t"
    default: return false
    }
  }

  /// Invisible characters that can disguise text or hide a leading formula character: every
  /// format character (Unicode category Cf: bidirectional controls and marks, zero-width space,
  /// word joiner and invisible operators, the soft hyphen, the byte-order mark, tags, interlinear
  /// annotation marks) and every default-ignorable code point (the Hangul fillers U+115F, U+1160,
  /// U+3164, U+FFA0, the combining grapheme joiner, Khmer inherent vowels, Mongolian free
  /// variation selectors, U+FFF0–U+FFF8, U+E0000–U+E0FFF, musical formatting marks). Kept:
  /// the zero-width joiner and non-joiner and the variation selectors U+FE00–U+FE0F, which
  /// emoji and several scripts need.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0xAD: return false
    case 0x200C, 0x200D, 0xFE00...0xFE0F: return false
    default: return isDefaultIgnorableOrFormat(scalar)
    }
  }

  /// A format character (Cf) or a default-ignorable code point, the zero-width joiner and
  /// non-joiner and variation selectors too: what a local file may not hold.
  static func isDefaultIgnorableOrFormat(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0xAD { return false }
    switch scalar.value {
    case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
      0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0...0xFFFB,
      0x1D173...0x1D17A, 0xE0000...0xE0FFF:
      return true
    // Ranges without either (Latin, Greek, Cyrillic, dashes, quotes, CJK): no lookup needed.
    case 0xAE..<0x034F, 0x0350..<0x0600, 0x2010...0x2029, 0x2030...0x205F, 0x2070...0x3163,
      0x3165...0xD7FF:
      return false
    default:
      let properties = scalar.properties
      return properties.generalCategory == .format || properties.isDefaultIgnorableCodePoint
    }
  }

  /// Whether `terminalSafe` would leave these bytes as they are: no control, escape, invisible
  /// character or line break, and single spaces between words only. Decides from UTF-8 alone
  /// for ASCII; any other character is decoded and asked `isInvisible` and `isLineBreak`.
  static func isTerminalSafeAlready(_ bytes: String.UTF8View) -> Bool {
    let answer = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
      guard let first = buffer.first, let last = buffer.last else { return true }
      if first == 0x20 || last == 0x20 { return false }
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        switch byte {
        case 0x20:
          if buffer[index + 1] == 0x20 { return false }
          index += 1
        case 0x00..<0x20, 0x7F: return false
        case 0x21..<0x7F:
          index += 1
        default:
          // A lead byte and its continuation bytes (Swift's strings are valid UTF-8).
          let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
          guard index + length <= count else { return false }
          var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
          for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
          guard let scalar = Unicode.Scalar(value) else { return false }
          // C1 controls and NEL; then the line separators and every invisible character.
          if value < 0xA0 || isLineBreak(scalar) || isInvisible(scalar) { return false }
          index += length
        }
      }
      return true
    }
    return answer ?? false
  }

  /// Whether `markdownEscaped` would leave this `terminalSafe` text as it is: no character that
  /// can start markup, an entity or HTML, and nothing that can end an autolink's scheme
  /// (`:/`), `www.` or an e-mail address's name (any "@").
  static func needsNoMarkdownEscape(_ bytes: String.UTF8View) -> Bool {
    let answer = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
      // The three bytes before this one, lowercased ASCII letters for "www".
      var previous: UInt8 = 0
      var wCount = 0
      for byte in buffer {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
          UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "|"),
          UInt8(ascii: "~"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "&"),
          UInt8(ascii: "@"):
          return false
        case UInt8(ascii: "/") where previous == UInt8(ascii: ":"):
          return false
        case UInt8(ascii: ".") where wCount >= 3:
          return false
        default: break
        }
        wCount = byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") ? wCount + 1 : 0
        previous = byte
      }
      return true
    }
    return answer ?? false
  }

  /// Whether a character must be written as a `\uXXXX` escape in JSON so that no reader shows or
  /// acts on it raw (JSON requires it only for C0).
  static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || isLineBreak(scalar)
      || isInvisible(scalar)
  }
}

extension TextSafety {
  /// The most characters of a value a message quotes (`quotedInMessage`).
  static let quotedValueLimit = 40

  /// Characters a spreadsheet may pass over before it reads a cell's first character, or that
  /// show nothing: every white space (Zs, tab, CR and the other line breaks), every format (Cf)
  /// and control (Cc) character, default-ignorable characters (the soft hyphen, the Hangul
  /// fillers U+115F, U+1160, U+3164 and U+FFA0, the Mongolian vowel separator) and the blank
  /// Braille pattern U+2800.
  static func isBlankLead(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .spaceSeparator, .format, .control, .lineSeparator, .paragraphSeparator: return true
    default: break
    }
    return properties.isWhitespace || properties.isDefaultIgnorableCodePoint
      || scalar.value == 0x2800 || isInvisible(scalar)
  }

  /// A character that makes a spreadsheet read a cell as a formula or a DDE call (`=`, `+`, `-`,
  /// `@`, `%`, `|`, their full-width forms), or that some spreadsheets skip before one (tab, CR).
  static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3D, 0x2B, 0x2D, 0x40, 0x25, 0x7C, 0x09, 0x0D: return true
    case 0xFF1D, 0xFF0B, 0xFF0D, 0xFF20, 0xFF05, 0xFF5C: return true
    default: return false
    }
  }
}
