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

  mutating func add(_ answer: Answer?) {
    guard let answer else {
      unanswered += 1
      return
    }
    switch answer.value {
    case .yes: yes += 1
    case .partly: partly += 1
    case .no: no += 1
    case .unknown: unknown += 1
    case .na:
      na += 1
      if answer.reason == .safety {
        naForSafety += 1
      } else if answer.hasReason {
        naWithReason += 1
      }
    case .present: present += 1
    case .absent: absent += 1
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
