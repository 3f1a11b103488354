/// A ruled box to write in: each row a label, tick boxes and labelled blanks, such as the
/// actions supervision agrees ("1. ______ Who: ____ By when: ____").
struct Box: Equatable, Sendable {
  struct Row: Equatable, Sendable {
    /// "1." or a man's label; nil for none.
    var label: String?
    var choices: [String]
    /// Labelled blanks on the row; "" for an unlabelled blank, which gets twice the room.
    var blanks: [String]
    /// The choice ticked (its index), on a filled sheet where the record says; nil for none.
    var selected: Int? = nil
  }

  var title: String
  var rows: [Row]
}

/// Lines to write on, such as the supervisor's answer to a question.
struct WritingSpace: Equatable, Sendable {
  var label: String?
  var lines: Int
}
