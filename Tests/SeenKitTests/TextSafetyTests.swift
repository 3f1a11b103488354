import SeenTestSupport
import XCTest

@testable import SeenKit

final class TextSafetyTests: XCTestCase {
  /// The checks that let text through untouched agree with the scalar-by-scalar definitions:
  /// on every hostile fixture, and on many strings built from the characters that matter, each
  /// next to its neighbours in UTF-8 (C1 and NEL beside "£", U+2028 beside "’" and "–").
  func testTheQuickChecksAgreeWithTheDefinitions() {
    let pieces: [String] = [
      "a", "w", "W", ".", ":", "/", "@", "&", "#", " ", "  ", "\t", "\n", "\r\n", "\u{1B}[2J",
      "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "£", "é", "\u{061C}", "\u{0600}",
      "\u{200A}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{2013}", "\u{2019}", "\u{2028}",
      "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{2065}",
      "\u{2069}", "\u{206A}", "\u{FEFF}", "\u{FEFE}", "\u{1F600}", "e\u{301}", "*", "`", "<", ">",
      "|", "~", "_", "[", "]", "\\",
    ]
    var generator = SeededGenerator(state: 2021)
    var samples = HostileText.all.map(\.text) + pieces
    for _ in 0..<4_000 {
      let length = Int(generator.next() % 6) + 1
      samples.append(
        (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
    }
    for text in samples {
      XCTAssertEqual(
        text.terminalSafe, text.terminalSafeScalarByScalar,
        "terminalSafe of \(text.debugDescription)")
      let safe = text.terminalSafeScalarByScalar
      XCTAssertEqual(
        text.markdownEscaped, safe.markdownEscapedCharacterByCharacter,
        "markdownEscaped of \(text.debugDescription)")
    }
  }

  func testTerminalSafeRemovesEscapeSequencesAndControls() {
    XCTAssertEqual("a\u{1B}[31mred\u{1B}[0m b".terminalSafe, "ared b")
    XCTAssertEqual("x\u{1B}]0;title\u{07}y".terminalSafe, "xy")
    XCTAssertEqual("x\u{1B}]8;;http://e\u{1B}\\link\u{1B}]8;;\u{1B}\\y".terminalSafe, "xlinky")
    XCTAssertEqual("a\u{9B}2Jb".terminalSafe, "ab")
    XCTAssertEqual("bell\u{07}\u{08}\u{7F}\u{0}".terminalSafe, "bell")
    XCTAssertEqual("line\none\r\n\ttwo".terminalSafe, "line one two")
    XCTAssertEqual("rtl\u{202E}txt".terminalSafe, "rtltxt")
    XCTAssertEqual("  Mother's partner  ".terminalSafe, "Mother's partner")
    XCTAssertEqual("é 😀 عربى".terminalSafe, "é 😀 عربى")
  }

  func testMarkdownEscapingNeutralisesMarkup() {
    XCTAssertEqual(
      "**bold** [link](http://x)".markdownEscaped, ##"\*\*bold\*\* \[link\](http&#8288;://x)"##)
    XCTAssertEqual(
      "<script>alert(1)</script>".markdownEscaped, ##"&lt;script\>alert(1)&lt;/script\>"##)
    XCTAssertEqual(
      "A&E and &copy; and &#65;".markdownEscaped, ##"A&E and &amp;copy; and &amp;\#65;"##)
    XCTAssertEqual("# not a heading | `code`".markdownEscaped, ##"\# not a heading \| \`code\`"##)
    XCTAssertFalse("\u{1B}[31m".markdownEscaped.contains("\u{1B}"))
  }

  func testHTMLEscaping() {
    XCTAssertEqual(
      #"<a href="x">'&'</a>"#.htmlEscaped, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }

  func testTypedTextCannotReachTheTerminalOrMarkdownUnescaped() throws {
    let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J<script>alert(1)</script> **x** [l](http://e)"
    let record = ReviewRecord(
      caseReference: hostile, role: hostile,
      men: [ManRecord(label: hostile, answers: ["contacted": Answer(.no, note: hostile)])],
      reflections: ["confidence": hostile])
    let report = GapAnalysis.report(for: record, content: TestContent.bundled)
    let renderer = GapReportRenderer(content: TestContent.bundled)
    let text = renderer.render(report, as: .text)
    XCTAssertFalse(text.contains("\u{1B}"))
    XCTAssertFalse(text.contains("\u{07}"))
    let markdown = renderer.render(report, as: .markdown)
    XCTAssertFalse(markdown.contains("\u{1B}"))
    XCTAssertFalse(markdown.contains("<script>"))
    XCTAssertFalse(markdown.contains("[l](http"))
    let json = renderer.render(report, as: .json)
    XCTAssertFalse(json.contains("\u{1B}"), "JSON escapes control characters as \\u001b")
    XCTAssert(json.contains("\\u001b]0;pwned\\u0007"))
  }
  func testLineBreaksOfEveryKindAndInvisibleCharactersNeverReachATerminal() {
    XCTAssertEqual("a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f".terminalSafe, "a b c d e f")
    XCTAssertEqual("\u{FEFF}=x\u{2060}y\u{200B}z\u{061C}".terminalSafe, "=xyz")
    XCTAssertEqual("a\u{202A}b\u{2066}c\u{2069}d".terminalSafe, "abcd")
    // Joiners stay: emoji and several scripts need them.
    XCTAssertEqual("👨\u{200D}👩\u{200D}👧".terminalSafe, "👨\u{200D}👩\u{200D}👧")
  }

  func testLinesSafeKeepsSeensLinesOnly() {
    XCTAssertEqual(
      "error: x\u{2028}y\u{85}z\u{202E}\r\n  next\u{1B}[2J".linesSafe, "error: x y z\n  next")
    XCTAssertEqual("plain\n".linesSafe, "plain\n")
  }

  func testAValueInAMessageIsShownOnOneLineWithVisibleEscapes() {
    XCTAssertEqual("a\nb\r\tc".shownInMessage, #"a\nb\r\tc"#)
    XCTAssertEqual(
      "x\u{202E}y\u{2028}z\u{85}\u{1B}".shownInMessage, #"x\u{202E}y\u{2028}z\u{85}\u{1B}"#)
    XCTAssertEqual("reviews/SW 1.json".shownInMessage, "reviews/SW 1.json")
  }

  func testMarkdownBreaksGFMAutolinks() {
    XCTAssertEqual(
      "see https://example.com/a now".markdownEscaped, "see https&#8288;://example.com/a now")
    XCTAssertEqual("(http://e.example)".markdownEscaped, "(http&#8288;://e.example)")
    XCTAssertEqual("visit www.example.com".markdownEscaped, "visit www&#8288;.example.com")
    XCTAssertEqual("WWW.EXAMPLE.COM".markdownEscaped, "WWW&#8288;.EXAMPLE.COM")
    XCTAssertEqual("awww.example".markdownEscaped, "awww.example")
    XCTAssertEqual(
      "jo.bloggs+x@example.co.uk".markdownEscaped, "jo.bloggs+x&#8288;@example.co.uk")
    XCTAssertEqual(
      "mailto:jo@example.com".markdownEscaped, "mailto:jo&#8288;@example.com")
    XCTAssertEqual("meet @ 10".markdownEscaped, "meet @ 10")
    XCTAssertEqual("Time: 10:30, 1.5".markdownEscaped, "Time: 10:30, 1.5")
  }

  /// Issue 13: a value a message quotes from a file is cut to 40 characters, then made safe.
  func testAValueQuotedInAMessageIsShortAndOnOneLine() {
    XCTAssertEqual("maybe".quotedInMessage, "\"maybe\"")
    let forty = String(repeating: "a", count: 40)
    XCTAssertEqual(forty.quotedInMessage, "\"\(forty)\"")
    XCTAssertEqual((forty + "b").quotedInMessage, "\"\(forty)…\"")
    XCTAssertEqual(String(repeating: "y", count: 8_000).shortenedInMessage.count, 41)
    XCTAssertEqual("a\nb\u{202E}".quotedInMessage, #""a\nb\u{202E}""#)
    let error = DataError(
      file: "r.json", position: SourcePosition(line: 2, column: 3), path: "men[0].relationship",
      problem: .invalidValue(String(repeating: "z", count: 8_000), valid: ["partner"]))
    XCTAssertEqual(
      error.description,
      "r.json:2:3: at men[0].relationship: \"\(String(repeating: "z", count: 40))…\" is not allowed here; use one of: partner."
    )
  }

  func testCSVCellDisarmsFormulasBehindInvisibleCharacters() {
    XCTAssertEqual("=1+1".csvCell, "'=1+1")
    XCTAssertEqual("\u{FEFF}=1+1".csvCell, "'=1+1")
    XCTAssertEqual("\u{2060}+1+1".csvCell, "'+1+1")
    XCTAssertEqual("\u{200B}-1+1".csvCell, "'-1+1")
    XCTAssertEqual("\u{200E}@SUM(A1)".csvCell, "'@SUM(A1)")
    XCTAssertEqual("\t =1".csvCell, "'=1")
    XCTAssertEqual("\u{FF1D}1+1".csvCell, "'\u{FF1D}1+1")
    XCTAssertEqual("-5".csvCell, "-5")
    XCTAssertEqual("Health visitor".csvCell, "Health visitor")
  }

  /// Issue 13: every blank or invisible character a spreadsheet may pass over, in front of every
  /// character that starts a formula or a DDE call, still gives a cell that starts with "'".
  func testCSVCellDisarmsFormulasBehindEveryBlankOrInvisibleCharacter() {
    let blanks: [Unicode.Scalar] = [
      "\u{00A0}", "\u{00AD}", "\u{2800}", "\u{3164}", "\u{115F}", "\u{1160}", "\u{FFA0}",
      "\u{180E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2000}",
      "\u{2007}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{1680}", "\u{034F}",
      "\u{2061}", "\u{FE0F}", "\u{E0001}", "\t", "\r", " ",
    ]
    let triggers = ["=", "+", "-", "@", "%", "|", "\u{FF1D}", "\u{FF05}", "\u{FF5C}"]
    for blank in blanks {
      XCTAssert(TextSafety.isBlankLead(blank), "U+\(String(blank.value, radix: 16))")
      for trigger in triggers {
        let cell = (String(blank) + trigger + "cmd|' /C calc'!A0").csvCell
        // By scalar: "'" and a joiner after it are one Character.
        XCTAssert(
          cell.unicodeScalars.first == "'",
          "U+\(String(blank.value, radix: 16)) before \(trigger): \(cell.debugDescription)")
      }
    }
    XCTAssertEqual("%=1+1".csvCell, "'%=1+1")
    XCTAssertEqual("|=cmd".csvCell, "'|=cmd")
    XCTAssertEqual("\u{00A0}\u{00A0}=1".csvCell, "'\u{00A0}\u{00A0}=1")
    // Ordinary text, numbers and text that starts with a letter after a blank are left alone.
    XCTAssertEqual("-5".csvCell, "-5")
    XCTAssertEqual("50%".csvCell, "50%")
    XCTAssertEqual("a|b".csvCell, "a|b")
    XCTAssertEqual("\u{00A0}Father".csvCell, "\u{00A0}Father")
    XCTAssertFalse(TextSafety.isBlankLead("a"))
    XCTAssertFalse(TextSafety.isBlankLead("\u{FF1D}"))
  }

  func testJSONEscapesC1SeparatorsAndInvisibleCharacters() {
    var output = ""
    JSONWriter.writeString("a\u{85}b\u{9B}c\u{2028}d\u{2029}e\u{202E}f\u{FEFF}g\u{7F}", to: &output)
    XCTAssertEqual(output, #""a\u0085b\u009bc\u2028d\u2029e\u202ef\ufeffg\u007f""#)
  }

  func testASkippedFileIsDescribedWithoutItsText() throws {
    let bytes = Array(
      #"{"men": [{"label": "Father", "answers": {"contacted": "yes: rang SECRET"}}]}"#.utf8)
    XCTAssertThrowsError(
      try ReviewRecord.decode(bytes, file: "a\nb.json", content: TestContent.bundled)
    ) { error in
      guard let error = error as? DataError else { return XCTFail("\(error)") }
      XCTAssert(error.description.contains("SECRET"), "a report names the value")
      XCTAssertFalse(error.description.contains("\n"))
      XCTAssert(error.description.hasPrefix(#"a\nb.json:1:"#), error.description)
      XCTAssertFalse(error.descriptionWithoutFileText.contains("SECRET"))
      XCTAssert(
        error.descriptionWithoutFileText.hasSuffix(
          "at men[0].answers.contacted: this value is not allowed here; use one of: yes, partly, no, unknown, na."
        ), error.descriptionWithoutFileText)
    }
    let duplicate = Array(#"{"case": "SECRET", "case": "SECRET"}"#.utf8)
    XCTAssertThrowsError(
      try ReviewRecord.decode(duplicate, file: "d.json", content: TestContent.bundled)
    ) {
      error in
      let description = (error as? DataError)?.descriptionWithoutFileText ?? ""
      XCTAssertFalse(description.contains("SECRET"), description)
      XCTAssert(description.contains("a key appears twice in one object"), description)
    }
  }

  /// A stored note loses only the control characters themselves: a lone C1 control (what a
  /// mis-decoded smart quote becomes) never takes the word after it, and a Windows line break
  /// stays a line break.
  func testAStoredNoteKeepsEveryWord() {
    XCTAssertEqual(
      "Dad said \u{93}I\u{92}m fine\u{94} \u{9B}Dad left\u{85} ok".withoutControlCharacters,
      "Dad said Im fine Dad left ok")
    XCTAssertEqual("first\r\nsecond".withoutControlCharacters, "first\nsecond")
    XCTAssertEqual("red \u{1B}[31mtext\u{1B}[0m".withoutControlCharacters, "red text")
  }
}
