/// The checklist's ids by position and scope, built once when content is loaded.
struct ChecklistIndex: Equatable, Sendable {
  var positions: [String: Int] = [:]
  var manPositions: [Int] = []
  var casePositions: [Int] = []

  init(_ checklist: [ChecklistItem]) {
    for (position, item) in checklist.enumerated() {
      if positions[item.id] == nil { positions[item.id] = position }
      switch item.scope {
      case .man: manPositions.append(position)
      case .case: casePositions.append(position)
      }
    }
  }
}
