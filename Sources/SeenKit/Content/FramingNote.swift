/// A sentence of the review on how to read what is known about a man, printed once near the top
/// of a report: verbatim in the full form, in a few plain words in the brief one.
public struct FramingNote: Equatable, Sendable {
  public var quotation: Quotation
  /// The quotation in a few words, no stronger than the review's own.
  public var brief: String

  public init(quotation: Quotation, brief: String) {
    self.quotation = quotation
    self.brief = brief
  }
}
