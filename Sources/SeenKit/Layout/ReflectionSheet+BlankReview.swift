/// The parts of a checklist on paper, and the participant's blank review laid out in the order
/// and numbering of the screen, so that "item 6" means the same on paper and on a laptop.
extension ReflectionSheet {
  /// A part of a checklist on paper: its heading, the items under it and their tick boxes.
  struct ChecklistGroup {
    var title: String
    var instruction: String?
    var items: [ChecklistItem]
    var choices: Choices
    /// Whether the part has a column for each man (otherwise one for the case).
    var man: Bool
  }

  /// The guided review's order: each man's items as the screen asks them (numbered 1 to N, as
  /// "1 of N"), then the case's items (numbered again from 1).
  static func screenGroups(_ content: Content) -> [ChecklistGroup] {
    [
      ChecklistGroup(
        title: "For each man",
        instruction:
          "In the order the screen asks them. Tick one box for each man: the answers the screen offers for the item (not applicable only where it is offered, with the reason).",
        items: content.items(scope: .man), choices: practiceChoices, man: true),
      ChecklistGroup(
        title: "For the case", instruction: nil, items: content.items(scope: .case),
        choices: practiceChoices, man: false),
    ]
  }

  /// The row for what he brings to the baby's care, asked on screen after his views: never a
  /// gap and never scored, so it has room to write rather than boxes.
  static func strengthsRow(columns: Int) -> [Table.Cell] {
    let words: [Inline] = [
      .strong("What he brings. "),
      .plain(
        "What does he bring to the baby's care? His strengths and how he is involved, such as feeds he gives or appointments he comes to."
      ),
    ]
    return [Table.Cell(RichText(words), writing: nil)]
      + (0..<columns).map { _ in
        Table.Cell(
          answer: AnswerLine(
            prompt: nil, choices: [], selected: nil, mark: nil, note: nil, blank: "He brings"))
      }
  }
}
