/// "Agreed actions" in the gap report and the filled reflection sheet: each action numbered from
/// 1 in record order, with what is to be done, for which man or the case, the role that owns
/// it, when it is due and where it stands, counted from `today`.
extension GapReport {
  func actionsSection(_ document: inout Document) {
    guard !actions.isEmpty else { return }
    document.heading("Agreed actions")
    Self.actionEntries(actions, today: today, into: &document)
  }

  /// The actions as numbered entries, each with its details as labelled lines, and each kept
  /// together on a printed page.
  static func actionEntries(
    _ actions: [AgreedAction], today: ISODate?, into document: inout Document
  ) {
    for (offset, action) in actions.enumerated() {
      var entry = ListEntry(marker: .number(offset + 1), text: RichText(action.what))
      entry.fields = [
        Field(label: "For", value: RichText(action.man ?? "the case")),
        Field(label: "Owner", value: RichText(action.owner)),
        Field(label: "Due", value: RichText(action.due.description)),
        Field(label: "State", value: RichText(actionState(action, today: today))),
      ]
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
      return "done \(day)" + (note.map { " (\($0))" } ?? "")
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
