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

    document.heading("The men in this baby's life")
    if men.isEmpty {
      document.paragraph(
        "No father or male carer is recorded in this review. Who are the men in this baby's life? "
          + "Find out from all sources, not only the mother, and add each one.")
    }
    for man in men {
      document.item(
        "\(man.visibility.words) (\(visibilityExplanation(man.visibility)))", lead: man.label)
      document.field("About him", describe(man))
    }

    document.heading("What is in place (\(inPlace.count))")
    if inPlace.isEmpty {
      document.paragraph("Nothing is recorded as done yet.")
    }
    for finding in inPlace {
      var text = finding.item.title
      if finding.answer.value == .na { text += " (not applicable)" }
      if let note = finding.answer.note { text += ". Note: \(note)" }
      document.item(text, lead: finding.man ?? "Case")
    }

    document.heading("Gaps (\(gaps.count))")
    if gaps.isEmpty {
      document.paragraph(
        "No gaps: every item is answered and in place. Keep it under review as things change.")
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
        document.field("Why", gap.item.why)
        document.field("Next", gap.item.next)
        document.field("Source", content.citation(gap.item.source))
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
      document.field("Known present", list(present))
      document.field("Known absent", list(absent))
      document.field("Not known", list(notKnown))
      if man.combinationApplies {
        document.field(
          "More than one factor is known present",
          "\"\(content.combination.text)\" (\(content.citation(content.combination.source))) "
            + "\"\(content.together.text)\" (\(content.citation(content.together.source)))")
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

    document.heading("If you have a concern")
    let concern = content.question("concern")?.text ?? "What would you do if you had a concern?"
    document.paragraph(
      "\(concern) Follow your local safeguarding procedures, and talk to your supervisor or "
        + "safeguarding lead.")
    document.quote("\(content.closing.text) (\(content.citation(content.closing.source)))")
    return document
  }

  private func visibilityExplanation(_ visibility: Visibility) -> String {
    switch visibility {
    case .unseen:
      return "not yet both identified and contacted directly"
    case .partlySeen:
      return
        "identified and contacted, but his history, substance use, mental health and domestic abuse are not yet all explored"
    case .seen:
      return
        "identified, contacted, and his history, substance use, mental health and domestic abuse explored"
    }
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

  private func answerText(_ gap: Gap) -> String {
    guard let answer = gap.answer else { return "not answered" }
    var text = answer.value.words
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
