/// The rules that turn a review record into a gap report. Pure: same record, same report.
public enum GapAnalysis {
  public static func report(for record: ReviewRecord, content: Content) -> GapReport {
    var inPlace: [GapReport.Finding] = []
    var gaps: [GapReport.Gap] = []

    func consider(_ item: ChecklistItem, answer: Answer?, man: String?) {
      switch item.kind {
      case .practice:
        switch answer?.value {
        case .yes?:
          inPlace.append(.init(man: man, item: item, answer: Answer(.yes, note: answer?.note)))
        case .na?:
          if let answer, answer.note != nil {
            inPlace.append(.init(man: man, item: item, answer: answer))
          } else {
            gaps.append(
              .init(man: man, item: item, answer: answer, kind: .notApplicableWithoutReason))
          }
        default:
          gaps.append(.init(man: man, item: item, answer: answer, kind: .notYetDone))
        }
      case .knowledge:
        if answer == nil || answer?.value == .unknown {
          gaps.append(.init(man: man, item: item, answer: answer, kind: .notKnown))
        }
      }
    }

    var men: [GapReport.Man] = []
    for man in record.men {
      for item in content.items(scope: .man) {
        consider(item, answer: man.answers[item.id], man: man.label)
      }
      let statuses = content.riskFactors.map { factor -> GapReport.RiskFactorStatus in
        let answer = man.answers[factor.id]
        let status: GapReport.RiskFactorStatus.Status
        switch answer?.value {
        case .present?: status = .present
        case .absent?: status = .absent
        default: status = .notKnown
        }
        return .init(factor: factor, status: status, note: answer?.note)
      }
      men.append(
        GapReport.Man(
          label: man.label, relationship: man.relationship, livesWithBaby: man.livesWithBaby,
          visibility: Visibility.of(man), riskFactors: statuses,
          combinationApplies: statuses.filter { $0.status == .present }.count >= 2))
    }
    for item in content.items(scope: .case) {
      consider(item, answer: record.answers[item.id], man: nil)
    }

    // Stable sort: by tier, keeping the order items are asked and men are listed within a tier.
    let ordered = gaps.enumerated().sorted { lhs, rhs in
      (lhs.element.item.tier, lhs.offset) < (rhs.element.item.tier, rhs.offset)
    }.map(\.element)

    let reflections = content.questions.compactMap { question -> GapReport.Reflection? in
      guard let text = record.reflections[question.id], !text.trimmingWhitespace().isEmpty else {
        return nil
      }
      return GapReport.Reflection(question: question, answer: text)
    }
    return GapReport(
      caseReference: record.caseReference, role: record.role, date: record.date,
      confidence: record.confidence, contentVersion: content.version, men: men, inPlace: inPlace,
      gaps: ordered, reflections: reflections)
  }
}
