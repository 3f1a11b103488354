import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Checks every piece of content against the section of the source it cites (`../shared/seeds`):
/// every quotation is found there after whitespace, hyphenation and quote-mark normalisation
/// only; every reference resolves to a section; and every number or number word in a text that
/// is not a quotation (a why, a next step, an explanation, a narrative, a note) appears in a
/// section that text cites. So a typo, a wrong citation or a figure that drifted fails CI.
///
/// CI has the seeds beside the checkout and sets `CI`; there a missing folder fails. Elsewhere (a
/// user's clone) the checks are skipped with the reason.
@Suite struct ContentFidelityTests {
  let content = TestContent.bundled

  /// The seeds, read and divided into sections once for all the tests.
  private static let loadedSections = Result { try SourceSections(content: TestContent.bundled) }

  /// Why the checks that read the seeds are skipped outside CI when the seeds are missing.
  static let skipReason: Comment =
    "the source texts are not beside this checkout (\(PackagePaths.seeds.path)); the fidelity checks need ../shared/seeds"

  /// The checks that read the seeds run when the seeds are here, or when `CI` is set: there a
  /// missing folder fails. Elsewhere they are skipped with `skipReason`.
  static var seedChecksRun: Bool {
    if ProcessInfo.processInfo.environment["CI"] != nil { return true }
    if case .success(nil) = loadedSections { return false }
    return true
  }

  /// The sections, or nil after recording a failure: only CI runs these checks without the seeds.
  private func sections() throws -> SourceSections? {
    if let sections = try Self.loadedSections.get() { return sections }
    Issue.record("CI must have the seeds: \(Self.skipReason.rawValue)")
    return nil
  }

  // MARK: - Every reference resolves

  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func everyReferenceResolvesToASectionOfItsDocument() throws {
    guard let sections = try sections() else { return }
    for (what, source) in Self.references(in: content) {
      #expect(
        sections.texts(of: source) != nil,
        "\(what): \(source.document) has no section \(source.section)")
    }
  }

  // MARK: - Quotations

  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func everyQuotationIsInTheSectionItCites() throws {
    guard let sections = try sections() else { return }
    for (what, quotation) in Self.quotations(in: content) {
      guard let texts = sections.texts(of: quotation.source) else { continue }  // reported above
      // The four tier model's figure labels its tiers with single words.
      let minimum = what.hasSuffix(" point") ? 1 : 2
      if let problem = SourceText.problem(
        quoting: quotation.text, in: texts.joined(separator: " "), minimumWords: minimum)
      {
        Issue.record(
          Comment(
            rawValue:
              "\(what) is not verbatim in \(quotation.source.document), \(quotation.source.section): "
              + problem))
      }
    }
  }

  /// Words a plain-English text puts in quotation marks ("a tendency", 'not known by other
  /// professionals') are the source's own, in a section the text cites.
  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func everyPassageAPlainTextQuotesIsInASectionItCites() throws {
    guard let sections = try sections() else { return }
    for (what, text, sources) in Self.plainTexts(in: content) {
      let cited = sources.compactMap(sections.texts(of:)).flatMap { $0 }.joined(separator: " ")
      for passage in SourceText.quotedPassages(in: text) {
        if let problem = SourceText.problem(quoting: passage, in: cited) {
          Issue.record("\(what) quotes words that are not in what it cites: \(problem)")
        }
      }
    }
  }

  /// A figure's sentence gives the numbers of its quotation in the quotation's order, so that
  /// "81 with their birth father and 11 with unrelated men" cannot become the other way round.
  @Test func everyFigureKeepsTheOrderOfItsQuotationsNumbers() {
    for figure in content.figures {
      let quoted = SourceText.orderedNumbers(in: figure.quote)
      let stated = SourceText.orderedNumbers(in: figure.sentence).filter(quoted.contains)
      let expected = quoted.filter(stated.contains)
      #expect(
        stated.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
          == expected.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } },
        "figure \(figure.id): its sentence gives the quotation's numbers in another order")
    }
  }

  // MARK: - Numbers

  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func everyNumberInPlainTextIsInASectionItCites() throws {
    guard let sections = try sections() else { return }
    for (what, text, sources) in Self.plainTexts(in: content) {
      let numbers = SourceText.numbers(in: text)
      guard !numbers.isEmpty else { continue }
      let cited = sources.compactMap(sections.texts(of:)).flatMap { $0 }
      #expect(!cited.isEmpty, "\(what) states \(numbers.sorted()) and cites nothing")
      let found = Set(cited.flatMap { SourceText.numbers(in: $0) })
      let missing = numbers.subtracting(found)
      #expect(
        missing.isEmpty,
        Comment(
          rawValue: "\(what): \(missing.sorted().joined(separator: ", ")) not in "
            + sources.map { "\($0.document) \($0.section)" }.joined(separator: "; ") + ": \(text)"))
    }
  }

  /// A paragraph a text names in passing ("(8.2)", "12.10–12.11") is one it cites, so that the
  /// citation printed beside it covers it.
  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func everyParagraphATextNamesIsOneItCites() throws {
    guard let sections = try sections() else { return }
    for (what, text, sources) in Self.plainTexts(in: content) {
      let cited = sources.filter { $0.document == Content.reviewDocument }
        .flatMap { SourceText.paragraphs(in: $0.section) }
      for paragraph in SourceText.paragraphReferences(in: text) {
        #expect(
          sections.text(of: Content.reviewDocument, section: paragraph) != nil,
          "\(what) names \(paragraph), which is not a paragraph of the review")
        // A cited chapter ("17") covers its paragraphs.
        let chapter = String(paragraph.prefix { $0 != "." })
        #expect(
          cited.contains(paragraph) || cited.contains(chapter),
          "\(what) names \(paragraph) but cites \(cited.joined(separator: ", ")): \(text)")
      }
    }
  }

  /// The checks above can fail: a changed word, a wrong paragraph and a changed figure are caught.
  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func theChecksCatchAChangedQuotationCitationOrNumber() throws {
    guard let sections = try sections() else { return }
    let factor = try #require(content.riskFactors.first)
    let section = SourceText.normalised(
      try #require(sections.texts(of: factor.source)).joined(separator: " "))
    #expect(section.contains(SourceText.normalised(factor.quote)))
    #expect(
      !section.contains(
        SourceText.normalised(factor.quote.replacingOccurrences(of: "neglectful", with: "cruel"))))
    let elsewhere = SourceText.normalised(
      try #require(sections.text(of: "myth-of-invisible-men", section: "6.20")))
    #expect(!elsewhere.contains(SourceText.normalised(factor.quote)))
    let cohort = try #require(sections.text(of: "myth-of-invisible-men", section: "5.2"))
    #expect(SourceText.numbers(in: cohort).isSuperset(of: ["81", "11"]))
    #expect(!SourceText.numbers(in: cohort).contains("82"))
    #expect(sections.text(of: "myth-of-invisible-men", section: "99.1") == nil)
    #expect(
      SourceText.paragraphReferences(in: "As 8.2 says (12.10–12.12), not v2.1; in 2021.") == [
        "8.2", "12.10", "12.11", "12.12",
      ])
    #expect(SourceText.paragraphs(in: "8.1–8.3, 17") == ["8.1", "8.2", "8.3", "17"])
    // Ranges stay inside a chapter; a chapter range is not a section.
    #expect(sections.text(of: "myth-of-invisible-men", section: "5.1–19.6") == nil)
    #expect(sections.text(of: "myth-of-invisible-men", section: "1–20") == nil)
    #expect(sections.text(of: "bedfordshire-briefing", section: "Key information") != nil)
    // Cuts: in order, whole words, three words a part, never dropping a negation.
    let review = try #require(sections.text(of: "myth-of-invisible-men", section: "7.13"))
    #expect(
      SourceText.problem(
        quoting: "Domestic abuse, mental ill health and substance misuse were significant factors "
          + "... they do not have a direct causal relationship", in: review) == nil)
    for forged in [
      "...", "", "However, they do ... have a direct causal relationship",
      "they do not have a direct causal relationship ... Domestic abuse, mental ill health",
      "omestic abuse, mental ill health",
    ] {
      #expect(SourceText.problem(quoting: forged, in: review) != nil, Comment(rawValue: forged))
    }
    #expect(
      SourceText.quotedPassages(
        in: "the mother's view; 'not known by other professionals' and “a tendency for others”")
        == ["not known by other professionals", "a tendency for others"])
    #expect(
      SourceText.numbers(in: "Six of the 92 (64%), 1,001 babies; see 19.6.") == [
        "6", "92", "64%", "1001",
      ])
    #expect(
      SourceText.numbers(in: "sixty-eight per cent, twice, a dozen, the third, ninety") == [
        "68%", "2", "12", "3", "90",
      ])
    #expect(sections.text(of: "bedfordshire-briefing", section: "Nowhere") == nil)
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
    quotations.append(("combine finding", content.safety.combine.finding))
    quotations.append(("combine keyFactor", content.safety.combine.keyFactor))
    quotations.append(("combine failureToSeek", content.safety.combine.failureToSeek))
    quotations.append(("combine seeking", content.safety.combine.seeking))
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
    for tier in content.tiers {
      for challenge in tier.challenges {
        texts.append(("challenge \(challenge.id) title", challenge.title, [challenge.source]))
      }
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
        ("title", item.title), ("prompt", item.prompt),
        ("promptNotFather", item.promptNotFather ?? ""),
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
      texts.append(
        (
          "recommendation \(recommendation.id) for", recommendation.addressedTo,
          [recommendation.source]
        )
      )
    }
    let safety = content.safety
    for (name, entry) in [
      ("plannedForSafety", safety.plannedForSafety), ("notForTheFamily", safety.notForTheFamily),
      ("stillCurrent", safety.stillCurrent), ("immediateDanger", safety.immediateDanger),
      ("fearNow", safety.fearNow), ("combine.next", safety.combine.next),
      ("combine.share", safety.combine.share),
      ("combine.shareSensitive", safety.combine.shareSensitive),
    ] {
      advice("safety \(name)", entry)
    }
    for (offset, entry) in safety.points.enumerated() { advice("safety points[\(offset)]", entry) }
    for (offset, entry) in safety.concernRoute.enumerated() {
      advice("safety concernRoute[\(offset)]", entry)
    }
    for scenario in content.scenarios {
      let sources = [scenario.source] + scenario.alsoSee
      texts.append(("scenario \(scenario.id) title", scenario.title, sources))
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
