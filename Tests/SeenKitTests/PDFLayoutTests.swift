import Testing

@testable import SeenKit

/// Line breaking with the fonts' widths, and placing blocks on pages.
@Suite struct PDFLayoutTests {
  private func run(_ text: String, _ font: StandardFont = .helvetica) -> PDFRun {
    PDFRun(font: font, bytes: WinAnsiEncoding.encode(text).bytes)
  }

  private func width(_ line: [PDFRun], size: Double) -> Double {
    line.reduce(0) { $0 + $1.width(size: size) }
  }

  @Test func linesFitTheWidthAndKeepEveryWord() {
    let text =
      "Have you asked the agencies that may know him (his GP, police, adult mental health and substance misuse services, probation, children's services in other areas) rather than relying only on his own account?"
    for lineWidth in [80.0, 150, 300, 515] {
      let lines = PDFLineBreaker.lines([run(text)], size: 9.5, width: lineWidth)
      for line in lines {
        #expect(width(line, size: 9.5) <= lineWidth + 1e-9)
      }
      let joined = lines.map { line in
        line.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
      }.joined(separator: " ")
      #expect(joined == text)
    }
  }

  @Test func shortTextIsOneLine() {
    #expect(PDFLineBreaker.lines([run("How do you know?")], size: 10, width: 500).count == 1)
    #expect(PDFLineBreaker.lines([], size: 10, width: 500).count == 1, "an empty line")
  }

  @Test func aWordWiderThanTheLineIsCut() {
    let long = String(repeating: "x", count: 200)
    let lines = PDFLineBreaker.lines([run("see " + long)], size: 10, width: 100)
    #expect(lines.count > 5)
    for line in lines {
      #expect(width(line, size: 10) <= 100)
    }
    #expect(
      lines.map { $0.map { String(decoding: $0.bytes, as: UTF8.self) }.joined() }.joined() == "see"
        + long)
  }

  @Test func fontsAreKeptAcrossRuns() {
    let lines = PDFLineBreaker.lines(
      [run("1. "), run("Identified. ", .helveticaBold), run("Have you identified him?")],
      size: 10, width: 1000)
    #expect(lines.count == 1)
    #expect(lines[0].map(\.font) == [.helvetica, .helveticaBold, .helvetica])
    #expect(
      lines[0].map { String(decoding: $0.bytes, as: UTF8.self) } == [
        "1. ", "Identified. ", "Have you identified him?",
      ])
  }

  @Test func blocksGoToANewPageWhenTheyDoNotFit() {
    var flow = PDFPageFlow(pageHeight: 100, top: 10, bottom: 10)
    let block = PDFBlock(height: 30, marks: [.line(x1: 0, y1: 0, x2: 10, y2: 0, width: 1)])
    flow.place(block)
    flow.place(block)
    #expect(flow.pages.count == 1)
    flow.place(block)
    #expect(flow.pages.count == 2)
    #expect(flow.pages[1] == [.line(x1: 0, y1: 10, x2: 10, y2: 10, width: 1)])
  }

  @Test func groupsStayTogetherAndContinuationsRepeat() {
    var flow = PDFPageFlow(pageHeight: 100, top: 10, bottom: 10)
    flow.place(PDFBlock(height: 40))
    let header = PDFBlock(height: 5, marks: [.line(x1: 0, y1: 0, x2: 5, y2: 0, width: 1)])
    flow.continuation = header
    flow.place(together: [PDFBlock(height: 25), PDFBlock(height: 25)])
    #expect(flow.pages.count == 2, "the pair does not fit the 40 points left")
    #expect(flow.pages[1].first == .line(x1: 0, y1: 10, x2: 5, y2: 10, width: 1))
  }

  @Test func aBlockTallerThanAPageIsCutBetweenLines() {
    var flow = PDFPageFlow(pageHeight: 100, top: 10, bottom: 10)
    var tall = PDFBlock()
    for line in 0..<20 {
      tall.marks.append(
        .text(
          PDFRun(font: .helvetica, bytes: Array("line \(line)".utf8)), x: 0,
          baseline: Double(line) * 12 + 10, size: 10))
    }
    tall.height = 20 * 12
    flow.place(tall)
    #expect(flow.pages.count >= 3)
    for page in flow.pages {
      for mark in page {
        #expect(mark.bottom <= 90.0 + 1e-9, "nothing past the bottom margin")
        #expect(mark.top >= 10.0 - 1e-9)
      }
    }
    #expect(flow.pages.reduce(0) { $0 + $1.count } == 20, "no line lost")
  }

  @Test func aParagraphKeepsTwoLinesTogetherAtEachEnd() {
    let layout = PDFLayout()
    let words = (1...80).map { "word\($0)" }.joined(separator: " ")
    let lineCount = PDFLineBreaker.lines([run(words)], size: 10, width: 100).count
    #expect(lineCount > 5)
    let blocks = layout.lines([run(words)], size: 10, leading: 12, x: 0, width: 100)
    // The first two lines and the last two are one block each, so that a page never ends
    // after a paragraph's first line or begins with its last.
    #expect(blocks.count == lineCount - 2)
    #expect(blocks.first?.height == 24)
    #expect(blocks.last?.height == 24)
    #expect(blocks.dropFirst().dropLast().allSatisfy { $0.height == 12 })
    #expect(blocks.reduce(0) { $0 + $1.marks.count } == lineCount, "no line lost")

    let three = (1...3).map { _ in String(repeating: "x ", count: 8) }.joined()
    let short = layout.lines([run(three)], size: 10, leading: 12, x: 0, width: 100)
    #expect(short.count == 1, "a paragraph of three lines or fewer is not split")
  }
}
