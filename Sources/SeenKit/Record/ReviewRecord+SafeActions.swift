/// The words of agreed actions where contact must be planned for safety. An action taken from a
/// next step keeps the words it was agreed with; where the record now plans that step for
/// safety (a safety concern recorded in a re-review, say), the plain step ("contact him
/// directly") is no longer safe to act on, so it takes the safe form the gap report gives.
extension ReviewRecord {
  /// Whether the gap report plans `item`'s next step for safety for `man` (nil: the case): an
  /// item about each man, given for a man, by his safety reasons; otherwise by the case's (its
  /// own reasons, or any man's), as the gap report plans the case-level steps.
  func safetyConditionHolds(for item: ChecklistItem, man: String?) -> Bool {
    if item.scope == .man, let man, let index = manIndex(named: man) {
      return !SafetyReason.reasons(for: men[index], in: self).isEmpty
    }
    return !SafetyReason.caseReasons(in: self).isEmpty
      || men.contains { !SafetyReason.reasons(for: $0, in: self).isEmpty }
  }

  /// `item`'s next step for `man` (nil: the case) in the words the gap report gives: its safe
  /// form where a safety condition holds.
  func nextStep(for item: ChecklistItem, man: String?) -> SafeAdvice {
    item.next(safetyConditionHolds: safetyConditionHolds(for: item, man: man))
  }

  /// Brings the open actions' words in line with the safety the record now holds: an action
  /// whose words are still its item's plain next step takes the safe form the gap report gives
  /// for that item and man; one in the practitioner's own words, in a record that records a
  /// safety condition, cannot be rewritten, so it is marked sensitive (its words left out of
  /// outputs, and checked with a manager or safeguarding lead before anyone acts on it). Done
  /// and dropped actions keep their words: they say what happened. Returns what changed, in
  /// action order; nothing when called again.
  @discardableResult
  public mutating func bringActionsToSafeWording(content: Content) -> [ActionWordingChange] {
    var changes: [ActionWordingChange] = []
    let recorded = hasRecordedSafetyCondition
    let words = recordedSafetyWords
    for index in actions.indices where actions[index].isOpen {
      let action = actions[index]
      let item = action.item.flatMap { content.item($0) }
      if let item, action.what == item.next {
        let step = nextStep(for: item, man: action.man)
        if step.advice != item.next {
          actions[index].what = step.advice
          changes.append(
            ActionWordingChange(
              number: index + 1, kind: .safeForm, safetyRecorded: recorded, recordedWords: words))
        }
        continue
      }
      if let item, action.what == item.next(safetyConditionHolds: true).advice { continue }
      if recorded && !action.sensitive {
        actions[index].sensitive = true
        changes.append(
          ActionWordingChange(
            number: index + 1, kind: .ownWords, safetyRecorded: recorded, recordedWords: words))
      }
    }
    return changes
  }

  /// The actions as they must be read once a later review of the case records a safety
  /// condition (`seen actions --all-versions` over a superseded review): open ones whose words
  /// are their item's plain next step take its safe form; those in the practitioner's own words
  /// are marked sensitive. Done and dropped actions keep their words.
  func actionsAsIfSafetyRecorded(content: Content) -> [AgreedAction] {
    actions.map { action in
      guard action.isOpen else { return action }
      var action = action
      let item = action.item.flatMap { content.item($0) }
      if let item, action.what == item.next {
        action.what = item.next(safetyConditionHolds: true).advice
      } else if item == nil || action.what != item?.next(safetyConditionHolds: true).advice {
        action.sensitive = true
      }
      return action
    }
  }

  /// The record as its outputs show it: open actions in the words `bringActionsToSafeWording`
  /// gives, so that a record saved before it existed never shows plain advice beside a safety
  /// condition.
  func withActionsInSafeWording(content: Content) -> ReviewRecord {
    var copy = self
    copy.bringActionsToSafeWording(content: content)
    return copy
  }
}

/// An open action whose words changed, or were marked sensitive, because contact is now planned
/// for safety: said to the practitioner, one line each.
public struct ActionWordingChange: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    /// Its words were its item's plain next step, and are now the safe form.
    case safeForm
    /// Its words are the practitioner's own: marked sensitive, to be looked at again.
    case ownWords
  }

  /// Its number, from 1 in record order.
  public var number: Int
  public var kind: Kind
  /// Whether a safety condition is recorded, rather than not yet known.
  public var safetyRecorded: Bool
  /// What is recorded, in words ("you recorded fear or anxiety about working with the men"):
  /// the reason as the record gives it, never "a safety concern" where only fear is recorded.
  public var recordedWords: String? = nil

  /// Why, in words: what is recorded, or a safety question not yet answered.
  private var why: String {
    safetyRecorded
      ? (recordedWords ?? "a safety concern is recorded")
      : "until it is known that there is no safety concern, contact is planned as if there were"
  }

  /// "Action 2's wording is now its safe form: a safety concern is recorded." For the end of
  /// the guided review.
  public var sessionLine: String {
    switch kind {
    case .safeForm:
      return "Action \(number)'s wording is now its safe form: \(why)."
    case .ownWords:
      return
        "Action \(number) is in your own words, which seen does not rewrite: \(why). "
        + "It is marked sensitive; look at it again, and check it with your manager or "
        + "safeguarding lead before acting on it."
    }
  }

  /// The same, as a note on standard error in a script: it never repeats the action's words.
  public var scriptNote: String {
    switch kind {
    case .safeForm:
      return "note: action \(number)'s wording is now its safe form: \(why)."
    case .ownWords:
      return
        "note: action \(number) is in your own words, which seen does not rewrite (\(why)); "
        + "it is marked sensitive: look at it again, and check it with your manager or safeguarding lead before acting on it."
    }
  }
}
