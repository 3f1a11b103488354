/// A summary with an optional split by a field of the records, such as the reviewer's role.
public struct GroupedSummary: Equatable, Sendable {
  public var overall = TeamSummary()
  /// Files that were not valid review records.
  public var skipped = 0
  /// Files left out because they are copies of a review counted once already (the same id).
  public var duplicates = 0
  /// The reviews whose copies (in `duplicates`) differ (the fuller is counted): versions of one
  /// review, for `seen compare`, not mere copies. Set by the caller, as `duplicates` is.
  public var reviewsWithDifferingCopies = 0
  /// Case references that more than one review (different ids) was made of: re-reviews, or
  /// another agency's. Counted by the caller; the references themselves are never kept here.
  public var casesWithSeveralReviews = 0
  /// The field records are grouped by, or nil.
  public var field: SummaryField?
  /// With a split by month, quarter or year: the records whose date is not a year-month-day
  /// date, counted under the group without a date and reported once.
  var unreadableDates = 0
  var groups: [String: TeamSummary] = [:]
  /// The group chosen to come first (`--baseline`), the one a difference is counted from, or
  /// nil for the groups in the order of their names (`GroupedSummary+Baseline`).
  public internal(set) var baseline: String?
  /// The day actions are overdue from (`Console.today()`); nil counts none overdue.
  public var today: ISODate?
  /// Re-review chains (`supersedes`), counted by the caller (`ChainCounts`).
  public var chains = ChainCounts()

  public init(field: SummaryField? = nil, today: ISODate? = nil) {
    self.field = field
    self.today = today
  }

  public mutating func add(_ record: ReviewRecord, content: Content) {
    change(record, content: content, count: 1)
  }

  /// Takes a review counted before back out: a copy of one counted once already. Undoes exactly
  /// what `add` did, in every group the review was counted in.
  public mutating func remove(_ record: ReviewRecord, content: Content) {
    change(record, content: content, count: -1)
  }

  private mutating func change(_ record: ReviewRecord, content: Content, count: Int) {
    overall.add(record, content: content, count: count, today: today)
    guard let field else { return }
    for (typed, men) in field.groups(of: record, content: content) {
      let name = titling(typed)
      groups[name, default: TeamSummary()].add(
        record, content: content, count: count, onlyMenOf: men, today: today)
      // A group left with no review is no group: the same groups whatever the files' order.
      if groups[name]?.reviews == 0 { groups[name] = nil }
    }
    if field.hasUnreadableDate(record) { unreadableDates += count }
  }

  public mutating func merge(_ other: GroupedSummary) {
    overall.merge(other.overall)
    skipped += other.skipped
    duplicates += other.duplicates
    reviewsWithDifferingCopies += other.reviewsWithDifferingCopies
    casesWithSeveralReviews += other.casesWithSeveralReviews
    unreadableDates += other.unreadableDates
    chains.merge(other.chains)
    for (typed, summary) in other.groups {
      let name = titling(typed)
      groups[name, default: TeamSummary()].merge(summary)
      // A copy added in one part and taken out in another leaves no group behind.
      if groups[name]?.reviews == 0 { groups[name] = nil }
    }
  }

  /// Names that are canonically equivalent ("café" with é as one character or as e and a
  /// combining accent) are one group, as Swift compares strings; the group is titled by the
  /// spelling whose scalars sort first, so that the title does not depend on which file came
  /// first.
  private mutating func titling(_ name: String) -> String {
    guard let index = groups.index(forKey: name) else { return name }
    let stored = groups[index].key
    if name.unicodeScalars.lexicographicallyPrecedes(stored.unicodeScalars) {
      groups[name] = groups.remove(at: index).value
    }
    return name
  }

  /// How many groups the split made.
  public var groupCount: Int { groups.count }

  /// Group names in a stable order, whatever order the files came in.
  var groupNames: [String] {
    groups.keys.sorted { lhs, rhs in
      // "(not recorded)" last; the rest by their text.
      if lhs == SummaryField.notRecorded { return false }
      if rhs == SummaryField.notRecorded { return true }
      // Relationships in the order every table lists them.
      if field == .relationship,
        let left = Relationship(rawValue: lhs), let right = Relationship(rawValue: rhs)
      {
        return left.tallySlot < right.tallySlot
      }
      // Case aside first ("school nurse" among the S's, not after every capital), then by
      // the text itself, so that the order never depends on the files'.
      let left = lhs.lowercased()
      let right = rhs.lowercased()
      if left != right {
        return left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
      }
      return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
  }
}
