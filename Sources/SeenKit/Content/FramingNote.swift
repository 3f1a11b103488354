/// A sentence of the review on how to read what is known about a man, printed once near the top
/// of a report: verbatim in the full form, in a few plain words in the brief one.
struct FramingNote: Equatable, Sendable {
  var quotation: Quotation
  /// The quotation in a few words, no stronger than the review's own.
  var brief: String
}
