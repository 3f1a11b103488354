extension String {
  /// The text with every control character and terminal escape sequence removed, and runs of
  /// white space folded to one space, so that text a user typed cannot move the cursor, change
  /// colours or retitle a terminal when it is shown.
  public var terminalSafe: String {
    var result = String.UnicodeScalarView()
    var scalars = unicodeScalars.makeIterator()
    var pendingSpace = false
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        Self.skipEscapeSequence(&scalars)
      case 0x9B:  // C1 control sequence introducer
        Self.skipControlSequence(&scalars)
      case 0x09, 0x0A, 0x0D, 0x20:
        pendingSpace = true
      case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        // Other controls, and the invisible direction marks that can disguise text.
        continue
      default:
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The text with control characters and terminal escape sequences removed, but its lines and
  /// spacing kept: for messages and layouts that seen writes itself around typed text.
  public var withoutControlCharacters: String {
    guard
      unicodeScalars.contains(where: {
        $0.value < 0x20 && $0 != "\n" || ($0.value >= 0x7F && $0.value < 0xA0)
      })
    else { return self }
    return split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var result = String.UnicodeScalarView()
      var scalars = String(line).unicodeScalars.makeIterator()
      while let scalar = scalars.next() {
        switch scalar.value {
        case 0x1B: Self.skipEscapeSequence(&scalars)
        case 0x9B: Self.skipControlSequence(&scalars)
        case 0x09: result.append(" ")
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: continue
        default: result.append(scalar)
        }
      }
      return String(result)
    }.joined(separator: "\n")
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
  /// backslash-escaped and HTML is neutralised, so a note cannot add links, emphasis or tags to a
  /// report. Line-start markers (`-`, `1.`) need no escape because seen never starts a line with
  /// user text.
  public var markdownEscaped: String {
    let characters = Array(terminalSafe)
    var result = ""
    for (offset, character) in characters.enumerated() {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~", ">":
        result.append("\\")
        result.append(character)
      case "<": result += "&lt;"
      case "&" where Self.startsEntity(characters, at: offset): result += "&amp;"
      default: result.append(character)
      }
    }
    return result
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
  public var htmlEscaped: String {
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
}
