/// The sections of the gap report that speak of safety, of each man and of the case.
extension GapReport {
  /// "If you have a concern": immediate danger first, then the referral route.
  func concernSection(_ document: inout Document, content: Content, detail: ReportDetail) {
    document.heading("If you have a concern")
    if detail == .full {
      let concern = content.question("concern")?.text ?? "What would you do if you had a concern?"
      document.paragraph(concern)
    }
    document.item(
      advised(content.safety.immediateDanger, content: content, detail: detail),
      lead: "Immediate danger")
    // The partnership's own contacts, by role, before the national route.
    if let local = content.local {
      for contact in local.contacts {
        document.item("\(contact.role): \(contact.how)", lead: local.lead)
      }
    }
    for step in content.safety.concernRoute {
      document.item(advised(step, content: content, detail: detail))
    }
  }

  /// Why contact must be planned for safety, for whom, and the safe-practice points.
  func safetyFirstSection(_ document: inout Document, content: Content, detail: ReportDetail) {
    document.heading("Safety first: plan any contact for safety")
    // Men with the same reasons share one line, so that two men unasked about do not double it.
    var groups: [(men: [String], text: String)] = []
    for man in men {
      // The heading says contact is planned for safety; the brief form gives only why.
      guard var text = man.safetyText else { continue }
      if detail == .brief {
        text = capitalized(man.safetyReasons.map(\.briefWords).joined(separator: "; ") + ".")
      }
      if let index = groups.firstIndex(where: { $0.text == text }) {
        groups[index].men.append(man.label)
      } else {
        groups.append(([man.label], text))
      }
    }
    for group in groups {
      document.item(group.text, lead: group.men.joined(separator: ", "))
    }
    if caseSafetyReasons.contains(.practitionerFear) {
      document.item(
        advised(fearAdvice(content: content), content: content, detail: detail), lead: "You")
    }
    for point in content.safety.points {
      document.item(advised(point, content: content, detail: detail))
    }
  }

  /// One man: his state, what is known, what is in place, and his gaps with their next steps.
  func manSection(
    _ document: inout Document, man: Man, index: GapIndex, content: Content, detail: ReportDetail
  ) {
    document.heading("\(man.label): \(man.visibility.words)")
    // The brief form's gap list shows what is not yet explored; the full form says it in words.
    if detail == .full {
      document.paragraph(
        "\(capitalized(man.visibility.explanation)). \(capitalized(describe(man)))")
    } else {
      document.item(capitalized(describe(man)))
    }
    for condition in man.conditions {
      guard let answer = condition.answer, answer.value != .unknown else { continue }
      document.item(answerWords(answer, kind: .condition), lead: condition.item.title)
    }
    // What is known present, the support he may need, and whether the plan addresses them: one
    // entry, so that "known present" is never read without the plan beside it.
    if let plan = man.planText {
      let parts = [
        man.knownPresentText.map { "Known present: \($0)." },
        man.supportNeedsText.map { "Support he may need: \($0)." },
        "The plan \(plan)",
      ].compactMap { $0 }
      document.item(parts.joined(separator: " "))
    }
    let absent =
      man.riskFactors.filter { $0.status == .absent }.map(\.factor.title)
      + man.alsoKnown.filter { $0.status == .absent }.map(\.item.title)
    if !absent.isEmpty {
      document.item(absent.joined(separator: "; "), lead: "None found so far")
    }
    if man.combinationApplies {
      combinationItem(&document, man: man, content: content, detail: detail)
    }
    if man.visibility.isEngaged && man.safetyReasons.contains(where: \.isRecorded) {
      document.item(
        advised(content.safety.stillCurrent, content: content, detail: detail),
        lead: "Not clearance")
    }
    if man.visibility == .contactPlannedForSafety {
      document.item(
        advised(content.safety.plannedForSafety, content: content, detail: detail),
        lead: "Contact planned for safety")
    }
    if let strengths = man.strengths { document.item(strengths, lead: "What he brings") }
    inPlaceItem(&document, findings: index.inPlaceByMan[man.label] ?? [])
    gapItems(
      &document, gaps: index.gapsByMan[man.label] ?? [],
      entries: index.entriesByMan[man.label] ?? [], index: index, content: content,
      detail: detail)
    undefinedLocalItems(&document, man.undefinedLocal)
  }

  /// Answers to local items this content does not define: named, kept, never counted.
  private func undefinedLocalItems(_ document: inout Document, _ kept: [UndefinedLocalAnswer]) {
    for answer in kept {
      document.item(
        "local item (not defined here)"
          + (answer.answer.map { ", answered \($0)" } ?? "")
          + "; kept in the record. Open it with the local file that defines it to see the item.",
        lead: answer.id)
    }
  }

  /// More than one of the review's factors known present: weigh them together.
  private func combinationItem(
    _ document: inout Document, man: Man, content: Content, detail: ReportDetail
  ) {
    if detail == .brief {
      // The framing above has said that no single identifier predicts harm.
      document.item(
        "weigh them together (\(content.briefCitation(content.combination.source))).",
        lead: "More than one of the review's factors")
    } else {
      var text =
        "\"\(content.combination.text)\" (\(content.citation(content.combination.source)))"
      // 7.13 speaks of domestic abuse, mental ill health and substance misuse only.
      let present = Set(man.riskFactors.filter { $0.status == .present }.map(\.factor.id))
      if present.intersection(content.togetherFactors).count >= 2 {
        text += " \"\(content.together.text)\" (\(content.citation(content.together.source)))"
      }
      document.item(text, lead: "More than one of the review's factors is known present")
    }
  }

  /// The case as a whole: what is in place and its gaps.
  func caseSection(
    _ document: inout Document, index: GapIndex, content: Content, detail: ReportDetail
  ) {
    document.heading("The case")
    for condition in caseConditions {
      guard let answer = condition.answer, answer.value != .unknown else { continue }
      // An answer a supervision differs from is said once, with the gap that says both.
      if index.caseGaps.contains(where: {
        $0.item.id == condition.item.id && $0.kind == .raisedInSupervision
      }) {
        continue
      }
      document.item(answerWords(answer, kind: .condition), lead: condition.item.title)
    }
    inPlaceItem(&document, findings: index.caseInPlace)
    gapItems(
      &document, gaps: index.caseGaps, entries: index.caseEntries, index: index, content: content,
      detail: detail)
    undefinedLocalItems(&document, caseUndefinedLocal)
  }

  private func inPlaceItem(_ document: inout Document, findings: [Finding]) {
    let done = findings.map { finding in
      var text = finding.item.listedTitle
      var details: [String] = []
      if finding.answer.value == .na {
        details.append(
          finding.answer.reason.map {
            $0 == .other ? "not applicable" : "not applicable: \($0.words)"
          } ?? "not applicable")
      }
      if let note = finding.answer.note { details.append(note) }
      if !details.isEmpty { text += " (\(details.joined(separator: ": ")))" }
      return text
    }
    document.item(
      done.isEmpty ? "nothing recorded as done yet" : done.joined(separator: "; "),
      lead: "In place")
  }

  /// The gaps of one man or of the case. Brief: one entry a topic (an exploration with what it
  /// found), with the first gap's next step. Full: one entry a gap, each next step in full.
  private func gapItems(
    _ document: inout Document, gaps: [Gap], entries: [[Gap]], index: GapIndex,
    content: Content, detail: ReportDetail
  ) {
    guard !gaps.isEmpty else {
      document.item("none in what is recorded", lead: "Gaps")
      return
    }
    // Every safe form rests on practice guidance as well as the review: said once, here.
    let safeForms = gaps.contains(where: \.isSafeForm)
    document.subheading(
      "Gaps (\(gaps.count))"
        + (safeForms ? ", each next step \(Self.safeFormsBasis)" : ""))
    for group in entries {
      guard let first = group.first else { continue }
      // What exploring it found, in brackets: "partly (violence or control: not known)".
      var text = gapWords(first)
      let found = group.dropFirst()
      if !found.isEmpty {
        let notKnown = found.filter { $0.kind == .notKnown }.map { $0.item.title.lowercased() }
        let others = found.filter { $0.kind != .notKnown }.map {
          "\($0.item.title.lowercased()): \(gapWords($0))"
        }
        let parts =
          (notKnown.isEmpty ? [] : [notKnown.joined(separator: ", ") + ": not known"]) + others
        text += " (\(parts.joined(separator: "; ")))"
      }
      if first.kind == .notApplicableWithoutReason {
        text +=
          ". Not applicable needs a reason: an assessment is not an assessment if it does not "
          + "include (or has at least made every effort to include) the father (\(cited(SourceReference(document: Content.reviewDocument, section: "17.1"), content: content, detail: detail)))"
      }
      let next = first.isSafeForm && detail == .full ? "Next, planned for safety" : "Next"
      if detail == .brief {
        // A gap that opens the report points to its step there rather than saying it twice;
        // the same step for an earlier man is named, not repeated.
        let step = index.step[GapIndex.Place(item: first.item.id, man: first.man)]
        let earlier = first.man.flatMap { _ in
          index.firstMan[GapIndex.StepKey(item: first.item.id, advice: first.advice)]
        }
        let advice =
          step.map { "see step \($0 + 1) above." }
          ?? earlier.flatMap { $0 == first.man ? nil : "as for \($0)." }
          ?? advised(
            first.advice, content: content, detail: detail, underSafetyHeading: first.isSafeForm)
        document.item(text + ". \(next): " + advice, lead: first.item.listedTitle)
      } else {
        document.item(text, lead: first.item.listedTitle)
        document.field(next, advised(first.advice, content: content, detail: detail))
      }
      // The partnership's own step and links, under the review's, marked as local: beside a
      // safe form, only its step for safety.
      if let local = content.local, let addition = content.localAddition(first.item.id),
        let line = LocalProcedures.line(addition, safeForm: first.isSafeForm)
      {
        document.field(local.lead, line)
      }
    }
  }

  private func gapWords(_ gap: Gap) -> String {
    switch gap.kind {
    case .notKnown:
      return gap.answer == nil ? "not answered" : "not known"
    case .plannedForSafety:
      return "not applicable: contact must be planned for safety"
        + (gap.answer?.note.map { " (\($0))" } ?? "")
    case .notApplicableWithoutReason:
      return "not applicable, with no reason given"
    case .noMenRecorded:
      return "answered, but no father or male carer is recorded in this review"
    case .raisedInSupervision:
      let answered = gap.answer.map { answerWords($0, kind: gap.item.kind) } ?? "not answered"
      let when = fearSupervision.map { " of \($0.date)" } ?? ""
      return "\(answered), while the supervision\(when) recorded fear or anxiety raised"
    case .notYetDone:
      return gap.answer.map { answerWords($0, kind: gap.item.kind) } ?? "not answered"
    }
  }

  /// An answer as it reads to its own question ("not yet", "don't know"), with its note.
  private func answerWords(_ answer: Answer, kind: ChecklistItem.Kind) -> String {
    let words = answer.value == .na ? answer.words : AnswerChoice.words(for: answer, kind: kind)
    return words + (answer.note.map { " (\($0))" } ?? "")
  }

  private func describe(_ man: Man) -> String {
    let lives: String
    switch man.livesWithBaby {
    case true?: lives = "lives with the baby"
    case false?: lives = "does not live with the baby"
    case nil: lives = "not known whether he lives with the baby"
    }
    let left = man.noLongerInBabysLife.map {
      " No longer in the baby's life (recorded \($0)): his items are no longer counted as gaps."
    }
    return "\(man.relationship.words); \(lives)." + (left ?? "")
  }

  private func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
