/// One writer per format, each taking a document made safe for its medium. A product builds its
/// layout once and gets every format by handing it to each writer.
protocol DocumentWriter {
  associatedtype Output
  /// The medium the writer's text is made safe for.
  static var medium: Medium { get }
  /// Writes a document already made safe for `medium`.
  func write(_ document: SafeDocument) -> Output
}

extension DocumentWriter {
  /// Makes the document safe for this writer's medium, then writes it: the one way in.
  func write(_ document: Document) -> Output {
    write(SafeDocument(document, for: Self.medium))
  }
}
