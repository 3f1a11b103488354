/// Tick boxes for one answer: the choices, the one ticked, and a mark that says, in a symbol and
/// a word and never by colour alone, that the answer is a gap.
struct AnswerLine: Equatable, Sendable {
  /// What is asked, such as "Lives with the baby?"; nil inside a table row that asks it.
  var prompt: RichText?
  /// Short, for a tick box: "yes", "not known", "n/a".
  var choices: [String]
  /// The index of the ticked choice; nil when nothing is ticked.
  var selected: Int?
  var mark: Mark?
  var note: RichText?
  /// A labelled blank to write on under the boxes, such as "Reason" beside an n/a that gives
  /// none; nil for none.
  var blank: String? = nil
}

/// A sign that survives black-and-white printing: "(!) Gap: not yet done".
struct Mark: Equatable, Sendable {
  var symbol: String
  var word: String
  var text: String

  static func gap(_ text: String) -> Mark {
    Mark(symbol: "(!)", word: "Gap", text: text)
  }

  var words: String { "\(symbol) \(word): \(text)" }
}
