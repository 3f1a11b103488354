import Foundation
import SeenTestSupport
import XCTest

/// Follow-ups on `seen summary` (issue 15) through the built binary: `--baseline`, the "Over
/// time" table in Markdown within 80 columns, and numeric column headings in HTML kept apart.
final class SummaryFollowUpEndToEndTests: XCTestCase {
  /// Five reviews in each of two cohorts, "after" and "before", dated in two quarters.
  private func team() throws -> URL {
    let folder = try makeTemporaryDirectory()
    for number in 0..<5 {
      _ = try writeEditedExample("few-gaps", in: folder, as: "after\(number).json") {
        $0["case"] = "after-\(number)"
        $0["cohort"] = "after"
        $0["date"] = "2026-10-0\(number + 1)"
      }
      _ = try writeEditedExample("unseen-father", in: folder, as: "before\(number).json") {
        $0["case"] = "before-\(number)"
        $0["cohort"] = "before"
        $0["date"] = "2026-02-0\(number + 1)"
      }
    }
    return folder
  }

  func testTheBaselineIsTheFirstColumnAndTheNoteSaysSo() throws {
    let folder = try team()
    let text = try assertExecuteCommand([
      "summary", folder.path, "--by", "cohort", "--baseline", "before",
    ]).stdout
    let titles = text.split(separator: "\n").first { $0.hasSuffix("difference") }
    XCTAssertEqual(titles?.split(separator: " "), ["before", "after", "difference"], text)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(flat.contains("the first, \"before\", is the baseline (chosen with --baseline)"))
    try assertUsageError(
      ["summary", folder.path, "--by", "cohort", "--baseline", "during"],
      messages: ["error: --baseline \"during\" is no group", "\"after\", \"before\""])
  }

  func testOverTimeInMarkdownFitsEightyColumns() throws {
    let folder = try team()
    for field in ["month", "quarter", "year"] {
      let markdown = try assertExecuteCommand([
        "summary", folder.path, "--by", field, "--format", "markdown",
      ]).stdout
      let section = try XCTUnwrap(markdown.range(of: "## Over time"), field)
      let rows = markdown[section.upperBound...].split(separator: "\n").prefix {
        !$0.hasPrefix("## ")
      }
      .filter { $0.hasPrefix("|") }
      XCTAssertFalse(rows.isEmpty, field)
      for row in rows {
        XCTAssertLessThanOrEqual(row.count, 80, "\(field): \(row)")
      }
      XCTAssertTrue(
        markdown.contains("In the table, all seen: reviews with every man seen;"), field)
    }
  }

  func testNumericColumnHeadingsInHTMLAreKeptApart() throws {
    let html = try assertExecuteCommand([
      "summary", try team().path, "--by", "quarter", "--format", "html",
    ]).stdout
    // A right-aligned heading ends where its cell ends: a number cell's own space on its left
    // keeps it apart from the heading before it ("men seen" and "reviews").
    let rule = try XCTUnwrap(
      html.split(separator: "\n").first { $0.contains("td.number, th.number {") })
    XCTAssertTrue(rule.contains("padding-left: 10pt"), String(rule))
  }
}
