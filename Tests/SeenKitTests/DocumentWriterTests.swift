import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Every writer, on the same small layouts: one with every kind of block (shaped as the sheets
/// and the team summary will use them), and one whose every string is hostile typed text. A new
/// product builds a layout from these blocks and needs no writer tests of its own.
@Suite struct DocumentWriterTests {
  /// Every block and run, as the products use them.
  static var everyBlock: Document {
    var document = Document(footer: [
      "Content: Myth of Invisible Men (2021), Open Government Licence."
    ])
    document.title("Every block")
    document.paragraph(
      "A paragraph, long enough to wrap at forty columns and show the hanging indent.")
    document.add(
      .paragraph(
        RichText([
          .plain("Runs: "), .emphasis("emphasis"), .plain(", "), .strong("strong"), .plain(", "),
          .code("seen sheet"), .plain(" and a source "), .source("(Myth of Invisible Men, 17.5)"),
        ])))
    document.note("Small print: where the questions come from.")
    document.heading("Lists")
    document.item("a bullet with a lead", lead: "Father")
    document.field("Why", "a field under it")
    document.item("a nested entry", level: 1)
    document.item("", lead: "A lead alone")
    document.numbered(1, "a numbered entry")
    document.numbered(2, "and another")
    document.quote("Words from a source.", source: "Myth of Invisible Men, 19.6")
    document.subheading("Fields and answers")
    document.add(.fields([Field(label: "Case reference", value: "SW-0457"), Field(label: "Date")]))
    document.add(
      .answer(
        AnswerLine(
          prompt: "Lives with the baby?", choices: ["yes", "no", "not known"], selected: 2,
          mark: .gap("not known"), note: "asked at the home visit")))
    document.add(.table(checklist))
    document.add(.table(counts))
    document.add(.chart(ChartTests.chart))
    document.add(
      .group(
        Group(
          arrangement: .sideBySide,
          blocks: [
            .group(
              Group(
                arrangement: .together,
                blocks: [
                  .paragraph(
                    RichText([.strong("1. How confident are you in your work with men?")])),
                  .paragraph(RichText([.strong("You wrote: "), .plain("fairly")])),
                  .writing(WritingSpace(label: "Supervisor", lines: 2)),
                ])),
            .group(
              Group(
                arrangement: .together,
                blocks: [
                  .paragraph(RichText([.strong("2. What do you know about his history?")])),
                  .writing(WritingSpace(label: nil, lines: 3)),
                ])),
          ])))
    document.add(.pageBreak)
    document.add(
      .box(
        Box(
          title: "Agreed actions",
          rows: [
            Box.Row(label: "1.", choices: [], blanks: ["", "Who", "By when"]),
            Box.Row(label: "Fear discussed", choices: ["yes", "no"], blanks: ["Note"]),
          ])))
    return document
  }

  /// A sheet's checklist: a label column and a column of tick boxes for each man.
  static let checklist = Table(
    caption: "What has been done", instruction: "Tick one box for each man.",
    columns: [
      .init(title: "Item", role: .label), .init(title: "Father", role: .answer),
      .init(title: "Man 2", role: .answer),
    ],
    rows: [
      [
        Table.Cell(
          RichText([.plain("1. "), .strong("Identified."), .plain(" Is he identified?")])),
        Table.Cell(answer: AnswerLine(choices: ["yes", "no", "not known"], selected: 0)),
        Table.Cell(
          answer: AnswerLine(
            choices: ["yes", "no", "not known"], selected: 1, mark: .gap("not yet done"),
            note: "the mother's word only")),
      ]
    ])

  /// A team summary's table: a label column, then figures.
  static let counts = Table(
    caption: "How the men were seen",
    columns: [
      .init(title: "", role: .label), .init(title: "men", role: .number),
      .init(title: "share", role: .number),
    ],
    rows: [
      [Table.Cell("seen"), Table.Cell("12"), Table.Cell("40.0%")],
      [Table.Cell("unseen"), Table.Cell("3"), Table.Cell("10.0%")],
    ],
    note: "Men in all the reviews read.")

  static func outputs(_ document: Document, width: Int = 60) -> [(String, String)] {
    let pdf = PDFDocumentWriter(producer: "seen", creationDate: nil).write(document)
    return [
      ("txt", TextWriter(width: width, color: false).write(document)),
      ("md", MarkdownWriter().write(document)),
      ("html", HTMLWriter(bodyClass: nil).write(document)),
      ("pdf.txt", ReportPrintTests.pageText(pdf.bytes)),
    ]
  }

  @Test func everyBlockInEveryWriterMatchesGoldenFiles() {
    for (suffix, output) in Self.outputs(Self.everyBlock) {
      expectSnapshot(output, named: "document-every-block.\(suffix)", in: PackagePaths.snapshots())
    }
  }

  @Test func theSameDocumentGivesTheSameBytes() {
    #expect(Self.outputs(Self.everyBlock).map(\.1) == Self.outputs(Self.everyBlock).map(\.1))
  }
}

/// Typed text in every string of every block, through every writer: nothing it holds can act in
/// the output, because `SafeDocument` makes it safe before any writer sees it.
@Suite struct DocumentSafetyTests {
  static let hostile =
    " \u{1B}]0;owned\u{07}\u{1B}[31mred\u{9B}2J<script>alert(1)</script>[x](https://e.test) "
    + "**bold** `tick` www.e.test a@b.test\u{202E}evil\u{2028}# heading\r\n- item "

  static var hostileDocument: Document {
    DocumentWriterTests.everyBlock.mapText(
      Rewrite(string: { $0 + hostile }, run: { $0.with($0.text + hostile) }))
  }

  @Test func everyStringOfEveryBlockIsHostile() {
    // The rewrite reaches every block: each writer's output holds the payload's words many times.
    let text = TextWriter(width: 80, color: false).write(Self.hostileDocument)
    #expect(text.components(separatedBy: "alert(1)").count > 40)
  }

  @Test func noWriterPassesOnControlsOrMarkup() {
    let outputs = DocumentWriterTests.outputs(Self.hostileDocument, width: 80)
    for (format, output) in outputs {
      for bad in ["\u{1B}", "\u{9B}", "\u{07}", "\u{202E}", "\u{2028}", "\r"] {
        #expect(!output.contains(bad), "\(format) passes on \(bad.debugDescription)")
      }
      // No line starts with typed text's markup: a heading or an item of its own. (The PDF's
      // golden text is one drawn string a line, and a PDF has no markup.)
      for line in output.split(separator: "\n")
      where line.contains("heading") && format != "pdf.txt" {
        #expect(!line.hasPrefix("# heading"), "\(format): \(line)")
      }
    }
    // A code span shows its text as it is, so only what lies outside code spans could act.
    let markdown = MarkdownWriter().write(Self.hostileDocument).replacingOccurrences(
      of: "``.*?``", with: "", options: .regularExpression)
    #expect(markdown.contains("&lt;script"))
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("[x](https"))
    #expect(markdown.contains(#"\[x\](https"#))
    #expect(!markdown.contains(" **bold** "))
    #expect(!markdown.contains("https://"))
    let html = HTMLWriter(bodyClass: nil).write(Self.hostileDocument)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;"))
  }

  /// The printed page's running footer carries the title as CSS escapes: a title cannot end the
  /// string or the style element, and reads back as typed.
  @Test func theRunningFooterCannotBreakOutOfTheStyleSheet() {
    var document = Document(title: "Case \"A&B\" </style><script>x</script>; \\ \u{202E}")
    document.paragraph("Body")
    let html = HTMLWriter(bodyClass: nil).write(document)
    let style = html.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
    #expect(
      style.contains("@bottom-left { content: \"Case \\22 A\\26 B\\22  \\3c "),
      Comment(rawValue: style))
    #expect(!style.contains("<"), Comment(rawValue: style))
    #expect(html.components(separatedBy: "</style>").count == 2, "one style element")
    #expect(style.contains("counter(page) \" of \" counter(pages)"), Comment(rawValue: style))
  }

  @Test func pdfDrawsTheWordsAndNoControls() {
    let pdf = PDFDocumentWriter(producer: "seen", creationDate: nil).write(Self.hostileDocument)
    #expect(Set(pdf.replaced) == [])
    let drawn = ParsedPDF(pdf.bytes).searchableText()
    #expect(drawn.contains("<script>alert(1)</script>"))
    #expect(
      !(drawn.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }))
  }
}
