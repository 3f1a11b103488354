/// The letters and words an answer can be typed as.
public enum AnswerChoice {
  public static func parse(_ text: String, kind: ChecklistItem.Kind) -> AnswerValue? {
    let lowered = text.lowercased()
    switch kind {
    case .practice:
      switch lowered {
      case "y", "yes": return .yes
      case "p", "partly": return .partly
      case "n", "no": return .no
      case "u", "unknown", "not known": return .unknown
      case "x", "na", "n/a", "not applicable": return .na
      default: return nil
      }
    case .condition:
      switch lowered {
      case "y", "yes": return .yes
      case "n", "no": return .no
      case "u", "unknown", "not known": return .unknown
      default: return nil
      }
    case .knowledge:
      switch lowered {
      // Not y or n: out of habit "n" would mean "not done", and record "known absent".
      case "p", "present": return .present
      case "a", "absent", "none", "none found", "none found so far": return .absent
      case "u", "unknown", "not known": return .unknown
      default: return nil
      }
    }
  }

  public static func legend(for item: ChecklistItem) -> String {
    switch item.kind {
    case .practice:
      return "y yes, p partly, n no, u not known"
        + (item.allowsNotApplicable ? ", x not applicable" : "")
    case .knowledge: return "p present, a none found so far, u not known"
    case .condition: return "y yes, n no, u not known"
    }
  }
}
