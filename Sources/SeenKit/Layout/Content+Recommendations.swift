/// The recommendations section of `seen content`: what the sources recommend, in their own words,
/// grouped by document (the review first).
extension Content {
  func addRecommendations(to document: inout Document) {
    let groups = recommendationsByDocument
    guard !groups.isEmpty else { return }
    document.heading("Recommendations")
    document.paragraph(
      "What the sources recommend, in their own words, and whom each recommendation is for.")
    for (source, recommendations) in groups {
      document.subheading("\(source.short) (\(source.date))")
      for recommendation in recommendations {
        document.item("", lead: "\(recommendation.title) [\(recommendation.id)]")
        document.field("For", recommendation.addressedTo)
        document.field("In its words", recommendation.quote)
        document.field("Source", citation(recommendation.source))
      }
    }
  }
}
