/// The baseline of a split (`seen summary --by FIELD --baseline NAME`, issue 15): the group the
/// difference is counted from comes first, as the first column side by side and the first group
/// of the JSON and CSV exports; the other groups follow in their usual order.
extension GroupedSummary {
  /// What choosing a baseline came to.
  public enum BaselineChoice: Equatable, Sendable {
    /// The group was found, and is now first.
    case chosen
    /// No group of the summary is so named.
    case noSuchGroup
    /// The name matches several groups only when case is ignored ("Before" and "before"):
    /// their titles.
    case several([String])
  }

  /// Makes the group `typed` names the baseline. The name matches a group as the grouping itself
  /// names it, in any case: a role as the content lists it ("health visitor" is "Health
  /// visitor"), a relationship by its id or its words ("birth-father", "birth father"), a
  /// period as it is titled ("2026 Q3"), a cohort as typed in the records; the group without a
  /// value by its column title ("(no role)", "(no date)", "No man recorded").
  public mutating func chooseBaseline(_ typed: String, content: Content) -> BaselineChoice {
    guard let field else { return .noSuchGroup }
    let wanted = typed.terminalSafe.trimmingWhitespace()
    var forms = [wanted]
    if field == .role, let role = content.normalisedRole(wanted) { forms.append(role) }
    func names(_ name: String) -> [String] {
      var names = [name, field.columnTitle(name)]
      if field == .relationship, let relationship = Relationship(rawValue: name) {
        names.append(relationship.words)
      }
      return names
    }
    let keys = groupNames
    if let exact = keys.first(where: { key in names(key).contains { forms.contains($0) } }) {
      baseline = exact
      return .chosen
    }
    let folded = Set(forms.map { $0.lowercased() })
    let matches = keys.filter { key in names(key).contains { folded.contains($0.lowercased()) } }
    switch matches.count {
    case 0: return .noSuchGroup
    case 1:
      baseline = matches[0]
      return .chosen
    default: return .several(matches.map(field.columnTitle))
    }
  }

  /// The groups' titles, in the order of their names, as a column shows them: for a message
  /// naming the groups there are. Aggregate labels only, safe for a terminal.
  public var groupTitles: [String] {
    guard let field else { return [] }
    return groupNames.map { field.columnTitle($0).terminalSafe }
  }

  /// The groups in the order they are shown side by side and exported: the baseline first,
  /// then the rest in the order of their names (`groupNames`).
  var shownGroupNames: [String] {
    let names = groupNames
    guard let baseline, names.contains(baseline) else { return names }
    return [baseline] + names.filter { $0 != baseline }
  }
}
