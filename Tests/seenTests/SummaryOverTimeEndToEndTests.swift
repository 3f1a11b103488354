import Foundation
import SeenTestSupport
import XCTest

/// `seen summary --by quarter` through the built binary (issue 15, point 5): after the overall
/// figures, the key figures of each quarter, drawn in HTML as inline SVG charts (no script, no
/// file or address fetched) and written in text as a table that fits 80 columns.
final class SummaryOverTimeEndToEndTests: XCTestCase {
  /// The examples dated in three quarters, one quarter between them with no review, and one
  /// with no date.
  private func team() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let dates: [(String, String?)] = [
      ("two-men", "2025-08-15"), ("few-gaps", "2025-11-02"), ("unseen-father", "2026-04-20"),
      ("safety-all-yes", "2025-09-01"), ("safety-refuge", nil),
    ]
    // Each twice, as two cases: ten reviews, enough for the figures to be shown.
    for (name, date) in dates {
      for copy in 1...2 {
        _ = try writeEditedExample(name, in: folder, as: "\(name)-\(copy).json") {
          $0["date"] = date
          $0["case"] = "\(name)-\(copy)"
        }
      }
    }
    return folder
  }

  func testByQuarterInHTMLDrawsEachKeyFigureAsAnInlineChart() throws {
    let run = try assertExecuteCommand([
      "summary", try team().path, "--by", "quarter", "--format", "html",
    ])
    let html = run.stdout
    XCTAssertEqual(html.components(separatedBy: "<svg role=\"img\"").count - 1, 4, "four charts")
    XCTAssertTrue(html.contains("<h2>Over time</h2>"), html)
    XCTAssertTrue(
      html.contains("aria-label=\"reviews with every man seen, by quarter: 2025 Q3: "), html)
    XCTAssertTrue(html.contains("<th scope=\"row\">2026 Q1</th><td class=\"number\">none</td>"))
    XCTAssertTrue(
      html.contains(
        "&lt;5 reviews have no date, or not a year-month-day date, and are not in the chart."),
      "the count of undated reviews withheld as every small count is")
    for banned in ["<script", "http:", "https:", "<link", "<img", "@import", "url(", "src="] {
      XCTAssertFalse(html.contains(banned), banned)
    }
    // The section comes after the overall figures and before the quarters side by side.
    let overTime = try XCTUnwrap(html.range(of: "<h2>Over time</h2>"))
    let firstQuarter = try XCTUnwrap(html.range(of: "<h2>By quarter, side by side</h2>"))
    XCTAssertLessThan(overTime.lowerBound, firstQuarter.lowerBound)
    // No "(no date)" point: the chart's periods are the four quarters.
    XCTAssertFalse(html.contains("<th scope=\"row\">No date"), "no undated row in the chart")
  }

  func testByQuarterInTextIsATableThatFitsEightyColumns() throws {
    let text = try assertExecuteCommand(["summary", try team().path, "--by", "quarter"]).stdout
    XCTAssertTrue(text.contains("\nOver time\n"), text)
    let firstQuarter = text.split(separator: "\n").first { $0.hasPrefix("  2026 Q1  ") }
    XCTAssertEqual(firstQuarter?.split(separator: " ").prefix(4), ["2026", "Q1", "none", "none"])
    XCTAssertEqual(firstQuarter?.split(separator: " ").last, "0", "no review: 0, not withheld")
    XCTAssertEqual(text.split(separator: "\n").filter { $0.count > 80 }, [])
    let byRole = try assertExecuteCommand(["summary", try team().path, "--by", "role"]).stdout
    XCTAssertFalse(byRole.contains("Over time"), "only a split by a period has the section")
  }
}
