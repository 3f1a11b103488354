/// Workshop handouts and facilitator plans, laid out as documents so that they print in every
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
    var document = Document(title: title)
    document.title(title)
    document.note("Source: " + sources.joined(separator: "; ") + ".")
    document.add(
      .fields([Field(label: "Workshop"), Field(label: "Facilitator"), Field(label: "Date")]))
    if scenario.composite {
      document.paragraph("This is a composite drawn from the review's findings, not a real case.")
    }
    document.heading("The case")
    for paragraph in scenario.narrative { document.paragraph(paragraph) }

    document.heading("Key figures")
    figures(content, into: &document)

    knownAtTheTime(scenario, content: content, into: &document)
    localContacts(content, into: &document)

    document.heading("Learning from the source")
    for point in scenario.learningPoints {
      document.paragraph("\u{201C}\(point.text)\u{201D} (\(content.citation(point.source)))")
    }

    document.heading("Reflective questions")
    document.add(
      sideBySide(
        content.questions.enumerated().map { offset, question in
          self.question(offset + 1, question.text, response: nil, writingLines: 2)
        }))
    document.add(agreedActions)
    document.add(
      .box(
        Box(
          title: "One takeaway each",
          rows: (1...max(1, participants)).map {
            Box.Row(label: "\($0).", choices: [], blanks: [""])
          })))
    document.footer = footer(content)
    return ReflectionSheet(kind: .handout, document: document)
  }

  /// The gap report of the scenario's record: each man, what was in place, and the gaps by tier.
  private static func knownAtTheTime(
    _ scenario: Scenario, content: Content, into document: inout Document
  ) {
    let report = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    document.heading("What was known and done at the time")
    document.note(
      "The gap report of the scenario's record: what its source says was known and done, and \"not known\" where it is silent."
    )
    for man in report.men {
      document.item(
        "\(man.relationship.words); \(man.visibility.words) (\(man.visibility.explanation)).",
        lead: man.label)
    }
    let inPlace = report.inPlace.map { ($0.man ?? "Case") + ": " + $0.item.title }
    document.paragraph(
      "In place: " + (inPlace.isEmpty ? "nothing recorded." : inPlace.joined(separator: "; ") + ".")
    )
    for tier in content.tiers {
      let gaps = report.gaps(inTier: tier.number)
      guard !gaps.isEmpty else { continue }
      document.heading("\(gapMark)s in tier \(tier.number): \(tier.title)")
      for gap in gaps {
        var text = gap.answer.map(\.words) ?? "not answered"
        if let note = gap.answer?.note { text += ". \(note)" }
        document.item(text, lead: "\(gap.item.title) (\(gap.man ?? "case"))")
        // What the partnership adds, under the review's item, marked as local.
        if let local = content.local, let addition = content.localAddition(gap.item.id),
          let line = LocalProcedures.line(addition, safeForm: gap.isSafeForm)
        {
          document.field(local.lead, line)
        }
      }
    }
  }

  /// The facilitator's plan: numbered steps with minutes that add up to the session's length.
  public static func plan(_ plan: WorkshopPlan, content: Content) -> ReflectionSheet {
    let title = "Workshop plan: \(plan.scenario.title)"
    var document = Document(title: title)
    document.title(title)
    document.paragraph(
      "\(plan.minutes) minutes, in \(plan.steps.count) steps. Source: \(content.citation(plan.scenario.source))."
    )
    var start = 0
    for (offset, step) in plan.steps.enumerated() {
      document.item(
        step.detail,
        lead:
          "\(offset + 1). \(step.title) (\(step.minutes) minutes, from minute \(start) to \(start + step.minutes))"
      )
      start += step.minutes
    }
    document.paragraph("Total: \(plan.totalMinutes) minutes.")
    document.footer = footer(content)
    return ReflectionSheet(kind: .plan, document: document)
  }
}
