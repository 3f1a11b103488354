import SeenTestSupport
import Testing

@testable import SeenKit

@Suite struct TextSafetyTests {
  /// The checks that let text through untouched agree with the scalar-by-scalar definitions:
  /// on every hostile fixture, and on many strings built from the characters that matter, each
  /// next to its neighbours in UTF-8 (C1 and NEL beside "£", U+2028 beside "’" and "–").
  @Test func theQuickChecksAgreeWithTheDefinitions() {
    let pieces: [String] = [
      "a", "w", "W", ".", ":", "/", "@", "&", "#", " ", "  ", "\t", "\n", "\r\n", "\u{1B}[2J",
      "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{AD}", "\u{AE}", "£", "é",
      "\u{061C}", "\u{0600}",
      "\u{200A}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{2013}", "\u{2019}", "\u{2028}",
      "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{2065}",
      "\u{2069}", "\u{206A}", "\u{FEFF}", "\u{FEFE}", "\u{1F600}", "e\u{301}", "*", "`", "<", ">",
      "|", "~", "_", "[", "]", "\\", "\u{034F}", "\u{115F}", "\u{1160}", "\u{17B4}", "\u{180E}",
      "\u{3164}", "\u{FFA0}", "\u{FFF0}", "\u{FFF9}", "\u{FE0F}", "\u{200C}", "\u{E0041}",
      "\u{E0100}", "\u{1D173}", "\u{06DD}", "\u{110BD}", "\u{1BCA0}", "\u{3163}", "\u{3165}",
    ]
    var generator = SeededGenerator(state: 2021)
    var samples = HostileText.all.map(\.text) + pieces
    for _ in 0..<4_000 {
      let length = Int(generator.next() % 6) + 1
      samples.append(
        (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
    }
    for text in samples {
      #expect(
        text.terminalSafe == text.terminalSafeScalarByScalar,
        "terminalSafe of \(text.debugDescription)")
      let safe = text.terminalSafeScalarByScalar
      #expect(
        text.markdownEscaped == safe.markdownEscapedCharacterByCharacter,
        "markdownEscaped of \(text.debugDescription)")
    }
  }

  @Test func terminalSafeRemovesEscapeSequencesAndControls() {
    #expect("a\u{1B}[31mred\u{1B}[0m b".terminalSafe == "ared b")
    #expect("x\u{1B}]0;title\u{07}y".terminalSafe == "xy")
    #expect("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y".terminalSafe == "xlinky")
    #expect("a\u{9B}2Jb".terminalSafe == "ab")
    #expect("bell\u{07}\u{08}\u{7F}\u{0}".terminalSafe == "bell")
    #expect("line\none\r\n\ttwo".terminalSafe == "line one two")
    #expect("rtl\u{202E}txt".terminalSafe == "rtltxt")
    #expect("ex\u{AD}ample.example".terminalSafe == "example.example")
    #expect("  Mother's partner  ".terminalSafe == "Mother's partner")
    #expect("é 😀 عربى".terminalSafe == "é 😀 عربى")
  }

  /// Issue 17 round 3: every format character and default-ignorable code point is stripped, the
  /// zero-width joiner and non-joiner and the emoji variation selector kept.
  @Test func terminalSafeStripsEveryFormatAndDefaultIgnorableCharacter() {
    for invisible in [
      "\u{034F}", "\u{115F}", "\u{1160}", "\u{17B4}", "\u{17B5}", "\u{180B}", "\u{180E}",
      "\u{3164}", "\u{FFA0}", "\u{FFF0}", "\u{FFF8}", "\u{FFF9}", "\u{FFFB}", "\u{E0000}",
      "\u{E0041}", "\u{E0FFF}", "\u{1D173}", "\u{1D17A}", "\u{206A}", "\u{206F}", "\u{0600}",
      "\u{06DD}",
    ] {
      #expect("Da\(invisible)ds".terminalSafe == "Dads", "\(invisible.debugDescription)")
      #expect("Da\(invisible)ds".linesSafe == "Dads", "\(invisible.debugDescription)")
    }
    #expect("👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}".terminalSafe == "👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}")
  }

  @Test func markdownEscapingNeutralisesMarkup() {
    #expect(
      "**bold** [link](http://x)".markdownEscaped == ##"\*\*bold\*\* \[link\](http&#8288;://x)"##)
    #expect("<script>alert(1)</script>".markdownEscaped == ##"&lt;script\>alert(1)&lt;/script\>"##)
    #expect("A&E and &copy; and &#65;".markdownEscaped == ##"A&E and &amp;copy; and &amp;\#65;"##)
    #expect("# not a heading | `code`".markdownEscaped == ##"\# not a heading \| \`code\`"##)
    #expect(!"\u{1B}[31m".markdownEscaped.contains("\u{1B}"))
  }

  @Test func htmlEscaping() {
    #expect(
      #"<a href="x">'&'</a>"#.htmlEscaped == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    )
  }

  @Test func typedTextCannotReachTheTerminalOrMarkdownUnescaped() throws {
    let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J<script>alert(1)</script> **x** [l](http://e)"
    let record = ReviewRecord(
      caseReference: hostile, role: hostile,
      men: [ManRecord(label: hostile, answers: ["contacted": Answer(.no, note: hostile)])],
      reflections: ["confidence": hostile])
    let report = GapAnalysis.report(for: record, content: TestContent.bundled)
    let renderer = GapReportRenderer(content: TestContent.bundled)
    let text = renderer.render(report, as: .text)
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{07}"))
    let markdown = renderer.render(report, as: .markdown)
    #expect(!markdown.contains("\u{1B}"))
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.contains("[l](http"))
    let json = renderer.render(report, as: .json)
    #expect(!json.contains("\u{1B}"), "JSON escapes control characters as \\u001b")
    #expect(json.contains("\\u001b]0;pwned\\u0007"))
  }
  @Test func lineBreaksOfEveryKindAndInvisibleCharactersNeverReachATerminal() {
    #expect("a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f".terminalSafe == "a b c d e f")
    #expect("\u{FEFF}=x\u{2060}y\u{200B}z\u{061C}".terminalSafe == "=xyz")
    #expect("a\u{202A}b\u{2066}c\u{2069}d".terminalSafe == "abcd")
    // Joiners stay: emoji and several scripts need them.
    #expect("👨\u{200D}👩\u{200D}👧".terminalSafe == "👨\u{200D}👩\u{200D}👧")
  }

  @Test func linesSafeKeepsSeensLinesOnly() {
    #expect(
      "error: x\u{2028}y\u{85}z\u{202E}\r\n  next\u{1B}[2J".linesSafe == "error: x y z\n  next")
    #expect("plain\n".linesSafe == "plain\n")
  }

  @Test func aValueInAMessageIsShownOnOneLineWithVisibleEscapes() {
    #expect("a\nb\r\tc".shownInMessage == #"a\nb\r\tc"#)
    #expect("x\u{202E}y\u{2028}z\u{85}\u{1B}".shownInMessage == #"x\u{202E}y\u{2028}z\u{85}\u{1B}"#)
    #expect("reviews/SW 1.json".shownInMessage == "reviews/SW 1.json")
  }

  @Test func markdownBreaksGFMAutolinks() {
    #expect(
      "see https://example.com/a now".markdownEscaped == "see https&#8288;://example.com/a now")
    #expect("(http://e.example)".markdownEscaped == "(http&#8288;://e.example)")
    #expect("visit www.example.com".markdownEscaped == "visit www&#8288;.example.com")
    #expect("WWW.EXAMPLE.COM".markdownEscaped == "WWW&#8288;.EXAMPLE.COM")
    #expect("awww.example".markdownEscaped == "awww.example")
    #expect("jo.bloggs+x@example.co.uk".markdownEscaped == "jo.bloggs+x&#8288;@example.co.uk")
    #expect("mailto:jo@example.com".markdownEscaped == "mailto:jo&#8288;@example.com")
    #expect("meet @ 10".markdownEscaped == "meet @ 10")
    #expect("Time: 10:30, 1.5".markdownEscaped == "Time: 10:30, 1.5")
  }

  /// Issue 13: a value a message quotes from a file is cut to 40 characters, then made safe.
  @Test func aValueQuotedInAMessageIsShortAndOnOneLine() {
    #expect("maybe".quotedInMessage == "\"maybe\"")
    let forty = String(repeating: "a", count: 40)
    #expect(forty.quotedInMessage == "\"\(forty)\"")
    #expect((forty + "b").quotedInMessage == "\"\(forty)…\"")
    #expect(String(repeating: "y", count: 8_000).shortenedInMessage.count == 41)
    #expect("a\nb\u{202E}".quotedInMessage == #""a\nb\u{202E}""#)
    let error = DataError(
      file: "r.json", position: SourcePosition(line: 2, column: 3), path: "men[0].relationship",
      problem: .invalidValue(String(repeating: "z", count: 8_000), valid: ["partner"]))
    #expect(
      error.description
        == "r.json:2:3: at men[0].relationship: \"\(String(repeating: "z", count: 40))…\" is not allowed here; use one of: partner."
    )
  }

  @Test func csvCellDisarmsFormulasBehindInvisibleCharacters() {
    #expect("=1+1".csvCell == "'=1+1")
    #expect("\u{FEFF}=1+1".csvCell == "'=1+1")
    #expect("\u{2060}+1+1".csvCell == "'+1+1")
    #expect("\u{200B}-1+1".csvCell == "'-1+1")
    #expect("\u{200E}@SUM(A1)".csvCell == "'@SUM(A1)")
    #expect("\t =1".csvCell == "'=1")
    #expect("\u{FF1D}1+1".csvCell == "'\u{FF1D}1+1")
    #expect("-5".csvCell == "-5")
    #expect("Health visitor".csvCell == "Health visitor")
  }

  /// Issue 13: every blank or invisible character a spreadsheet may pass over, in front of every
  /// character that starts a formula or a DDE call, still gives a cell that starts with "'".
  @Test func csvCellDisarmsFormulasBehindEveryBlankOrInvisibleCharacter() {
    let blanks: [Unicode.Scalar] = [
      "\u{00A0}", "\u{00AD}", "\u{2800}", "\u{3164}", "\u{115F}", "\u{1160}", "\u{FFA0}",
      "\u{180E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2000}",
      "\u{2007}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{1680}", "\u{034F}",
      "\u{2061}", "\u{FE0F}", "\u{E0001}", "\t", "\r", " ",
    ]
    let triggers = ["=", "+", "-", "@", "%", "|", "\u{FF1D}", "\u{FF05}", "\u{FF5C}"]
    for blank in blanks {
      #expect(TextSafety.isBlankLead(blank), "U+\(String(blank.value, radix: 16))")
      for trigger in triggers {
        let cell = (String(blank) + trigger + "cmd|' /C calc'!A0").csvCell
        // By scalar: "'" and a joiner after it are one Character.
        #expect(
          cell.unicodeScalars.first == "'",
          "U+\(String(blank.value, radix: 16)) before \(trigger): \(cell.debugDescription)")
      }
    }
    #expect("%=1+1".csvCell == "'%=1+1")
    #expect("|=cmd".csvCell == "'|=cmd")
    #expect("\u{00A0}\u{00A0}=1".csvCell == "'\u{00A0}\u{00A0}=1")
    // Ordinary text, numbers and text that starts with a letter after a blank are left alone.
    #expect("-5".csvCell == "-5")
    #expect("50%".csvCell == "50%")
    #expect("a|b".csvCell == "a|b")
    #expect("\u{00A0}Father".csvCell == "\u{00A0}Father")
    #expect(!TextSafety.isBlankLead("a"))
    #expect(!TextSafety.isBlankLead("\u{FF1D}"))
  }

  @Test func jsonEscapesC1SeparatorsAndInvisibleCharacters() {
    var output = ""
    JSONWriter.writeString("a\u{85}b\u{9B}c\u{2028}d\u{2029}e\u{202E}f\u{FEFF}g\u{7F}", to: &output)
    #expect(output == #""a\u0085b\u009bc\u2028d\u2029e\u202ef\ufeffg\u007f""#)
  }

  @Test func aSkippedFileIsDescribedWithoutItsText() throws {
    let bytes = Array(
      #"{"men": [{"label": "Father", "answers": {"contacted": "yes: rang SECRET"}}]}"#.utf8)
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try ReviewRecord.decode(bytes, file: "a\nb.json", content: TestContent.bundled)
      })
    {
      // The closure form returned from the closure here; the checks after it still run.
      if let error = error as? DataError {
        #expect(error.description.contains("SECRET"), "a report names the value")
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix(#"a\nb.json:1:"#), Comment(rawValue: error.description))
        #expect(!error.descriptionWithoutFileText.contains("SECRET"))
        #expect(
          error.descriptionWithoutFileText.hasSuffix(
            "at men[0].answers.contacted: this value is not allowed here; use one of: yes, partly, no, unknown, na."
          ), Comment(rawValue: error.descriptionWithoutFileText))
      } else {
        Issue.record("\(error)")
      }
    }
    let duplicate = Array(#"{"case": "SECRET", "case": "SECRET"}"#.utf8)
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try ReviewRecord.decode(duplicate, file: "d.json", content: TestContent.bundled)
      })
    {
      let description = (error as? DataError)?.descriptionWithoutFileText ?? ""
      #expect(!description.contains("SECRET"), Comment(rawValue: description))
      #expect(
        description.contains("a key appears twice in one object"), Comment(rawValue: description))
    }
  }

  /// A stored note loses only the control characters themselves: a lone C1 control (what a
  /// mis-decoded smart quote becomes) never takes the word after it, and a Windows line break
  /// stays a line break.
  @Test func aStoredNoteKeepsEveryWord() {
    #expect(
      "Dad said \u{93}I\u{92}m fine\u{94} \u{9B}Dad left\u{85} ok".withoutControlCharacters
        == "Dad said Im fine Dad left ok")
    #expect("first\r\nsecond".withoutControlCharacters == "first\nsecond")
    #expect("red \u{1B}[31mtext\u{1B}[0m".withoutControlCharacters == "red text")
  }
}
