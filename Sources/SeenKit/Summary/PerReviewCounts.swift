/// Figures counted once per review rather than once per man (issue 15, point 1): in how many of
/// the team's reviews every man in the baby's life is seen, at least one is unseen, every man's
/// picture is detailed (`ManPicture`), the review is complete; how many gaps a review has; and
/// the same for the men of each relationship to the baby.
///
/// A review that records no man counts in none of the "every man" figures: it has no picture of
/// any man, and is counted as such (`withoutMen`).
struct PerReviewCounts: Equatable, Sendable {
  /// The figures for the men of one relationship, over the reviews that record such a man.
  struct Group: Equatable, Sendable {
    var reviews = 0
    var everyManSeen = 0
    var anyManUnseen = 0
    var everyManDetailed = 0
    /// Reviews with a man of this relationship whose contact is planned for safety.
    var anyContactPlannedForSafety = 0

    /// Counts one review whose men of this group are `men` (none: not counted).
    fileprivate mutating func add(_ men: Men, count: Int) {
      guard men.any else { return }
      reviews += count
      if men.allSeen { everyManSeen += count }
      if men.anyUnseen { anyManUnseen += count }
      if men.anyContactPlannedForSafety { anyContactPlannedForSafety += count }
      if men.allDetailed { everyManDetailed += count }
    }

    fileprivate mutating func merge(_ other: Group) {
      reviews += other.reviews
      everyManSeen += other.everyManSeen
      anyManUnseen += other.anyManUnseen
      everyManDetailed += other.everyManDetailed
      anyContactPlannedForSafety += other.anyContactPlannedForSafety
    }
  }

  /// What the figures need of one man, worked out once for each man of a review.
  struct Man {
    var relationship: Relationship
    var visibility: Visibility
    var picture: ManPicture

    init(_ man: ManRecord) {
      relationship = man.relationship
      visibility = Visibility.of(man)
      picture = ManPicture.of(man, visibility: visibility)
    }
  }

  /// The men of one review (or those of one relationship), gathered for a group's figures.
  struct Men {
    var any = false
    var allSeen = true
    var anyUnseen = false
    var anyContactPlannedForSafety = false
    var allDetailed = true

    mutating func add(_ man: Man) {
      any = true
      if man.visibility != .seen { allSeen = false }
      if man.visibility == .unseen { anyUnseen = true }
      if man.visibility == .contactPlannedForSafety { anyContactPlannedForSafety = true }
      if man.picture != .detailed { allDetailed = false }
    }
  }

  var reviews = 0
  /// Reviews that record no man at all.
  var withoutMen = 0
  /// Over every man of each review.
  var allMen = Group()
  /// Reviews where every man is detailed and every case item is answered.
  var complete = 0
  /// How many reviews have each number of gaps: enough for the median, and small (the number of
  /// gaps is bounded by the items times the men).
  var gapCounts: [Int: Int] = [:]
  /// Each relationship's figures, in `Relationship`'s order; empty until a review with a man is
  /// counted, so that a summary split into many groups stays small.
  private var relationshipGroups: [Group] = []

  /// The figures for the men of `relationship`.
  func group(_ relationship: Relationship) -> Group {
    relationshipGroups.isEmpty ? Group() : relationshipGroups[relationship.tallySlot]
  }

  /// Counts one review; `gaps` is the number of gaps its gap report lists. `count` -1 takes a
  /// review counted before back out (a copy of a review counted once).
  mutating func add(_ record: ReviewRecord, gaps: Int, content: Content, count: Int = 1) {
    let everyCaseItemAnswered = content.index.casePositions.allSatisfy {
      record.answers[content.index.ids[$0]] != nil
    }
    add(
      men: record.men.map(Man.init), gaps: gaps, everyCaseItemAnswered: everyCaseItemAnswered,
      count: count)
  }

  /// Counts one review whose men are `men` (`Man` of each, in order); `gaps` is the number of
  /// gaps its gap report lists.
  mutating func add(men: [Man], gaps: Int, everyCaseItemAnswered: Bool, count: Int = 1) {
    reviews += count
    gapCounts[gaps, default: 0] += count
    if gapCounts[gaps] == 0 { gapCounts[gaps] = nil }
    var all = Men()
    for man in men { all.add(man) }
    if !all.any { withoutMen += count }
    allMen.add(all, count: count)
    if all.any && relationshipGroups.isEmpty {
      relationshipGroups = Array(repeating: Group(), count: Relationship.tallySlots)
    }
    if all.any {
      for (slot, relationship) in Relationship.tallyCases.enumerated() {
        var ofRelationship = Men()
        for man in men where man.relationship == relationship { ofRelationship.add(man) }
        relationshipGroups[slot].add(ofRelationship, count: count)
      }
    }
    if all.any && everyCaseItemAnswered && all.allDetailed { complete += count }
  }

  mutating func merge(_ other: PerReviewCounts) {
    reviews += other.reviews
    withoutMen += other.withoutMen
    allMen.merge(other.allMen)
    complete += other.complete
    for (gaps, count) in other.gapCounts { gapCounts[gaps, default: 0] += count }
    if relationshipGroups.isEmpty {
      relationshipGroups = other.relationshipGroups
    } else if !other.relationshipGroups.isEmpty {
      for slot in relationshipGroups.indices {
        relationshipGroups[slot].merge(other.relationshipGroups[slot])
      }
    }
  }

  /// Equal when every figure is, however the counts were made.
  static func == (lhs: PerReviewCounts, rhs: PerReviewCounts) -> Bool {
    lhs.reviews == rhs.reviews && lhs.withoutMen == rhs.withoutMen && lhs.allMen == rhs.allMen
      && lhs.complete == rhs.complete && lhs.gapCounts == rhs.gapCounts
      && Relationship.tallyCases.allSatisfy { lhs.group($0) == rhs.group($0) }
  }

  /// The median number of gaps per review, or nil with no review: the middle review's count,
  /// or the mean of the two middle ones (so it can end in .5).
  var medianGaps: Double? {
    guard reviews > 0 else { return nil }
    let sorted = gapCounts.sorted { $0.key < $1.key }
    func value(at position: Int) -> Int {
      var seen = 0
      for (gaps, count) in sorted {
        seen += count
        if position < seen { return gaps }
      }
      return sorted.last?.key ?? 0
    }
    let lower = value(at: (reviews - 1) / 2)
    let upper = value(at: reviews / 2)
    return Double(lower + upper) / 2
  }
}
