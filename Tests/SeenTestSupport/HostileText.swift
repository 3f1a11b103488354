/// Text a user might type (or a file might hold) that must not act on whatever seen writes it
/// to: a terminal, a Markdown or HTML report, a spreadsheet, or another program reading JSON.
///
/// One list for every writer: a new output format is tested by running every fixture through it
/// and checking `leaks(in:)` for that medium.
public struct HostileText: Sendable, CustomStringConvertible {
  public var name: String
  public var text: String

  public init(_ name: String, _ text: String) {
    self.name = name
    self.text = text
  }

  public var description: String { name }

  /// Every fixture. Each one names what it tries to do.
  public static let all: [HostileText] = [
    HostileText("terminal escapes", "a\u{1B}[31mred\u{1B}]0;retitled\u{07}\u{1B}[2J b"),
    HostileText("C1 controls", "next\u{85}line\u{9B}2J and\u{90}dcs\u{9C} \u{80}\u{9F}end"),
    HostileText(
      "C0 controls", "bell\u{07} backspace\u{08} delete\u{7F} nul\u{0} vt\u{0B} ff\u{0C}"),
    HostileText("newlines", "first line\nerror: forged\r\nthird\rfourth"),
    HostileText("line and paragraph separators", "one\u{2028}two\u{2029}three"),
    HostileText(
      "bidirectional controls",
      "abc\u{202A}d\u{202B}e\u{202C}f\u{202D}g\u{202E}h\u{2066}i\u{2067}j\u{2068}k\u{2069}l\u{061C}m\u{200E}\u{200F}"
    ),
    HostileText("invisible format characters", "x\u{FEFF}y\u{2060}z\u{200B}w"),
    HostileText("https URL", "see https://example.com/phish?x=1 now"),
    HostileText("http URL", "http://example.org"),
    HostileText("www link", "visit www.example.com today"),
    HostileText("mailto link", "mailto:someone@example.com"),
    HostileText("e-mail address", "write to jo.bloggs+x@example.co.uk please"),
    HostileText("bare domain", "go to example.com/path"),
    HostileText("angle autolink", "<https://example.com>"),
    HostileText("Markdown link", "[click](http://e.example) ![img](http://e.example/i.png)"),
    HostileText("HTML", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
    HostileText("Markdown markup", "**bold** _em_ `code` # head | cell | ~~del~~ > quote"),
    HostileText("formula =", "=HYPERLINK(\"http://e.example\",\"x\")"),
    HostileText("formula +", "+1+1"),
    HostileText("formula -", "-2+3"),
    HostileText("formula @", "@SUM(A1:A2)"),
    HostileText("formula after BOM", "\u{FEFF}=1+1"),
    HostileText("formula after word joiner", "\u{2060}+1+1"),
    HostileText("formula after zero-width space", "\u{200B}-1+1"),
    HostileText("formula after bidi mark", "\u{200E}@SUM(A1)"),
    HostileText("formula after spaces", "  =1+1"),
    HostileText("formula after tab", "\t=1+1"),
    HostileText("formula after no-break space", "\u{00A0}=1+1"),
    HostileText("formula after soft hyphen", "\u{00AD}+1+1"),
    HostileText("formula after Braille blank", "\u{2800}-1+1"),
    HostileText("formula after Hangul fillers", "\u{3164}\u{115F}\u{1160}\u{FFA0}@SUM(A1)"),
    HostileText("formula after Mongolian vowel separator", "\u{180E}=1+1"),
    HostileText("formula after zero-width joiners", "\u{200C}\u{200D}=1+1"),
    HostileText("formula after ideographic space", "\u{3000}\u{2007}=1+1"),
    HostileText("formula after carriage return", "\r=1+1"),
    HostileText("DDE with %", "%=cmd|' /C calc'!A0"),
    HostileText("DDE with |", "|=cmd|' /C calc'!A0"),
    HostileText("DDE after no-break space", "\u{00A0}|=cmd"),
    HostileText("CSV quote and comma", "a,\"b\",c"),
    HostileText("JSON breakers", "quote\" backslash\\ slash/ \u{2028}"),
  ]

  /// Scalars that must never reach a terminal or a text file as they are: C0 and C1 controls
  /// (other than the line ends a writer adds itself), DEL, bidirectional controls, line and
  /// paragraph separators, and invisible format characters.
  public static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x09, 0x0B...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E: return true
    case 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
    default: return false
    }
  }

  /// The dangerous scalars in some output, named ("U+202E"), or empty.
  public static func dangerousScalars(in output: String, allowingEscapes: Bool = false) -> [String]
  {
    var found: [String] = []
    for scalar in output.unicodeScalars where isDangerous(scalar) {
      if allowingEscapes && scalar.value == 0x1B { continue }
      let hex = String(scalar.value, radix: 16, uppercase: true)
      found.append("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
    }
    return found
  }

  /// Pieces of Markdown source that a GitHub-flavoured renderer turns into a link (CommonMark
  /// autolinks, the GFM www. and http(s):// extensions) or markup, if they appear as they are.
  /// E-mail addresses are checked by `emailAutolinks(in:)`.
  /// How many times each of `HostileText.liveMarkdown` occurs in the text, not overlapping (as
  /// `components(separatedBy:)` counts, in a fraction of the time).
  public static func liveMarkdownCounts(_ text: String) -> [Int] {
    let bytes = Array(text.utf8)
    return liveMarkdown.map { pattern in
      let needle = Array(pattern.utf8)
      var count = 0
      var index = 0
      while index + needle.count <= bytes.count {
        if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
          count += 1
          index += needle.count
        } else {
          index += 1
        }
      }
      return count
    }
  }

  public static let liveMarkdown = [
    "https://", "http://", "www.", "[click](", "<script", "<img", "<https", "**",
  ]

  /// The "@"s in Markdown source that GFM could read as part of an e-mail autolink: those right
  /// after a character an address's name may end with. (GFM merges escaped text back before it
  /// looks for e-mail addresses, so a backslash before the "@" does not count.)
  public static func emailAutolinks(in markdown: String) -> Int {
    var count = 0
    var previous: Character? = nil
    for character in markdown {
      if character == "@", let previous,
        previous.isLetter || previous.isNumber || ".+-_\\".contains(previous)
      {
        count += 1
      }
      previous = character
    }
    return count
  }
}
