/// A simple field of the review record that a summary can be split by. The case reference is
/// deliberately not one: a summary never names a case.
public enum SummaryField: String, Equatable, Sendable, CaseIterable {
  case role
  case date
  /// A workshop group or period, such as "before" and "after".
  case cohort

  /// The name of the group of records where the field is not recorded. It starts with U+0000,
  /// which a recorded value never holds (values are made terminal-safe first), so a role typed
  /// as "(not recorded)" is a group of its own. Writers show this group in words of their own
  /// (`GroupedSummary.sections`, in the summary's layout), never by this name.
  static let notRecorded = "\u{0}(not recorded)"

  func value(of record: ReviewRecord, content: Content) -> String {
    let text: String?
    switch self {
    // Roles group the one way they are stored, whatever case an older record used.
    case .role: text = record.role.flatMap(content.normalisedRole)
    case .date: text = record.date
    case .cohort: text = record.cohort
    }
    let trimmed = text?.terminalSafe ?? ""
    return trimmed.isEmpty ? Self.notRecorded : trimmed
  }
}
