/// The layout of the gap report, shared by the text and Markdown renderers.
extension GapReport {
  func document(content: Content) -> Document {
    var document = Document()
    document.title("Gap report" + (caseReference.map { ": case \($0)" } ?? ""))
    var details: [String] = []
    if let caseReference { details.append("Case: \(caseReference)") }
    if let role { details.append("Reviewer: \(role)") }
    if let date { details.append("Date: \(date)") }
    if let confidence { details.append("Your confidence in work with men: \(confidence.words)") }
    details.append("Content: \(contentVersion)")
    document.paragraph(details.joined(separator: ". ") + ".")
    document.paragraph(
      "A reflection aid built on the Child Safeguarding Practice Review Panel's review \"The Myth of "
        + "Invisible Men\" (2021). It is not a risk assessment: it shows what you know and do not yet know "
        + "about the men in this baby's life, and what to do next.")

    for line in ReflectionSheet.privacyLines(
      leftOut: sensitiveNotesLeftOut, included: sensitiveNotesIncluded, content: content)
    {
      document.paragraph(line)
    }
    // Where a safety condition holds, what to do if there is a concern comes before anything
    // else, then how contact with him must be planned.
    if safetyConditionHolds {
      concernSection(&document, content: content)
      document.heading("Safety first: plan any contact for safety")
      for man in men {
        if let safety = man.safetyText { document.item(safety, lead: man.label) }
      }
      if caseSafetyReasons.contains(.practitionerFear) {
        document.item(advised(content.safety.fearNow, content: content), lead: "You")
      }
      for point in content.safety.points {
        document.item(advised(point, content: content))
      }
    }

    document.heading("The men in this baby's life")
    if men.isEmpty {
      document.paragraph(
        "No father or male carer is recorded in this review. Who are the men in this baby's life? "
          + "Find out from all sources, not only the mother, and add each one.")
    }
    for man in men {
      document.item(man.visibilityText, lead: man.label)
      document.field("About him", describe(man))
      if let risk = man.presentRisk { document.field("Beside this", risk) }
      if man.visibility.isEngaged && man.safetyReasons.contains(where: \.isRecorded) {
        document.field("Not clearance", advised(content.safety.stillCurrent, content: content))
      }
      if man.visibility == .contactPlannedForSafety {
        document.field(
          "Contact planned for safety", advised(content.safety.plannedForSafety, content: content))
      }
    }

    document.heading("What is in place (\(inPlace.count))")
    if inPlace.isEmpty {
      document.paragraph("Nothing is recorded as done yet.")
    }
    for finding in inPlace {
      var text = finding.item.title
      if finding.answer.value == .na {
        text +=
          " ("
          + (finding.answer.reason.map {
            $0 == .other ? "not applicable" : "not applicable: \($0.words)"
          } ?? "not applicable") + ")"
      }
      if let note = finding.answer.note { text += ". Note: \(note)" }
      document.item(text, lead: finding.man ?? "Case")
    }

    document.heading("Gaps (\(gaps.count))")
    if gaps.isEmpty {
      document.paragraph(noGapsText)
      if hasRecordedSafetyCondition {
        document.paragraph(advised(content.safety.stillCurrent, content: content))
      }
    }
    for tier in content.tiers {
      let tierGaps = gaps(inTier: tier.number)
      guard !tierGaps.isEmpty else { continue }
      document.subheading("Tier \(tier.number): \(tier.title)")
      for gap in tierGaps {
        document.item(gap.item.prompt, lead: "\(gap.item.title) (\(gap.man ?? "case"))")
        document.field("Answer", answerText(gap))
        if gap.kind == .notApplicableWithoutReason {
          document.field(
            "Not applicable needs a reason",
            "an assessment is not an assessment if it does not include (or has at least made every "
              + "effort to include) the father (Myth of Invisible Men, 17.1). Say why it does not apply."
          )
        }
        // The source line belongs to the advice; the safe form cites the why on its own.
        document.field(
          "Why",
          gap.isSafeForm ? "\(gap.item.why) (\(content.citation(gap.item.source)))" : gap.item.why)
        document.field(gap.isSafeForm ? "Next, planned for safety" : "Next", gap.advice.advice)
        if let source = gap.advice.source {
          document.field("Source", content.citation(source))
        }
        if let guidance = gap.advice.guidance { document.field("Also rests on", guidance) }
      }
    }

    document.heading("What you know and don't know")
    if men.isEmpty {
      document.paragraph("No men are recorded, so nothing is yet known about them.")
    }
    for man in men {
      let present = man.riskFactors.filter { $0.status == .present }
      let absent = man.riskFactors.filter { $0.status == .absent }
      let notKnown = man.riskFactors.filter { $0.status == .notKnown }
      document.item("", lead: man.label)
      for condition in man.conditions {
        document.field(condition.item.title, conditionText(condition.answer))
      }
      document.field("Known present", list(present))
      document.field("None found so far", list(absent))
      document.field("Not known", list(notKnown))
      for known in man.alsoKnown {
        var text =
          known.status == .present
          ? "known present" : known.status == .absent ? "none found so far" : "not known"
        if let note = known.note { text += " (\(note))" }
        document.field(known.item.title, text)
      }
      if man.combinationApplies {
        document.field(
          "More than one factor is known present",
          "\"\(content.combination.text)\" (\(content.citation(content.combination.source))) "
            + "\"\(content.together.text)\" (\(content.citation(content.together.source)))")
      }
    }
    if !caseConditions.isEmpty {
      document.item("", lead: "Case")
      for condition in caseConditions {
        document.field(condition.item.title, conditionText(condition.answer))
      }
    }
    document.paragraph(
      "\(content.trigger.text) (\(content.citation(content.trigger.source)))")

    document.heading("Questions for supervision")
    for (offset, question) in content.questions.enumerated() {
      var text = question.text
      if let reflection = reflections.first(where: { $0.question.id == question.id }) {
        text += " Your reflection: \(reflection.answer)"
      }
      document.numbered(offset + 1, text)
    }

    if !safetyConditionHolds { concernSection(&document, content: content) }
    document.quote("\(content.closing.text) (\(content.citation(content.closing.source)))")
    return document
  }

  /// "If you have a concern": immediate danger first, then the referral route.
  private func concernSection(_ document: inout Document, content: Content) {
    document.heading("If you have a concern")
    let concern = content.question("concern")?.text ?? "What would you do if you had a concern?"
    document.paragraph(concern)
    document.item(
      advised(content.safety.immediateDanger, content: content), lead: "Immediate danger")
    for step in content.safety.concernRoute {
      document.item(advised(step, content: content))
    }
  }

  /// Advice with what it rests on: "… (Myth of Invisible Men, 17.5; also NICE guideline PH50)".
  private func advised(_ advice: SafeAdvice, content: Content) -> String {
    func withoutFullStop(_ text: String) -> Substring {
      var text = Substring(text)
      while text.last == "." { text = text.dropLast() }
      return text
    }
    let basis = [advice.source.map(content.citation), advice.guidance].compactMap { $0 }
    guard !basis.isEmpty else { return advice.advice }
    // "… front door (Working Together …)." rather than "… front door. (Working Together ….)"
    return "\(withoutFullStop(advice.advice)) ("
      + basis.map(withoutFullStop).joined(separator: "; ") + ")."
  }

  private func describe(_ man: Man) -> String {
    let lives: String
    switch man.livesWithBaby {
    case true?: lives = "lives with the baby"
    case false?: lives = "does not live with the baby"
    case nil: lives = "not known whether he lives with the baby"
    }
    return "\(man.relationship.words); \(lives)."
  }

  private func conditionText(_ answer: Answer?) -> String {
    guard let answer else { return "not answered" }
    return answer.words + (answer.note.map { ". Note: \($0)" } ?? "")
  }

  private func answerText(_ gap: Gap) -> String {
    guard let answer = gap.answer else { return "not answered" }
    var text = answer.words
    if let note = answer.note { text += ". Note: \(note)" }
    return text
  }

  private func list(_ statuses: [RiskFactorStatus]) -> String {
    if statuses.isEmpty { return "none" }
    return statuses.map { status in
      status.note.map { "\(status.factor.title) (\($0))" } ?? status.factor.title
    }.joined(separator: "; ")
  }
}
