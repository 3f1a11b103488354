/// A supervision, or an agreed action, that is already in the record: importing the same notes
/// twice (`seen supervise --answers`) must not double the supervision or its actions.
extension ReviewRecord {
  /// The number (from 1) of an open action with the same words, man, owner, item and due date
  /// as `action`, if the record holds one.
  public func openAction(identicalTo action: AgreedAction) -> Int? {
    actions.firstIndex {
      $0.isOpen && $0.what == action.what && $0.man == action.man && $0.owner == action.owner
        && $0.item == action.item && $0.due == action.due
    }.map { $0 + 1 }
  }

  /// The supervision already in the record that records the same as `supervision` (the same
  /// date, role, items and comments, tier 3 answers and support, and actions with the same
  /// words, man, owner and due date, in the same order), with its number among the record's
  /// supervisions in the order they took place (as the report numbers them).
  public func supervision(identicalTo supervision: SupervisionRecord) -> (
    number: Int, supervision: SupervisionRecord
  )? {
    let byDate = supervisionsByDate
    guard
      let index = byDate.firstIndex(where: { earlier in
        var stripped = earlier
        stripped.actions = supervision.actions
        return stripped == supervision
          && earlier.actions.count == supervision.actions.count
          && zip(earlier.actions, supervision.actions).allSatisfy { sameAction($0, $1) }
      })
    else { return nil }
    return (index + 1, byDate[index])
  }

  /// Whether the actions numbered `first` and `second` (from 1) say the same.
  private func sameAction(_ first: Int, _ second: Int) -> Bool {
    guard actions.indices.contains(first - 1), actions.indices.contains(second - 1) else {
      return false
    }
    let one = actions[first - 1]
    let other = actions[second - 1]
    return one.what == other.what && one.man == other.man && one.owner == other.owner
      && one.item == other.item && one.due == other.due
  }
}
