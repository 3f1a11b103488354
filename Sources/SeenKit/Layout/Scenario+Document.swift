/// The layout of a training scenario and of the list of them.
extension Scenario {
  func document(content: Content) -> Document {
    var document = Document()
    document.title(title)
    var sources = [content.citation(source)] + alsoSee.map(content.citation)
    sources = sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    document.paragraph("Source: " + sources.joined(separator: "; ") + ".")
    // A composite's narrative says so in its first paragraph.
    ReflectionSheet.contentNote(self, content: content, into: &document)
    document.heading("What happened")
    for paragraph in narrative { document.paragraph(paragraph) }
    document.heading("Learning from the source")
    for point in learningPoints {
      document.quote(point.text, source: content.citation(point.source))
    }
    document.heading("Review it yourself")
    document.paragraph(
      "Start from its men and case details, with no answers: seen review --scenario \(id) --blank. "
        + "For a workshop, the facilitator pack (seen workshop \(id) --pack facilitator) holds what "
        + "its source says was known and done at the time, to compare with.")
    document.footer = ReflectionSheet.workshopFooter(content)
    return document
  }
}

extension Content {
  func scenarioListDocument() -> Document {
    var document = Document()
    document.title("Training scenarios")
    if scenarios.isEmpty {
      document.paragraph("This content has no scenarios.")
    }
    for scenario in scenarios {
      document.item(
        scenario.title + " (" + citation(scenario.source)
          + (scenario.composite ? "; a composite" : "") + ")",
        lead: scenario.id)
    }
    document.paragraph(
      "Show one with: seen scenarios show NAME. Review it with: seen review --scenario NAME --blank"
    )
    return document
  }
}
