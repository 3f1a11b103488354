import Testing

@testable import SeenKit

@Suite struct GapAnalysisTests {
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

  @Test func unseenWhenNotBothIdentifiedAndContacted() {
    #expect(Visibility.of(man([:])) == .unseen)
    #expect(Visibility.of(man(["identified": .yes])) == .unseen)
    #expect(Visibility.of(man(["identified": .yes, "contacted": .partly])) == .unseen)
    #expect(Visibility.of(man(["contacted": .yes, "identified": .na])) == .unseen)
    // Everything else done does not make up for never having contacted him.
    var answers = allYes()
    answers["contacted"] = .no
    #expect(Visibility.of(man(answers)) == .unseen)
  }

  @Test func partlySeenWhenContactedButNotAllFourExplored() {
    let contacted: [String: AnswerValue] = ["identified": .yes, "contacted": .yes]
    #expect(Visibility.of(man(contacted)) == .partlySeen)
    for missing in Visibility.assessmentItems {
      var answers = contacted
      for id in Visibility.assessmentItems where id != missing { answers[id] = .yes }
      answers[missing] = .partly
      #expect(Visibility.of(man(answers)) == .partlySeen, Comment(rawValue: missing))
      answers[missing] = .na
      #expect(Visibility.of(man(answers)) == .partlySeen, "\(missing) na")
    }
  }

  @Test func seenWhenIdentifiedContactedAndAllFourExplored() {
    var answers: [String: AnswerValue] = ["identified": .yes, "contacted": .yes]
    for id in Visibility.assessmentItems { answers[id] = .yes }
    #expect(Visibility.of(man(answers)) == .seen)
  }

  // MARK: Gaps

  @Test func everyAnswerButYesIsAGap() {
    for value in [AnswerValue.no, .partly, .unknown] {
      let result = report([man(["contacted": value])])
      let gap = result.gaps.first { $0.item.id == "contacted" }
      #expect(gap?.kind == .notYetDone, "\(value)")
      #expect(gap?.answer?.value == value)
    }
    let result = report([man(["contacted": .yes])])
    #expect(!(result.gaps.contains { $0.item.id == "contacted" }))
    #expect(result.inPlace.contains { $0.item.id == "contacted" && $0.man == "Father" })
  }

  @Test func missingAnswerIsAGap() {
    let gap = report([man([:])]).gaps.first { $0.item.id == "history" }
    #expect(gap?.kind == .notYetDone)
    #expect(gap?.answer == nil)
  }

  @Test func notApplicableNeedsAReason() {
    let without = report([ManRecord(label: "Father", answers: ["plan": Answer(.na)])])
    #expect(without.gaps.first { $0.item.id == "plan" }?.kind == .notApplicableWithoutReason)
    let blankNote = report([ManRecord(label: "Father", answers: ["plan": Answer(.na, note: "   ")])]
    )
    #expect(blankNote.gaps.first { $0.item.id == "plan" }?.kind == .notApplicableWithoutReason)
    let with = report([
      ManRecord(
        label: "Father", answers: ["plan": Answer(.na, note: "Baby placed with grandparents")])
    ])
    #expect(!(with.gaps.contains { $0.item.id == "plan" }))
    #expect(
      with.inPlace.contains {
        $0.item.id == "plan" && $0.answer.note == "Baby placed with grandparents"
      })
  }

  @Test func caseLevelItemsAreAskedOnceWithNoMan() {
    let result = report(
      [man([:]), man([:], label: "Partner")], answers: ["supervision": Answer(.no)])
    let supervision = result.gaps.filter { $0.item.id == "supervision" }
    #expect(supervision.count == 1)
    #expect(supervision.first?.man == nil)
    #expect(result.gaps.filter { $0.item.id == "contacted" }.map(\.man) == ["Father", "Partner"])
  }

  @Test func noMenStillReportsTheCaseLevelGaps() {
    let result = report([])
    #expect(result.men.isEmpty)
    #expect(Set(result.gaps.map(\.item.id)) == Set(content.items(scope: .case).map(\.id)))
    let text = GapReportRenderer(content: content).render(result, as: .text)
    #expect(text.contains("No father or male carer is recorded in this review."))
  }

  @Test func gapsAreInAskingOrderEachManThenTheCase() {
    let result = report([man([:]), man([:], label: "Partner")])
    let order = content.checklist.map(\.id)
    #expect(
      result.gaps.map(\.man) == Array(repeating: "Father", count: 22)
        + Array(repeating: "Partner", count: 22) + Array(repeating: nil, count: 7))
    for who in ["Father", "Partner", nil] as [String?] {
      let asked = result.gaps.filter { $0.man == who }.map(\.item.id)
      #expect(asked == order.filter(asked.contains), Comment(rawValue: who ?? "case"))
    }
  }

  @Test func aFullyAnsweredReviewHasNoGaps() {
    var answers = allYes()
    for item in content.items(scope: .man, kind: .knowledge) { answers[item.id] = .absent }
    for item in content.items(scope: .man, kind: .condition) { answers[item.id] = .no }
    let caseAnswers = Dictionary(
      uniqueKeysWithValues: content.items(scope: .case).map {
        ($0.id, Answer($0.kind == .condition ? .no : .yes))
      })
    let result = report([man(answers)], answers: caseAnswers)
    #expect(result.gaps == [])
    #expect(!result.hasGaps)
    #expect(result.men.first?.visibility == .seen)
  }

  // MARK: Risk factors

  @Test func riskFactorsAreKnownPresentAbsentOrNotKnown() {
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
    #expect(statuses["substance-misuse"]?.status == .present)
    #expect(statuses["substance-misuse"]?.note == "cannabis daily")
    #expect(statuses["young-parent"]?.status == .absent)
    #expect(statuses["impulsivity"]?.status == .notKnown)
    #expect(statuses["violence-control"]?.status == .notKnown)
    let knowledgeGaps = result.gaps.filter { $0.kind == .notKnown }.map(\.item.id)
    // Every knowledge item and condition not known is a gap: the risk factors, abuse done to
    // him, and whether contact must be planned for safety (and, for the case, fear).
    let askedAbout = content.checklist.filter { $0.kind != .practice }.map(\.id)
    #expect(
      Set(knowledgeGaps) == Set(askedAbout).subtracting(["substance-misuse", "young-parent"]))
    #expect(
      result.gaps.filter { $0.kind == .notKnown && $0.item.kind == .knowledge }.allSatisfy {
        $0.item.tier == 1
      })
  }

  @Test func combinationNoteOnlyWithTwoOrMoreKnownPresent() {
    let one = report([man(["substance-misuse": .present])])
    #expect(!one.men[0].combinationApplies)
    // Only the factors the review lists in 19.3 combine; mental ill health is not one of them.
    let notInTheReviewsList = report([
      man(["substance-misuse": .present, "mental-ill-health": .present])
    ])
    #expect(!notInTheReviewsList.men[0].combinationApplies)
    let two = report([man(["substance-misuse": .present, "impulsivity": .present])])
    #expect(two.men[0].combinationApplies)
    let full = GapReportRenderer(content: content, detail: .full).render(two, as: .text)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(full.contains("no one particular"), "points to 19.6")
    let brief = GapReportRenderer(content: content).render(two, as: .text)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(brief.contains("More than one of the review's factors"))
    #expect(brief.contains("weigh them together (19.6)"))
    #expect(
      !(GapReportRenderer(content: content).render(one, as: .text).contains(
        "More than one of the review's factors")))
  }

  @Test func nothingInTheReportScoresAMan() {
    let result = report([
      man([
        "substance-misuse": .present, "mental-ill-health": .present, "violence-control": .present,
      ])
    ])
    for format in GapReportRenderer.formats {
      let output = GapReportRenderer(content: content).render(result, as: format).lowercased()
      for word in ["score", "risk level", "dangerous", "high risk", "rating"] {
        #expect(!output.contains(word), "\(format): \(word)")
      }
    }
  }
}
