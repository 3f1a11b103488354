/// The rules that turn a review record into a gap report. Pure: same record, same report.
public enum GapAnalysis {
  /// - Parameter includeSensitive: keep the notes the content marks sensitive; without it
  ///   they are replaced by `ReviewRecord.sensitiveNoteLeftOut`, and the report counts them.
  /// - Parameter today: the day an open action's lateness is counted from (`Console.today()`).
  /// - Parameter asIfSafety: leave notes out as where a safety condition is recorded (the
  ///   earlier of two reviews of a case, the later of which records one).
  public static func report(
    for fullRecord: ReviewRecord, content: Content, includeSensitive: Bool = false,
    today: ISODate? = nil, asIfSafety: Bool = false
  ) -> GapReport {
    let (record, leftOut) =
      includeSensitive
      ? (fullRecord, 0) : fullRecord.withoutSensitiveNotes(content: content, asIfSafety: asIfSafety)
    var findings = Findings()
    var men: [GapReport.Man] = []
    for man in record.men {
      let safetyReasons = SafetyReason.reasons(for: man, in: record)
      // A man no longer in the baby's life stays listed; his items are no longer gaps to close.
      for item in content.items(scope: .man) where man.noLongerInBabysLife == nil {
        findings.consider(
          item, answer: man.answers[item.id], man: man.label, safety: !safetyReasons.isEmpty)
      }
      men.append(Self.man(man, safetyReasons: safetyReasons, content: content))
    }
    let caseSafetyReasons = SafetyReason.caseReasons(in: record)
    let caseSafety = !caseSafetyReasons.isEmpty || men.contains { $0.safetyConditionHolds }
    for item in content.items(scope: .case) {
      let answer = record.answers[item.id]
      if item.id == GapReport.Gap.allMenIdentified && record.men.isEmpty
        && (answer?.value == .yes || answer?.value == .na)
      {
        // A review that records no man cannot have identified them all.
        findings.gap(item, answer: answer, man: nil, kind: .noMenRecorded, safety: caseSafety)
        continue
      }
      findings.consider(item, answer: answer, man: nil, safety: caseSafety)
    }

    var report = GapReport(
      caseReference: record.caseReference, role: record.role, date: record.date,
      confidence: record.confidence, contentVersion: content.version, men: men,
      inPlace: findings.inPlace, gaps: findings.gaps,
      reflections: reflections(in: record, content: content))
    report.supersedes = record.supersedes
    report.workshop = record.workshop
    report.caseSafetyReasons = caseSafetyReasons
    report.caseConditions = content.items(scope: .case, kind: .condition).map {
      .init(item: $0, answer: record.answers[$0.id])
    }
    report.caseUndefinedLocal = GapReport.UndefinedLocalAnswer.all(record.keptLocalAnswers)
    for (index, man) in record.men.enumerated() where index < report.men.count {
      report.men[index].undefinedLocal = GapReport.UndefinedLocalAnswer.all(man.keptLocalAnswers)
    }
    report.local = content.local?.named
    report.sensitiveNotesLeftOut = leftOut
    report.sensitiveNotesIncluded =
      includeSensitive ? fullRecord.withoutSensitiveNotes(content: content).removed : 0
    report.hasRecordedSafetyCondition = fullRecord.hasRecordedSafetyCondition
    report.recordedSafetyWords = fullRecord.recordedSafetyWords
    report.supervisions = record.supervisionsByDate
    report.supervisionNotes = fullRecord.supervisionNoteCount
    report.supervisionNotesIncluded = includeSensitive
    report.supervisionDifference = fullRecord.supervisionAnswerDiffers
    report.fearDifference = fullRecord.fearAnswerDiffers
    if let supervision = record.latestFearAnswer, supervision.fearRaised == true {
      // Fear raised and discussed in supervision: the step is what that supervision agreed, not
      // "raise it with your manager now" as if it had not been raised.
      report.fearSupervision = supervision
      // "Discussed in supervision" too: its step ("if anyone is afraid of a man here, tell your
      // manager today") follows the supervision that recorded the fear.
      for index in report.gaps.indices
      where [SafetyItems.fear, SupervisionItems.discussed].contains(report.gaps[index].item.id) {
        report.gaps[index].advice = .fearRaised(
          in: supervision, original: report.gaps[index].advice)
      }
      // The practitioner's own "no" does not take the step away: fear raised in supervision
      // stays a step, beside both answers, until the practitioner says otherwise.
      let answer = record.answers[SafetyItems.fear]
      if answer?.value != .yes, !report.gaps.contains(where: { $0.item.id == SafetyItems.fear }),
        let item = content.item(SafetyItems.fear)
      {
        let order = Dictionary(
          content.checklist.enumerated().map { ($1.id, $0) },
          uniquingKeysWith: { first, _ in first })
        let position = order[item.id] ?? 0
        let at =
          report.gaps.firstIndex { $0.man == nil && (order[$0.item.id] ?? 0) > position }
          ?? report.gaps.endIndex
        report.gaps.insert(
          .init(
            man: nil, item: item, answer: answer, kind: .raisedInSupervision,
            advice: .fearRaised(in: supervision, original: content.safety.fearNow),
            isSafeForm: false), at: at)
      }
    }
    report.firstSteps = FirstStep.steps(for: report, content: content)
    // Open actions in the words the record's safety now gives them: never a plain next step
    // beside a safety condition, even in a record saved before that rule.
    report.actions = record.withActionsInSafeWording(content: content).actions
    report.today = today
    return report
  }

  /// What is in place and what is a gap, item by item, in the order the items are considered.
  private struct Findings {
    var inPlace: [GapReport.Finding] = []
    var gaps: [GapReport.Gap] = []

    mutating func consider(_ item: ChecklistItem, answer: Answer?, man: String?, safety: Bool) {
      switch item.kind {
      case .practice:
        switch answer?.value {
        case .yes?:
          inPlace.append(.init(man: man, item: item, answer: Answer(.yes, note: answer?.note)))
        case .na?:
          if let answer, answer.reason == .safety {
            // Never "in place": the work is still to do, by a route planned for safety.
            gap(item, answer: answer, man: man, kind: .plannedForSafety, safety: safety)
          } else if let answer, answer.hasReason {
            inPlace.append(.init(man: man, item: item, answer: answer))
          } else {
            gap(item, answer: answer, man: man, kind: .notApplicableWithoutReason, safety: safety)
          }
        default:
          gap(item, answer: answer, man: man, kind: .notYetDone, safety: safety)
        }
      case .knowledge, .condition:
        // A condition answered yes is a fact that changes the advice; only not knowing it is a gap.
        if answer == nil || answer?.value == .unknown {
          gap(item, answer: answer, man: man, kind: .notKnown, safety: safety)
        }
      }
    }

    mutating func gap(
      _ item: ChecklistItem, answer: Answer?, man: String?, kind: GapReport.Gap.Kind, safety: Bool
    ) {
      let advice = item.next(safetyConditionHolds: safety)
      gaps.append(
        .init(
          man: man, item: item, answer: answer, kind: kind, advice: advice,
          isSafeForm: advice != item.next(safetyConditionHolds: false)))
    }
  }

  /// One man's part of the report: who he is, his risk factors, what else is known, his safety.
  private static func man(
    _ man: ManRecord, safetyReasons: [SafetyReason], content: Content
  ) -> GapReport.Man {
    let statuses = content.riskFactors.map { factor in
      GapReport.RiskFactorStatus(
        factor: factor, status: .init(man.answers[factor.id]), note: man.answers[factor.id]?.note)
    }
    let alsoKnown = content.otherKnowledgeItems.map { item in
      GapReport.KnowledgeStatus(
        item: item, status: .init(man.answers[item.id]), note: man.answers[item.id]?.note)
    }
    return GapReport.Man(
      label: man.label, relationship: man.relationship, livesWithBaby: man.livesWithBaby,
      visibility: Visibility.of(man), riskFactors: statuses,
      combinationApplies: statuses.filter { $0.status == .present && $0.factor.combines }
        .count >= 2,
      alsoKnown: alsoKnown,
      conditions: content.items(scope: .man, kind: .condition).map {
        .init(item: $0, answer: man.answers[$0.id])
      }, safetyReasons: safetyReasons, planAnswer: man.answers["plan"],
      strengths: man.strengths, noLongerInBabysLife: man.noLongerInBabysLife)
  }

  /// The reflective questions answered, in the content's order.
  private static func reflections(in record: ReviewRecord, content: Content)
    -> [GapReport.Reflection]
  {
    content.questions.compactMap { question -> GapReport.Reflection? in
      guard let text = record.reflections[question.id], !text.trimmingWhitespace().isEmpty else {
        return nil
      }
      return GapReport.Reflection(question: question, answer: text)
    }
  }
}
