import SeenKit

/// `seen review --action "WHAT|FOR|OWNER|DUE"`: an agreed action from a script
/// (`ActionAssignment`). A mistake is a usage error (exit 64) in one line; a due date in the
/// past is kept, with a warning.
enum ActionOption {
  static func apply(
    _ text: String, number: Int, to record: inout ReviewRecord, content: Content, today: ISODate,
    console: Console
  ) throws(CommandError) {
    let action: AgreedAction
    do {
      action = try ActionAssignment.parse(text, record: record, content: content, today: today)
    } catch {
      throw CommandError(.usage, "--action \(number): \(error.message).")
    }
    if let past = ActionAssignment.pastDue(action, today: today) {
      console.writeErr(
        "warning: --action \(number): \(past); the action is kept, and shows as overdue.\n")
    }
    if let later = ActionAssignment.todayStepLater(action, today: today) {
      console.writeErr(
        "warning: --action \(number): \(later); the due date \(action.due) is kept.\n")
    }
    record.actions.append(action)
  }
}
