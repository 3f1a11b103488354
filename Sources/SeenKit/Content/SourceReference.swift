/// Where a piece of content comes from: a document of the manifest and a section within it.
struct SourceReference: Equatable, Hashable, Sendable {
  /// The id of a document in `manifest.json`, such as `myth-of-invisible-men`.
  var document: String
  /// A paragraph such as `19.6`, or a part such as `box 7` or `case study 2`.
  var section: String
}

/// One of the documents the content quotes.
struct SourceDocument: Equatable, Sendable {
  var id: String
  /// The name used in citations: "Myth of Invisible Men, 19.6".
  var short: String
  var title: String
  var publisher: String
  var date: String
  var licence: String
  /// The file name of the document's text in `shared/seeds/`, used by the verbatim checks.
  var seed: String
}

/// A verbatim sentence of a source with its reference.
struct Quotation: Equatable, Sendable {
  var text: String
  var source: SourceReference
}
