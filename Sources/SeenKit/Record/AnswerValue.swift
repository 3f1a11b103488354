/// The answers a checklist item can take.
enum AnswerValue: String, Equatable, Hashable, Sendable, CaseIterable {
  case yes
  case partly
  case no
  case unknown
  case na
  case present
  case absent

  /// How the answer reads in a report.
  var words: String {
    switch self {
    case .yes: return "yes"
    case .partly: return "partly"
    case .no: return "no"
    case .unknown: return "not known"
    case .na: return "not applicable"
    case .present: return "known present"
    case .absent: return "none found so far"
    }
  }
}
