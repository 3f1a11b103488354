import Foundation
import XCTest

@testable import SeenKit

/// `seen summary --help` defines what the figures counted once per review mean and says what
/// the section on the Panel's questions is (issue 15, points 1 and 2), in-process.
final class SummaryFiguresHelpTests: XCTestCase {
  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  func testTheHelpDefinesSeenDetailedCompleteAndAGap() throws {
    let help = flat(try assertExecuteCommand(["summary", "--help"]).stdout)
    XCTAssertTrue(help.contains(flat(ReviewFigureDefinitions.text)), help)
    for words in [
      "A man is seen when he is identified, contacted directly",
      "His picture is detailed when he is identified, contacted directly, his history is known, he has been asked for his own views, and the agencies that may know him have been asked.",
      "A man whose contact is planned for safety is counted apart, never as seen, unseen or detailed.",
      "A review is complete when every man's picture is detailed and every case item is answered.",
      "A gap is an item the review's gap report lists",
      "A review that records no man counts in none of the \"every man\" figures.",
      "the median gaps per review",
      "from N self-reviews made with seen",
      "not audits of assessments",
      "JSON has them as partnershipQuestions; CSV leaves them out.",
    ] {
      XCTAssertTrue(help.contains(words), "the help does not say: \(words)")
    }
    XCTAssertEqual(
      try assertExecuteCommand(["help", "summary"]).stdout,
      try assertExecuteCommand(["summary", "--help"]).stdout)
  }

  func testTheSummaryShowsTheFiguresAndTheQuestions() throws {
    let paths = ["few-gaps", "unseen-father", "two-men"].map(examplePath)
    let text = try assertExecuteCommand(["summary"] + paths + ["--no-suppress"]).stdout
    for line in text.split(separator: "\n") {
      XCTAssertLessThanOrEqual(line.count, 80, String(line))
    }
    XCTAssertTrue(text.contains("\nReviews, each counted once\n"))
    XCTAssertTrue(text.contains("\nReviews by the men's relationship to the baby\n"))
    XCTAssertTrue(text.contains("Median gaps per review: "))
    XCTAssertTrue(text.contains("\nThe Panel's questions to partnerships\n"))
    XCTAssertTrue(flat(text).contains(", from 3 self-reviews made with seen."))
    XCTAssertTrue(text.contains("\nQuestions these records cannot answer\n"))
  }
}
