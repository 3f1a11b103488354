/// "Agreed actions" in the gap report and the filled reflection sheet: each action numbered from
/// 1 in record order, with what is to be done, for which man or the case, the role that owns
/// it, when it is due and where it stands, counted from `today`.
extension GapReport {
  func actionsSection(_ document: inout Document) {
    guard !actions.isEmpty else { return }
    document.heading("Agreed actions")
    Self.actionEntries(actions, today: today, into: &document)
  }

  /// The actions as numbered entries, each with its details as labelled lines.
  static func actionEntries(
    _ actions: [AgreedAction], today: ISODate?, into document: inout Document
  ) {
    for (offset, action) in actions.enumerated() {
      document.numbered(offset + 1, action.what)
      document.field("For", action.man ?? "the case")
      document.field("Owner", action.owner)
      document.field("Due", action.due.description)
      document.field("State", actionState(action, today: today))
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
