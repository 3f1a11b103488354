/// An agreed action on the practitioner's fear (`SafetyItems.fear`) is a step for today: a
/// practitioner afraid of a man talks to their manager now, not at the next supervision
/// (review 17.5). A later due date is kept, since the practitioner chose it, but never quietly.
extension ActionAssignment {
  /// "this step is for today: raise any fear or anxiety about working with the men with your
  /// manager now, without waiting for supervision or a later date", or nil for an action on
  /// another item, or due today or earlier.
  public static func todayStepLater(_ action: AgreedAction, today: ISODate) -> String? {
    guard action.item == SafetyItems.fear, today < action.due else { return nil }
    return
      "this step is for today: raise any fear or anxiety about working with the men with your "
      + "manager now, without waiting for supervision or a later date"
  }
}
