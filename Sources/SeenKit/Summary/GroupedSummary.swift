/// A summary with an optional split by a field of the records, such as the reviewer's role.
public struct GroupedSummary: Equatable, Sendable {
  public var overall = TeamSummary()
  /// Files that were not valid review records.
  public var skipped = 0
  /// The field records are grouped by, or nil.
  public var field: SummaryField?
  /// With a split by month, quarter or year: the records whose date is not a year-month-day
  /// date, counted under the group without a date and reported once.
  var unreadableDates = 0
  var groups: [String: TeamSummary] = [:]

  public init(field: SummaryField? = nil) {
    self.field = field
  }

  public mutating func add(_ record: ReviewRecord, content: Content) {
    overall.add(record, content: content)
    if let field {
      groups[field.value(of: record, content: content), default: TeamSummary()].add(
        record, content: content)
      if field.hasUnreadableDate(record) { unreadableDates += 1 }
    }
  }

  public mutating func merge(_ other: GroupedSummary) {
    overall.merge(other.overall)
    skipped += other.skipped
    unreadableDates += other.unreadableDates
    for (name, summary) in other.groups { groups[name, default: TeamSummary()].merge(summary) }
  }

  /// Group names in a stable order, whatever order the files came in.
  var groupNames: [String] {
    groups.keys.sorted { lhs, rhs in
      // "(not recorded)" last; the rest by their text.
      if lhs == SummaryField.notRecorded { return false }
      if rhs == SummaryField.notRecorded { return true }
      return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
  }
}
