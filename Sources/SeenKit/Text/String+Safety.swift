/// Typed text made safe for each medium, by the rules `TextSafety` sets out: a terminal or text
/// file, a one-line message, Markdown, HTML and CSV.
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
