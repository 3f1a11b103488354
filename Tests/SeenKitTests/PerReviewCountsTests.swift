import SeenTestSupport
import Testing

@testable import SeenKit

/// The per-review figures of a team summary, on reviews whose answers are known: every man seen,
/// at least one unseen, every man's picture detailed, complete, the median gaps, and the same for
/// each relationship to the baby.
@Suite struct PerReviewCountsTests {
  let content = TestContent.bundled

  /// A man with these items answered "yes" and every other man-level item left unanswered.
  private func man(
    _ label: String, _ relationship: Relationship, yes: [String], answers: [String: Answer] = [:]
  ) -> ManRecord {
    var all = answers
    for id in yes { all[id] = Answer(.yes) }
    return ManRecord(label: label, relationship: relationship, answers: all)
  }

  private var seenItems: [String] { Visibility.contactItems + Visibility.assessmentItems }
  private var detailedItems: [String] { ManPicture.items }

  private var everyCaseItem: [String: Answer] {
    Dictionary(
      uniqueKeysWithValues: content.index.casePositions.map {
        (content.checklist[$0].id, Answer(.yes))
      })
  }

  @Test func aPictureIsDetailedOnlyWithItsFiveItemsKnownAndNeverWhenContactIsPlannedForSafety() {
    #expect(ManPicture.of(man("F", .birthFather, yes: detailedItems)) == .detailed)
    for missing in detailedItems {
      let partial = man(
        "F", .birthFather, yes: detailedItems.filter { $0 != missing },
        answers: [missing: Answer(.partly)])
      #expect(ManPicture.of(partial) == .notDetailed, Comment(rawValue: missing))
    }
    let planned = man(
      "P", .partner, yes: detailedItems.filter { $0 != "contacted" },
      answers: ["contacted": Answer(.na, reason: .safety)])
    #expect(ManPicture.of(planned) == .contactPlannedForSafety)
  }

  /// Four reviews with known figures.
  private var reviews: [(ReviewRecord, gaps: Int)] {
    let both = Set(seenItems + detailedItems).sorted()
    return [
      // Every man seen and detailed, every case item answered: complete.
      (ReviewRecord(men: [man("Father", .birthFather, yes: both)], answers: everyCaseItem), 2),
      // The father seen but his views not known; the partner unseen.
      (
        ReviewRecord(men: [
          man("Father", .birthFather, yes: seenItems),
          man("Partner", .partner, yes: ["identified"]),
        ]), 9
      ),
      // No man recorded.
      (ReviewRecord(answers: everyCaseItem), 5),
      // The ex-partner's contact planned for safety; the birth father detailed but a case item
      // unanswered: not complete.
      (
        ReviewRecord(men: [
          man("Father", .birthFather, yes: both),
          man(
            "Ex", .exPartner, yes: ["identified"],
            answers: ["contacted": Answer(.na, reason: .safety)]),
        ]), 0
      ),
    ]
  }

  @Test func theFiguresOfKnownReviews() {
    var counts = PerReviewCounts()
    for (record, gaps) in reviews { counts.add(record, gaps: gaps, content: content) }
    #expect(counts.reviews == 4)
    #expect(counts.withoutMen == 1)
    #expect(counts.allMen.reviews == 3)
    #expect(counts.allMen.everyManSeen == 1)
    #expect(counts.allMen.anyManUnseen == 1)
    #expect(counts.allMen.everyManDetailed == 1)
    #expect(counts.allMen.anyContactPlannedForSafety == 1)
    #expect(counts.complete == 1)
    // Gaps 0, 2, 5, 9: the two middle ones are 2 and 5.
    #expect(counts.medianGaps == 3.5)

    let father = counts.group(.birthFather)
    #expect(father.reviews == 3)
    #expect(father.everyManSeen == 3, "seen in the second review too, though not in detail")
    #expect(father.everyManDetailed == 2)
    #expect(father.anyManUnseen == 0)
    #expect(counts.group(.partner).anyManUnseen == 1)
    #expect(counts.group(.exPartner).anyContactPlannedForSafety == 1)
    #expect(counts.group(.exPartner).everyManDetailed == 0)
    #expect(counts.group(.otherMaleCarer) == PerReviewCounts.Group())
  }

  @Test func mergingInAnyOrderGivesTheSameCounts() {
    var whole = PerReviewCounts()
    for (record, gaps) in reviews { whole.add(record, gaps: gaps, content: content) }
    var parts = reviews.map { review -> PerReviewCounts in
      var part = PerReviewCounts()
      part.add(review.0, gaps: review.gaps, content: content)
      return part
    }
    parts.reverse()
    var merged = PerReviewCounts()
    for part in parts { merged.merge(part) }
    #expect(merged == whole)
  }

  @Test func theMedianOfAnOddNumberIsTheMiddleReviewsAndNoneWithoutReviews() {
    #expect(PerReviewCounts().medianGaps == nil)
    var counts = PerReviewCounts()
    for gaps in [7, 1, 7, 3, 20] {
      counts.add(ReviewRecord(), gaps: gaps, content: content)
    }
    #expect(counts.medianGaps == 7)
  }
}

/// The summary counts a review's gaps without making its gap report; the count must be the
/// report's, and a copy taken back out must leave the figures as they were.
@Suite struct GapCountTests {
  let content = TestContent.bundled

  /// Records with every kind of answer, with and without notes and reasons, and with no man.
  private func generatedRecords(_ count: Int) -> [ReviewRecord] {
    var generator = SeededGenerator(state: 15)
    let values: [AnswerValue?] = [nil, .yes, .partly, .no, .unknown, .na, .present, .absent]
    let reasons: [NotApplicableReason?] = [nil, .safety, .movedAway, .deceased, .other]
    func answer() -> Answer? {
      guard let value = values.randomElement(using: &generator)! else { return nil }
      let note = Bool.random(using: &generator) ? "a note" : nil
      return Answer(value, note: note, reason: reasons.randomElement(using: &generator)!)
    }
    func answers(_ positions: [Int]) -> [String: Answer] {
      var answers: [String: Answer] = [:]
      for position in positions { answers[content.checklist[position].id] = answer() }
      return answers
    }
    return (0..<count).map { _ in
      let men = (0..<Int.random(in: 0...3, using: &generator)).map { index in
        ManRecord(
          label: "Man \(index)",
          relationship: Relationship.allCases.randomElement(using: &generator)!,
          answers: answers(content.index.manPositions))
      }
      return ReviewRecord(men: men, answers: answers(content.index.casePositions))
    }
  }

  @Test func theCountIsTheNumberOfGapsTheReportLists() throws {
    var records = try ["few-gaps", "unseen-father", "two-men", "safety-all-yes", "safety-refuge"]
      .map { try TestContent.example($0) }
    records += content.scenarios.map(\.record)
    records += generatedRecords(500)
    for (index, record) in records.enumerated() {
      #expect(
        GapAnalysis.gapCount(for: record, content: content)
          == GapAnalysis.report(for: record, content: content).gaps.count, "record \(index)")
    }
  }

  @Test func aReviewTakenBackOutLeavesTheFiguresAsTheyWere() {
    let records = generatedRecords(40)
    var before = TeamSummary()
    for record in records.dropLast() { before.add(record, content: content) }
    var after = before
    after.add(records.last!, content: content)
    #expect(after != before)
    after.add(records.last!, content: content, count: -1)
    #expect(after == before)
    #expect(after.perReview.medianGaps == before.perReview.medianGaps)
  }
}

@Suite struct ReviewFigureTests {
  @Test func eachFigureReadsItsOwnCount() {
    var counts = PerReviewCounts()
    counts.allMen = PerReviewCounts.Group(
      reviews: 20, everyManSeen: 1, anyManUnseen: 2, everyManDetailed: 3,
      anyContactPlannedForSafety: 4)
    counts.complete = 5
    counts.withoutMen = 6
    #expect(ReviewFigure.allCases.map { $0.count(in: counts) } == [1, 2, 3, 4, 5, 6])
    #expect(ReviewFigure.allCases.map { $0.count(in: counts.allMen) } == [1, 2, 3, 4, nil, nil])
    #expect(Set(ReviewFigure.allCases.map(\.words)).count == ReviewFigure.allCases.count)
  }
}
