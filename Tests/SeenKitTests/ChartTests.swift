import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// The chart block in every writer: drawn as inline SVG in HTML, a table elsewhere; its words
/// made safe like any other; its numbers the same bytes on every machine.
@Suite struct ChartTests {
  /// Three quarters, two series, one value withheld and one period with nothing to show.
  static let chart = Chart(
    title: "Key figures by quarter", lead: "Shares of the reviews in each quarter.",
    unit: .percent, categoryTitle: "quarter",
    categories: ["2026 Q1", "2026 Q2", "2026 Q3"],
    series: [
      Chart.Series(
        title: "reviews with every man seen",
        values: [
          Chart.Value(12.5, text: "12.5%"), Chart.Value(nil, text: "none"),
          Chart.Value(100, text: "100.0%"),
        ]),
      Chart.Series(
        title: "men seen",
        values: [
          Chart.Value(0, text: "0.0%"), Chart.Value(nil, text: "none"),
          Chart.Value(nil, text: "<5"),
        ]),
    ],
    counts: [
      Chart.Series(
        title: "reviews",
        values: [
          Chart.Value(nil, text: "8"), Chart.Value(nil, text: "0"), Chart.Value(nil, text: "<5"),
        ])
    ],
    note: "none: no review dated in that quarter. <5: fewer than 5 reviews, share withheld.")

  static var document: Document {
    var document = Document()
    document.title("A chart")
    document.add(.chart(chart))
    return document
  }

  @Test func aChartInEveryWriterMatchesGoldenFiles() {
    for (suffix, output) in DocumentWriterTests.outputs(Self.document, width: 80) {
      expectSnapshot(output, named: "document-chart.\(suffix)", in: PackagePaths.snapshots())
    }
  }

  @Test func htmlDrawsEachSeriesAsAnImageWithItsValuesInWordsAndNoScript() {
    let html = HTMLWriter(bodyClass: nil).write(Self.document)
    #expect(html.components(separatedBy: "<svg role=\"img\"").count == 3, "one drawing a series")
    #expect(
      html.contains(
        "aria-label=\"reviews with every man seen, by quarter: 2026 Q1: 12.5%; 2026 Q2: none; "
          + "2026 Q3: 100.0%\""))
    #expect(
      html.contains(
        "<title>men seen, by quarter: 2026 Q1: 0.0%; 2026 Q2: none; 2026 Q3: &lt;5</title>"))
    // A bar for each value, none for a value that is not there (0.0% is a bar of no height).
    #expect(html.components(separatedBy: "<rect ").count - 1 == 3)
    // The same values as text, in the table under the drawings.
    #expect(html.contains("<th scope=\"row\">2026 Q3</th><td class=\"number\">100.0%</td>"))
    #expect(html.contains("<td class=\"number\">&lt;5</td>"))
    for banned in ["<script", "http:", "https:", "url(", "@import", "<image", "href"] {
      #expect(!html.contains(banned), Comment(rawValue: banned))
    }
  }

  @Test func textMarkdownAndPDFShowTheChartAsATable() {
    let text = TextWriter(width: 80, color: false).write(Self.document)
    #expect(text.contains("  2026 Q2"))
    #expect(text.contains("Key figures by quarter"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let markdown = MarkdownWriter().write(Self.document)
    #expect(markdown.contains("| quarter | reviews with every man seen | men seen | reviews |"))
    #expect(markdown.contains("| 2026 Q3 | 100.0% | &lt;5 | &lt;5 |"))
    let pdf = PDFDocumentWriter(producer: "seen", creationDate: nil).write(Self.document)
    let drawn = ParsedPDF(pdf.bytes).searchableText()
    #expect(drawn.contains("2026 Q3"))
    #expect(drawn.contains("100.0%"))
  }

  @Test func hostileTextThroughAChartActsNowhere() {
    let hostile = "<b>&amp;\"'\u{1B}[31m\u{07}\u{202E}x</svg><script>y</script>"
    var chart = Self.chart
    chart.title += hostile
    chart.lead = RichText(hostile)
    chart.categoryTitle += hostile
    chart.categories = chart.categories.map { $0 + hostile }
    chart.series[0].title += hostile
    chart.series[0].values[1].text += hostile
    chart.counts[0].values[0].text += hostile
    var document = Document()
    document.add(.chart(chart))
    for (format, output) in DocumentWriterTests.outputs(document, width: 80) {
      for bad in ["\u{1B}", "\u{07}", "\u{202E}"] {
        #expect(!output.contains(bad), "\(format) passes on \(bad.debugDescription)")
      }
    }
    let html = HTMLWriter(bodyClass: nil).write(document)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>"))
    #expect(html.components(separatedBy: "</svg>").count == 3, "no drawing ended by text")
    #expect(html.contains("2026 Q1&lt;b&gt;&amp;amp;&quot;&#39;x&lt;/svg&gt;"))
    // Every attribute holds its escaped text in one piece: no quote ends one early.
    for line in html.split(separator: "\n") where line.contains("aria-label=") {
      #expect(line.components(separatedBy: "\"").count == 9, Comment(rawValue: String(line)))
    }
    let markdown = MarkdownWriter().write(document)
    #expect(!markdown.contains("<b>") && !markdown.contains("<script"))
    let text = TextWriter(width: 80, color: false).write(document)
    #expect(text.contains("<script>y</script>"), "text shows the words as typed, made inert")
  }

  @Test func aLongCategoryIsCutShortUnderTheAxisOnlyNeverThroughAnEntity() {
    #expect(ChartGeometry.shortened("2026 Q1") == "2026 Q1")
    #expect(ChartGeometry.shortened("Workshop 2026-11 before") == "Workshop 2026-1…")
    #expect(
      ChartGeometry.shortened(
        "&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;")
        == "&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;…")
    var chart = Self.chart
    chart.categories[0] = "Workshop 2026-11 before"
    let html = HTMLWriter(bodyClass: nil).write(Document(blocks: [.chart(chart)]))
    #expect(html.contains(">Workshop 2026-1… (8)</text>"), "upright, with its count")
    #expect(html.contains("<th scope=\"row\">Workshop 2026-11 before</th>"))
    #expect(
      html.contains(
        "aria-label=\"reviews with every man seen, by quarter: Workshop 2026-11 before: "))
  }

  /// The QA lead could not tell a bar resting on 8 reviews from one resting on 300: each
  /// category's count is written under it, and a key says how to read the drawings.
  @Test func eachCategorysCountIsUnderItAndAKeySaysHowToRead() {
    let html = HTMLWriter(bodyClass: nil).write(Self.document)
    for count in ["8", "0", "&lt;5"] {
      #expect(html.contains("fill=\"#444\">\(count)</text>"), "\(count)")
    }
    #expect(
      html.contains(
        "<p class=\"chart-key\">Bars on a scale from 0% to 100%; under each quarter, its number "
          + "of reviews; every value is in the table under the charts.</p>"))
  }

  @Test func numbersInTheDrawingHaveOneFormatOnEveryMachine() {
    #expect(12.25.svg == "12.3")
    #expect(40.0.svg == "40")
    #expect((-3.24).svg == "-3.2")
    #expect(0.04.svg == "0")
    #expect(1234.5.svg == "1234.5")
    #expect(Double.nan.svg == "0" && Double.infinity.svg == "0" && 1e300.svg == "0")
    var odd = Self.chart
    odd.series[0].values = [
      Chart.Value(.nan, text: "x"), Chart.Value(-5, text: "y"), Chart.Value(1e300, text: "z"),
    ]
    let html = HTMLWriter(bodyClass: nil).write(Document(blocks: [.chart(odd)]))
    #expect(
      !html.contains("=\"nan") && !html.contains("=\"inf"), "an odd value is drawn within the axis")
    #expect(
      HTMLWriter(bodyClass: nil).write(Self.document)
        == HTMLWriter(bodyClass: nil).write(Self.document))
  }

  /// Printed on A4: few periods two charts to a row with labels across; 36 months one to a row
  /// with labels upright; more than a label's height a bar, every other label.
  @Test func manyPeriodsMakeNarrowerBarsAndUprightOrThinnedLabels() {
    func chart(_ count: Int) -> Chart {
      let names = (0..<count).map {
        "\(2023 + $0 / 12)-" + ($0 % 12 < 9 ? "0" : "") + "\($0 % 12 + 1)"
      }
      let values = (0..<count).map { Chart.Value(Double($0 % 101), text: "\($0 % 101).0%") }
      return Chart(
        title: "t", categoryTitle: "month", categories: names,
        series: [
          Chart.Series(title: "a", values: values), Chart.Series(title: "b", values: values),
        ])
    }
    let few = ChartGeometry(
      Chart(
        title: "t", categoryTitle: "year", categories: ["2025", "2026"],
        series: [Chart.Series(title: "a", values: []), Chart.Series(title: "b", values: [])]))
    #expect(few.twoToARow && !few.uprightCategories && !few.uprightValues)
    let months = ChartGeometry(chart(36))
    #expect(!months.twoToARow && months.uprightCategories && months.uprightValues)
    #expect(months.categoryStep == 1 && months.valueStep == 1)
    let many = ChartGeometry(chart(120))
    #expect(many.categoryStep == 3 && many.valueStep == 3 && many.barWidth < months.barWidth)
    let html = HTMLWriter(bodyClass: nil).write(Document(blocks: [.chart(chart(120))]))
    #expect(html.contains("<th scope=\"row\">2032-12</th>"), "the table keeps every period")
  }
}
