/// How confident a practitioner says they are in their work with men: the briefing's first
/// reflective question on the five-point scale practitioner self-rating uses, so that a trainer
/// can compare before and after.
public enum ConfidenceLevel: String, Equatable, Hashable, Sendable, CaseIterable {
  case notAtAll = "not-at-all"
  case notVery = "not-very"
  case somewhat
  case very
  case extremely

  var words: String {
    switch self {
    case .notAtAll: return "not at all confident"
    case .notVery: return "not very confident"
    case .somewhat: return "somewhat confident"
    case .very: return "very confident"
    case .extremely: return "extremely confident"
    }
  }

  /// Reads "3", "somewhat", "somewhat confident" or "not-very".
  init?(typed text: String) {
    let lowered = text.lowercased().trimmingWhitespace()
    if let number = Int(lowered), number >= 1, number <= Self.allCases.count {
      self = Self.allCases[number - 1]
      return
    }
    let match = Self.allCases.first {
      $0.rawValue == lowered || $0.words == lowered || $0.words.replacingSpaces() == lowered
        || $0.rawValue.replacingHyphens() == lowered
    }
    guard let match else { return nil }
    self = match
  }
}

extension String {
  fileprivate func replacingSpaces() -> String { String(map { $0 == " " ? "-" : $0 }) }
  fileprivate func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
