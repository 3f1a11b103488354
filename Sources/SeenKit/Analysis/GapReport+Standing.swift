/// The words every output uses for a man's state, so that the report, the sheet and the
/// summary cannot drift apart, and so that "seen" or "no gaps" never stands as clearance.
extension GapReport.Man {
  /// "seen (identified, contacted, …)".
  var visibilityText: String {
    "\(visibility.words) (\(visibility.explanation))"
  }

  /// What is known present about him and whether the plan addresses it, or nil when nothing
  /// is known present. Printed beside his state wherever it is shown.
  var presentRisk: String? {
    guard let plan = planText else { return nil }
    let parts = [
      knownPresentText.map { "Known present: \($0)" },
      supportNeedsText.map { "Support he may need: \($0)" },
    ].compactMap { $0 }
    return parts.joined(separator: ". ") + ". The plan " + plan
  }

  /// The factors and other knowledge items known present that are not needs for support.
  var knownPresentText: String? {
    let titles =
      present.filter { !$0.factor.supportNeed }.map(Self.withNote)
      + alsoKnown.filter { $0.status == .present }.map { known in
        known.note.map { "\(known.item.title) (\($0))" } ?? known.item.title
      }
    return titles.isEmpty ? nil : titles.joined(separator: "; ")
  }

  /// Factors known present that are needs for support (young age, care history, poverty,
  /// racism): shown as such, never as warning signs.
  var supportNeedsText: String? {
    let titles = present.filter(\.factor.supportNeed).map(Self.withNote)
    return titles.isEmpty ? nil : titles.joined(separator: "; ")
  }

  /// Whether the plan addresses what is known present, or nil when nothing is.
  var planText: String? {
    guard hasAnythingKnownPresent else { return nil }
    switch planAnswer?.value {
    case .yes?: return "addresses both support and risk: yes."
    case nil: return "addresses both: not answered."
    case let value?: return "addresses both support and risk: \(value.words)."
    }
  }

  private static func withNote(_ status: GapReport.RiskFactorStatus) -> String {
    status.note.map { "\(status.factor.title) (\($0))" } ?? status.factor.title
  }

  /// "Contact and advice about him must be planned for safety: a safety concern is recorded …"
  var safetyText: String? {
    guard safetyConditionHolds else { return nil }
    return "Contact and advice about him must be planned for safety: "
      + safetyReasons.map(\.words).joined(separator: "; ") + "."
  }
}

extension GapReport {
  /// The headline when there are no gaps, with what is known present beside it: "no gaps" is a
  /// statement about the record, never clearance of a man.
  var noGapsText: String {
    let risks = men.compactMap { man in man.presentRisk.map { "\(man.label): \($0)" } }
    if risks.isEmpty {
      return "No gaps: every item is answered and in place. Keep it under review as things change."
    }
    return "No gaps in what is recorded, and this is not clearance. "
      + risks.joined(separator: " ") + " Keep it under review as things change."
  }
}
