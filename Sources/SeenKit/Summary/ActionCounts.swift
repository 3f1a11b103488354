/// The agreed actions of the reviews counted (issue 16): how many were agreed, done by their
/// date, done late, still open, overdue (open after their due date, counted from `today`),
/// dropped; and the same by the role that owns them. Counts only: no action's words are kept.
struct ActionCounts: Equatable, Sendable {
  /// One owner's (or every owner's) counts.
  struct Counts: Equatable, Sendable {
    var agreed = 0
    var doneByItsDate = 0
    var doneLate = 0
    var open = 0
    var overdue = 0
    var dropped = 0

    var done: Int { doneByItsDate + doneLate }

    mutating func add(_ action: AgreedAction, today: ISODate?, count: Int) {
      agreed += count
      switch action.state {
      case .open:
        open += count
        if let today, action.isOverdue(today: today) { overdue += count }
      case .done:
        if action.isDoneByItsDate { doneByItsDate += count } else { doneLate += count }
      case .dropped: dropped += count
      }
    }

    mutating func merge(_ other: Counts) {
      agreed += other.agreed
      doneByItsDate += other.doneByItsDate
      doneLate += other.doneLate
      open += other.open
      overdue += other.overdue
      dropped += other.dropped
    }
  }

  var all = Counts()
  /// Reviews with at least one agreed action.
  var reviewsWithActions = 0
  /// By owner role, as the record stores it (the content's spelling, checked on read).
  var byOwner: [String: Counts] = [:]

  mutating func add(_ actions: [AgreedAction], today: ISODate?, count: Int) {
    guard !actions.isEmpty else { return }
    reviewsWithActions += count
    for action in actions {
      all.add(action, today: today, count: count)
      byOwner[action.owner, default: Counts()].add(action, today: today, count: count)
      if byOwner[action.owner]?.agreed == 0 { byOwner[action.owner] = nil }
    }
  }

  mutating func merge(_ other: ActionCounts) {
    all.merge(other.all)
    reviewsWithActions += other.reviewsWithActions
    for (owner, counts) in other.byOwner {
      byOwner[owner, default: Counts()].merge(counts)
      if byOwner[owner]?.agreed == 0 { byOwner[owner] = nil }
    }
  }

  /// The owners in a stable order: the content's list of owners first, in its order, then any
  /// other by its text.
  func owners(content: Content) -> [String] {
    let listed = content.actionOwners.filter { byOwner[$0] != nil }
    let others = byOwner.keys.filter { !listed.contains($0) }.sorted {
      $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
    }
    return listed + others
  }
}
