import SeenTestSupport
import Testing

@testable import SeenKit

/// The parts of `seen combine` that decide what is shown: how reviews are named, which men are
/// taken as one, which records of a re-review chain are left out, and what counts as a
/// difference between reviews.
@Suite struct CombinedReviewTests {
  let content = TestContent.bundled

  private func record(_ json: String) throws -> ReviewRecord {
    try ReviewRecord.decode(Array(json.utf8), file: nil, content: content)
  }

  @Test func reviewsAreNamedByRoleAndDateNumberedWhereTheLabelsAreTheSame() throws {
    let records = [
      try record(
        #"{"id": "aaaa-0001", "role": "Health visitor", "date": "2026-10-20", "men": []}"#),
      try record(#"{"id": "aaaa-0002", "men": []}"#),
      try record(
        #"{"id": "aaaa-0003", "role": "Health visitor", "date": "2026-10-20", "men": []}"#),
      try record(#"{"id": "aaaa-0004", "role": "GP", "men": []}"#),
    ]
    let names = ReviewName.names(records)
    #expect(
      names.map(\.label) == [
        "Health visitor 2026-10-20 (1)", "Review 2", "Health visitor 2026-10-20 (2)", "GP",
      ])
    #expect(
      names.map(\.name) == [
        "the health visitor (2026-10-20) (1)", "review 2", "the health visitor (2026-10-20) (2)",
        "the GP",
      ])
  }

  /// Only a birth father with the same label in every review that lists one is assumed; a
  /// different label, or two birth fathers in one review, and nobody is.
  @Test func onlyABirthFatherWithTheSameLabelEverywhereIsAssumed() throws {
    let father = #"{"label": "Father", "relationship": "birth-father", "answers": {}}"#
    let dad = #"{"label": "Dad", "relationship": "birth-father", "answers": {}}"#
    let partner = #"{"label": "Partner", "relationship": "partner", "answers": {}}"#
    func review(_ id: String, _ men: String...) throws -> ReviewRecord {
      try record(#"{"id": "\#(id)", "case": "C-1", "men": [\#(men.joined(separator: ","))]}"#)
    }
    let same = ManMatching([
      try review("r-000001", father, partner), try review("r-000002", partner, father),
    ])
    #expect(same.orderedGroups.count == 3)
    #expect(same.orderedGroups[0].reason == .assumed)
    #expect(same.candidates().count == 1, "the two partners may be one man: asked, not assumed")
    let different = ManMatching([try review("r-000001", father), try review("r-000002", dad)])
    #expect(different.orderedGroups.count == 2)
    #expect(different.candidates().first?.matchArgument == "1:Father=2:Dad")
    let two = ManMatching([try review("r-000001", father, dad), try review("r-000002", father)])
    #expect(two.orderedGroups.allSatisfy { $0.reason == nil })
    let off = ManMatching(
      [try review("r-000001", father), try review("r-000002", father)], automatic: false)
    #expect(off.orderedGroups.count == 2)
  }

  /// The latest review of each chain is kept; reviews superseding each other in a circle are
  /// each kept.
  @Test func theLatestOfEachChainIsKept() throws {
    let first = try record(#"{"id": "one-0001", "men": []}"#)
    let second = try record(#"{"id": "two-0002", "supersedes": "one-0001", "men": []}"#)
    let third = try record(#"{"id": "three-0003", "supersedes": "two-0002", "men": []}"#)
    let other = try record(#"{"id": "other-0004", "men": []}"#)
    let chain = ReviewChains<String>.latest([third, other, first, second])
    #expect(chain.kept == [0, 1])
    #expect(chain.superseded.map(\.earlier) == [2, 3])
    let a = try record(#"{"id": "aaaa-0001", "supersedes": "bbbb-0002", "men": []}"#)
    let b = try record(#"{"id": "bbbb-0002", "supersedes": "aaaa-0001", "men": []}"#)
    #expect(ReviewChains<String>.latest([a, b]).kept == [0, 1])
  }

  /// Known: practice yes or partly, a finding present or absent, a condition yes. Not known:
  /// unanswered, unknown, no. Not applicable: neither.
  @Test func whatCountsAsKnowledge() {
    #expect(CombinedReview.knows(Answer(.partly), kind: .practice) == true)
    #expect(CombinedReview.knows(Answer(.no), kind: .practice) == false)
    #expect(CombinedReview.knows(Answer(.absent), kind: .knowledge) == true)
    #expect(CombinedReview.knows(Answer(.unknown), kind: .knowledge) == false)
    #expect(CombinedReview.knows(Answer(.yes), kind: .condition) == true)
    #expect(CombinedReview.knows(Answer(.no), kind: .condition) == false)
    #expect(CombinedReview.knows(nil, kind: .practice) == false)
    #expect(CombinedReview.knows(Answer(.na, reason: .movedAway), kind: .practice) == nil)
  }
}
