/// Everything seen says about the review: questions, risk factors, tiers, figures and the
/// checklist, each item citing its source.
public struct Content: Equatable, Sendable {
  static let format = "seen-content/1"

  var version: String
  var documents: [SourceDocument]
  var questions: [ReflectiveQuestion]
  /// "The men who caused harm to these babies were not invisible they were unseen."
  var closing: Quotation
  var riskFactors: [RiskFactor]
  /// Injuries were often triggered by normal infant behaviour in a time of heightened stress.
  var trigger: Quotation
  /// No single identifier of risk (19.6).
  var combination: Quotation
  /// Assess domestic abuse, mental ill health and substance misuse together (7.13).
  var together: Quotation
  /// The factors `together` speaks of (`together.factors`): it is quoted beside a man only when
  /// two or more of them are known present, since 7.13 says nothing of the others. Empty in an
  /// older content folder: then it is never quoted.
  var togetherFactors: [String] = []
  /// How to read what is known about a man, printed once near the top of a report: many men
  /// with these experiences care for their children well (6.20), no single identifier (19.6),
  /// men are often both a support and a risk (19.8).
  var framing: [FramingNote] = []
  var tiers: [Tier]
  var figures: [KeyFigure]
  /// The safe-practice points, immediate danger and the referral route (`safety.json`).
  var safety: SafetyContent
  var checklist: [ChecklistItem] {
    didSet { index = ChecklistIndex(checklist) }
  }
  /// The roles that may own an agreed action: the practitioners' roles, then the others the
  /// content lists (`roles.json` "owners"), such as "Safeguarding lead".
  public internal(set) var actionOwners: [String] = []
  /// The practitioners' roles, as the words stored for each ("Health visitor"), in the order
  /// they are offered; any other role is typed (`roles.json`).
  var roles: [String] {
    didSet { roleKeys = Self.roleKeys(roles) }
  }
  /// Each role as `normalisedRole` compares it, worked out once rather than for every record.
  private(set) var roleKeys: [String]
  /// Training cases; empty for a content folder without `scenarios.json`.
  public var scenarios: [Scenario] = []
  /// What the sources recommend (§20 of the review, the Foundations briefing); empty for a
  /// content folder without `recommendations.json`.
  var recommendations: [Recommendation] = []
  /// What a team summary can say to each of the review's questions to partnerships (18.4);
  /// empty for a content folder without `partnership-questions.json`.
  var partnershipQuestions: [PartnershipQuestion] = []
  /// A partnership's local procedures and contacts, when a local file is in use (`adding`).
  public internal(set) var local: LocalProcedures?
  /// Where each item stands, so that reading thousands of records does not search the checklist.
  private(set) var index: ChecklistIndex

  init(
    version: String, documents: [SourceDocument], questions: [ReflectiveQuestion],
    closing: Quotation,
    riskFactors: [RiskFactor], trigger: Quotation, combination: Quotation, together: Quotation,
    tiers: [Tier],
    figures: [KeyFigure], safety: SafetyContent, checklist: [ChecklistItem], roles: [String]
  ) {
    self.version = version
    self.documents = documents
    self.questions = questions
    self.closing = closing
    self.riskFactors = riskFactors
    self.trigger = trigger
    self.combination = combination
    self.together = together
    self.tiers = tiers
    self.figures = figures
    self.safety = safety
    self.checklist = checklist
    self.roles = roles
    self.actionOwners = roles
    self.roleKeys = Self.roleKeys(roles)
    self.index = ChecklistIndex(checklist)
  }

  private static func roleKeys(_ roles: [String]) -> [String] {
    roles.map { $0.terminalSafe.lowercased() }
  }

  /// The names of the files a content folder holds.
  public static let fileNames = [
    "manifest.json", "questions.json", "risk-factors.json", "tiers.json", "figures.json",
    "checklist.json", "safety.json", "roles.json", "scenarios.json", "recommendations.json",
    "partnership-questions.json",
  ]
  /// Files a content folder may leave out.
  static let optionalFileNames: Set<String> = [
    "scenarios.json", "recommendations.json", "partnership-questions.json",
  ]

  /// The content built into this binary.
  public static func bundled() throws(ContentError) -> Content {
    try bundledOnce.get()
  }

  /// Read and checked once per process: the embedded files never change, and a process that
  /// runs several commands (the in-process tests) should not pay for them each time.
  private static let bundledOnce = Result { () throws(ContentError) -> Content in
    try load(files: EmbeddedContent.files, folder: nil)
  }

  /// The ids of the checklist's items that are not risk factors' knowledge items but are
  /// answered present / absent / unknown, such as abuse done to him.
  var otherKnowledgeItems: [ChecklistItem] {
    items(scope: .man, kind: .knowledge).filter { riskFactor($0.id) == nil }
  }

  /// "Myth of Invisible Men, 19.6".
  func document(_ id: String) -> SourceDocument? {
    documents.first { $0.id == id }
  }

  func tier(_ number: Int) -> Tier? {
    tiers.first { $0.number == number }
  }

  func item(_ id: String) -> ChecklistItem? {
    index.positions[id].map { checklist[$0] }
  }

  func question(_ id: String) -> ReflectiveQuestion? {
    questions.first { $0.id == id }
  }

  /// A scenario by id, or by a unique start of its id ("wilts").
  public func scenario(_ name: String) -> Scenario? {
    let wanted = name.lowercased()
    if let exact = scenarios.first(where: { $0.id == wanted }) { return exact }
    let matches = scenarios.filter { $0.id.hasPrefix(wanted) }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The one way a role is stored, used by every command that names one: a role from the list
  /// ("social worker", any case or spacing) as its words ("Social worker"); any other as typed,
  /// without control characters, an "other:" before it, or spaces around it; nil for nothing.
  public func normalisedRole(_ typed: String) -> String? {
    var text = typed.terminalSafe
    if text.lowercased().hasPrefix("other:") {
      text = String(text.dropFirst("other:".count)).trimmingWhitespace()
    }
    if text.isEmpty || text.lowercased() == "other" { return nil }
    let wanted = text.lowercased()
    return roleKeys.firstIndex(of: wanted).map { roles[$0] } ?? text
  }

  /// The content's own spelling of an owner typed in any case ("health visitor" is "Health
  /// visitor"), or nil for a role not on its list: an action's owner must be one of them.
  public func canonicalRole(_ typed: String) -> String? {
    let wanted = typed.terminalSafe.trimmingWhitespace().lowercased()
    return actionOwners.first { $0.terminalSafe.lowercased() == wanted }
  }

  /// The practice item a what-you-know item explores the findings of: the item asked just before
  /// it and its fellow what-you-know items ("substance-use" for "substance-misuse",
  /// "domestic-abuse" for "violence-control" and "abuse-experienced"); nil for any other item.
  func exploration(of id: String) -> ChecklistItem? {
    guard var position = index.positions[id], checklist[position].kind == .knowledge else {
      return nil
    }
    let scope = checklist[position].scope
    while position > 0 {
      position -= 1
      let before = checklist[position]
      if before.scope != scope { continue }
      if before.kind == .knowledge { continue }
      return before.kind == .practice ? before : nil
    }
    return nil
  }

  func riskFactor(_ id: String) -> RiskFactor? {
    riskFactors.first { $0.id == id }
  }

  func items(scope: ChecklistItem.Scope) -> [ChecklistItem] {
    checklist.filter { $0.scope == scope }
  }

  func items(scope: ChecklistItem.Scope, kind: ChecklistItem.Kind) -> [ChecklistItem] {
    checklist.filter { $0.scope == scope && $0.kind == kind }
  }
}
