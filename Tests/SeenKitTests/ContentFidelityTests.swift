import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

/// Checks every piece of content against the section of the source it cites (`../shared/seeds`):
/// every quotation is found there after whitespace, hyphenation and quote-mark normalisation
/// only; every reference resolves to a section; and every number or number word in a text that
/// is not a quotation (a why, a next step, an explanation, a narrative, a note) appears in a
/// section that text cites. So a typo, a wrong citation or a figure that drifted fails CI.
///
/// CI has the seeds beside the checkout and sets `CI`; there a missing folder fails. Elsewhere (a
/// user's clone) the checks are skipped with the reason.
final class ContentFidelityTests: XCTestCase {
  let content = TestContent.bundled

  private func sections() throws -> SourceSections {
    if let sections = try SourceSections(content: content) { return sections }
    let reason =
      "the source texts are not beside this checkout (\(PackagePaths.seeds.path)); the fidelity checks need ../shared/seeds"
    if ProcessInfo.processInfo.environment["CI"] != nil {
      XCTFail("CI must have the seeds: \(reason)")
    }
    throw XCTSkip(reason)
  }

  // MARK: - Every reference resolves

  func testEveryReferenceResolvesToASectionOfItsDocument() throws {
    let sections = try sections()
    for (what, source) in Self.references(in: content) {
      XCTAssertNotNil(
        sections.texts(of: source), "\(what): \(source.document) has no section \(source.section)")
    }
  }

  // MARK: - Quotations

  func testEveryQuotationIsInTheSectionItCites() throws {
    let sections = try sections()
    for (what, quotation) in Self.quotations(in: content) {
      guard let texts = sections.texts(of: quotation.source) else { continue }  // reported above
      let section = SourceText.normalised(texts.joined(separator: " "))
      // "..." or "…" marks a cut: each part is the source's own words.
      let parts = quotation.text.replacingOccurrences(of: "…", with: "...")
        .components(separatedBy: "...").map(SourceText.normalised).filter { !$0.isEmpty }
      for part in parts {
        XCTAssert(
          section.contains(part),
          "\(what) is not verbatim in \(quotation.source.document), \(quotation.source.section): \(part)"
        )
      }
    }
  }

  // MARK: - Numbers

  func testEveryNumberInPlainTextIsInASectionItCites() throws {
    let sections = try sections()
    for (what, text, sources) in Self.plainTexts(in: content) {
      let numbers = SourceText.numbers(in: text)
      guard !numbers.isEmpty else { continue }
      let cited = sources.compactMap(sections.texts(of:)).flatMap { $0 }
      XCTAssertFalse(cited.isEmpty, "\(what) states \(numbers.sorted()) and cites nothing")
      let found = Set(cited.flatMap { SourceText.numbers(in: $0) })
      let missing = numbers.subtracting(found)
      XCTAssert(
        missing.isEmpty,
        "\(what): \(missing.sorted().joined(separator: ", ")) not in "
          + sources.map { "\($0.document) \($0.section)" }.joined(separator: "; ") + ": \(text)")
    }
  }

  /// A paragraph a text names in passing ("(8.2)", "12.10–12.11") is one it cites, so that the
  /// citation printed beside it covers it.
  func testEveryParagraphATextNamesIsOneItCites() throws {
    let sections = try sections()
    for (what, text, sources) in Self.plainTexts(in: content) {
      let cited = sources.filter { $0.document == Content.reviewDocument }
        .flatMap { SourceText.paragraphs(in: $0.section) }
      for paragraph in SourceText.paragraphReferences(in: text) {
        XCTAssertNotNil(
          sections.text(of: Content.reviewDocument, section: paragraph),
          "\(what) names \(paragraph), which is not a paragraph of the review")
        XCTAssert(
          cited.contains(paragraph),
          "\(what) names \(paragraph) but cites \(cited.joined(separator: ", ")): \(text)")
      }
    }
  }

  /// The checks above can fail: a changed word, a wrong paragraph and a changed figure are caught.
  func testTheChecksCatchAChangedQuotationCitationOrNumber() throws {
    let sections = try sections()
    let factor = try XCTUnwrap(content.riskFactors.first)
    let section = SourceText.normalised(
      try XCTUnwrap(sections.texts(of: factor.source)).joined(separator: " "))
    XCTAssert(section.contains(SourceText.normalised(factor.quote)))
    XCTAssertFalse(
      section.contains(
        SourceText.normalised(factor.quote.replacingOccurrences(of: "neglectful", with: "cruel"))))
    let elsewhere = SourceText.normalised(
      try XCTUnwrap(sections.text(of: "myth-of-invisible-men", section: "6.20")))
    XCTAssertFalse(elsewhere.contains(SourceText.normalised(factor.quote)))
    let cohort = try XCTUnwrap(sections.text(of: "myth-of-invisible-men", section: "5.2"))
    XCTAssert(SourceText.numbers(in: cohort).isSuperset(of: ["81", "11"]))
    XCTAssertFalse(SourceText.numbers(in: cohort).contains("82"))
    XCTAssertNil(sections.text(of: "myth-of-invisible-men", section: "99.1"))
    XCTAssertEqual(
      SourceText.paragraphReferences(in: "As 8.2 says (12.10–12.11), not v2.1; in 2021."),
      ["8.2", "12.10", "12.11"])
    XCTAssertEqual(SourceText.paragraphs(in: "8.1–8.3, 17"), ["8.1", "8.2", "8.3", "17"])
    XCTAssertEqual(
      SourceText.numbers(in: "Six of the 92 (64%), 1,001 babies; see 19.6."),
      ["6", "92", "64", "1001"])
    XCTAssertNil(sections.text(of: "bedfordshire-briefing", section: "Nowhere"))
  }

  // MARK: - What is checked

  /// Every reference in the content, with where it is.
  static func references(in content: Content) -> [(String, SourceReference)] {
    var references: [(String, SourceReference)] = quotations(in: content).map { ($0, $1.source) }
    references += plainTexts(in: content).flatMap { what, _, sources in sources.map { (what, $0) } }
    for scenario in content.scenarios {
      references += ([scenario.source] + scenario.alsoSee).map { ("scenario \(scenario.id)", $0) }
    }
    return references
  }

  /// Every verbatim text: questions, the closing line, risk factors' quotes, the notes on them,
  /// tiers' quotes and points, the challenges, figures' quotes, recommendations, scenarios'
  /// learning points.
  static func quotations(in content: Content) -> [(String, Quotation)] {
    var quotations: [(String, Quotation)] = []
    for question in content.questions {
      quotations.append(
        ("question \(question.id)", Quotation(text: question.text, source: question.source)))
    }
    quotations.append(("closing line", content.closing))
    for factor in content.riskFactors {
      quotations.append(
        ("risk factor \(factor.id)", Quotation(text: factor.quote, source: factor.source)))
    }
    quotations += [
      ("trigger", content.trigger), ("combination", content.combination),
      ("together", content.together),
    ]
    for (offset, note) in content.framing.enumerated() {
      quotations.append(("framing[\(offset)]", note.quotation))
    }
    let figure = SourceReference(document: Content.reviewDocument, section: "15.4")
    for tier in content.tiers {
      quotations.append(
        ("tier \(tier.number) quote", Quotation(text: tier.quote, source: tier.quoteSource)))
      for point in tier.points {
        quotations.append(("tier \(tier.number) point", Quotation(text: point, source: figure)))
      }
      for challenge in tier.challenges {
        for question in challenge.questions {
          quotations.append(
            ("challenge \(challenge.id)", Quotation(text: question, source: challenge.source)))
        }
      }
    }
    for figure in content.figures {
      quotations.append(
        ("figure \(figure.id)", Quotation(text: figure.quote, source: figure.source)))
    }
    for recommendation in content.recommendations {
      quotations.append(
        (
          "recommendation \(recommendation.id)",
          Quotation(text: recommendation.quote, source: recommendation.source)
        ))
    }
    for scenario in content.scenarios {
      for (offset, point) in scenario.learningPoints.enumerated() {
        quotations.append(("scenario \(scenario.id) learning point \(offset + 1)", point))
      }
    }
    return quotations
  }

  /// Every plain-English text that could state a number, with the sources it cites.
  static func plainTexts(in content: Content) -> [(String, String, [SourceReference])] {
    var texts: [(String, String, [SourceReference])] = []
    func advice(_ what: String, _ advice: SafeAdvice) {
      // Advice resting on guidance alone ("999 in an emergency") has no section to check against:
      // it names the guidance instead.
      guard !advice.sources.isEmpty else { return }
      texts.append((what, advice.advice, advice.sources))
      if let brief = advice.brief { texts.append((what + " brief", brief, advice.sources)) }
    }
    for factor in content.riskFactors {
      texts.append(("risk factor \(factor.id) title", factor.title, factor.explanationSources))
      texts.append(
        ("risk factor \(factor.id) explanation", factor.explanation, factor.explanationSources))
    }
    for (offset, note) in content.framing.enumerated() {
      texts.append(("framing[\(offset)] brief", note.brief, [note.quotation.source]))
    }
    for tier in content.tiers {
      texts.append(("tier \(tier.number) summary", tier.summary, tier.sources))
    }
    for figure in content.figures {
      texts.append(("figure \(figure.id)", figure.sentence, [figure.source]))
    }
    for item in content.checklist {
      let what = "checklist \(item.id)"
      for (field, text) in [
        ("prompt", item.prompt), ("promptNotFather", item.promptNotFather ?? ""),
        ("why", item.why), ("next", item.next), ("brief", item.brief),
      ] {
        texts.append(("\(what) \(field)", text, item.sources))
      }
      if let safe = item.safeNext { advice("\(what) safeNext", safe) }
    }
    for recommendation in content.recommendations {
      texts.append(
        ("recommendation \(recommendation.id) title", recommendation.title, [recommendation.source])
      )
    }
    let safety = content.safety
    for (name, entry) in [
      ("plannedForSafety", safety.plannedForSafety), ("notForTheFamily", safety.notForTheFamily),
      ("stillCurrent", safety.stillCurrent), ("immediateDanger", safety.immediateDanger),
      ("fearNow", safety.fearNow),
    ] {
      advice("safety \(name)", entry)
    }
    for (offset, entry) in safety.points.enumerated() { advice("safety points[\(offset)]", entry) }
    for (offset, entry) in safety.concernRoute.enumerated() {
      advice("safety concernRoute[\(offset)]", entry)
    }
    for scenario in content.scenarios {
      let sources = [scenario.source] + scenario.alsoSee
      for (offset, paragraph) in scenario.narrative.enumerated() {
        texts.append(("scenario \(scenario.id) narrative[\(offset)]", paragraph, sources))
      }
      for man in scenario.record.men {
        for (id, answer) in man.answers {
          guard let note = answer.note else { continue }
          texts.append(("scenario \(scenario.id) \(man.label) \(id) note", note, sources))
        }
      }
      for (id, answer) in scenario.record.answers {
        guard let note = answer.note else { continue }
        texts.append(("scenario \(scenario.id) case \(id) note", note, sources))
      }
    }
    return texts
  }
}

/// How the source texts and the content are compared.
enum SourceText {
  /// Folds what the text extraction changed: line breaks and runs of spaces, a hyphen broken at
  /// a line end, curly quotes, dashes, case.
  static func normalised(_ text: String) -> String {
    var result = ""
    var space = false
    for character in text.lowercased() {
      if character.isWhitespace {
        space = true
        continue
      }
      // "multi-\nagency" and "multi- agency" are "multi-agency".
      if space && !result.isEmpty && result.last != "-" { result.append(" ") }
      space = false
      switch character {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": result.append("'")
      case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": result.append("\"")
      case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}": result.append("-")
      default: result.append(character)
      }
    }
    return result
  }

  /// "8.1–8.2" is 8.1 and 8.2; "17" is every paragraph of chapter 17, named as "17".
  static func paragraphs(in section: String) -> [String] {
    section.split(separator: ",").flatMap { part -> [String] in
      let ends = part.split(whereSeparator: { $0 == "–" || $0 == "-" }).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard ends.count == 2, let first = ends.first, let last = ends.last,
        let chapter = first.split(separator: ".").first,
        last.hasPrefix(chapter + "."),
        let from = Int(first.split(separator: ".").last ?? ""),
        let to = Int(last.split(separator: ".").last ?? ""), from <= to
      else { return ends }
      return (from...to).map { "\(chapter).\($0)" }
    }
  }

  /// The paragraph numbers a text names: "(8.2)", "8.1–8.2 and 12.10–12.11".
  static func paragraphReferences(in text: String) -> [String] {
    var references: [String] = []
    var token = ""
    var previous: Character = " "
    func flush() {
      let parts = token.split(separator: ".", omittingEmptySubsequences: false)
      if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
        references.append(token)
      }
      token = ""
    }
    for character in text + " " {
      if character.isNumber || (character == "." && !token.isEmpty && !token.contains(".")) {
        if token.isEmpty && (previous.isLetter || previous.isNumber) {
          previous = character
          continue
        }
        token.append(character)
      } else {
        if token.hasSuffix(".") { token.removeLast() }
        flush()
      }
      previous = character
    }
    // "8.1–8.2" names both ends; a range between them is named by its ends only.
    return references
  }

  private static let words: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "half": 50,
  ]

  /// The numbers a text states, as digits: "six" and "6" are "6", "64%" is "64", "1,001" is
  /// "1001". A paragraph reference ("8.2", "6.12–6.13") is a citation, not a number. "One" as a
  /// pronoun ("no one", "one of") is still counted: write around it or cite where it comes from.
  static func numbers(in text: String) -> Set<String> {
    var numbers = Set<String>()
    var token = ""
    func flush() {
      defer { token = "" }
      guard !token.isEmpty else { return }
      if let value = words[token] {
        numbers.insert(String(value))
        return
      }
      let digits = token.replacingOccurrences(of: ",", with: "")
      guard let first = digits.first, first.isNumber else { return }
      // 19.6 is a paragraph of the review, 20.1 too; a figure with a decimal point is not
      // something the content states.
      if digits.contains(".") { return }
      numbers.insert(String(digits.prefix(while: \.isNumber)))
    }
    let characters = Array(text.lowercased())
    for (index, character) in characters.enumerated() {
      if character.isLetter || character.isNumber {
        token.append(character)
      } else if character == "." || character == ",", token.first?.isNumber == true,
        index + 1 < characters.count, characters[index + 1].isNumber
      {
        token.append(character)
      } else {
        flush()
      }
    }
    flush()
    return numbers
  }
}
