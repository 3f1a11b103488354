import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

/// Checks the verbatim content against the source documents in ../shared/seeds, so that a typo in
/// a quotation fails CI. The folder sits beside the checkout in CI and on developers' machines;
/// in a user's clone it is absent and these tests say they were skipped, and why.
final class SourceTextTests: XCTestCase {
  let content = TestContent.bundled

  private func seeds() throws -> [String: String] {
    let folder = PackagePaths.seeds
    guard FileManager.default.fileExists(atPath: folder.path) else {
      throw XCTSkip(
        "the source texts are not beside this checkout (\(folder.path)); verbatim checks need ../shared/seeds"
      )
    }
    var texts: [String: String] = [:]
    for document in content.documents {
      let url = folder.appendingPathComponent(document.seed)
      texts[document.id] = Self.normalised(try String(contentsOf: url, encoding: .utf8))
    }
    return texts
  }

  /// Folds what the text extraction changed: line breaks and runs of spaces, curly quotes, dashes, case.
  static func normalised(_ text: String) -> String {
    var result = ""
    var space = false
    for character in text.lowercased() {
      if character.isWhitespace {
        space = true
        continue
      }
      if space && !result.isEmpty { result.append(" ") }
      space = false
      switch character {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": result.append("'")
      case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": result.append("\"")
      case "\u{2013}", "\u{2014}", "\u{2212}": result.append("-")
      default: result.append(character)
      }
    }
    return result
  }

  private func assertQuoted(
    _ text: String, in source: SourceReference, _ seeds: [String: String], _ what: String,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    guard let seed = seeds[source.document] else {
      return XCTFail("\(what): no source text for \(source.document)", file: file, line: line)
    }
    XCTAssert(
      seed.contains(Self.normalised(text)),
      "\(what) is not verbatim in \(source.document): \(text)", file: file, line: line)
  }

  func testQuestionsAndClosingLineAreVerbatim() throws {
    let seeds = try seeds()
    for question in content.questions {
      assertQuoted(question.text, in: question.source, seeds, "question \(question.id)")
    }
    assertQuoted(content.closing.text, in: content.closing.source, seeds, "closing line")
  }

  func testRiskFactorQuotesAreVerbatim() throws {
    let seeds = try seeds()
    for factor in content.riskFactors {
      assertQuoted(factor.quote, in: factor.source, seeds, "risk factor \(factor.id)")
    }
    for (name, note) in [
      ("trigger", content.trigger), ("combination", content.combination),
      ("together", content.together),
    ] {
      assertQuoted(note.text, in: note.source, seeds, name)
    }
    for (offset, note) in content.framing.enumerated() {
      assertQuoted(note.quotation.text, in: note.quotation.source, seeds, "framing[\(offset)]")
    }
  }

  func testTierQuotesAndChallengeQuestionsAreVerbatim() throws {
    let seeds = try seeds()
    for tier in content.tiers {
      assertQuoted(tier.quote, in: tier.quoteSource, seeds, "tier \(tier.number)")
      for point in tier.points {
        assertQuoted(
          point, in: SourceReference(document: "myth-of-invisible-men", section: "15.4"), seeds,
          "tier \(tier.number) point")
      }
      for challenge in tier.challenges {
        for question in challenge.questions {
          assertQuoted(question, in: challenge.source, seeds, "challenge \(challenge.id)")
        }
      }
    }
  }

  func testFigureQuotesAreVerbatimAndCarryTheirValue() throws {
    let seeds = try seeds()
    let words = ["8": "eight"]
    for figure in content.figures {
      assertQuoted(figure.quote, in: figure.source, seeds, "figure \(figure.id)")
      let quote = figure.quote.lowercased()
      XCTAssert(
        quote.contains(figure.value.lowercased())
          || words[figure.value].map(quote.contains) == true,
        "figure \(figure.id): the quote does not state \(figure.value)")
    }
  }

  /// A numbered section of the review ("19.6") must exist as a paragraph of it ("19.6.").
  func testNumberedSectionsOfTheReviewExist() throws {
    let seeds = try seeds()
    guard let review = seeds["myth-of-invisible-men"] else { return XCTFail("no review text") }
    var sources =
      content.checklist.map(\.source) + content.riskFactors.map(\.source)
      + content.figures.map(\.source)
    sources += content.tiers.flatMap { [$0.source] + $0.challenges.map(\.source) }
    sources += [content.trigger.source, content.combination.source, content.together.source]
    sources += content.framing.map(\.quotation.source)
    let safety = content.safety
    let advice =
      content.checklist.compactMap(\.safeNext) + safety.points + safety.concernRoute
      + [safety.plannedForSafety, safety.immediateDanger, safety.fearNow]
    sources += advice.compactMap(\.source)
    for source in sources where source.document == "myth-of-invisible-men" {
      let section = source.section
      guard section.first?.isNumber == true else { continue }
      // "17.2, 15.3" lists paragraphs; "6.12–6.13" is a range of two that must both exist.
      let paragraphs = section.split(whereSeparator: { $0 == "–" || $0 == "," }).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      for paragraph in paragraphs where paragraph.contains(".") {
        XCTAssert(
          review.contains(" \(paragraph). ") || review.hasPrefix("\(paragraph). "),
          "section \(paragraph) not found in the review")
      }
    }
  }
}
