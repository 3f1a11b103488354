import Foundation
import XCTest

/// `seen content`: the review's content, as text, Markdown and JSON.
final class ContentCommandTests: XCTestCase {
  /// The reflective questions of the Hillingdon and Pan Bedfordshire briefings.
  private let questions = [
    "How confident are you in your work with men?",
    "What do you know about the history of the men you work with?",
    "Is there substance misuse, has this been normalised?",
    "What about domestic abuse or mental ill health?",
    "Do you routinely check in with fathers as you do with mums?",
    "What do they think?",
    "How do you know?",
    "What would you do if you had a concern?",
  ]

  func testContentExitsZeroAndPrintsTheEightReflectiveQuestions() throws {
    let run = try assertExecuteCommand(["content"])
    let text = normalizingWhitespace(run.stdout)
    for question in questions {
      XCTAssertTrue(text.contains(question), "missing question: \(question)")
    }
    for number in 1...8 {
      XCTAssertTrue(run.stdout.contains("  \(number). "), "missing question number \(number)")
    }
  }

  func testContentJSONParses() throws {
    let run = try assertExecuteCommand(["content", "--format", "json"])
    let content = try jsonObject(run.stdout)
    XCTAssertEqual(content["format"] as? String, "seen-content-export/2")
  }

  func testContentJSONHasEightQuestionsSevenRiskFactorsAndFourTiers() throws {
    let content = try jsonObject(try assertExecuteCommand(["content", "--format", "json"]).stdout)
    XCTAssertEqual((content["questions"] as? [Any])?.count, 8)
    XCTAssertEqual((content["riskFactors"] as? [Any])?.count, 8)
    XCTAssertEqual((content["tiers"] as? [Any])?.count, 4)
  }

  func testContentJSONQuestionsAreTheBriefingsQuestions() throws {
    let content = try jsonObject(try assertExecuteCommand(["content", "--format", "json"]).stdout)
    let texts = (content["questions"] as? [[String: Any]] ?? []).compactMap {
      $0["text"] as? String
    }
    XCTAssertEqual(texts, questions)
  }

  func testContentJSONHasAtLeastFourteenPracticeChecklistItems() throws {
    let content = try jsonObject(try assertExecuteCommand(["content", "--format", "json"]).stdout)
    let checklist = content["checklist"] as? [[String: Any]] ?? []
    let practice = checklist.filter { $0["kind"] as? String == "practice" }
    XCTAssertGreaterThanOrEqual(practice.count, 14)
  }

  func testContentJSONHasTheReviewsKeyFigures() throws {
    let content = try jsonObject(try assertExecuteCommand(["content", "--format", "json"]).stdout)
    let figures = content["figures"] as? [[String: Any]] ?? []
    let values = Set(
      figures.compactMap { figure -> String? in
        if let text = figure["value"] as? String { return text }
        return (figure["value"] as? NSNumber)?.stringValue
      })
    let expected = [
      "92", "45", "24", "12", "11", "59", "32", "30", "5", "81", "23", "322", "35%", "257",
    ]
    for value in expected {
      XCTAssertTrue(values.contains(value), "no figure with the value \(value); values: \(values)")
    }
  }

  func testEveryFigureCitesItsSource() throws {
    let content = try jsonObject(try assertExecuteCommand(["content", "--format", "json"]).stdout)
    let figures = content["figures"] as? [[String: Any]] ?? []
    XCTAssertFalse(figures.isEmpty)
    for figure in figures {
      let source = figure["source"] as? [String: Any]
      XCTAssertNotNil(source?["citation"] as? String, "figure without a citation: \(figure)")
      XCTAssertNotNil(figure["sentence"] as? String, "figure without a sentence: \(figure)")
      XCTAssertNil(figure["text"], "figures no longer have text: \(figure)")
    }
  }

  func testContentMarkdownHasHeadings() throws {
    let run = try assertExecuteCommand(["content", "--format", "markdown"])
    XCTAssertTrue(run.stdout.hasPrefix("# "), "Markdown should start with a heading")
    XCTAssertTrue(run.stdout.contains("\n## Reflective questions\n"))
  }

  func testContentMatchesTheGoldenFilesInEveryFormat() throws {
    for (format, fileExtension) in [("text", "txt"), ("markdown", "md"), ("json", "json")] {
      try assertExecuteCommand(
        ["content", "--format", format], snapshot: "content.\(fileExtension)")
    }
  }

  func testContentAsHTMLMatchesItsGoldenFile() throws {
    let run = try assertExecuteCommand(["content", "--format", "html"], snapshot: "content.html")
    XCTAssertTrue(run.stdout.contains("<h2>Reflective questions</h2>"))
    try assertUsageError(["content", "--format", "pdf"], messages: ["text, markdown, json, html"])
  }
}
