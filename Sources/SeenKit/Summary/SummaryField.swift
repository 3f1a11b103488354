/// A simple field of the review record that a summary can be split by. The case reference is
/// deliberately not one: a summary never names a case.
public enum SummaryField: String, Equatable, Sendable, CaseIterable {
  case role
  case date
  /// The month, quarter or year of the review's date, for figures over time.
  case month
  case quarter
  case year
  /// A workshop group or period, such as "before" and "after".
  case cohort
  /// The relationship to the baby of the men a review records. Relationship is a man's, not a
  /// review's: a review counts in the group of each relationship it records a man of (so the
  /// groups can add up to more than the reviews); within a group, the figures about men count
  /// only the men of that relationship, and the case items and per-review figures count the
  /// review. A review that records no man is in the group "No man recorded".
  case relationship

  /// The name of the group of records where the field is not recorded. It starts with U+0000,
  /// which a recorded value never holds (values are made terminal-safe first), so a role typed
  /// as "(not recorded)" is a group of its own. Writers show this group in words of their own
  /// (`GroupedSummary.sections`, in the summary's layout), never by this name.
  static let notRecorded = "\u{0}(not recorded)"

  /// Whether the field is worked out from the review's date, which must then be a real
  /// year-month-day date.
  var isPeriod: Bool { self == .month || self == .quarter || self == .year }

  /// Whether the field is read from the review's date: a period, or the date itself. A date
  /// that is not a real year-month-day date groups with the records without one, so that words
  /// typed in the field never title a group.
  var readsDate: Bool { self == .date || isPeriod }

  /// How the group of records without the field is titled: no value can be titled so.
  var notRecordedTitle: String {
    if self == .relationship { return "No man recorded" }
    return readsDate ? "No date, or not a year-month-day date" : "No \(rawValue) recorded"
  }

  /// How a group is named where groups stand side by side: its value ("2026 Q3", "Health
  /// visitor", "birth father"), or for the records without one "(no date)", "(no role)", "No
  /// man recorded".
  func columnTitle(_ name: String) -> String {
    let none =
      self == .relationship ? notRecordedTitle : readsDate ? "(no date)" : "(no \(rawValue))"
    if name == Self.notRecorded { return none }
    if self == .relationship, let relationship = Relationship(rawValue: name) {
      return relationship.words
    }
    // A value typed as the title of the group without one ("(no role)"), even in quotes, is
    // shown in one more pair of quotes, so that the two can never be mistaken.
    var unquoted = Substring(name)
    while unquoted.count >= 2 && unquoted.first == "\"" && unquoted.last == "\"" {
      unquoted = unquoted.dropFirst().dropLast()
    }
    return unquoted.lowercased() == none.lowercased() ? "\"\(name)\"" : name
  }

  /// The groups a record counts in, each with the relationship whose men it counts there (nil:
  /// every man). One group for every field but the relationship, for which it is each
  /// relationship it records a man of, or the group without one.
  func groups(of record: ReviewRecord, content: Content) -> [(name: String, men: Relationship?)] {
    guard self == .relationship else { return [(value(of: record, content: content), nil)] }
    let relationships = Relationship.tallyCases.filter { relationship in
      record.men.contains { $0.relationship == relationship }
    }
    if relationships.isEmpty { return [(Self.notRecorded, nil)] }
    return relationships.map { ($0.rawValue, $0) }
  }

  func value(of record: ReviewRecord, content: Content) -> String {
    let text: String?
    switch self {
    // Roles group the one way they are stored, whatever case an older record used.
    case .role: text = record.role.flatMap(content.normalisedRole)
    case .date: text = record.date.flatMap(ISODate.init)?.description
    case .month, .quarter, .year: text = record.date.flatMap(ISODate.init).map(period)
    case .cohort: text = record.cohort
    // A review may record men of several relationships: `groups(of:content:)` counts it in each.
    case .relationship: text = record.men.first?.relationship.rawValue
    }
    let trimmed = text?.terminalSafe ?? ""
    return trimmed.isEmpty ? Self.notRecorded : trimmed
  }

  /// "2026-11", "2026 Q4" or "2026": written so that sorting the text sorts the periods.
  private func period(_ date: ISODate) -> String {
    let year = date.description.prefix(4)
    switch self {
    case .month: return String(date.description.prefix(7))
    case .quarter: return "\(year) Q\((date.month - 1) / 3 + 1)"
    default: return String(year)
    }
  }

  /// Whether the record has a date that is not a year-month-day date: it is counted under
  /// `notRecordedTitle`, and the summary says how many there are.
  func hasUnreadableDate(_ record: ReviewRecord) -> Bool {
    guard readsDate, let date = record.date?.trimmingWhitespace(), !date.isEmpty else {
      return false
    }
    return ISODate(date) == nil
  }
}
