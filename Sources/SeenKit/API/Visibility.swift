/// How far a man has been seen by the practitioner: not a judgement of him, but of what is known.
public enum Visibility: String, Equatable, Sendable, CaseIterable {
  /// Not yet both identified and contacted directly.
  case unseen
  /// Identified and contacted, but his history, substance use, mental health or domestic abuse
  /// not yet all explored.
  case partlySeen = "partly-seen"
  /// Identified, contacted, and all four explored.
  case seen

  public var words: String {
    switch self {
    case .unseen: return "unseen"
    case .partlySeen: return "partly seen"
    case .seen: return "seen"
    }
  }

  /// The items that decide whether a man is unseen.
  public static let contactItems = ["identified", "contacted"]
  /// The items that decide whether a contacted man is partly seen.
  public static let assessmentItems = [
    "history", "substance-use", "mental-health", "domestic-abuse",
  ]

  /// The rule of the gap report: anything short of a plain "yes" leaves him less seen.
  public static func of(_ man: ManRecord) -> Visibility {
    func done(_ id: String) -> Bool { man.answers[id]?.value == .yes }
    if !contactItems.allSatisfy(done) { return .unseen }
    if !assessmentItems.allSatisfy(done) { return .partlySeen }
    return .seen
  }
}
