/// What a review shows: what is in place, what is not yet, and what is known and not known about
/// each man. It never scores or rates a man: it describes the practitioner's knowledge.
public struct GapReport: Equatable, Sendable {
  struct Man: Equatable, Sendable {
    var label: String
    var relationship: Relationship
    var livesWithBaby: Bool?
    var visibility: Visibility
    /// What is known about each risk factor, in content order.
    var riskFactors: [RiskFactorStatus]
    /// True when two or more of the factors the review lists in 19.3 are known present: the
    /// report then points to its finding that risk lies in the combination and that no single
    /// factor predicts harm. Support needs alone (young age, care history) never count.
    var combinationApplies: Bool
    /// What is known about the knowledge items that are not risk factors (abuse done to him).
    var alsoKnown: [KnowledgeStatus] = []
    /// His answers to the conditions (the safety question), answered or not.
    var conditions: [ConditionAnswer] = []
    /// Why contact and advice about him must be planned for safety; empty when none holds.
    var safetyReasons: [SafetyReason] = []
    /// The answer to "Do your assessment and plan address both the support he needs and any
    /// risk?", printed beside every factor known present so that "seen" is never clearance.
    var planAnswer: Answer?
    /// What he brings to the baby's care, in the practitioner's words: shown as in place.
    var strengths: String?
    /// The day a re-review recorded him as no longer in the baby's life: he stays listed, and
    /// his items are no longer counted as gaps.
    var noLongerInBabysLife: ISODate?
    /// His answers to local items the content in use does not define, kept in the record.
    var undefinedLocal: [UndefinedLocalAnswer] = []

    var safetyConditionHolds: Bool { !safetyReasons.isEmpty }
    var present: [RiskFactorStatus] { riskFactors.filter { $0.status == .present } }
  }

  /// An answer to a local item (`local:…`) that the content in use does not define: shown by
  /// its id and answer alone (its note is kept in the record, never shown: whether it is
  /// sensitive is not known here).
  struct UndefinedLocalAnswer: Equatable, Sendable {
    var id: String
    /// The answer as the record writes it ("yes"), or nil when it cannot be read.
    var answer: String?

    static func all(_ kept: [String: JSONValue]) -> [UndefinedLocalAnswer] {
      kept.sorted { $0.key < $1.key }.map { id, value in
        var text: String?
        switch value.kind {
        case .string(let word): text = word
        case .object(let members):
          if case .string(let word)? = members.first(where: { $0.key == "answer" })?.value.kind {
            text = word
          }
        default: break
        }
        return .init(
          id: id, answer: text.map { AnswerValue(rawValue: $0.lowercased())?.words ?? $0 })
      }
    }
  }

  /// A condition (a safety question, the practitioner's fear) and its answer, if any.
  struct ConditionAnswer: Equatable, Sendable {
    var item: ChecklistItem
    var answer: Answer?
  }

  /// A knowledge item that is not a risk factor, and what is known about it.
  struct KnowledgeStatus: Equatable, Sendable {
    var item: ChecklistItem
    var status: RiskFactorStatus.Status
    var note: String?
  }

  /// A practice item done: answered yes, or not applicable with a reason.
  struct Finding: Equatable, Sendable {
    /// The man's label, or nil for a case-level item.
    var man: String?
    var item: ChecklistItem
    var answer: Answer
  }

  struct Gap: Equatable, Sendable {
    enum Kind: String, Equatable, Sendable {
      /// Answered no, partly, not known, or not answered.
      case notYetDone = "not-yet-done"
      /// Answered not applicable with no reason: an assessment is not an assessment without the father (17.1).
      case notApplicableWithoutReason = "na-without-reason"
      /// A risk factor not known or not answered.
      case notKnown = "not-known"
      /// Not done because contact must first be planned for safety: not in place, and not a
      /// reason to stop. He must still be assessed by a route planned for safety.
      case plannedForSafety = "planned-for-safety"
      /// "All men identified" answered done or not applicable while the review records no man:
      /// the first thing to do is still to find the men in the baby's life.
      case noMenRecorded = "no-men-recorded"
      /// "Practitioner fear" answered no (or not applicable) while the latest supervision to
      /// answer it recorded fear or anxiety raised: the step that supervision agreed still
      /// stands, and both answers are shown.
      case raisedInSupervision = "raised-in-supervision"
    }

    /// The case item that asks whether every man has been identified.
    static let allMenIdentified = "all-men-identified"

    var man: String?
    var item: ChecklistItem
    /// nil when the item was not answered.
    var answer: Answer?
    var kind: Kind
    /// The next step to give: the item's safe form when a safety condition holds.
    var advice: SafeAdvice
    /// True when `advice` is the safe form.
    var isSafeForm: Bool
  }

  struct RiskFactorStatus: Equatable, Sendable {
    enum Status: String, Equatable, Sendable {
      case present
      case absent
      case notKnown = "not-known"

      /// Present or absent as answered; anything else, or no answer, is not known.
      init(_ answer: Answer?) {
        switch answer?.value {
        case .present?: self = .present
        case .absent?: self = .absent
        default: self = .notKnown
        }
      }
    }

    var factor: RiskFactor
    var status: Status
    var note: String?
  }

  var caseReference: String?
  /// The id of the earlier review this re-review follows (`supersedes`), said in its header.
  var supersedes: String?
  /// The training scenario a practice review started from: the report says on its title, and on
  /// every printed page, that it is no real case.
  var workshop: WorkshopStart?
  var role: String?
  var date: String?
  /// The practitioner's own confidence in their work with men, when given.
  var confidence: ConfidenceLevel?
  var contentVersion: String
  var men: [Man]
  var inPlace: [Finding]
  /// Gaps in the order the items are asked, each man's in record order, then the case's.
  var gaps: [Gap]
  /// What the practitioner wrote for each reflective question, in question order.
  var reflections: [Reflection]

  /// A reflective question with the practitioner's answer.
  struct Reflection: Equatable, Sendable {
    var question: ReflectiveQuestion
    var answer: String
  }

  /// Why advice about the case as a whole must be planned for safety.
  var caseSafetyReasons: [SafetyReason] = []
  /// The case-level conditions (the practitioner's fear) and their answers.
  var caseConditions: [ConditionAnswer] = []
  /// The case's answers to local items the content in use does not define.
  var caseUndefinedLocal: [UndefinedLocalAnswer] = []
  /// The partnership and version of the local file in use, if any ("Anyshire …, version 3").
  var local: String?
  /// How many sensitive notes were left out of this report (see `withoutSensitiveNotes`).
  var sensitiveNotesLeftOut = 0
  /// How many sensitive notes this report prints, because they were asked for.
  var sensitiveNotesIncluded = 0
  /// How many supervision notes (comments, other support) the record holds, counted apart from
  /// the sensitive notes; and whether this report prints them.
  var supervisionNotes = 0
  var supervisionNotesIncluded = false
  /// Whether a safety condition is recorded (not merely unanswered) for the case or a man.
  var hasRecordedSafetyCondition = false
  /// What the record records, in words, where it records a safety condition (the "Safety:"
  /// line of its open actions gives the reason as it is).
  var recordedSafetyWords: String?

  /// What to do first: at most `FirstStep.limit` steps, chosen from the gaps by `FirstStep.Level`.
  var firstSteps: [FirstStep] = []

  /// The agreed actions, in record order (numbered from 1), through the sensitive-field rule.
  var actions: [AgreedAction] = []
  /// The day overdue actions are counted from; nil shows an open action as open.
  var today: ISODate?
  /// The supervisions of the review, through the sensitive-field rule (`seen supervise`).
  var supervisions: [SupervisionRecord] = []
  /// The practitioner's answer to "Discussed in supervision", where it differs from what the
  /// latest supervision recorded.
  var supervisionDifference: SupervisionAnswerDifference?
  /// The latest supervision that recorded fear or anxiety about working with a man as raised
  /// (where the latest to answer it did): the first step about fear follows what it agreed.
  var fearSupervision: SupervisionRecord?
  /// The practitioner's answer to "Practitioner fear", where it differs from what the latest
  /// supervision recorded.
  var fearDifference: FearAnswerDifference?

  public var hasGaps: Bool { !gaps.isEmpty }

  /// Whether the report must open with safety: a condition holds for the case or for any man.
  var safetyConditionHolds: Bool {
    !caseSafetyReasons.isEmpty || men.contains { $0.safetyConditionHolds }
  }

  func gaps(inTier tier: Int) -> [Gap] {
    gaps.filter { $0.item.tier == tier }
  }
}
