/// Where a piece of content comes from: a document of the manifest and a section within it.
public struct SourceReference: Equatable, Hashable, Sendable {
  /// The id of a document in `manifest.json`, such as `myth-of-invisible-men`.
  public var document: String
  /// A paragraph such as `19.6`, or a part such as `box 7` or `case study 2`.
  public var section: String

  public init(document: String, section: String) {
    self.document = document
    self.section = section
  }
}

/// One of the documents the content quotes.
public struct SourceDocument: Equatable, Sendable {
  public var id: String
  /// The name used in citations: "Myth of Invisible Men, 19.6".
  public var short: String
  public var title: String
  public var publisher: String
  public var date: String
  public var licence: String
  /// The file name of the document's text in `shared/seeds/`, used by the verbatim checks.
  public var seed: String
}

/// A verbatim sentence of a source with its reference.
public struct Quotation: Equatable, Sendable {
  public var text: String
  public var source: SourceReference
}
