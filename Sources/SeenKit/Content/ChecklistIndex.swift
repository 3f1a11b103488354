/// The checklist's ids by position and scope, built once when content is loaded.
///
/// Also each position's id, kind and scope in arrays of their own: reading and counting
/// thousands of records looks these up for every answer, and reading them from here copies one
/// field, where `checklist[position]` copies the whole item (its texts, sources and advice).
struct ChecklistIndex: Equatable, Sendable {
  var positions: [String: Int] = [:]
  var manPositions: [Int] = []
  var casePositions: [Int] = []
  /// At each position, its item's id, kind, scope and whether it takes "not applicable".
  var ids: [String] = []
  var kinds: [ChecklistItem.Kind] = []
  var scopes: [ChecklistItem.Scope] = []
  var allowsNotApplicable: [Bool] = []

  init(_ checklist: [ChecklistItem]) {
    for (position, item) in checklist.enumerated() {
      if positions[item.id] == nil { positions[item.id] = position }
      switch item.scope {
      case .man: manPositions.append(position)
      case .case: casePositions.append(position)
      }
      ids.append(item.id)
      kinds.append(item.kind)
      scopes.append(item.scope)
      allowsNotApplicable.append(item.allowsNotApplicable)
    }
  }
}
