import Testing

@testable import SeenKit

/// The rule that chooses what a report says to do first, one test per level, and the framing
/// that keeps support needs from reading as warning signs.
@Suite struct FirstStepTests {
  let content = TestContent.bundled

  private func report(_ men: [ManRecord], answers: [String: Answer] = [:]) -> GapReport {
    GapAnalysis.report(for: ReviewRecord(men: men, answers: answers), content: content)
  }

  /// Every item answered so that nothing is a gap: practice yes, knowledge absent, conditions no.
  private func noGaps() -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for item in content.items(scope: .man) {
      switch item.kind {
      case .practice: answers[item.id] = Answer(.yes)
      case .knowledge: answers[item.id] = Answer(.absent)
      case .condition: answers[item.id] = Answer(.no)
      }
    }
    return answers
  }

  private func caseDone() -> [String: Answer] {
    var answers: [String: Answer] = [:]
    for item in content.items(scope: .case) {
      answers[item.id] = Answer(item.kind == .condition ? .no : .yes)
    }
    return answers
  }

  private func father(_ change: (inout [String: Answer]) -> Void) -> ManRecord {
    var answers = noGaps()
    change(&answers)
    return ManRecord(label: "Father", relationship: .birthFather, answers: answers)
  }

  private func steps(_ report: GapReport) -> [(FirstStep.Level, String)] {
    report.firstSteps.map { ($0.level, $0.item.id) }
  }

  @Test func noGapsNoSteps() {
    #expect(report([father { _ in }], answers: caseDone()).firstSteps == [])
  }

  @Test func safetyComesFirst() {
    let result = report(
      [
        father {
          $0["safety"] = nil
          $0["contacted"] = Answer(.no)
          $0["crying-coping"] = nil
        }
      ],
      answers: caseDone())
    #expect(steps(result).first?.0 == .safety)
    #expect(steps(result).first?.1 == "safety")
    // The mother asked alone, domestic abuse checked and the practitioner's fear are safety too.
    var answers = caseDone()
    answers["mother-asked-alone"] = Answer(.no)
    answers["practitioner-fear"] = nil
    let others = report([father { $0["domestic-abuse"] = Answer(.partly) }], answers: answers)
    #expect(
      steps(others).map(\.1) == ["domestic-abuse", "mother-asked-alone", "practitioner-fear"])
    #expect(steps(others).allSatisfy { $0.0 == .safety })
  }

  @Test func theMothersSupportIsASafetyStepWhereAConcernIsRecorded() {
    var answers = caseDone()
    answers["mother-supported"] = Answer(.no)
    let recorded = report(
      [
        father {
          $0["safety"] = Answer(.yes)
          $0["views"] = Answer(.no)
        }
      ], answers: answers)
    #expect(steps(recorded).first?.0 == .safety)
    #expect(steps(recorded).first?.1 == "mother-supported")
    let none = report([father { $0["views"] = Answer(.no) }], answers: answers)
    #expect(steps(none).map(\.1) == ["views", "mother-supported"])
    #expect(steps(none).allSatisfy { $0.0 == .rest })
  }

  @Test func aReviewWithNoMenIsNeverWithoutGaps() {
    let result = report([], answers: caseDone())
    #expect(result.hasGaps)
    #expect(result.gaps.map(\.kind) == [.noMenRecorded])
    #expect(steps(result).first?.0 == .identifyAndContact)
    #expect(steps(result).first?.1 == "all-men-identified")
    let text = GapReportRenderer(content: content).render(result, as: .text)
    #expect(!text.contains("No gaps"), Comment(rawValue: text))
  }

  @Test func anUnknownSafetyQuestionCountsAsSomethingNotKnown() {
    var answers = caseDone()
    answers["practitioner-fear"] = Answer(.no)
    let result = report(
      [
        father {
          $0["safety"] = Answer(.unknown)
          $0["agency-checks"] = Answer(.no)
        }
      ],
      answers: answers)
    #expect(steps(result).map(\.0) == [.safety, .agencyChecks])
  }

  /// "As for" names an earlier man only where his entry prints that step, never where the gap
  /// is folded into his entry for the exploration it belongs to.
  @Test func asForPointsOnlyToAPrintedStep() throws {
    var first = father {
      $0["domestic-abuse"] = Answer(.partly)
      $0["violence-control"] = nil
    }
    first.label = "A"
    var second = father { $0["violence-control"] = nil }
    second.label = "B"
    let text = GapReportRenderer(content: content, text: TextOptions(width: 1000))
      .render(report([first, second], answers: caseDone()), as: .text)
    let line = try #require(
      text.split(separator: "\n").first { $0.contains("- Violence or control:") })
    #expect(!line.contains("as for A"), Comment(rawValue: String(line)))
  }

  @Test func identifyAndContactBeforeTheRest() {
    let result = report(
      [
        father {
          $0["crying-coping"] = Answer(.no)
          $0["contacted"] = Answer(.no)
        }
      ],
      answers: caseDone())
    #expect(steps(result).map(\.0) == [.identifyAndContact, .rest])
    #expect(steps(result).first?.1 == "contacted")
    var answers = caseDone()
    answers["all-men-identified"] = Answer(.partly)
    #expect(steps(report([father { _ in }], answers: answers)).first?.0 == .identifyAndContact)
  }

  @Test func aPlanGapRanksHigherOnlyWhenSomethingIsKnownPresent() {
    let withFactor = report(
      [
        father {
          $0["plan"] = Answer(.no)
          $0["views"] = Answer(.no)
          $0["substance-misuse"] = Answer(.present)
        }
      ], answers: caseDone())
    #expect(steps(withFactor).map(\.1) == ["plan", "views"])
    #expect(steps(withFactor).first?.0 == .knownPresentWithoutPlan)
    let without = report(
      [
        father {
          $0["plan"] = Answer(.no)
          $0["views"] = Answer(.no)
        }
      ], answers: caseDone())
    #expect(steps(without).map(\.1) == ["views", "plan"])
    #expect(steps(without).allSatisfy { $0.0 == .rest })
  }

  @Test func agencyChecksRankHigherOnlyWhenSomethingIsNotKnown() {
    let notKnown = report(
      [
        father {
          $0["agency-checks"] = Answer(.no)
          $0["views"] = Answer(.no)
          $0["impulsivity"] = Answer(.unknown)
        }
      ], answers: caseDone())
    #expect(steps(notKnown).first?.0 == .agencyChecks)
    #expect(steps(notKnown).first?.1 == "agency-checks")
    let allKnown = report(
      [
        father {
          $0["agency-checks"] = Answer(.no)
          $0["views"] = Answer(.no)
        }
      ],
      answers: caseDone())
    #expect(steps(allKnown).map(\.1) == ["views", "agency-checks"])
  }

  @Test func theRestInTheOrderAskedAtMostFiveAndOneStepAnItemForEveryMan() {
    let gaps = ["views", "history", "pressures", "crying-coping", "plan", "frustration"]
    let man = father { answers in for id in gaps { answers[id] = Answer(.no) } }
    var second = man
    second.label = "Mother's partner"
    let result = report([man, second], answers: caseDone())
    #expect(result.firstSteps.count == FirstStep.limit)
    let asked = content.checklist.map(\.id).filter(gaps.contains)
    #expect(steps(result).map(\.1) == Array(asked.prefix(5)))
    #expect(result.firstSteps.allSatisfy { $0.men == ["Father", "Mother's partner"] })
  }

  @Test func safeFormWhenASafetyConditionHolds() {
    let result = report(
      [
        father {
          $0["safety"] = Answer(.yes)
          $0["crying-coping"] = Answer(.no)
        }
      ],
      answers: caseDone())
    let crying = result.firstSteps.first { $0.item.id == "crying-coping" }
    #expect(crying?.isSafeForm == true)
    #expect(crying?.advice == content.item("crying-coping")?.safeNext)
  }

  // MARK: Framing

  @Test func supportNeedsAloneNeverMakeACombination() {
    // A young care leaver under external pressures: one of the 19.3 factors, and support needs.
    let result = report(
      [
        father {
          $0["young-parent"] = Answer(.present)
          $0["external-pressures"] = Answer(.present)
        }
      ], answers: caseDone())
    let man = result.men[0]
    #expect(!man.combinationApplies)
    #expect(man.knownPresentText == nil)
    #expect(
      man.supportNeedsText
        == ["young-parent", "external-pressures"].compactMap { content.riskFactor($0)?.title }
        .joined(separator: "; "))
  }

  @Test func twoOfTheReviewsFactorsMakeACombination() {
    let result = report(
      [
        father {
          $0["childhood-adversity"] = Answer(.present)
          $0["substance-misuse"] = Answer(.present)
        }
      ], answers: caseDone())
    #expect(result.men[0].combinationApplies)
  }

  @Test func strengthsShowAndAreNeverAGap() throws {
    var man = father { _ in }
    man.strengths = "Does the night feeds"
    let result = report([man], answers: caseDone())
    #expect(result.men[0].strengths == "Does the night feeds")
    #expect(!result.hasGaps)
    let text = GapReportRenderer(content: content).render(result, as: .text)
    #expect(text.contains("What he brings: Does the night feeds"), Comment(rawValue: text))
  }

  @Test func theInjurySentenceIsNeverPrintedAfterAMan() throws {
    for name in ["two-men", "unseen-father", "safety-refuge"] {
      let record = try TestContent.example(name)
      let result = GapAnalysis.report(for: record, content: content)
      for detail in ReportDetail.allCases {
        let text = GapReportRenderer(
          content: content, text: TextOptions(width: 1000), detail: detail
        )
        .render(result, as: .text)
        let lines = text.split(separator: "\n")
        guard let index = lines.firstIndex(where: { $0.contains("highly damaging") }) else {
          continue
        }
        // Where it appears at all (the full form), it is in the framing, before any man.
        let firstMan = lines.firstIndex { line in
          record.men.contains { line.hasPrefix("\($0.label): ") }
        }
        #expect(index < (firstMan ?? 0), "\(name) \(detail)")
      }
    }
  }
}
