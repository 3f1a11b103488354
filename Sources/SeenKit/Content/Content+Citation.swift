/// How content cites its sources: in full ("Myth of Invisible Men, 17.2") or by paragraph
/// alone ("17.2") where the review is the source, as the brief report does.
extension Content {
  func citation(_ source: SourceReference) -> String {
    let name = documents.first { $0.id == source.document }?.short ?? source.document
    return "\(name), \(source.section)"
  }

  /// The paragraph alone for the review itself, the full citation for any other document.
  func briefCitation(_ source: SourceReference) -> String {
    source.document == Content.reviewDocument ? source.section : citation(source)
  }

  /// Several references as one citation, a document named once for its paragraphs, in the order
  /// first cited: "Myth of Invisible Men, 6.8, 6.20; Pan Bedfordshire briefing, Key findings".
  func citation(_ sources: [SourceReference]) -> String {
    Self.grouped(sources).map(citation).joined(separator: "; ")
  }

  /// Several references as one brief citation: "6.8, 6.20; Pan Bedfordshire briefing, Key
  /// findings".
  func briefCitation(_ sources: [SourceReference]) -> String {
    Self.grouped(sources).map(briefCitation).joined(separator: "; ")
  }

  /// One reference per document, its sections joined in the order first cited.
  static func grouped(_ sources: [SourceReference]) -> [SourceReference] {
    var grouped: [SourceReference] = []
    for source in sources {
      if let index = grouped.firstIndex(where: { $0.document == source.document }) {
        grouped[index].section += ", " + source.section
      } else {
        grouped.append(source)
      }
    }
    return grouped
  }

  /// "(17.2, 15.3)", "(17.2; guidance)" or "(guidance)": what a brief line rests on. "Guidance"
  /// marks advice that rests on wider practice guidance as well as, or instead of, the review;
  /// the full report names it.
  func briefBasis(_ advice: SafeAdvice) -> String {
    let parts =
      [
        advice.sources.isEmpty ? nil : briefCitation(advice.sources),
        advice.guidance.map { _ in "guidance" },
      ].compactMap { $0 }
    return parts.isEmpty ? "" : "(" + parts.joined(separator: "; ") + ")"
  }

  /// The id of the Panel's review in `manifest.json`.
  static let reviewDocument = "myth-of-invisible-men"
}
