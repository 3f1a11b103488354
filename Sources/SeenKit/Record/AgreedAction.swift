/// An agreed action: a next step the practitioner has turned into work with an owner and a due
/// date (issue 16), kept in the review record. It names who owns it by role, never by name.
public struct AgreedAction: Equatable, Sendable {
  /// Where the action stands.
  public enum State: Equatable, Sendable {
    case open
    /// Done on a day, with what was done in the practitioner's words.
    case done(on: ISODate, note: String?)
    /// No longer to be done, and why.
    case dropped(reason: String)

    /// "open", "done" or "dropped": the word the record stores.
    public var word: String {
      switch self {
      case .open: return "open"
      case .done: return "done"
      case .dropped: return "dropped"
      }
    }
  }

  /// What is to be done: prefilled from a next step, in the practitioner's words once edited.
  public var what: String
  /// The label of the man it is for, or nil for the case as a whole.
  public var man: String?
  /// The role that owns it, from the content's list ("Health visitor"), never a name.
  public var owner: String
  public var due: ISODate
  /// The checklist item whose next step it came from, when it came from one.
  public var item: String?
  public var state: State
  /// Whether its words are sensitive whatever the record it is in records: an action carried
  /// into a re-review from a review that recorded a safety condition (`seen-review/5`
  /// `"sensitive": true`).
  public var sensitive = false

  public init(
    what: String, man: String? = nil, owner: String, due: ISODate, item: String? = nil,
    state: State = .open
  ) {
    self.what = what
    self.man = man
    self.owner = owner
    self.due = due
    self.item = item
    self.state = state
  }

  public var isOpen: Bool { state == .open }

  /// Whether it is still open after its due date.
  public func isOverdue(today: ISODate) -> Bool {
    isOpen && due < today
  }

  /// Whether it was done on or before its due date.
  public var isDoneByItsDate: Bool {
    if case .done(let day, _) = state { return day <= due }
    return false
  }
}
