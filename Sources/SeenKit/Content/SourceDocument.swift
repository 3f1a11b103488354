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
