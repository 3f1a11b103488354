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

  /// The name of the group of records where the field is not recorded. It starts with U+0000,
  /// which a recorded value never holds (values are made terminal-safe first), so a role typed
  /// as "(not recorded)" is a group of its own. Writers show this group in words of their own
  /// (`GroupedSummary.sections`, in the summary's layout), never by this name.
  static let notRecorded = "\u{0}(not recorded)"

  /// Whether the field is worked out from the review's date, which must then be a real
  /// year-month-day date.
  var isPeriod: Bool { self == .month || self == .quarter || self == .year }

  /// How the group of records without the field is titled: no value can be titled so.
  var notRecordedTitle: String {
    isPeriod ? "No date, or not a year-month-day date" : "No \(rawValue) recorded"
  }

  func value(of record: ReviewRecord, content: Content) -> String {
    let text: String?
    switch self {
    // Roles group the one way they are stored, whatever case an older record used.
    case .role: text = record.role.flatMap(content.normalisedRole)
    case .date: text = record.date
    case .month, .quarter, .year: text = record.date.flatMap(ISODate.init).map(period)
    case .cohort: text = record.cohort
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
    guard isPeriod, let date = record.date?.trimmingWhitespace(), !date.isEmpty else {
      return false
    }
    return ISODate(date) == nil
  }
}
