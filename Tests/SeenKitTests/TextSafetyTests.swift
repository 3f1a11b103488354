import XCTest

@testable import SeenKit

final class TextSafetyTests: XCTestCase {
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
      "**bold** [link](http://x)".markdownEscaped, ##"\*\*bold\*\* \[link\](http://x)"##)
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
}
