import Foundation
import SeenTestSupport
import XCTest

/// `seen summary --by month|quarter|year`, in-process: the examples' dates, in time order, and
/// the reviews whose date cannot be read counted once.
final class SummaryOverTimeTests: XCTestCase {
  func testTheExamplesByQuarterMonthAndYear() throws {
    let examples = PackagePaths.examples.path
    let quarter = try assertExecuteCommand([
      "summary", "--no-suppress", examples, "--by", "quarter",
    ]).stdout
    XCTAssertTrue(quarter.contains("By quarter, side by side"), quarter)
    XCTAssertTrue(quarter.contains("2026 Q4"), quarter)
    XCTAssertFalse(quarter.contains("year-month-day"), "every example's date can be read")
    let month = try jsonObject(
      assertExecuteCommand([
        "summary", "--no-suppress", examples, "--by", "month", "--format", "json",
      ]).stdout)
    let names = (month["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
    XCTAssertEqual(names, ["2026-10", "2026-11"])
    XCTAssertEqual(month["unreadableDates"] as? Int, 0)
    let year = try assertExecuteCommand([
      "summary", "--no-suppress", examples, "--by", "year", "--format", "csv",
    ])
    XCTAssertTrue(year.stdout.contains("\nvalue,2026,"), year.stdout)
  }

  func testADateThatIsNotYearMonthDayIsCountedUnderNoDate() throws {
    let folder = try makeTemporaryDirectory()
    _ = try writeEditedExample("two-men", in: folder, as: "a.json") { $0["date"] = "18/11/2026" }
    _ = try writeEditedExample("few-gaps", in: folder, as: "b.json") { _ in }
    let text = try assertExecuteCommand(["summary", "--no-suppress", folder.path, "--by", "year"])
      .stdout
    XCTAssertTrue(text.contains("1 review has a date that is not written year-month-day"), text)
    XCTAssertTrue(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "counted under \"(no date)\" with the reviews without a date"), text)
    XCTAssertTrue(text.contains("(no date)"), text)
    XCTAssertFalse(text.contains("18/11/2026"), "a summary never quotes a record's text")
  }

  func testAnUnknownFieldListsTheFields() throws {
    try assertUsageError(
      ["summary", PackagePaths.examples.path, "--by", "week"],
      messages: ["role, date, month, quarter, year, cohort"])
  }
}
