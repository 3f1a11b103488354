/// The checklist tables of a sheet: a column of tick boxes for each man (or the case), filled
/// from a record or left blank, in the content's order or the guided review's.
extension ReflectionSheet {
  /// What one man's (or the case's) cell of a checklist holds.
  struct Cell: Equatable {
    var selected: AnswerValue?
    var note: String?
    /// Why the answer is a gap ("not yet done", "not known"), when it is one.
    var gap: String?
    /// Words in place of the answer boxes: for a man no longer in the baby's life, who is asked
    /// nothing more.
    var instead: String? = nil
    /// Why an n/a does not apply, printed beside the ticked box.
    var reason: NotApplicableReason? = nil
    /// A labelled blank to write on under the boxes ("Reason" for an n/a without one).
    var blank: String? = nil
  }

  /// The answers an item can take, in order, each with its short label for a tick box.
  typealias Choices = [(value: AnswerValue, label: String)]

  static let practiceChoices: Choices = [
    (.yes, "yes"), (.partly, "partly"), (.no, "no"), (.unknown, "not known"), (.na, "n/a"),
  ]
  static let knowledgeChoices: Choices = [
    (.present, "present"), (.absent, "none found"), (.unknown, "not known"),
  ]
  static let conditionChoices: Choices = [
    (.yes, "yes"), (.no, "no"), (.unknown, "not known"),
  ]

  /// - Parameter safeForm: whether an item's step is in its safe form; nil where it is not known
  ///   (a blank sheet), when its local addition says what to do either way.
  /// - Parameter writing: the label of the line to write on beside each item, given whether its
  ///   answers take n/a; nil for none (a workshop's handout).
  /// - Parameter asOnScreen: each item's boxes are the answers the guided review offers for it
  ///   (`AnswerChoice.offered`), in its words, for a sheet filled in instead of the screen (a
  ///   participant's blank review); otherwise the answers a record can hold.
  static func checklists(
    _ content: Content, columns: [String], safeForm: (ChecklistItem) -> Bool? = { _ in nil },
    writing: (Bool) -> String? = { _ in nil }, asOnScreen: Bool = false,
    cells: (ChecklistItem, Int) -> Cell
  ) -> [Block] {
    let groups =
      asOnScreen
      ? screenGroups(content)
      : [
        ChecklistGroup(
          title: "Safety, before any contact",
          instruction:
            "For each man: is contact to be planned for safety with your manager or safeguarding lead?",
          items: content.items(scope: .man, kind: .condition), choices: conditionChoices, man: true),
        ChecklistGroup(
          title: "What you have done with each man",
          instruction:
            "Tick one box for each man: yes, partly, no, not known, or n/a (not applicable, with the reason).",
          items: content.items(scope: .man, kind: .practice), choices: practiceChoices, man: true),
        ChecklistGroup(
          title: "What you know about each man",
          instruction:
            "What is known, for each man? Factors found in the review's cases (19.3, 7.7, 7.8, 8.1, 8.2; not \"abuse he experienced\"): risk occurs in their combination, and many men with them care for their children well (6.20).",
          items: content.items(scope: .man, kind: .knowledge), choices: knowledgeChoices, man: true),
        ChecklistGroup(
          title: "For the case", instruction: nil, items: content.items(scope: .case),
          choices: practiceChoices, man: false),
      ]
    var number = 0
    var blocks: [Block] = []
    for group in groups where !group.items.isEmpty {
      let groupColumns = group.man ? columns : ["Case"]
      // On screen each part counts from 1 ("1 of 22" for a man, "1 of 3" for the case).
      if asOnScreen { number = 0 }
      func row(_ item: ChecklistItem) -> [Table.Cell] {
        number += 1
        var words: [Inline] = [
          .plain("\(number). "), .strong(item.title + ". "), .plain(item.prompt),
        ]
        // The partnership's own step under the review's text, marked as local.
        if let local = content.local, let addition = content.localAddition(item.id),
          let line = safeForm(item).map({ LocalProcedures.line(addition, safeForm: $0) })
            ?? LocalProcedures.lineEitherWay(addition, item: item)
        {
          words += [.strong(" \(local.lead): "), .plain(line)]
        }
        // A condition in the case's part (the practitioner's fear) takes only its own answers.
        let choices: Choices =
          asOnScreen
          ? AnswerChoice.offered(for: item).map { ($0.value, $0.words) }
          : item.kind == .condition ? conditionChoices : group.choices
        let allowsNA = choices.contains { $0.value == .na }
        let label = Table.Cell(
          RichText(words), writing: writing(allowsNA).map { WritingSpace(label: $0, lines: 1) })
        return [label]
          + groupColumns.indices.map { column in
            let cell = cells(item, column)
            if let instead = cell.instead {
              return Table.Cell(
                answer: AnswerLine(
                  prompt: nil, choices: [], selected: nil, mark: nil, note: RichText(instead)))
            }
            // A ticked n/a says why beside it, where the reason is not in the note.
            var labels = choices.map(\.label)
            let selected = cell.selected.flatMap { value in
              choices.firstIndex { $0.value == value }
            }
            if let selected, cell.selected == .na, let reason = cell.reason,
              reason == .movedAway || reason == .deceased
            {
              labels[selected] += ": \(reason.words)"
            }
            return Table.Cell(
              answer: AnswerLine(
                prompt: nil, choices: labels, selected: selected,
                mark: cell.gap.map { Mark.gap($0) }, note: cell.note.map { RichText($0) },
                blank: cell.blank))
          }
      }
      var rows: [[Table.Cell]] = []
      for item in group.items {
        rows.append(row(item))
        // What he brings is asked on screen straight after his views: a box for it here too.
        if asOnScreen, group.man, item.id == ReviewSession.strengthsFollow {
          rows.append(strengthsRow(columns: groupColumns.count))
        }
      }
      blocks.append(.heading(Heading(level: 2, text: group.title)))
      blocks.append(
        .table(
          Table(
            caption: nil, instruction: group.instruction,
            columns: [Table.Column(title: "Item", role: .label)]
              + groupColumns.map { Table.Column(title: $0, role: .answer) },
            rows: rows, note: nil)))
    }
    return blocks
  }
}
