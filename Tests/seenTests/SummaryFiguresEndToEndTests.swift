import Foundation
import XCTest

/// Issue 15, points 1 and 2, through the built binary: the figures counted once per review and
/// the Panel's questions to partnerships in the text a QA lead reads, and in JSON.
final class SummaryFiguresEndToEndTests: XCTestCase {
  func testTheSummaryShowsTheReviewFiguresAndTheQuestionsToPartnerships() throws {
    let paths = exampleNames.map(examplePath)
    let text = try assertExecuteCommand(["summary"] + paths + ["--no-suppress"]).stdout
    XCTAssertTrue(text.contains("\nReviews, each counted once\n"))
    XCTAssertTrue(text.contains("a detailed picture of every man"))
    XCTAssertTrue(text.contains("\nReviews by the men's relationship to the baby\n"))
    XCTAssertTrue(text.contains("\nThe Panel's questions to partnerships\n"))
    XCTAssertTrue(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "from 3 self-reviews made with seen"))
    XCTAssertTrue(text.contains("Why not: "))

    let json = try XCTUnwrap(
      try JSONSerialization.jsonObject(
        with: Data(
          try assertExecuteCommand(["summary"] + paths + ["--format", "json"]).stdout.utf8))
        as? [String: Any])
    // Fewer than 5 reviews: every per-review figure is withheld (null), 0 too, as in the text.
    let perReview = try XCTUnwrap(json["perReview"] as? [String: Any])
    XCTAssertTrue(perReview["no-man-recorded"] is NSNull)
    XCTAssertTrue(perReview["medianGaps"] is NSNull)
    XCTAssertTrue(perReview["every-man-seen"] is NSNull)
    let shown = try XCTUnwrap(
      try JSONSerialization.jsonObject(
        with: Data(
          try assertExecuteCommand(["summary"] + paths + ["--format", "json", "--no-suppress"])
            .stdout.utf8))
        as? [String: Any])
    let shownPerReview = try XCTUnwrap(shown["perReview"] as? [String: Any])
    XCTAssertNotNil(shownPerReview["medianGaps"] as? Double)
    XCTAssertNotNil(shownPerReview["every-man-seen"] as? Int)
    let questions = try XCTUnwrap(json["partnershipQuestions"] as? [[String: Any]])
    XCTAssertEqual(questions.count, 21)
  }
}
