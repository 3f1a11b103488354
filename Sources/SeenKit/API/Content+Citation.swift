/// How content cites its sources: in full ("Myth of Invisible Men, 17.2") or by paragraph
/// alone ("17.2") where the review is the source, as the brief report does.
extension Content {
  public func citation(_ source: SourceReference) -> String {
    let name = documents.first { $0.id == source.document }?.short ?? source.document
    return "\(name), \(source.section)"
  }

  /// The paragraph alone for the review itself, the full citation for any other document.
  public func briefCitation(_ source: SourceReference) -> String {
    source.document == Content.reviewDocument ? source.section : citation(source)
  }

  /// "(17.2, 15.3)", "(17.2; guidance)" or "(guidance)": what a brief line rests on. "Guidance"
  /// marks advice that rests on wider practice guidance as well as, or instead of, the review;
  /// the full report names it.
  public func briefBasis(_ advice: SafeAdvice) -> String {
    let parts =
      [advice.source.map(briefCitation), advice.guidance.map { _ in "guidance" }].compactMap { $0 }
    return parts.isEmpty ? "" : "(" + parts.joined(separator: "; ") + ")"
  }

  /// The id of the Panel's review in `manifest.json`.
  static let reviewDocument = "myth-of-invisible-men"
}
