/// Figures across many saved reviews, for a team or a partnership. Aggregate only: it holds no
/// case reference, label or note, so it can be shared.
///
/// Small whatever the number of reviews, and made to be many (one for each group of a split):
/// each tally is a short array with a slot for each value, and the items' counts an array in
/// the content's checklist order, allocated at the first review counted.
public struct TeamSummary: Equatable, Sendable {
  public var reviews = 0
  var men = 0
  var relationships: Tally<Relationship> = [:]
  /// Slots for true, false, and nil for not known.
  var livesWithBaby: Tally<Bool?> = [:]
  var visibility: Tally<Visibility> = [:]
  /// Reviewers' confidence in their work with men, one per review; nil when not given.
  var confidence: Tally<ConfidenceLevel?> = [:]
  /// Figures counted once per review: every man seen, every man's picture detailed, gaps.
  var perReview = PerReviewCounts()
  /// The agreed actions of the reviews (`ActionCounts`).
  var actions = ActionCounts()
  /// The supervisions of the reviews (`SupervisionCounts`).
  var supervision = SupervisionCounts()
  /// At each checklist position, its item's counts; knowledge items (risk factors) too. Empty
  /// until a review is counted.
  private var items: [AnswerCounts] = []
  /// The content's checklist positions by id (shared, never copied), to find an item's counts.
  private var positions: [String: Int] = [:]

  init() {}

  /// Counts one review. Man-level items are counted once per man, case-level items once per review.
  /// `count` -1 takes a review counted before back out (a copy of a review counted once).
  /// `onlyMenOf` a relationship: the man-level figures count only the men of that relationship
  /// (a group of `--by relationship`); the review, its case items and its per-review figures
  /// count whole.
  ///
  /// Each answer is looked up once, and counted, and judged a gap or not, there (the rules of
  /// `GapAnalysis.gapCount`); each man's visibility and picture are worked out once.
  mutating func add(
    _ record: ReviewRecord, content: Content, count: Int = 1,
    onlyMenOf relationship: Relationship? = nil, today: ISODate? = nil
  ) {
    let index = content.index
    if items.isEmpty {
      items = Array(repeating: AnswerCounts(), count: content.checklist.count)
      positions = index.positions
    }
    reviews += count
    confidence[record.confidence, default: 0] += count
    var gaps = 0
    var everyCaseItemAnswered = true
    let withoutMen = record.men.isEmpty
    for position in index.casePositions {
      let answer = record.answers[index.ids[position]]
      items[position].add(answer, count: count)
      if answer == nil { everyCaseItemAnswered = false }
      if GapAnalysis.isCaseGap(
        index.ids[position], index.kinds[position], answer, withoutMen: withoutMen)
      {
        gaps += 1
      }
    }
    var figures: [PerReviewCounts.Man] = []
    figures.reserveCapacity(record.men.count)
    for man in record.men {
      let figure = PerReviewCounts.Man(man)
      figures.append(figure)
      guard relationship == nil || man.relationship == relationship else {
        // Another relationship's man: his gaps are the review's, his answers not this group's.
        for position in index.manPositions
        where GapAnalysis.isGap(index.kinds[position], man.answers[index.ids[position]]) {
          gaps += 1
        }
        continue
      }
      men += count
      relationships[man.relationship, default: 0] += count
      livesWithBaby[man.livesWithBaby, default: 0] += count
      visibility[figure.visibility, default: 0] += count
      for position in index.manPositions {
        let answer = man.answers[index.ids[position]]
        items[position].add(answer, count: count)
        if GapAnalysis.isGap(index.kinds[position], answer) { gaps += 1 }
      }
    }
    perReview.add(
      men: figures, gaps: gaps, everyCaseItemAnswered: everyCaseItemAnswered, count: count)
    actions.add(record.actions, today: today, count: count)
    supervision.add(record.supervisions, count: count)
  }

  /// Adds another summary's counts, made with the same content. The same counts, in whatever
  /// order the parts are merged.
  mutating func merge(_ other: TeamSummary) {
    reviews += other.reviews
    men += other.men
    relationships.merge(other.relationships)
    livesWithBaby.merge(other.livesWithBaby)
    visibility.merge(other.visibility)
    confidence.merge(other.confidence)
    perReview.merge(other.perReview)
    actions.merge(other.actions)
    supervision.merge(other.supervision)
    if items.isEmpty {
      items = other.items
      positions = other.positions
    } else if !other.items.isEmpty {
      for position in items.indices { items[position].merge(other.items[position]) }
    }
  }

  /// The counts of the item `id` (none for an item never counted).
  func counts(_ id: String) -> AnswerCounts {
    guard let position = positions[id], position < items.count else { return AnswerCounts() }
    return items[position]
  }

  /// Equal when every figure is, however the summaries were made (counted or merged, or
  /// empty).
  public static func == (lhs: TeamSummary, rhs: TeamSummary) -> Bool {
    guard
      lhs.reviews == rhs.reviews, lhs.men == rhs.men, lhs.relationships == rhs.relationships,
      lhs.livesWithBaby == rhs.livesWithBaby, lhs.visibility == rhs.visibility,
      lhs.confidence == rhs.confidence, lhs.perReview == rhs.perReview,
      lhs.actions == rhs.actions, lhs.supervision == rhs.supervision
    else { return false }
    let ids = Set(lhs.positions.keys).union(rhs.positions.keys)
    return ids.allSatisfy { lhs.counts($0) == rhs.counts($0) }
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
  /// Items no review answered at all (older records, made before the item was asked) come
  /// last, in checklist order: a share of 0.0% with every answer missing says nothing of the
  /// practice, and must not top the list as if it were the weakest.
  func practiceItemsWeakestFirst(content: Content) -> [ChecklistItem] {
    let practice = content.checklist.enumerated().filter { $0.element.kind == .practice }
    return practice.sorted { lhs, rhs in
      let left = counts(lhs.element.id)
      let right = counts(rhs.element.id)
      let leftAnswered = left.isAnswered
      if leftAnswered != right.isAnswered { return leftAnswered }
      // Compare inPlace/total as cross products, so that no rounding decides the order.
      let leftShare = left.inPlace * max(right.total, 1)
      let rightShare = right.inPlace * max(left.total, 1)
      if leftShare != rightShare { return leftShare < rightShare }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Whether some practice item was answered by no review (`AnswerCounts.isAnswered`): such
  /// items are listed last, and the tables say so.
  func hasUnansweredItems(content: Content) -> Bool {
    content.checklist.contains { $0.kind == .practice && !counts($0.id).isAnswered }
  }
}
