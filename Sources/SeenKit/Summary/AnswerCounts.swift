/// How often each answer was given to one checklist item, across many reviews.
struct AnswerCounts: Equatable, Sendable {
  var yes = 0
  var partly = 0
  var no = 0
  var unknown = 0
  var na = 0
  /// Not applicable with a reason: counts as in place, as in the gap report.
  var naWithReason = 0
  /// Not applicable because contact must be planned for safety: never in place.
  var naForSafety = 0
  var present = 0
  var absent = 0
  var unanswered = 0

  init() {}

  /// Counts one answer; `count` -1 takes one back (a copy of a review counted once already).
  mutating func add(_ answer: Answer?, count: Int = 1) {
    guard let answer else {
      unanswered += count
      return
    }
    switch answer.value {
    case .yes: yes += count
    case .partly: partly += count
    case .no: no += count
    case .unknown: unknown += count
    case .na:
      na += count
      if answer.reason == .safety {
        naForSafety += count
      } else if answer.hasReason {
        naWithReason += count
      }
    case .present: present += count
    case .absent: absent += count
    }
  }

  mutating func merge(_ other: AnswerCounts) {
    yes += other.yes
    partly += other.partly
    no += other.no
    unknown += other.unknown
    na += other.na
    naWithReason += other.naWithReason
    naForSafety += other.naForSafety
    present += other.present
    absent += other.absent
    unanswered += other.unanswered
  }

  /// Every answer counted, given or not.
  var total: Int { yes + partly + no + unknown + na + present + absent + unanswered }

  /// Practice items in place: yes, or not applicable with a reason other than safety (work
  /// waiting on safety planning is not done).
  var inPlace: Int { yes + naWithReason }
}
