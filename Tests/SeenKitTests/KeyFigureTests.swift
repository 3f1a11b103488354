import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

/// Key figures are full sentences: each states its value, every number in it comes from the
/// paragraphs it cites, and every place that prints a figure prints the sentence with its citation.
final class KeyFigureTests: XCTestCase {
  let content = TestContent.bundled

  /// Number words as the sources write them ("eight men", "six (5%)").
  private static let numberWords = [
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20",
  ]

  /// The numbers a text states, as digits: "35%", "2020", "1" (from "under 1"), "8" (from "eight").
  static func numbers(in text: String) -> Set<String> {
    var found = Set<String>()
    let lowered = text.lowercased()
    let digits = try! NSRegularExpression(pattern: "[0-9]+(?:[.,][0-9]+)*%?")
    let range = NSRange(lowered.startIndex..., in: lowered)
    for match in digits.matches(in: lowered, range: range) {
      found.insert(String(lowered[Range(match.range, in: lowered)!]))
    }
    let words = lowered.split { !$0.isLetter }.map(String.init)
    for word in words { if let number = numberWords[word] { found.insert(number) } }
    return found
  }

  func testEverySentenceStatesItsValueAndEndsAsASentence() {
    XCTAssertFalse(content.figures.isEmpty)
    for figure in content.figures {
      XCTAssert(
        Self.numbers(in: figure.sentence).contains(figure.value),
        "figure \(figure.id): the sentence does not state \(figure.value): \(figure.sentence)")
      XCTAssert(figure.sentence.first?.isUppercase == true, "figure \(figure.id) starts a sentence")
      XCTAssert(figure.sentence.hasSuffix("."), "figure \(figure.id) ends with a full stop")
      XCTAssertFalse(figure.sentence.contains("\n"), "figure \(figure.id) is one line")
    }
  }

  // Every number in a sentence is checked against the section it cites by
  // ContentFidelityTests, which cannot be skipped in CI.

  func testTheNumbersOfASentenceAreFound() {
    XCTAssertEqual(
      Self.numbers(in: "During 2020, 35% of 482, under 1; eight men, six (5%), someone 1,200"),
      ["2020", "35%", "482", "1", "8", "6", "5%", "1,200"])
  }

  func testTheCitationGoesBeforeTheFullStop() throws {
    let figure = try XCTUnwrap(content.figures.first { $0.id == "universal-services" })
    XCTAssertEqual(
      content.citedSentence(figure),
      "Of the 92 children in the review, 45 were known only to universal services at the time of "
        + "the abuse (Myth of Invisible Men, 5.1–5.2).")
  }

  func testContentSheetsAndHandoutsPrintEverySentenceWithItsCitation() throws {
    let renderer = ContentRenderer(content: content, text: TextOptions(width: 10_000))
    let text = renderer.render(as: .text)
    let json = renderer.render(as: .json)
    for figure in content.figures {
      XCTAssert(text.contains(content.citedSentence(figure)), "seen content: \(figure.id)")
      XCTAssert(json.contains(figure.sentence), "seen content --format json: \(figure.id)")
    }
    func figureEntries(_ sheet: ReflectionSheet) -> [ListEntry] {
      sheet.document.blocks.compactMap { block -> [ListEntry]? in
        if case .list(let list) = block, list.entries.count == content.figures.count {
          return list.entries
        }
        return nil
      }.first ?? []
    }
    let expected = content.figures.map {
      ListEntry(
        marker: .bullet, lead: RichText($0.value), text: RichText(content.citedSentence($0)))
    }
    XCTAssertEqual(figureEntries(.leaders(content: content)), expected)
    let scenario = try XCTUnwrap(content.scenario("wiltshire"))
    XCTAssertEqual(figureEntries(.handout(scenario: scenario, content: content)), expected)
  }

  func testAFiguresFileOfTheOldShapeIsRefusedWithWhatToDo() throws {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    files["figures.json"] = """
      {"figures": [{"id": "universal-services", "value": "45",
        "text": "were known only to universal services at the time of the abuse.",
        "quote": "45 were known only to universal services at the time of the abuse.",
        "source": {"document": "myth-of-invisible-men", "section": "5.2"}}]}
      """
    XCTAssertThrowsError(try Content.load(files: files, folder: "old")) { error in
      let problems = (error as? ContentError)?.problems.map(\.description) ?? []
      XCTAssertEqual(problems.count, 1, "\(problems)")
      XCTAssert(problems.first?.hasPrefix("old/figures.json:2:") == true, "\(problems)")
      XCTAssert(
        problems.first?.contains(
          "at figures[0].text: \"text\" (the words after the value) is replaced by \"sentence\""
        ) == true, "\(problems)")
    }
  }
}
