/// The layouts of a facilitator's plan and of a workshop handout.
extension WorkshopPlan {
  func document(content: Content) -> Document {
    var document = Document()
    document.title("Workshop plan: \(scenario.title)")
    document.paragraph(
      "\(minutes) minutes, in \(steps.count) steps. Source: \(content.citation(scenario.source)).")
    var start = 0
    for (offset, step) in steps.enumerated() {
      document.numbered(
        offset + 1,
        "\(step.title) (\(step.minutes) minutes, from minute \(start) to \(start + step.minutes)). \(step.detail)"
      )
      start += step.minutes
    }
    document.paragraph("Total: \(totalMinutes) minutes.")
    return document
  }
}

extension Scenario {
  /// The handout: the case, the review's key figures, the gap report of what was known at the
  /// time, the reflective questions, the learning, and room for actions and takeaways.
  func handoutDocument(content: Content, participants: Int = 8) -> Document {
    var document = Document()
    document.title("Workshop handout: \(title)")
    var sources = [content.citation(source)] + alsoSee.map(content.citation)
    sources = sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    document.paragraph("Source: " + sources.joined(separator: "; ") + ".")
    if composite {
      document.paragraph("This is a composite drawn from the review's findings, not a real case.")
    }
    document.heading("The case")
    for paragraph in narrative { document.paragraph(paragraph) }

    document.heading("What the review found")
    for figure in content.figures {
      document.item("\(figure.value) \(figure.text) (\(content.citation(figure.source)))")
    }

    document.heading("What was known and done at the time")
    let report = GapAnalysis.report(for: record, content: content)
    for man in report.men {
      document.item("\(man.visibility.words)", lead: man.label)
    }
    let inPlace = report.inPlace.map { ($0.man ?? "Case") + ": " + $0.item.title }
    document.paragraph(
      "In place: " + (inPlace.isEmpty ? "nothing recorded." : inPlace.joined(separator: "; ") + ".")
    )
    for tier in content.tiers {
      let gaps = report.gaps(inTier: tier.number)
      guard !gaps.isEmpty else { continue }
      document.subheading("Gaps in tier \(tier.number): \(tier.title)")
      for gap in gaps {
        var text = gap.answer.map { $0.value.words } ?? "not answered"
        if let note = gap.answer?.note { text += ". \(note)" }
        document.item(text, lead: "\(gap.item.title) (\(gap.man ?? "case"))")
      }
    }

    document.heading("Learning from the source")
    for point in learningPoints {
      document.quote("\(point.text) (\(content.citation(point.source)))")
    }

    document.heading("Reflective questions")
    for (offset, question) in content.questions.enumerated() {
      document.numbered(offset + 1, question.text)
    }

    document.heading("Agreed actions")
    for number in 1...4 {
      document.numbered(
        number, "Action: ______________________  Who: __________  By when: __________")
    }

    document.heading("One takeaway each")
    for number in 1...participants {
      document.numbered(number, "____________________________________________________________")
    }
    document.quote("\(content.closing.text) (\(content.citation(content.closing.source)))")
    return document
  }
}
