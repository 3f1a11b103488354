import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 15, acceptance 1, in the core: 300 reviews built with known answers
/// (`AcceptanceReviews`), read as seen reads them, summarised overall and by every split; each
/// per-review figure equals the one worked out from how the reviews were built.
@Suite struct SummaryAcceptanceTests {
  let content = TestContent.bundled

  /// The 300 reviews, read from their files' bytes (the copy left out: it is the CLI's to drop).
  private func records() throws -> [ReviewRecord] {
    try AcceptanceReviews.reviews.map { review in
      try ReviewRecord.decode(
        Array(AcceptanceReviews.json(review).utf8), file: review.fileName, content: content)
    }
  }

  private func figures(_ summary: TeamSummary) -> AcceptanceReviews.Figures {
    var figures = AcceptanceReviews.Figures()
    let counts = summary.perReview
    figures.reviews = counts.reviews
    figures.everyManSeen = ReviewFigure.everyManSeen.count(in: counts)
    figures.anyManUnseen = ReviewFigure.anyManUnseen.count(in: counts)
    figures.everyManDetailed = ReviewFigure.everyManDetailed.count(in: counts)
    figures.anyContactPlannedForSafety = ReviewFigure.anyContactPlannedForSafety.count(in: counts)
    figures.complete = ReviewFigure.complete.count(in: counts)
    figures.noManRecorded = ReviewFigure.noManRecorded.count(in: counts)
    figures.medianGaps = counts.medianGaps
    figures.men = summary.men
    figures.menSeen = summary.visibility[.seen] ?? 0
    return figures
  }

  @Test func theSetAnswersEveryItemOfTheBundledChecklist() {
    let items = AcceptanceReviews.checklistItems
    #expect(items.man.map(\.0) == content.checklist.filter { $0.scope == .man }.map(\.id))
    #expect(items.caseItems.map(\.0) == content.checklist.filter { $0.scope == .case }.map(\.id))
  }

  @Test func theOverallFiguresAreTheKnownOnes() throws {
    var summary = GroupedSummary()
    for record in try records() { summary.add(record, content: content) }
    let expected = AcceptanceReviews.overall
    #expect(figures(summary.overall) == expected)
    // The set is built to hold every figure, not a set of zeros.
    #expect(expected.reviews == 300)
    #expect(
      [
        expected.everyManSeen, expected.anyManUnseen, expected.everyManDetailed,
        expected.anyContactPlannedForSafety, expected.complete, expected.noManRecorded,
      ].allSatisfy { $0 > 0 })
  }

  @Test(arguments: [SummaryField.role, .quarter, .cohort])
  func everySplitsFiguresAreTheKnownOnes(field: SummaryField) throws {
    var summary = GroupedSummary(field: field)
    for record in try records().reversed() { summary.add(record, content: content) }
    let expected = AcceptanceReviews.groups { review in
      switch field {
      case .role: return review.canonicalRole
      case .quarter: return review.quarter
      default: return review.cohort
      }
    }
    #expect(summary.groupNames.count == expected.count)
    for (name, figuresExpected) in expected {
      let group = summary.groups[name ?? SummaryField.notRecorded] ?? TeamSummary()
      #expect(figures(group) == figuresExpected, "\(field) \(name ?? "(not recorded)")")
    }
  }

  @Test func eachRelationshipsFiguresAreTheKnownOnes() throws {
    var summary = GroupedSummary()
    for record in try records() { summary.add(record, content: content) }
    let expected = AcceptanceReviews.byRelationship
    #expect(expected.count == 4)
    for relationship in Relationship.allCases {
      let group = summary.overall.perReview.group(relationship)
      guard let known = expected[relationship.rawValue] else {
        #expect(group.reviews == 0, "\(relationship)")
        continue
      }
      #expect(group.reviews == known.reviews, "\(relationship)")
      #expect(group.everyManSeen == known.everyManSeen, "\(relationship)")
      #expect(group.anyManUnseen == known.anyManUnseen, "\(relationship)")
      #expect(group.everyManDetailed == known.everyManDetailed, "\(relationship)")
      #expect(
        group.anyContactPlannedForSafety == known.anyContactPlannedForSafety, "\(relationship)")
    }
  }

  /// The figures under the Panel's questions as seen counts them, in the expectation's type.
  private func panel(_ summary: TeamSummary) -> AcceptanceReviews.PanelFigures {
    let layout = TeamSummaryLayout(content: content, suppress: false).within(summary)
    return AcceptanceReviews.PanelFigures(
      reviews: summary.reviews,
      questions: layout.partnershipQuestions().map { _, _, question in
        var figures: [AcceptanceReviews.PanelFigure]?
        if case .figures = question.answer {
          figures = layout.values(question, summary).map { value in
            AcceptanceReviews.PanelFigure(
              kind: value.kind, id: value.id, relationship: value.relationship?.rawValue,
              answer: value.answer, levels: value.levels.map(\.rawValue), count: value.count,
              total: value.total, notAnswered: value.notAnswered, unit: value.unit)
          }
        }
        return AcceptanceReviews.PanelQuestion(
          challenge: question.challenge, index: question.index, figures: figures)
      })
  }

  /// Every figure under a question of 18.4, overall and in every group of every split (the
  /// JSON holds the Panel section for the whole set only; the text and JSON are checked through
  /// the command in `SummaryAcceptanceCLITests`).
  @Test(arguments: [nil, SummaryField.relationship, .role, .quarter, .cohort])
  func everyFigureUnderAPanelQuestionIsTheKnownOne(field: SummaryField?) throws {
    var summary = GroupedSummary(field: field)
    for record in try records().reversed() { summary.add(record, content: content) }
    let overall = AcceptanceReviews.panel(AcceptanceReviews.reviews)
    #expect(overall.questions.count == content.partnershipQuestions.count)
    #expect(sorted(panel(summary.overall)) == sorted(overall))
    guard let field else { return }
    let expected = AcceptanceReviews.groupsOfReviews(by: field.rawValue)
    #expect(summary.groupNames.count == expected.count)
    for (name, known) in expected {
      let group = summary.groups[name ?? SummaryField.notRecorded] ?? TeamSummary()
      #expect(
        sorted(panel(group))
          == sorted(AcceptanceReviews.panel(known.reviews, itemMen: known.itemMen)),
        "\(field) \(name ?? "(not recorded)")")
    }
  }

  /// In the content file's order of questions (the output's order is its challenges').
  private func sorted(_ figures: AcceptanceReviews.PanelFigures) -> AcceptanceReviews.PanelFigures {
    var figures = figures
    figures.questions.sort { ($0.challenge, $0.index) < ($1.challenge, $1.index) }
    return figures
  }
}
