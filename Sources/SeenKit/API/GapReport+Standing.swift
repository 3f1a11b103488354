/// The words every output uses for a man's state, so that the report, the sheet and the
/// summary cannot drift apart, and so that "seen" or "no gaps" never stands as clearance.
extension GapReport.Man {
  /// "seen (identified, contacted, …)".
  public var visibilityText: String {
    "\(visibility.words) (\(visibility.explanation))"
  }

  /// What is known present about him and whether the plan addresses it, or nil when nothing
  /// is known present. Printed beside his state wherever it is shown.
  public var presentRisk: String? {
    let present =
      present.map(\.factor.title)
      + alsoKnown.filter { $0.status == .present }.map(
        \.item.title)
    guard !present.isEmpty else { return nil }
    let plan: String
    switch planAnswer?.value {
    case .yes?: plan = "the plan addresses both support and risk: yes"
    case nil: plan = "whether the plan addresses it is not answered"
    case let value?: plan = "the plan addresses both support and risk: \(value.words)"
    }
    return "Known present: \(present.joined(separator: "; ")); \(plan)."
  }

  /// "Contact and advice about him must be planned for safety: a safety concern is recorded …"
  public var safetyText: String? {
    guard safetyConditionHolds else { return nil }
    return "Contact and advice about him must be planned for safety: "
      + safetyReasons.map(\.words).joined(separator: "; ") + "."
  }
}

extension GapReport {
  /// The headline when there are no gaps, with what is known present beside it: "no gaps" is a
  /// statement about the record, never clearance of a man.
  public var noGapsText: String {
    let risks = men.compactMap { man in man.presentRisk.map { "\(man.label): \($0)" } }
    if risks.isEmpty {
      return "No gaps: every item is answered and in place. Keep it under review as things change."
    }
    return "No gaps in what is recorded, and this is not clearance. "
      + risks.joined(separator: " ") + " Keep it under review as things change."
  }
}
