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

    fileprivate mutating func add(_ men: [ManRecord]) {
      guard !men.isEmpty else { return }
      reviews += 1
      let visibility = men.map(Visibility.of)
      if visibility.allSatisfy({ $0 == .seen }) { everyManSeen += 1 }
      if visibility.contains(.unseen) { anyManUnseen += 1 }
      if visibility.contains(.contactPlannedForSafety) { anyContactPlannedForSafety += 1 }
      if men.allSatisfy({ ManPicture.of($0) == .detailed }) { everyManDetailed += 1 }
    }

    fileprivate mutating func merge(_ other: Group) {
      reviews += other.reviews
      everyManSeen += other.everyManSeen
      anyManUnseen += other.anyManUnseen
      everyManDetailed += other.everyManDetailed
      anyContactPlannedForSafety += other.anyContactPlannedForSafety
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
  var byRelationship: [Relationship: Group] = [:]

  /// Counts one review; `gaps` is the number of gaps its gap report lists.
  mutating func add(_ record: ReviewRecord, gaps: Int, content: Content) {
    reviews += 1
    gapCounts[gaps, default: 0] += 1
    if record.men.isEmpty { withoutMen += 1 }
    allMen.add(record.men)
    for relationship in Relationship.allCases {
      let men = record.men.filter { $0.relationship == relationship }
      if !men.isEmpty { byRelationship[relationship, default: Group()].add(men) }
    }
    let everyCaseItemAnswered = content.index.casePositions.allSatisfy {
      record.answers[content.checklist[$0].id] != nil
    }
    if !record.men.isEmpty && everyCaseItemAnswered
      && record.men.allSatisfy({ ManPicture.of($0) == .detailed })
    {
      complete += 1
    }
  }

  mutating func merge(_ other: PerReviewCounts) {
    reviews += other.reviews
    withoutMen += other.withoutMen
    allMen.merge(other.allMen)
    complete += other.complete
    for (gaps, count) in other.gapCounts { gapCounts[gaps, default: 0] += count }
    for (relationship, group) in other.byRelationship {
      byRelationship[relationship, default: Group()].merge(group)
    }
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
