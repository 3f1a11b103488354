/// Workshop handouts and facilitator plans, laid out as sheets so that they print in every
/// format a reflection sheet does: text, Markdown, HTML and PDF.
extension ReflectionSheet {
  /// The handout: the case, the key figures with their sources, the gap report of what was known at the
  /// time, the learning quoted from the source, the reflective questions, a box for up to four
  /// agreed actions and a line for each participant's takeaway.
  ///
  /// The scenario's notes are printed in full: they are its published source's own account, not
  /// a family's case notes, so the sensitive-field rule for case records does not hide them (it
  /// would show "[sensitive note left out]" where the source says nothing).
  public static func handout(scenario: Scenario, content: Content, participants: Int = 8)
    -> ReflectionSheet
  {
    let title = "Workshop handout: \(scenario.title)"
    var sources = [content.citation(scenario.source)] + scenario.alsoSee.map(content.citation)
    sources = sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    var blocks: [Block] = [
      .note("Source: " + sources.joined(separator: "; ") + "."),
      .fields([Field("Workshop"), Field("Facilitator"), Field("Date")]),
    ]
    if scenario.composite {
      blocks.append(
        .paragraph("This is a composite drawn from the review's findings, not a real case."))
    }
    blocks.append(.heading("The case"))
    blocks += scenario.narrative.map { .paragraph($0) }

    blocks.append(.heading("Key figures"))
    blocks.append(
      .list(
        content.figures.map { figure in
          ListEntry(lead: figure.value, text: content.citedSentence(figure))
        }))

    let report = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    blocks.append(.heading("What was known and done at the time"))
    blocks.append(
      .note(
        "The gap report of the scenario's record: what its source says was known and done, and \"not known\" where it is silent."
      ))
    blocks.append(
      .list(
        report.men.map { man in
          ListEntry(
            lead: man.label,
            text:
              "\(man.relationship.words); \(man.visibility.words) (\(man.visibility.explanation)).")
        }))
    let inPlace = report.inPlace.map { ($0.man ?? "Case") + ": " + $0.item.title }
    blocks.append(
      .paragraph(
        "In place: "
          + (inPlace.isEmpty ? "nothing recorded." : inPlace.joined(separator: "; ") + ".")))
    for tier in content.tiers {
      let gaps = report.gaps(inTier: tier.number)
      guard !gaps.isEmpty else { continue }
      blocks.append(.heading("\(gapMark)s in tier \(tier.number): \(tier.title)"))
      blocks.append(
        .list(
          gaps.map { gap in
            var text = gap.answer.map(\.words) ?? "not answered"
            if let note = gap.answer?.note { text += ". \(note)" }
            return ListEntry(lead: "\(gap.item.title) (\(gap.man ?? "case"))", text: text)
          }))
    }

    blocks.append(.heading("Learning from the source"))
    blocks += scenario.learningPoints.map { point in
      .paragraph("\u{201C}\(point.text)\u{201D} (\(content.citation(point.source)))")
    }

    blocks.append(.heading("Reflective questions"))
    for (offset, question) in content.questions.enumerated() {
      blocks.append(
        .question(
          Question(
            number: offset + 1, text: question.text, source: nil, response: nil, responseLabel: nil,
            writingLabel: nil, writingLines: 2)))
    }
    blocks.append(agreedActions)
    blocks.append(
      .box(
        Box(
          title: "One takeaway each",
          rows: (1...max(1, participants)).map {
            BoxRow(label: "\($0).", choices: [], blanks: [""])
          })))
    return ReflectionSheet(
      kind: .handout, title: title, documentTitle: title, blocks: blocks, footer: footer(content))
  }

  /// The facilitator's plan: numbered steps with minutes that add up to the session's length.
  public static func plan(_ plan: WorkshopPlan, content: Content) -> ReflectionSheet {
    let title = "Workshop plan: \(plan.scenario.title)"
    var start = 0
    var entries: [ListEntry] = []
    for (offset, step) in plan.steps.enumerated() {
      entries.append(
        ListEntry(
          lead:
            "\(offset + 1). \(step.title) (\(step.minutes) minutes, from minute \(start) to \(start + step.minutes))",
          text: step.detail))
      start += step.minutes
    }
    let blocks: [Block] = [
      .paragraph(
        "\(plan.minutes) minutes, in \(plan.steps.count) steps. Source: \(content.citation(plan.scenario.source))."
      ),
      .list(entries),
      .paragraph("Total: \(plan.totalMinutes) minutes."),
    ]
    return ReflectionSheet(
      kind: .plan, title: title, documentTitle: title, blocks: blocks, footer: footer(content))
  }
}
