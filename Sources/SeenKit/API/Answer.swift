/// The answers a checklist item can take.
public enum AnswerValue: String, Equatable, Hashable, Sendable, CaseIterable {
  case yes
  case partly
  case no
  case unknown
  case na
  case present
  case absent

  /// How the answer reads in a report.
  public var words: String {
    switch self {
    case .yes: return "yes"
    case .partly: return "partly"
    case .no: return "no"
    case .unknown: return "not known"
    case .na: return "not applicable"
    case .present: return "known present"
    case .absent: return "known absent"
    }
  }
}

/// An answer to one checklist item, with the practitioner's note if they gave one.
public struct Answer: Equatable, Sendable {
  public var value: AnswerValue
  public var note: String?

  public init(_ value: AnswerValue, note: String? = nil) {
    self.value = value
    // A note of control characters alone is no reason at all.
    let trimmed = note?.withoutControlCharacters.trimmingWhitespace()
    self.note = (trimmed?.isEmpty ?? true) ? nil : trimmed
  }
}
