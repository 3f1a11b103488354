/// A verbatim sentence of a source with its reference.
struct Quotation: Equatable, Sendable {
  var text: String
  var source: SourceReference
}
