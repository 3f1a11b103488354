/// A figure from the review or a document about it, as one full sentence: what was counted, of
/// what, when and where, in the source's words, such as "Of the 92 children in the review, 45 were
/// known only to universal services at the time of the abuse."
struct KeyFigure: Equatable, Sendable, Identifiable {
  var id: String
  /// The figure alone, as a lead in tables and sheets: "92", "35%".
  var value: String
  /// The full sentence, plain English and faithful to the source; the value appears in it.
  var sentence: String
  var quote: String
  var source: SourceReference
}

extension Content {
  /// The figure's sentence with its citation before the full stop: "Of the 92 children in the
  /// review, 45 were known only to universal services at the time of the abuse (Myth of Invisible
  /// Men, 5.1–5.2)."
  func citedSentence(_ figure: KeyFigure) -> String {
    var sentence = Substring(figure.sentence)
    while sentence.last == "." { sentence = sentence.dropLast() }
    return "\(sentence) (\(citation(figure.source)))."
  }
}
