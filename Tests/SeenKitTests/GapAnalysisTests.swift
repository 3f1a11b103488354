import XCTest

@testable import SeenKit

final class GapAnalysisTests: XCTestCase {
  let content = TestContent.bundled

  private func man(_ answers: [String: AnswerValue], label: String = "Father") -> ManRecord {
    ManRecord(label: label, answers: answers.mapValues { Answer($0) })
  }

  private func report(_ men: [ManRecord], answers: [String: Answer] = [:]) -> GapReport {
    GapAnalysis.report(for: ReviewRecord(men: men, answers: answers), content: content)
  }

  private func allYes() -> [String: AnswerValue] {
    Dictionary(
      uniqueKeysWithValues: content.items(scope: .man, kind: .practice).map {
        ($0.id, AnswerValue.yes)
      })
  }

  // MARK: Visibility

  func testUnseenWhenNotBothIdentifiedAndContacted() {
    XCTAssertEqual(Visibility.of(man([:])), .unseen)
    XCTAssertEqual(Visibility.of(man(["identified": .yes])), .unseen)
    XCTAssertEqual(Visibility.of(man(["identified": .yes, "contacted": .partly])), .unseen)
    XCTAssertEqual(Visibility.of(man(["contacted": .yes, "identified": .na])), .unseen)
    // Everything else done does not make up for never having contacted him.
    var answers = allYes()
    answers["contacted"] = .no
    XCTAssertEqual(Visibility.of(man(answers)), .unseen)
  }

  func testPartlySeenWhenContactedButNotAllFourExplored() {
    let contacted: [String: AnswerValue] = ["identified": .yes, "contacted": .yes]
    XCTAssertEqual(Visibility.of(man(contacted)), .partlySeen)
    for missing in Visibility.assessmentItems {
      var answers = contacted
      for id in Visibility.assessmentItems where id != missing { answers[id] = .yes }
      answers[missing] = .partly
      XCTAssertEqual(Visibility.of(man(answers)), .partlySeen, missing)
      answers[missing] = .na
      XCTAssertEqual(Visibility.of(man(answers)), .partlySeen, "\(missing) na")
    }
  }

  func testSeenWhenIdentifiedContactedAndAllFourExplored() {
    var answers: [String: AnswerValue] = ["identified": .yes, "contacted": .yes]
    for id in Visibility.assessmentItems { answers[id] = .yes }
    XCTAssertEqual(Visibility.of(man(answers)), .seen)
  }

  // MARK: Gaps

  func testEveryAnswerButYesIsAGap() {
    for value in [AnswerValue.no, .partly, .unknown] {
      let result = report([man(["contacted": value])])
      let gap = result.gaps.first { $0.item.id == "contacted" }
      XCTAssertEqual(gap?.kind, .notYetDone, "\(value)")
      XCTAssertEqual(gap?.answer?.value, value)
    }
    let result = report([man(["contacted": .yes])])
    XCTAssertFalse(result.gaps.contains { $0.item.id == "contacted" })
    XCTAssert(result.inPlace.contains { $0.item.id == "contacted" && $0.man == "Father" })
  }

  func testMissingAnswerIsAGap() {
    let gap = report([man([:])]).gaps.first { $0.item.id == "history" }
    XCTAssertEqual(gap?.kind, .notYetDone)
    XCTAssertNil(gap?.answer)
  }

  func testNotApplicableNeedsAReason() {
    let without = report([ManRecord(label: "Father", answers: ["plan": Answer(.na)])])
    XCTAssertEqual(without.gaps.first { $0.item.id == "plan" }?.kind, .notApplicableWithoutReason)
    let blankNote = report([ManRecord(label: "Father", answers: ["plan": Answer(.na, note: "   ")])]
    )
    XCTAssertEqual(blankNote.gaps.first { $0.item.id == "plan" }?.kind, .notApplicableWithoutReason)
    let with = report([
      ManRecord(
        label: "Father", answers: ["plan": Answer(.na, note: "Baby placed with grandparents")])
    ])
    XCTAssertFalse(with.gaps.contains { $0.item.id == "plan" })
    XCTAssert(
      with.inPlace.contains {
        $0.item.id == "plan" && $0.answer.note == "Baby placed with grandparents"
      })
  }

  func testCaseLevelItemsAreAskedOnceWithNoMan() {
    let result = report(
      [man([:]), man([:], label: "Partner")], answers: ["supervision": Answer(.no)])
    let supervision = result.gaps.filter { $0.item.id == "supervision" }
    XCTAssertEqual(supervision.count, 1)
    XCTAssertNil(supervision.first?.man)
    XCTAssertEqual(
      result.gaps.filter { $0.item.id == "contacted" }.map(\.man), ["Father", "Partner"])
  }

  func testNoMenStillReportsTheCaseLevelGaps() {
    let result = report([])
    XCTAssert(result.men.isEmpty)
    XCTAssertEqual(Set(result.gaps.map(\.item.id)), Set(content.items(scope: .case).map(\.id)))
    let text = GapReportRenderer(content: content).render(result, as: .text)
    XCTAssert(text.contains("No father or male carer is recorded in this review."))
  }

  func testGapsAreInAskingOrderEachManThenTheCase() {
    let result = report([man([:]), man([:], label: "Partner")])
    let order = content.checklist.map(\.id)
    XCTAssertEqual(
      result.gaps.map(\.man),
      Array(repeating: "Father", count: 22)
        + Array(repeating: "Partner", count: 22) + Array(repeating: nil, count: 7))
    for who in ["Father", "Partner", nil] as [String?] {
      let asked = result.gaps.filter { $0.man == who }.map(\.item.id)
      XCTAssertEqual(asked, order.filter(asked.contains), who ?? "case")
    }
  }

  func testAFullyAnsweredReviewHasNoGaps() {
    var answers = allYes()
    for item in content.items(scope: .man, kind: .knowledge) { answers[item.id] = .absent }
    for item in content.items(scope: .man, kind: .condition) { answers[item.id] = .no }
    let caseAnswers = Dictionary(
      uniqueKeysWithValues: content.items(scope: .case).map {
        ($0.id, Answer($0.kind == .condition ? .no : .yes))
      })
    let result = report([man(answers)], answers: caseAnswers)
    XCTAssertEqual(result.gaps, [])
    XCTAssertFalse(result.hasGaps)
    XCTAssertEqual(result.men.first?.visibility, .seen)
  }

  // MARK: Risk factors

  func testRiskFactorsAreKnownPresentAbsentOrNotKnown() {
    let result = report([
      ManRecord(
        label: "Father",
        answers: [
          "substance-misuse": Answer(.present, note: "cannabis daily"),
          "young-parent": Answer(.absent),
          "impulsivity": Answer(.unknown),
        ])
    ])
    let statuses = Dictionary(
      uniqueKeysWithValues: result.men[0].riskFactors.map { ($0.factor.id, $0) })
    XCTAssertEqual(statuses["substance-misuse"]?.status, .present)
    XCTAssertEqual(statuses["substance-misuse"]?.note, "cannabis daily")
    XCTAssertEqual(statuses["young-parent"]?.status, .absent)
    XCTAssertEqual(statuses["impulsivity"]?.status, .notKnown)
    XCTAssertEqual(statuses["violence-control"]?.status, .notKnown)
    let knowledgeGaps = result.gaps.filter { $0.kind == .notKnown }.map(\.item.id)
    // Every knowledge item and condition not known is a gap: the risk factors, abuse done to
    // him, and whether contact must be planned for safety (and, for the case, fear).
    let askedAbout = content.checklist.filter { $0.kind != .practice }.map(\.id)
    XCTAssertEqual(
      Set(knowledgeGaps), Set(askedAbout).subtracting(["substance-misuse", "young-parent"]))
    XCTAssert(
      result.gaps.filter { $0.kind == .notKnown && $0.item.kind == .knowledge }.allSatisfy {
        $0.item.tier == 1
      })
  }

  func testCombinationNoteOnlyWithTwoOrMoreKnownPresent() {
    let one = report([man(["substance-misuse": .present])])
    XCTAssertFalse(one.men[0].combinationApplies)
    // Only the factors the review lists in 19.3 combine; mental ill health is not one of them.
    let notInTheReviewsList = report([
      man(["substance-misuse": .present, "mental-ill-health": .present])
    ])
    XCTAssertFalse(notInTheReviewsList.men[0].combinationApplies)
    let two = report([man(["substance-misuse": .present, "impulsivity": .present])])
    XCTAssertTrue(two.men[0].combinationApplies)
    let full = GapReportRenderer(content: content, detail: .full).render(two, as: .text)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssert(full.contains("no one particular"), "points to 19.6")
    let brief = GapReportRenderer(content: content).render(two, as: .text)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssert(brief.contains("More than one of the review's factors"))
    XCTAssert(brief.contains("weigh them together (19.6)"))
    XCTAssertFalse(
      GapReportRenderer(content: content).render(one, as: .text).contains(
        "More than one of the review's factors"))
  }

  func testNothingInTheReportScoresAMan() {
    let result = report([
      man([
        "substance-misuse": .present, "mental-ill-health": .present, "violence-control": .present,
      ])
    ])
    for format in GapReportRenderer.formats {
      let output = GapReportRenderer(content: content).render(result, as: format).lowercased()
      for word in ["score", "risk level", "dangerous", "high risk", "rating"] {
        XCTAssertFalse(output.contains(word), "\(format): \(word)")
      }
    }
  }
}
