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

    let father = counts.byRelationship[.birthFather]
    #expect(father?.reviews == 3)
    #expect(father?.everyManSeen == 3, "seen in the second review too, though not in detail")
    #expect(father?.everyManDetailed == 2)
    #expect(father?.anyManUnseen == 0)
    #expect(counts.byRelationship[.partner]?.anyManUnseen == 1)
    #expect(counts.byRelationship[.exPartner]?.anyContactPlannedForSafety == 1)
    #expect(counts.byRelationship[.exPartner]?.everyManDetailed == 0)
    #expect(counts.byRelationship[.otherMaleCarer] == nil)
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
