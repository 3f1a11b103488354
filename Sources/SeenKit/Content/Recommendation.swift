/// A recommendation of one of the sources, in its own words: the Panel's national
/// recommendations (§20 of the review) or the Foundations briefing's recommendations for policy,
/// practice and research (`recommendations.json`).
struct Recommendation: Equatable, Sendable, Identifiable {
  var id: String
  /// Plain English, faithful to the quote: "Fund local areas to develop good practice in working
  /// with fathers".
  var title: String
  /// Whom it is addressed to: "Government", "Safeguarding partnerships", "Researchers" (`for` in
  /// the JSON).
  var addressedTo: String
  /// The recommendation's own sentences, verbatim.
  var quote: String
  var source: SourceReference
}

extension Content {
  /// The recommendations grouped by the document they come from, in the manifest's order (the
  /// review first), each group in the file's order; documents without any are left out.
  var recommendationsByDocument: [(document: SourceDocument, recommendations: [Recommendation])] {
    documents.compactMap { document in
      let own = recommendations.filter { $0.source.document == document.id }
      return own.isEmpty ? nil : (document, own)
    }
  }
}
