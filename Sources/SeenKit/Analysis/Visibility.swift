/// How far a man has been seen by the practitioner: not a judgement of him, but of what is known.
enum Visibility: String, Equatable, Sendable, CaseIterable {
  /// Not yet both identified and contacted directly.
  case unseen
  /// Identified, and not contacted because contact must first be planned for safety. A state of
  /// practice, not a label on him: he is not engaged, and must still be assessed.
  case contactPlannedForSafety = "contact-planned-for-safety"
  /// Identified and contacted, but his history, substance use, mental health or domestic abuse
  /// not yet all explored.
  case partlySeen = "partly-seen"
  /// Identified, contacted, and all four explored.
  case seen

  var words: String {
    switch self {
    case .unseen: return "unseen"
    case .contactPlannedForSafety: return "contact planned for safety"
    case .partlySeen: return "partly seen"
    case .seen: return "seen"
    }
  }

  /// What the state means, in one phrase: the one wording every output uses.
  var explanation: String {
    switch self {
    case .unseen:
      return "not yet both identified and contacted directly"
    case .contactPlannedForSafety:
      return
        "identified, and not contacted because contact must first be planned for safety; not yet engaged, and still to be assessed"
    case .partlySeen:
      return
        "identified and contacted, but his history, substance use, mental health and domestic abuse are not yet all explored"
    case .seen:
      return
        "identified, contacted, and his history, substance use, mental health and domestic abuse explored"
    }
  }

  /// The order of a team summary: most seen first. Contact planned for safety stands apart
  /// from seen and partly seen, so it is never counted as engagement.
  static let summaryOrder: [Visibility] = [
    .seen, .partlySeen, .contactPlannedForSafety, .unseen,
  ]

  /// Whether he has been engaged directly: a man whose contact is planned for safety is not.
  var isEngaged: Bool { self == .partlySeen || self == .seen }

  /// The items that decide whether a man is unseen.
  static let contactItems = ["identified", "contacted"]
  /// The items that decide whether a contacted man is partly seen.
  static let assessmentItems = [
    "history", "substance-use", "mental-health", "domestic-abuse",
  ]

  /// The rule of the gap report: anything short of a plain "yes" leaves him less seen.
  static func of(_ man: ManRecord) -> Visibility {
    func done(_ id: String) -> Bool { man.answers[id]?.value == .yes }
    if !done("identified") { return .unseen }
    if let contact = man.answers["contacted"], contact.value == .na, contact.reason == .safety {
      return .contactPlannedForSafety
    }
    if !contactItems.allSatisfy(done) { return .unseen }
    if !assessmentItems.allSatisfy(done) { return .partlySeen }
    return .seen
  }
}
