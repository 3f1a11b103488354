/// The answer key of a training scenario on its own (`seen workshop NAME --pack key`): the gap
/// report of what was known and done at the time, and the learning quoted from the source, for
/// a facilitator to show or hand over after the participants' own reviews. The facilitator
/// pack holds the same, from a new page.
extension ReflectionSheet {
  /// The answer key and the learning points, with the scenario's sources and a line saying who
  /// it is for.
  public static func answerKey(scenario: Scenario, content: Content) -> ReflectionSheet {
    let title = "Answer key: \(scenario.title)"
    var document = Document(title: title)
    document.title(title)
    document.note("Source: " + sources(scenario, content: content) + ".")
    document.paragraph(
      "For the facilitator: show it after participants have done their own reviews from a blank "
        + "start, never before. It is what the source says was known and done at the time, not a "
        + "finding about any man.")
    knownAtTheTime(scenario, content: content, into: &document)
    learning(scenario, content: content, into: &document)
    document.footer = workshopFooter(content)
    return ReflectionSheet(kind: .key, document: document)
  }

  /// The learning the source draws from the case, quoted and cited.
  static func learning(_ scenario: Scenario, content: Content, into document: inout Document) {
    document.heading("Learning from the source")
    for point in scenario.learningPoints {
      document.quote(point.text, source: content.citation(point.source))
    }
  }

  /// The gap report of the scenario's record: each man, what was in place, and the gaps by tier.
  static func knownAtTheTime(
    _ scenario: Scenario, content: Content, into document: inout Document
  ) {
    let report = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    document.heading(knownAtTheTimeHeading)
    document.note(
      "The answer key: the gap report of the scenario's record, what its source says was known and done, and \"not known\" where it is silent."
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
    // What the source says was known or done that is no gap (a factor known present, a step
    // taken): part of the key too, in the source's words.
    let gapKeys = Set(report.gaps.map { "\($0.man ?? "")|\($0.item.id)" })
    var known: [(lead: String, text: String)] = []
    let answerSets =
      scenario.record.men.map { (man: Optional($0.label), answers: $0.answers) }
      + [(man: nil, answers: scenario.record.answers)]
    for (man, answers) in answerSets {
      for item in content.checklist where !gapKeys.contains("\(man ?? "")|\(item.id)") {
        guard let answer = answers[item.id], answer.note != nil else { continue }
        known.append(("\(item.title) (\(man ?? "case"))", keyLine(answer)))
      }
    }
    if !known.isEmpty {
      document.subheading("Known or done at the time")
      for entry in known { document.item(entry.text, lead: entry.lead) }
    }
    for tier in content.tiers {
      let gaps = report.gaps(inTier: tier.number)
      guard !gaps.isEmpty else { continue }
      document.subheading("\(gapMark)s in tier \(tier.number): \(tier.title)")
      for gap in gaps {
        document.item(keyLine(gap), lead: "\(gap.item.title) (\(gap.man ?? "case"))")
        // What the partnership adds, under the review's item, marked as local.
        // Each step keeps its condition: the key is a case shown to a room, and a safe form's
        // words alone would read as a finding about the man.
        if let local = content.local, let addition = content.localAddition(gap.item.id),
          let line = LocalProcedures.lineEitherWay(addition, item: gap.item)
        {
          document.field(local.lead, line)
        }
      }
    }
  }

  /// The heading of the answer key, which never appears in a participant pack.
  public static let knownAtTheTimeHeading = "What was known and done at the time"

  /// A gap as the key prints it: the answer at the time and the source's note.
  static func keyLine(_ gap: GapReport.Gap) -> String {
    gap.answer.map(keyLine) ?? "not answered"
  }

  static func keyLine(_ answer: Answer) -> String {
    answer.words + (answer.note.map { ". \($0)" } ?? "")
  }

}
