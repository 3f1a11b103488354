/// The layout of `seen content`: everything the tool draws on, with its sources.
extension Content {
  func document() -> Document {
    var document = Document()
    document.title("seen content \(version)")
    document.paragraph(
      "What seen draws on, with the source of every item, so that you can check it and a trainer can "
        + "point to it. Sources: "
        + documents.map { "\($0.short): \($0.title) (\($0.publisher), \($0.date))" }
        .joined(separator: "; ") + ".")
    addLocal(to: &document)

    document.heading("Reflective questions")
    for (offset, question) in questions.enumerated() {
      document.numbered(
        offset + 1, "\(question.text) [\(question.id)] (\(citation(question.source)))")
    }
    document.quote(closing.text, source: citation(closing.source))

    document.heading("Risk factors")
    for factor in riskFactors {
      document.item(factor.explanation, lead: "\(factor.title) [\(factor.id)]")
      document.field("Source", citation(factor.explanationSources))
      // Each quotation is labelled with its own document: two of the seven are the Bedfordshire
      // briefing's words, not the review's.
      document.field("In its words", "\"\(factor.quote)\" (\(citation(factor.source)))")
    }
    for note in [trigger, combination, together] {
      document.paragraph("\"\(note.text)\" (\(citation(note.source)))")
    }

    addTiers(to: &document)

    document.heading("Key figures")
    for figure in figures {
      document.item(citedSentence(figure))
    }

    addChecklist(to: &document)
    addRecommendations(to: &document)
    return document
  }

  private func addTiers(to document: inout Document) {
    document.heading("The four tier model")
    for tier in tiers {
      document.subheading("Tier \(tier.number): \(tier.title)")
      document.paragraph(tier.points.joined(separator: "; ") + ".")
      document.paragraph(tier.summary + " (\(citation(tier.sources)))")
      document.quote(tier.quote, source: citation(tier.quoteSource))
      for challenge in tier.challenges {
        document.item("", lead: "\(challenge.title) (\(citation(challenge.source)))")
        for question in challenge.questions {
          document.item(question, level: 1)
        }
      }
    }
  }

  /// Which local file is in use, and what it adds beyond each item: its contacts, its links.
  private func addLocal(to document: inout Document) {
    guard let local else {
      document.paragraph(
        "No local file: the review's content alone. A partnership adds its own procedures and "
          + "contacts with --local FILE, SEEN_LOCAL or ~/.config/seen/local.json.")
      return
    }
    document.paragraph(
      "Local file: \(local.path ?? "given") (partnership \(local.partnership), version "
        + "\(local.version)). It adds to the review's content and changes none of it: each "
        + "addition is marked \"\(local.lead)\", and its own items have ids starting "
        + "\"\(LocalProcedures.itemPrefix)\".")
    document.heading("Local procedures: \(local.partnership)")
    for contact in local.contacts { document.item(contact.how, lead: contact.role) }
    for link in local.links { document.item(link.url, lead: link.title) }
    for policy in local.documents {
      document.item(policy.url ?? "a local policy", lead: policy.title)
    }
  }

  /// The checklist in three groups: per man, what is known about each man, and the case.
  private func addChecklist(to document: inout Document) {
    let groups: [(String, [ChecklistItem])] = [
      (
        "Checklist: asked for each man",
        items(scope: .man).filter { $0.kind != .knowledge }
      ),
      ("Checklist: what you know about each man", items(scope: .man, kind: .knowledge)),
      ("Checklist: asked once for the case", items(scope: .case)),
    ]
    for (title, items) in groups where !items.isEmpty {
      document.heading(title)
      for item in items {
        document.item(item.prompt, lead: "\(item.title) [\(item.id)]")
        document.field("Tier", item.tier == 0 ? "none: a local item" : "\(item.tier)")
        document.field("Answers", item.allowedAnswers.map(\.rawValue).joined(separator: ", "))
        document.field("Why", item.why)
        document.field("Next", item.next)
        document.field("Source", citation(item.sources))
        if let guidance = item.nextGuidance { document.field("Also rests on", guidance) }
        if let safe = item.safeNext {
          document.field("Next, planned for safety", safe.advice)
          if !safe.sources.isEmpty { document.field("Source", citation(safe.sources)) }
          if let guidance = safe.guidance { document.field("Also rests on", guidance) }
        }
        if item.isSensitive { document.field("Notes", "sensitive: left out of outputs by default") }
        if let local, let addition = localAddition(item.id) {
          if let line = LocalProcedures.line(addition) { document.field(local.lead, line) }
          // A local item's own step for safety is its "Next, planned for safety" above.
          if item.safeNext != nil && !item.isLocal {
            document.field(
              "\(local.lead), planned for safety",
              addition.locallyForSafety
                ?? "no local step: where contact is planned for safety, none is shown.")
          }
        }
      }
    }
  }
}
