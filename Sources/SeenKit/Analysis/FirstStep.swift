/// One of the few next steps a gap report opens with: what to do first, chosen from the gaps by
/// one rule (`FirstStep.Level`), so that a practitioner with minutes between visits knows where
/// to start.
public struct FirstStep: Equatable, Sendable {
  /// How urgent a gap is, most urgent first. The rule is written here once; `seen help report`
  /// prints `Level.rule`, so the code and the help cannot drift apart.
  public enum Level: String, Equatable, Comparable, Sendable, CaseIterable {
    /// What decides whether contact must be planned for safety: the safety question, domestic
    /// abuse checked, the mother asked alone, the practitioner's own fear; and, where a safety
    /// concern is recorded, the mother's support (so that she is not left to manage the risk).
    case safety
    /// A man not yet identified or contacted, or men not all identified.
    case identifyAndContact = "identify-and-contact"
    /// A factor known present about him that the plan does not yet address.
    case knownPresentWithoutPlan = "known-present-without-plan"
    /// Something about him is not known (what was found, or whether there is a safety concern),
    /// and agency checks or his GP's record would answer it.
    case agencyChecks = "agency-checks"
    /// Everything else, in the order the checklist asks it.
    case rest

    /// The rule in words, for `seen help report` and the report's full form.
    public static let rule = [
      "safety first: the safety question, domestic abuse checked, the mother asked alone, the mother's support where a safety concern is recorded, and your own fear;",
      "then men not yet identified or contacted;",
      "then factors known present that the plan does not yet address;",
      "then agency checks and his GP's record where something about a man is not known;",
      "then the rest, in the order the checklist asks it.",
    ]

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
      switch self {
      case .safety: return 0
      case .identifyAndContact: return 1
      case .knownPresentWithoutPlan: return 2
      case .agencyChecks: return 3
      case .rest: return 4
      }
    }

    /// The items whose gaps are safety steps, besides the conditions (safety, your fear).
    static let safetyItems: Set<String> = ["domestic-abuse", SafetyItems.askedAlone]
    static let contactItems: Set<String> = Set(
      Visibility.contactItems + [GapReport.Gap.allMenIdentified])
    static let agencyItems: Set<String> = ["agency-checks", "health-information"]
  }

  /// At most this many steps open a report.
  static let limit = 5

  var level: Level
  var item: ChecklistItem
  /// The men the step is for, in record order; empty for a case-level item.
  var men: [String]
  /// The next step to give, in its safe form where a safety condition holds for any of them.
  var advice: SafeAdvice
  var isSafeForm: Bool

  /// The level of one gap of a report.
  static func level(
    of gap: GapReport.Gap, in report: GapReport, men: [String: GapReport.Man],
    anyManNotKnown: Bool
  ) -> Level {
    let man = gap.man.flatMap { men[$0] }
    if gap.item.kind == .condition || Level.safetyItems.contains(gap.item.id) { return .safety }
    if gap.item.id == "mother-supported" && report.hasRecordedSafetyCondition { return .safety }
    if Level.contactItems.contains(gap.item.id) { return .identifyAndContact }
    if gap.item.id == "plan", let man, man.hasAnythingKnownPresent {
      return .knownPresentWithoutPlan
    }
    if Level.agencyItems.contains(gap.item.id) {
      let somethingNotKnown = man.map(\.hasAnythingNotKnown) ?? anyManNotKnown
      if somethingNotKnown { return .agencyChecks }
    }
    return .rest
  }

  /// The first steps of a report: its gaps ranked by level, then in the order they are asked;
  /// one step per item, naming every man it is a gap for; at most `limit`.
  static func steps(for report: GapReport, content: Content) -> [FirstStep] {
    var steps: [FirstStep] = []
    var positions: [String: Int] = [:]
    // Looked up once, so that ranking stays linear in the number of men.
    let men = Dictionary(report.men.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    let anyManNotKnown = report.men.contains(where: \.hasAnythingNotKnown)
    for gap in report.gaps {
      let level = level(of: gap, in: report, men: men, anyManNotKnown: anyManNotKnown)
      if let position = positions[gap.item.id] {
        // The same item for another man: one step names them all, at its most urgent level.
        if let man = gap.man { steps[position].men.append(man) }
        steps[position].level = min(steps[position].level, level)
        if gap.isSafeForm && !steps[position].isSafeForm {
          steps[position].advice = gap.advice
          steps[position].isSafeForm = true
        }
        continue
      }
      positions[gap.item.id] = steps.count
      steps.append(
        FirstStep(
          level: level, item: gap.item, men: gap.man.map { [$0] } ?? [], advice: gap.advice,
          isSafeForm: gap.isSafeForm))
    }
    let order = Dictionary(
      uniqueKeysWithValues: content.checklist.enumerated().map { ($1.id, $0) })
    let ranked = steps.sorted { lhs, rhs in
      (lhs.level, order[lhs.item.id] ?? 0) < (rhs.level, order[rhs.item.id] ?? 0)
    }
    return Array(ranked.prefix(limit))
  }
}

extension GapReport.Man {
  /// A risk factor, or another knowledge item, known present about him.
  var hasAnythingKnownPresent: Bool {
    riskFactors.contains { $0.status == .present } || alsoKnown.contains { $0.status == .present }
  }

  /// A risk factor, another knowledge item, or a condition (the safety question) not known
  /// about him.
  var hasAnythingNotKnown: Bool {
    riskFactors.contains { $0.status == .notKnown } || alsoKnown.contains { $0.status == .notKnown }
      || conditions.contains { $0.answer == nil || $0.answer?.value == .unknown }
  }
}
