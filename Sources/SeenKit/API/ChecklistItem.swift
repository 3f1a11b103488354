/// One thing a practitioner can check about a case or about each man in it.
public struct ChecklistItem: Equatable, Sendable, Identifiable {
  /// Whether the item is asked once for the case or once for every man.
  public enum Scope: String, Equatable, Sendable, CaseIterable {
    case man
    case `case`
  }

  /// Practice items are answered yes / partly / no / unknown / na; knowledge items (one per risk
  /// factor) are answered present / absent / unknown.
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    case practice
    case knowledge

    public var allowedAnswers: [AnswerValue] {
      switch self {
      case .practice: return [.yes, .partly, .no, .unknown, .na]
      case .knowledge: return [.present, .absent, .unknown]
      }
    }
  }

  public var id: String
  public var scope: Scope
  public var kind: Kind
  public var tier: Int
  /// Two to four words, for tables and lists.
  public var title: String
  public var prompt: String
  /// The finding behind the item.
  public var why: String
  /// What to do when it is a gap.
  public var next: String
  public var source: SourceReference
  public var questions: [String]
  public var riskFactors: [String]
}
