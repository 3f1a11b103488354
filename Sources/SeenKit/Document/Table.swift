/// A table whose columns say what they hold, so that each writer can align numbers, make the
/// label column a row heading and draw tick boxes: a team summary's counts, a sheet's checklist.
struct Table: Equatable, Sendable {
  struct Column: Equatable, Sendable {
    enum Role: Equatable, Sendable {
      /// The row's heading, such as an item's title.
      case label
      case text
      /// Right-aligned figures.
      case number
      /// Tick boxes, one set for each row.
      case answer
    }

    var title: String
    var role: Role
  }

  /// A cell: text, or tick boxes in an answer column.
  struct Cell: Equatable, Sendable {
    var text: RichText
    var answer: AnswerLine?
    /// Room to write under the cell's text, such as the supervisor's note beside an item.
    var writing: WritingSpace?

    init(_ text: RichText = RichText([]), answer: AnswerLine? = nil, writing: WritingSpace? = nil) {
      self.text = text
      self.answer = answer
      self.writing = writing
    }
  }

  var caption: String?
  /// How to read or fill it in, such as "Tick one box for each man."
  var instruction: String?
  var columns: [Column]
  var rows: [[Cell]]
  /// What the table's short labels stand for.
  var note: RichText?
}
