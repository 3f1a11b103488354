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

extension String {
  /// The text with every control character, terminal escape sequence and invisible format
  /// character removed, and line breaks and runs of white space folded to one space, so that
  /// text a user typed cannot move the cursor, change colours, retitle a terminal, reorder what
  /// is shown or start a line of its own.
  var terminalSafe: String {
    // Most text (all of the content, most answers) has nothing to remove: say so from its bytes
    // without building a copy, which is most of the cost of writing a document.
    TextSafety.isTerminalSafeAlready(utf8) ? self : terminalSafeScalarByScalar
  }

  /// `terminalSafe` worked out scalar by scalar: the definition the fast check agrees with.
  var terminalSafeScalarByScalar: String {
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    var pendingSpace = false
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        Self.skipEscapeSequence(&scalars)
      case 0x9B:  // C1 control sequence introducer
        Self.skipControlSequence(&scalars)
      case 0x09, 0x20:
        pendingSpace = true
      default:
        if TextSafety.isLineBreak(scalar) {
          pendingSpace = true
          continue
        }
        if TextSafety.isControl(scalar) || TextSafety.isInvisible(scalar) { continue }
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text with control characters and terminal escape sequences removed, but its lines and
  /// spacing kept: for messages and layouts that seen writes itself around typed text.
  var withoutControlCharacters: String {
    guard
      unicodeScalars.contains(where: {
        $0.value < 0x20 && $0 != "\n" || ($0.value >= 0x7F && $0.value < 0xA0)
      })
    else { return self }
    // Scalar by scalar: "\r\n" is one Character, so a split on "\n" would miss it and lose the
    // line break. A stored note keeps every word: a lone C1 control (a mis-decoded smart quote is
    // one) is dropped by itself, never with the text after it.
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B: Self.skipEscapeSequence(&scalars)
      case 0x0A: result.append(scalar)
      case 0x09: result.append(" ")
      case 0x00..<0x20, 0x7F, 0x80..<0xA0: continue
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// What seen writes to standard error and to a terminal as a whole (messages, prompts): its
  /// own line feeds kept, everything else `terminalSafe` removes removed, and the other line
  /// breaks (CR, NEL, U+2028, U+2029) shown as a space, so that nothing but seen starts a line.
  public var linesSafe: String {
    guard
      unicodeScalars.contains(where: {
        ($0 != "\n" && TextSafety.isLineBreak($0)) || TextSafety.isControl($0)
          || TextSafety.isInvisible($0)
      })
    else { return self }
    // Scalar by scalar: "\r\n" is one Character, and must lose its CR only.
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B: Self.skipEscapeSequence(&scalars)
      case 0x9B: Self.skipControlSequence(&scalars)
      case 0x09: result.append(" ")
      case 0x0A: result.append(scalar)
      case 0x0D: continue
      default:
        if TextSafety.isLineBreak(scalar) {
          result.append(" ")
        } else if !TextSafety.isControl(scalar) && !TextSafety.isInvisible(scalar) {
          result.append(scalar)
        }
      }
    }
    return String(result)
  }

  /// A value (a file name, a key, a typed word) as it is shown inside a one-line message: line
  /// breaks, controls and invisible characters written as visible escapes (`\n`, `\u{202E}`),
  /// so that the message stays one line and shows exactly what is there.
  public var shownInMessage: String {
    guard
      unicodeScalars.contains(where: {
        TextSafety.isLineBreak($0) || TextSafety.isControl($0) || TextSafety.isInvisible($0)
          || $0 == "\t"
      })
    else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if TextSafety.isLineBreak(scalar) || TextSafety.isControl(scalar)
          || TextSafety.isInvisible(scalar)
        {
          result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// A value taken from inside a file (or a command line) as an error or a warning quotes it: in
  /// double quotes, cut to its first `TextSafety.quotedValueLimit` characters and "…", and
  /// `shownInMessage`, so that a whole answer or paragraph pasted where a word belongs never
  /// fills a log. Every message that quotes such a value goes through this; free text (notes, the
  /// case reference, strengths, reflections) is never quoted at all: the message names its key
  /// and position instead.
  public var quotedInMessage: String {
    "\"" + shortenedInMessage + "\""
  }

  /// `quotedInMessage` without the quotes, for a value that is part of a larger piece (the
  /// `--set` a message names).
  var shortenedInMessage: String {
    let head = prefix(TextSafety.quotedValueLimit + 1)
    let shown =
      head.count > TextSafety.quotedValueLimit
      ? String(head.prefix(TextSafety.quotedValueLimit)) + "…" : self
    return shown.shownInMessage
  }

  /// Skips what follows an ESC: a CSI sequence, an OSC/DCS string up to its terminator, or one
  /// character.
  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[":
      skipControlSequence(&scalars)
    case "]", "P", "X", "^", "_":
      // String sequences end with BEL or ESC \.
      while let scalar = scalars.next() {
        if scalar.value == 0x07 { return }
        if scalar.value == 0x1B {
          _ = scalars.next()
          return
        }
      }
    default:
      return
    }
  }

  /// Skips parameter and intermediate bytes up to the final byte of a control sequence.
  private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return }
      if !(0x20...0x3F).contains(scalar.value) { return }
    }
  }

  /// The text escaped for Markdown inline content: characters that could start markup are
  /// backslash-escaped, HTML is neutralised, and nothing can become a link. Line-start markers
  /// (`-`, `1.`) need no escape because seen never starts a line with user text.
  ///
  /// GitHub-flavoured autolinks are broken with a word joiner, written as the entity `&#8288;`
  /// (plain ASCII in the file, invisible when rendered): before the `:` of `https://`, the `.`
  /// of `www.` and an `@` that follows a character an address can end its name with. cmark-gfm
  /// matches `https://` and `www.` from the source while it parses inlines, and needs the
  /// scheme's letters right before `:` and `www.` as one piece; it finds e-mail addresses (and
  /// `mailto:`) after it has joined the text back together, where a backslash escape would be
  /// gone but the joiner still stands between the name and the `@`. Renderers that linkify
  /// joined text (commonmark-java, flexmark) see the joiner too.
  var markdownEscaped: String {
    let safe = terminalSafe
    return TextSafety.needsNoMarkdownEscape(safe.utf8)
      ? safe : safe.markdownEscapedCharacterByCharacter
  }

  /// The escaping of `markdownEscaped`, character by character, for text already `terminalSafe`.
  var markdownEscapedCharacterByCharacter: String {
    let characters = Array(self)
    var result = ""
    for (offset, character) in characters.enumerated() {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~", ">":
        result.append("\\")
        result.append(character)
      case "<": result += "&lt;"
      case "&" where Self.startsEntity(characters, at: offset): result += "&amp;"
      case ":" where offset + 1 < characters.count && characters[offset + 1] == "/":
        result += Self.wordJoiner + ":"
      case "." where Self.endsWWW(characters, at: offset):
        result += Self.wordJoiner + "."
      case "@" where offset > 0 && Self.canEndEmailName(characters[offset - 1]):
        result += Self.wordJoiner + "@"
      default: result.append(character)
      }
    }
    return result
  }

  /// U+2060 WORD JOINER as a character reference: no width, no line break, not a letter.
  private static let wordJoiner = "&#8288;"

  /// Whether the "." at `offset` follows a "www" that starts a word ("www.example.org").
  private static func endsWWW(_ characters: [Character], at offset: Int) -> Bool {
    guard offset >= 3,
      characters[(offset - 3)..<offset].map({ $0.lowercased() }) == ["w", "w", "w"]
    else { return false }
    return offset == 3 || !(characters[offset - 4].isLetter || characters[offset - 4].isNumber)
  }

  /// Characters GFM takes as the end of an e-mail address's name part.
  private static func canEndEmailName(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || ".+-_\\".contains(character)
  }

  /// Whether an "&" begins something a Markdown renderer would read as an entity ("&copy;",
  /// "&#65;"); a plain "A&E" needs no escape.
  private static func startsEntity(_ characters: [Character], at offset: Int) -> Bool {
    var index = offset + 1
    while index < characters.count,
      characters[index].isLetter || characters[index].isNumber || characters[index] == "#"
    {
      index += 1
    }
    return index > offset + 1 && index < characters.count && characters[index] == ";"
  }

  /// The text escaped for HTML element content and attribute values.
  var htmlEscaped: String {
    var result = ""
    for character in self {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// The text as one CSV cell a spreadsheet shows as text: `terminalSafe` (so no invisible
  /// character can hide what it starts with), then a "'" before it when its first character
  /// that is not blank or invisible (`TextSafety.isBlankLead`) is one a spreadsheet starts a
  /// formula or a DDE call with: =, +, -, @, % or |, their full-width forms, a tab or a carriage
  /// return. Numbers are left alone. RFC 4180 quoting is the CSV writer's.
  var csvCell: String {
    let text = terminalSafe
    guard let first = text.unicodeScalars.first(where: { !TextSafety.isBlankLead($0) }),
      TextSafety.startsFormula(first), Int(text) == nil
    else { return text }
    return "'" + text
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
