import SeenKit

/// `seen review --action "WHAT|FOR|OWNER|DUE"`: an agreed action from a script
/// (`ActionAssignment`). A mistake is a usage error (exit 64) in one line; a due date in the
/// past is kept, with a warning.
enum ActionOption {
  /// Adds the action `text` gives to `record` (`seen review --action`).
  static func apply(
    _ text: String, number: Int, to record: inout ReviewRecord, content: Content, today: ISODate,
    console: Console
  ) throws(CommandError) {
    var repeats: [String] = []
    try apply(
      text, number: number, to: &record, content: content, today: today, console: console,
      supervisor: nil, repeats: &repeats)
  }

  /// Adds the action `text` gives to `record`; returns its number (from 1).
  ///
  /// - Parameter supervisor: the role of the supervisor agreeing it (`seen supervise`): the
  ///   action is checked for safety as the guided review checks one, an action identical to one
  ///   still open is not added twice (said in `repeats`, for the caller to show once the
  ///   supervision is to be saved), and the advice is worded for that role.
  static func apply(
    _ text: String, number: Int, to record: inout ReviewRecord, content: Content, today: ISODate,
    console: Console, supervisor: String?, repeats: inout [String]
  ) throws(CommandError) -> Int {
    let action: AgreedAction
    do {
      action = try ActionAssignment.parse(text, record: record, content: content, today: today)
    } catch {
      throw CommandError(.usage, "--action \(number): \(error.message).")
    }
    return add(
      action, source: "--action \(number)", to: &record, content: content, today: today,
      console: console, supervisor: supervisor, repeats: &repeats)
  }

  /// Adds a parsed action to `record`, with the warnings `--action` gives (a due date past, a
  /// step for today given later, own words where contact is planned for safety); returns its
  /// number. `source` names it in a warning ("--action 2", "actions[0] in notes.json").
  static func add(
    _ action: AgreedAction, source: String, to record: inout ReviewRecord, content: Content,
    today: ISODate, console: Console, supervisor: String?, repeats: inout [String]
  ) -> Int {
    if supervisor != nil, let open = record.openAction(identicalTo: action) {
      repeats.append(
        "note: \(source) is the same as open action \(open) (the same words, man, owner and due date), so it is not added twice; this supervision records action \(open).\n"
      )
      return open
    }
    if let past = ActionAssignment.pastDue(action, today: today) {
      console.writeErr(
        "warning: \(source): \(past); the action is kept, and shows as overdue.\n")
    }
    if let later = ActionAssignment.todayStepLater(action, today: today) {
      console.writeErr(
        "warning: \(source): \(later); the due date \(action.due) is kept.\n")
    }
    // A supervision's action is checked as the guided review checks one; `seen review` marks
    // its own once the review is finished (`bringActionsToSafeWording`).
    record.actions.append(
      supervisor.map { role in
        checkedForSafety(action, record: record, content: content, console: console) {
          (source, ActionAssignment.ownWordsForSafety(supervisor: role, content: content))
        }
      } ?? action)
    return record.actions.count
  }

  /// The action, marked sensitive with a warning where it is in the practitioner's own words
  /// and the report plans contact for safety, as the guided review does. `source` gives what
  /// names it and what the warning advises.
  static func checkedForSafety(
    _ action: AgreedAction, record: ReviewRecord, content: Content, console: Console,
    source: () -> (name: String, advice: String)
  ) -> AgreedAction {
    let action = ActionAssignment.checkedForSafety(action, record: record, content: content)
    guard action.sensitive else { return action }
    let (name, advice) = source()
    console.writeErr(
      "warning: \(name) is in your own words, and contact with \(action.man.map { "'\($0.shownInMessage)'" } ?? "the men in this case") is planned for safety: \(advice)\n"
    )
    return action
  }
}
