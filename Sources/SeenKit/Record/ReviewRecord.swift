/// A saved self-review of one case: the men in the baby's life and what the practitioner has
/// done and knows about each. Saved as JSON in the `seen-review/N` format.
///
/// Versioning: every change to the format bumps N and is additive (new keys, new items, new
/// answers); a reader accepts every older version and refuses a newer one, naming it.
///
/// - 1: the first format.
/// - 2: the safety question, structured reasons for "not applicable", the mother's safety items.
/// - 3: a man's `strengths` (what he brings to the baby's care) and the relationship `ex-partner`.
/// - 4: the record's `id`, so that copies of one review count once in a summary.
/// - 5: agreed `actions`; `supersedes`, the id of the earlier review a re-review follows; a
///   man's `noLongerInBabysLife` date.
/// - 6: `workshop`, the training scenario a practice review started from and how (`WorkshopStart`).
/// - 7: `supervisions`, what each supervision of the review recorded (`SupervisionRecord`).
/// - 8: a supervision's `fearAbout`, the men fear or anxiety raised was about.
public struct ReviewRecord: Equatable, Sendable {
  /// The version seen writes.
  static let formatVersion = 8
  static let format = "seen-review/\(formatVersion)"
  /// The most men one record may hold: far beyond any real case (a baby has a few men in their
  /// life), and a bound on a report's length. A record with more is refused when read.
  static let maximumMen = 1_000

  /// What is said when a record would hold more than `maximumMen`: the same words whether the
  /// record is read (`has`) or a man is being added (`adding`), by `--set` or the guided review.
  static func tooManyMenMessage(has count: Int? = nil) -> String {
    let limit = "seen reads at most \(maximumMen) in one review"
    guard let count else {
      return "the record already has \(maximumMen) men, so no other man can be added; \(limit)."
    }
    return "the record has \(count) men; \(limit)."
  }
  /// Keys of a man that are details about him rather than checklist items, usable with `--set`.
  static let reservedManKeys: Set<String> = [
    "label", "relationship", "lives-with-baby", "livesWithBaby", "strengths",
  ]

  /// The review's own id, the same in every copy of it: given when the review is started
  /// (`ReviewRecord.id(random:)`), kept when it is resumed, and derived from the content when
  /// a record without one is read (`derivedID`). nil only for a record not yet given one.
  public var id: String?
  /// A case reference, never a name.
  public var caseReference: String?
  /// The reviewer's role, such as "Health visitor".
  public var role: String?
  /// The date of the review as the reviewer wrote it.
  public var date: String?
  /// A workshop group or period, such as "Workshop 2026-11 before", for comparing cohorts.
  public var cohort: String?
  /// "How confident are you in your work with men?" on a five-point scale; any words the
  /// practitioner added are the reflection on the `confidence` question.
  var confidence: ConfidenceLevel?
  public var men: [ManRecord]
  /// Answers to the case-level items, keyed by item id.
  package var answers: [String: Answer]
  /// Free-text reflections, keyed by reflective question id.
  var reflections: [String: String]
  /// The id of the earlier review of the same case this one follows (`seen review --again`).
  public var supersedes: String?
  /// The next steps the practitioner agreed as work with an owner and a due date, in the order
  /// they were agreed; numbered from 1 in that order wherever they are shown.
  public var actions: [AgreedAction] = []
  /// The training scenario this review practises and how it started (`seen review --scenario`);
  /// nil for a review of a real case.
  public var workshop: WorkshopStart?
  /// The supervisions of this review, in the order they were recorded (`seen supervise`).
  public var supervisions: [SupervisionRecord] = []
  /// Answers to the case's local items (`local:…`) that the content in use does not define (no
  /// local file, or another partnership's): kept as they were read and written back on save,
  /// never refused, so that a record answered with local items opens on any computer.
  var keptLocalAnswers: [String: JSONValue] = [:]

  /// The ids of the local items this record answers that the content in use does not define,
  /// for the case and every man, each once, sorted.
  public var undefinedLocalItems: [String] {
    var ids = Set(keptLocalAnswers.keys)
    for man in men { ids.formUnion(man.keptLocalAnswers.keys) }
    return ids.sorted()
  }

  public init(
    id: String? = nil, caseReference: String? = nil, role: String? = nil, date: String? = nil,
    cohort: String? = nil,
    confidence: ConfidenceLevel? = nil, men: [ManRecord] = [], answers: [String: Answer] = [:],
    reflections: [String: String] = [:]
  ) {
    self.id = id
    self.caseReference = caseReference
    self.role = role
    self.date = date
    self.cohort = cohort
    self.confidence = confidence
    self.men = men
    self.answers = answers
    self.reflections = reflections
  }

  /// The index of the man a `--set` names: a 1-based number, or a label by the one rule for
  /// labels (`ManLabel`: any case, any Unicode form, invisible characters set aside).
  func manIndex(named reference: String) -> Int? {
    if let number = Int(reference), number >= 1, number <= men.count { return number - 1 }
    if let exact = men.firstIndex(where: { $0.label == reference }) { return exact }
    let wanted = ManLabel.key(reference)
    return men.firstIndex { ManLabel.key($0.label) == wanted }
  }
}
