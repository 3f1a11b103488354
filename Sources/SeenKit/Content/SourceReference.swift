/// Where a piece of content comes from: a document of the manifest and a section within it.
struct SourceReference: Equatable, Hashable, Sendable {
  /// The id of a document in `manifest.json`, such as `myth-of-invisible-men`.
  var document: String
  /// A paragraph such as `19.6`, or a part such as `box 7` or `case study 2`.
  var section: String
}
