import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Key figures are full sentences: each states its value, every number in it comes from the
/// paragraphs it cites, and every place that prints a figure prints the sentence with its citation.
@Suite struct KeyFigureTests {
  let content = TestContent.bundled

  /// Number words as the sources write them ("eight men", "six (5%)").
  private static let numberWords = [
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20",
  ]

  /// The numbers a text states, as digits: "35%", "2020", "1" (from "under 1"), "8" (from "eight").
  static func numbers(in text: String) throws -> Set<String> {
    var found = Set<String>()
    let lowered = text.lowercased()
    let digits = try NSRegularExpression(pattern: "[0-9]+(?:[.,][0-9]+)*%?")
    let range = NSRange(lowered.startIndex..., in: lowered)
    for match in digits.matches(in: lowered, range: range) {
      found.insert(String(lowered[Range(match.range, in: lowered)!]))
    }
    let words = lowered.split { !$0.isLetter }.map(String.init)
    for word in words { if let number = numberWords[word] { found.insert(number) } }
    return found
  }

  @Test func everySentenceStatesItsValueAndEndsAsASentence() throws {
    #expect(!content.figures.isEmpty)
    for figure in content.figures {
      #expect(
        try Self.numbers(in: figure.sentence).contains(figure.value),
        "figure \(figure.id): the sentence does not state \(figure.value): \(figure.sentence)")
      #expect(figure.sentence.first?.isUppercase == true, "figure \(figure.id) starts a sentence")
      #expect(figure.sentence.hasSuffix("."), "figure \(figure.id) ends with a full stop")
      #expect(!figure.sentence.contains("\n"), "figure \(figure.id) is one line")
    }
  }

  // Every number in a sentence is checked against the section it cites by
  // ContentFidelityTests, which cannot be skipped in CI.

  @Test func theNumbersOfASentenceAreFound() throws {
    #expect(
      try Self.numbers(in: "During 2020, 35% of 482, under 1; eight men, six (5%), someone 1,200")
        == [
          "2020", "35%", "482", "1", "8", "6", "5%", "1,200",
        ])
  }

  @Test func theCitationGoesBeforeTheFullStop() throws {
    let figure = try #require(content.figures.first { $0.id == "universal-services" })
    #expect(
      content.citedSentence(figure)
        == "Of the 92 children in the review, 45 were known only to universal services at the time of "
        + "the abuse (Myth of Invisible Men, 5.1–5.2).")
  }

  @Test func contentSheetsAndHandoutsPrintEverySentenceWithItsCitation() throws {
    let renderer = ContentRenderer(content: content, text: TextOptions(width: 10_000))
    let text = renderer.render(as: .text)
    let json = renderer.render(as: .json)
    for figure in content.figures {
      #expect(text.contains(content.citedSentence(figure)), "seen content: \(figure.id)")
      #expect(json.contains(figure.sentence), "seen content --format json: \(figure.id)")
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
    #expect(figureEntries(.leaders(content: content)) == expected)
    let scenario = try #require(content.scenario("wiltshire"))
    #expect(figureEntries(.participantPack(scenario: scenario, content: content)) == expected)
  }

  @Test func aFiguresFileOfTheOldShapeIsRefusedWithWhatToDo() throws {
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
    if let error = #expect(
      throws: (any Error).self, performing: { try Content.load(files: files, folder: "old") })
    {
      let problems = (error as? ContentError)?.problems.map(\.description) ?? []
      #expect(problems.count == 1, "\(problems)")
      #expect(problems.first?.hasPrefix("old/figures.json:2:") == true, "\(problems)")
      #expect(
        problems.first?.contains(
          "at figures[0].text: \"text\" (the words after the value) is replaced by \"sentence\""
        ) == true, "\(problems)")
    }
  }
}
