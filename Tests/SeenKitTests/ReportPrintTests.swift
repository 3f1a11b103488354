import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// The gap report on paper: HTML to print from a browser and PDF written by seen, from the same
/// layout as the text and Markdown reports. Golden files hold the HTML, and the PDF's drawn text
/// page by page (the PDF's bytes follow from it and the writer's own tests).
@Suite struct ReportPrintTests {
  private func report(_ example: String) throws -> GapReport {
    GapAnalysis.report(
      for: try TestContent.example(example), content: TestContent.bundled,
      today: TestContent.today)
  }

  /// Each page's drawn strings, one a line, under a line naming the page.
  static func pageText(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    let streams = text.components(separatedBy: "\nstream\n").dropFirst()
    return streams.enumerated().map { index, stream in
      let body = stream.components(separatedBy: "endstream").first ?? ""
      return "--- page \(index + 1)\n"
        + ParsedPDF(Array(body.utf8)).drawnText().joined(separator: "\n") + "\n"
    }.joined()
  }

  @Test func htmlReportsMatchGoldenFiles() throws {
    for (example, detail) in [
      ("two-men", ReportDetail.brief), ("two-men", .full), ("safety-refuge", .brief),
      ("agreed-actions", .brief),
    ] {
      let html = GapReportRenderer(content: TestContent.bundled, detail: detail)
        .render(try report(example), as: .html)
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      #expect(!(html.contains("<script") || html.contains("src=") || html.contains("href=")))
      let suffix = detail == .brief ? "" : "-full"
      expectSnapshot(
        html, named: "report-\(example)\(suffix).html", in: PackagePaths.snapshots())
    }
  }

  @Test func pdfReportsMatchGoldenTextAndAreValid() throws {
    for detail in ReportDetail.allCases {
      let output = GapReportRenderer(content: TestContent.bundled, detail: detail)
        .output(try report("two-men"), as: .pdf)
      #expect(output.warnings == [])
      let pdf = ParsedPDF(output.bytes)
      #expect(pdf.text.hasPrefix("%PDF-1.4\n"))
      let (size, offsets) = try pdf.crossReference()
      #expect(offsets.count == size - 1)
      #expect(pdf.text.contains("/Title (Gap report: case SW-0457)"))
      #expect(!pdf.text.contains("/CreationDate"), "dated only when the caller asks")
      let suffix = detail == .brief ? "" : "-full"
      expectSnapshot(
        Self.pageText(output.bytes), named: "report-two-men\(suffix).pdf.txt",
        in: PackagePaths.snapshots())
    }
  }

  /// The agreed actions on paper: numbered, each with whom it is for, its owner, due date and
  /// state, on the PDF's pages as in the text report.
  @Test func pdfReportShowsTheAgreedActions() throws {
    let output = GapReportRenderer(content: TestContent.bundled)
      .output(try report("agreed-actions"), as: .pdf)
    #expect(output.warnings == [])
    let pages = Self.pageText(output.bytes)
    for words in ["Agreed actions", "overdue by 8 days", "done 2026-11-30", "Team manager"] {
      #expect(pages.contains(words), Comment(rawValue: words))
    }
    expectSnapshot(pages, named: "report-agreed-actions.pdf.txt", in: PackagePaths.snapshots())
  }

  /// Every word of the text report is drawn in the PDF, in the same order.
  @Test func pdfHoldsTheTextReportsWords() throws {
    let cases = RendererSnapshotTests.examples.flatMap { example in
      ReportDetail.allCases.map { (example, $0) }
    }
    let reports = try cases.map { try report($0.0) }
    // Nine reports, each laid out twice and compared sentence by sentence: on every core.
    let problems = concurrentMap(Array(zip(cases, reports))) { item -> [String] in
      let ((example, detail), report) = item
      let renderer = GapReportRenderer(
        content: TestContent.bundled, text: TextOptions(width: 1000), detail: detail)
      let text = renderer.render(report, as: .text).split(separator: "\n")
        .filter { !$0.allSatisfy { $0 == "=" || $0 == "-" } }.joined(separator: " ")
        .replacingOccurrences(of: "- ", with: "")
      // The page furniture ("Page 1 of 3" and the title) stands between the pages' text.
      let pdf = foldingWhitespace(
        ParsedPDF(renderer.output(report, as: .pdf).bytes).searchableText()
          .replacingOccurrences(
            of: #"Page \d+ of \d+ Gap report[^ ]*( case [^ ]+)?"#, with: " ",
            options: .regularExpression
          )
          .replacingOccurrences(of: "\u{2022} ", with: ""))
      return text.components(separatedBy: ". ").filter {
        $0.count > 12 && !pdf.contains(foldingWhitespace($0))
      }.map { "\(example), \(detail): \($0)" }
    }
    #expect(problems.count == cases.count)
    for problem in problems.joined() { Issue.record(Comment(rawValue: problem)) }
  }

  @Test func pdfIsDatedOnlyByTheCaller() throws {
    let output = GapReportRenderer(
      content: TestContent.bundled, pdf: .init(producer: "seen", creationDate: 1_700_000_000)
    ).output(try report("few-gaps"), as: .pdf)
    #expect(
      String(decoding: output.bytes, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
  }

  /// A note longer than a page (in a list entry, which is kept whole when it fits) continues on
  /// the next pages, and no text is drawn in the margins.
  @Test func aVeryLongNoteContinuesOnTheNextPagesInsideTheMargins() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["history"] = Answer(
      .partly, note: String(repeating: "More to explore about his childhood. ", count: 260))
    let report = GapAnalysis.report(for: record, content: TestContent.bundled)
    let output = GapReportRenderer(content: TestContent.bundled).output(report, as: .pdf)
    let pdf = ParsedPDF(output.bytes)
    _ = try pdf.crossReference()
    #expect(pdf.pageCount > 3)
    for line in pdf.text.split(separator: "\n") where line.hasPrefix("BT ") {
      let fields = line.split(separator: " ")
      // BT /F1 size Tf x y Td: y is measured up from the bottom of an 841.89pt page.
      guard let y = Double(fields[5]) else { continue }
      #expect(y >= 20, Comment(rawValue: String(line)))
      #expect(y <= 841.89 - 30, Comment(rawValue: String(line)))
    }
    #expect(
      pdf.searchableText().components(separatedBy: "childhood.").count - 1 == 260,
      "every word of the note is drawn")
  }
}
