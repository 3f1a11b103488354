import SeenKit

/// `seen review --action "WHAT|FOR|OWNER|DUE"`: an agreed action from a script
/// (`ActionAssignment`). A mistake is a usage error (exit 64) in one line; a due date in the
/// past is kept, with a warning.
enum ActionOption {
  static func apply(
    _ text: String, number: Int, to record: inout ReviewRecord, content: Content, today: ISODate,
    console: Console, checkingSafety: Bool = false
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
    // A supervision's action is checked as the guided review checks one; `seen review` marks
    // its own once the review is finished (`bringActionsToSafeWording`).
    record.actions.append(
      checkingSafety
        ? ActionOption.checkedForSafety(action, record: record, content: content, console: console)
        {
          "--action \(number)"
        } : action)
  }

  /// The action, marked sensitive with a warning where it is in the practitioner's own words
  /// and the report plans contact for safety, as the guided review does.
  static func checkedForSafety(
    _ action: AgreedAction, record: ReviewRecord, content: Content, console: Console,
    source: () -> String
  ) -> AgreedAction {
    let action = ActionAssignment.checkedForSafety(action, record: record, content: content)
    guard action.sensitive else { return action }
    console.writeErr(
      "warning: \(source()) is in your own words, and contact with \(action.man.map { "'\($0.shownInMessage)'" } ?? "the men in this case") is planned for safety: \(ActionAssignment.ownWordsForSafety)\n"
    )
    return action
  }
}
