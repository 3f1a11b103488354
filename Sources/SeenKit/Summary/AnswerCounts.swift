/// How often each answer was given to one checklist item, across many reviews.
///
/// Each count is kept in 32 bits (read and written as `Int`): a summary split into 20,000
/// groups holds one of these for every checklist item of every group, and half the bytes keep
/// its peak memory well under 100 MB. A count past 2^31 answers is out of any summary's reach.
struct AnswerCounts: Equatable, Sendable {
  private var counts = Counts()

  private struct Counts: Equatable, Sendable {
    var yes: Int32 = 0
    var partly: Int32 = 0
    var no: Int32 = 0
    var unknown: Int32 = 0
    var na: Int32 = 0
    var naWithReason: Int32 = 0
    var naForSafety: Int32 = 0
    var present: Int32 = 0
    var absent: Int32 = 0
    var unanswered: Int32 = 0
  }

  var yes: Int {
    get { Int(counts.yes) }
    set { counts.yes = Int32(truncatingIfNeeded: newValue) }
  }
  var partly: Int {
    get { Int(counts.partly) }
    set { counts.partly = Int32(truncatingIfNeeded: newValue) }
  }
  var no: Int {
    get { Int(counts.no) }
    set { counts.no = Int32(truncatingIfNeeded: newValue) }
  }
  var unknown: Int {
    get { Int(counts.unknown) }
    set { counts.unknown = Int32(truncatingIfNeeded: newValue) }
  }
  var na: Int {
    get { Int(counts.na) }
    set { counts.na = Int32(truncatingIfNeeded: newValue) }
  }
  /// Not applicable with a reason: counts as in place, as in the gap report.
  var naWithReason: Int {
    get { Int(counts.naWithReason) }
    set { counts.naWithReason = Int32(truncatingIfNeeded: newValue) }
  }
  /// Not applicable because contact must be planned for safety: never in place.
  var naForSafety: Int {
    get { Int(counts.naForSafety) }
    set { counts.naForSafety = Int32(truncatingIfNeeded: newValue) }
  }
  var present: Int {
    get { Int(counts.present) }
    set { counts.present = Int32(truncatingIfNeeded: newValue) }
  }
  var absent: Int {
    get { Int(counts.absent) }
    set { counts.absent = Int32(truncatingIfNeeded: newValue) }
  }
  var unanswered: Int {
    get { Int(counts.unanswered) }
    set { counts.unanswered = Int32(truncatingIfNeeded: newValue) }
  }

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
