/// The layout of a training scenario and of the list of them.
extension Scenario {
  func document(content: Content) -> Document {
    var document = Document()
    document.title(title)
    var sources = [content.citation(source)] + alsoSee.map(content.citation)
    sources = sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    document.paragraph("Source: " + sources.joined(separator: "; ") + ".")
    if composite {
      document.paragraph(
        "This is a composite drawn from the review's findings, not a real case.")
    }
    document.heading("What happened")
    for paragraph in narrative { document.paragraph(paragraph) }
    document.heading("Learning from the source")
    for point in learningPoints {
      document.quote(point.text, source: content.citation(point.source))
    }
    document.heading("What was known and done at the time")
    document.paragraph(
      "The review record of this scenario holds what the source says was known and done; where it is "
        + "silent, the answer is \"not known\". See its gap report with: seen review --scenario \(id) --no-input. "
        + "Review it yourself, from its men and case details with no answers, with: "
        + "seen review --scenario \(id) --blank")
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
      "Show one with: seen scenarios show NAME. Review it with: seen review --scenario NAME")
    return document
  }
}
