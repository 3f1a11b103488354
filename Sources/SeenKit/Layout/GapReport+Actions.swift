/// "Agreed actions" in the gap report and the filled reflection sheet: each action numbered from
/// 1 in record order, with what is to be done, for which man or the case, the role that owns
/// it, when it is due and where it stands, counted from `today`.
extension GapReport {
  func actionsSection(_ document: inout Document) {
    guard !actions.isEmpty else { return }
    document.heading("Agreed actions")
    Self.actionEntries(actions, today: today, safetyCheck: actionSafetyCheck, into: &document)
  }

  /// The "Safety:" line beside each open action: where the review records a safety condition,
  /// what it records; where a man's safety is not yet known, that contact is planned as if there
  /// were a concern (an action to meet him is no safer for the concern being unknown); nil
  /// where neither holds.
  var actionSafetyCheck: String? {
    Self.actionSafetyCheck(
      recorded: hasRecordedSafetyCondition ? recordedSafetyWords ?? "" : nil,
      plannedAsIf: safetyConditionHolds)
  }

  /// The same for a record read without its report (`seen actions`).
  static func actionSafetyCheck(recorded: String?, plannedAsIf: Bool) -> String? {
    if let recorded { return actionSafetyCheck(recorded: recorded) }
    guard plannedAsIf else { return nil }
    return "not yet known whether there is domestic abuse, a protective order or a threat, so "
      + "plan as if there were: " + actionSafetyTail
  }

  /// Beside an open action in a review that records a safety condition: whatever it says, and
  /// whenever it was agreed, it is checked before anyone acts on it (practice guidance).
  /// `recorded` is what the review records, in words (`SafetyReason.recordedWords`: fear alone
  /// is said as fear, not as a safety concern); `where` which review records it.
  static func actionSafetyCheck(recorded: String, where place: String = "in this review")
    -> String
  {
    (recorded.isEmpty ? "a safety concern is recorded" : recorded) + " \(place): "
      + actionSafetyTail
  }

  private static let actionSafetyTail =
    "check this action with your manager or safeguarding lead before acting on it, plan any "
    + "contact with him for safety, and never tell him anything the mother said."

  /// The actions as numbered entries, each with its details as labelled lines, and each kept
  /// together on a printed page.
  static func actionEntries(
    _ actions: [AgreedAction], today: ISODate?, safetyCheck: String? = nil,
    into document: inout Document
  ) {
    for (offset, action) in actions.enumerated() {
      var entry = ListEntry(marker: .number(offset + 1), text: RichText(action.what))
      entry.fields = [
        Field(label: "For", value: RichText(action.man ?? "the case")),
        Field(label: "Owner", value: RichText(action.owner)),
        Field(label: "Due", value: RichText(action.due.description)),
        Field(label: "State", value: RichText(actionState(action, today: today))),
      ]
      if let safetyCheck, action.isOpen {
        entry.fields.append(Field(label: "Safety", value: RichText(safetyCheck)))
      }
      document.add(
        .group(Group(arrangement: .together, blocks: [.list(List(entries: [entry]))])))
    }
  }

  /// "open", "overdue by 3 days", "done 2026-12-09 (GP replied)" or "dropped: he moved away".
  static func actionState(_ action: AgreedAction, today: ISODate?) -> String {
    switch action.state {
    case .open:
      guard let today, action.isOverdue(today: today) else { return "open" }
      return "overdue by \(daysOverdue(action, today: today))"
    case .done(let day, let note):
      return "done \(day)" + (note.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? "")
    case .dropped(let reason):
      return "dropped: \(reason)"
    }
  }

  /// "1 day", "12 days": how long an open action is past its due date.
  private static func daysOverdue(_ action: AgreedAction, today: ISODate) -> String {
    let days = action.due.days(to: today)
    return "\(days) day\(days == 1 ? "" : "s")"
  }
}
