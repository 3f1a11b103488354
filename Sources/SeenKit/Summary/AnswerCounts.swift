/// How often each answer was given to one checklist item, across many reviews.
///
/// Each count is kept in 32 bits, read and written as an `Int`: a summary split into 20,000
/// groups holds one of these for each checklist item of each group, and 32 bits (over two
/// thousand million men) is far beyond any team's reviews. A count that would pass it stays at
/// the most 32 bits hold, never wraps round.
struct AnswerCounts: Equatable, Sendable {
  var yes: Int {
    get { Int(storedYes) }
    set { storedYes = Int32(clamping: newValue) }
  }
  var partly: Int {
    get { Int(storedPartly) }
    set { storedPartly = Int32(clamping: newValue) }
  }
  var no: Int {
    get { Int(storedNo) }
    set { storedNo = Int32(clamping: newValue) }
  }
  var unknown: Int {
    get { Int(storedUnknown) }
    set { storedUnknown = Int32(clamping: newValue) }
  }
  var na: Int {
    get { Int(storedNa) }
    set { storedNa = Int32(clamping: newValue) }
  }
  /// Not applicable with a reason: counts as in place, as in the gap report.
  var naWithReason: Int {
    get { Int(storedNaWithReason) }
    set { storedNaWithReason = Int32(clamping: newValue) }
  }
  /// Not applicable because contact must be planned for safety: never in place.
  var naForSafety: Int {
    get { Int(storedNaForSafety) }
    set { storedNaForSafety = Int32(clamping: newValue) }
  }
  var present: Int {
    get { Int(storedPresent) }
    set { storedPresent = Int32(clamping: newValue) }
  }
  var absent: Int {
    get { Int(storedAbsent) }
    set { storedAbsent = Int32(clamping: newValue) }
  }
  var unanswered: Int {
    get { Int(storedUnanswered) }
    set { storedUnanswered = Int32(clamping: newValue) }
  }

  private var storedYes: Int32 = 0
  private var storedPartly: Int32 = 0
  private var storedNo: Int32 = 0
  private var storedUnknown: Int32 = 0
  private var storedNa: Int32 = 0
  private var storedNaWithReason: Int32 = 0
  private var storedNaForSafety: Int32 = 0
  private var storedPresent: Int32 = 0
  private var storedAbsent: Int32 = 0
  private var storedUnanswered: Int32 = 0

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

  /// Whether any answer was given: false when the item was never asked, or every review that
  /// asked it left it unanswered (records made before the item was added to the review).
  var isAnswered: Bool { total > unanswered }

  /// Practice items in place: yes, or not applicable with a reason other than safety (work
  /// waiting on safety planning is not done).
  var inPlace: Int { yes + naWithReason }
}
