/// Figures across many saved reviews, for a team or a partnership. Aggregate only: it holds no
/// case reference, label or note, so it can be shared.
public struct TeamSummary: Equatable, Sendable {
  public var reviews = 0
  var men = 0
  var relationships: [Relationship: Int] = [:]
  /// Keyed by true, false, or nil for not known.
  var livesWithBaby: [Bool?: Int] = [:]
  var visibility: [Visibility: Int] = [:]
  /// Reviewers' confidence in their work with men, one per review; nil when not given.
  var confidence: [ConfidenceLevel?: Int] = [:]
  /// Keyed by checklist item id; knowledge items (risk factors) too.
  var items: [String: AnswerCounts] = [:]

  init() {}

  /// Counts one review. Man-level items are counted once per man, case-level items once per review.
  /// `count` -1 takes a review counted before back out (a copy of a review counted once).
  mutating func add(_ record: ReviewRecord, content: Content, count: Int = 1) {
    reviews += count
    confidence[record.confidence, default: 0] += count
    for position in content.index.casePositions {
      let id = content.checklist[position].id
      items[id, default: AnswerCounts()].add(record.answers[id], count: count)
    }
    for man in record.men {
      men += count
      relationships[man.relationship, default: 0] += count
      livesWithBaby[man.livesWithBaby, default: 0] += count
      visibility[Visibility.of(man), default: 0] += count
      for position in content.index.manPositions {
        let id = content.checklist[position].id
        items[id, default: AnswerCounts()].add(man.answers[id], count: count)
      }
    }
  }

  mutating func merge(_ other: TeamSummary) {
    reviews += other.reviews
    men += other.men
    for (key, count) in other.relationships { relationships[key, default: 0] += count }
    for (key, count) in other.livesWithBaby { livesWithBaby[key, default: 0] += count }
    for (key, count) in other.visibility { visibility[key, default: 0] += count }
    for (key, count) in other.confidence { confidence[key, default: 0] += count }
    for (key, counts) in other.items { items[key, default: AnswerCounts()].merge(counts) }
  }

  func counts(_ id: String) -> AnswerCounts {
    items[id] ?? AnswerCounts()
  }

  /// The counts of a tier's practice items added together.
  func tierCounts(_ tier: Int, content: Content) -> AnswerCounts {
    var total = AnswerCounts()
    for item in content.checklist where item.tier == tier && item.kind == .practice {
      total.merge(counts(item.id))
    }
    return total
  }

  /// Practice items, weakest practice first: the lowest share in place, then checklist order.
  func practiceItemsWeakestFirst(content: Content) -> [ChecklistItem] {
    let practice = content.checklist.enumerated().filter { $0.element.kind == .practice }
    return practice.sorted { lhs, rhs in
      let left = counts(lhs.element.id)
      let right = counts(rhs.element.id)
      // Compare inPlace/total as cross products, so that no rounding decides the order.
      let leftShare = left.inPlace * max(right.total, 1)
      let rightShare = right.inPlace * max(left.total, 1)
      if leftShare != rightShare { return leftShare < rightShare }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
