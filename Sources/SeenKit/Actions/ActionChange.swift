/// Marking an agreed action done or dropped (`seen actions done`, `seen actions drop`): the
/// checks a practitioner's typing must pass, and the change itself. Pure: the command reads,
/// locks and saves the record.
public enum ActionChange: Equatable, Sendable {
  /// Done on a day, with what was done.
  case done(on: ISODate, note: String?)
  /// No longer to be done, and why.
  case dropped(reason: String)

  /// Why a change cannot be made; `message` says it in a user's words, with no case note in it.
  public enum Refusal: Error, Equatable, Sendable {
    /// No action has that number; the record's actions are counted.
    case noSuchAction(Int, count: Int)
    case alreadyDone(Int, on: ISODate)
    case alreadyDropped(Int)
    /// A note or reason that is longer than seen keeps (named by its option).
    case tooLong(String)
    /// A reason with nothing in it.
    case emptyReason

    public var message: String {
      switch self {
      case .noSuchAction(let number, let count):
        let has: String
        switch count {
        case 0: has = "this review has no agreed actions"
        case 1: has = "this review has one action, number 1"
        default: has = "this review has actions 1 to \(count)"
        }
        return "there is no action \(number); \(has)."
      case .alreadyDone(let number, let day):
        return "action \(number) was done on \(day) already; nothing was changed."
      case .alreadyDropped(let number):
        return "action \(number) was dropped already; nothing was changed."
      case .tooLong(let option): return Answer.tooLongMessage(option)
      case .emptyReason:
        return "--reason is empty; say in a few words why the action is dropped."
      }
    }
  }

  /// The day `--on` names: year-month-day, "today" or "yesterday" (any case); nil otherwise.
  public static func doneDay(_ typed: String, today: ISODate) -> ISODate? {
    switch typed.trimmingWhitespace().lowercased() {
    case "today": return today
    case "yesterday": return today.adding(days: -1)
    default: return ISODate(typed)
    }
  }

  /// The change made to action `number` (from 1) of `record`, which is returned changed; the
  /// note or reason is kept as a note is (control characters removed, trimmed).
  public static func apply(_ change: ActionChange, toAction number: Int, of record: ReviewRecord)
    throws(Refusal) -> ReviewRecord
  {
    guard number >= 1, number <= record.actions.count else {
      throw .noSuchAction(number, count: record.actions.count)
    }
    let index = number - 1
    switch record.actions[index].state {
    case .open: break
    case .done(let day, _): throw .alreadyDone(number, on: day)
    case .dropped: throw .alreadyDropped(number)
    }
    var changed = record
    switch change {
    case .done(let day, let note):
      if let note, !Answer.isWithinLimit(note) { throw .tooLong("--note") }
      changed.actions[index].state = .done(on: day, note: ManRecord.cleaned(note))
    case .dropped(let reason):
      guard Answer.isWithinLimit(reason) else { throw .tooLong("--reason") }
      guard let cleaned = ManRecord.cleaned(reason) else { throw .emptyReason }
      changed.actions[index].state = .dropped(reason: cleaned)
    }
    return changed
  }
}
