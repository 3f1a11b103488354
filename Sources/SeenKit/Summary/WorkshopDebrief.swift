/// The group debrief of a workshop (`seen workshop debrief NAME DIR`): over the participants'
/// blank-start reviews of one scenario, how many spotted each gap of the answer key, and the
/// confidence of the "NAME before" and "NAME after" cohorts side by side. Aggregate only: it
/// keeps counts, never a participant's answer, note, role or case reference.
///
/// The answer key is the scenario's own gap report ("What was known and done at the time"):
/// each gap, for a man (by his label) or for the case. A participant **spotted** a gap when
/// their review answers the same item, for the man with the same label (by the one rule for
/// labels, `ManLabel`) or for the case, and that answer is itself a gap by the gap report's
/// rule: for a practice item no, partly, not known, or not applicable without a reason (or for
/// safety); for a what-you-know item or a condition, not known. An item left unanswered is not
/// spotted: the participant did not say.
public struct WorkshopDebrief: Equatable, Sendable {
  /// One gap of the answer key, and how many participants spotted it.
  public struct KeyGap: Equatable, Sendable {
    /// The man's label in the scenario; nil for the case as a whole.
    public var man: String?
    var item: ChecklistItem
    /// The scenario's answer, when it has one ("not known", "partly").
    var keyAnswer: AnswerValue?
    public var spotted = 0
    /// Its place in the key (the gap report's order), for a stable order of the most missed.
    var position: Int
  }

  public var scenarioID: String
  var scenarioTitle: String
  /// The key's gaps in the gap report's order: each man's in record order, then the case's.
  public private(set) var gaps: [KeyGap]
  /// Blank-start reviews of this scenario counted (copies of one review count once).
  public private(set) var participants = 0
  /// Confidence of the records of the cohort "NAME before" and "NAME after" that give one.
  public private(set) var before: [ConfidenceLevel: Int] = [:]
  public private(set) var after: [ConfidenceLevel: Int] = [:]
  /// Review records that are neither: another scenario's, another cohort's, a real case's.
  public private(set) var otherRecords = 0
  /// Further copies of a review counted already (the same id), left out.
  public private(set) var duplicates = 0
  private var ids: Set<String> = []

  public var beforeCount: Int { before.values.reduce(0, +) }
  public var afterCount: Int { after.values.reduce(0, +) }

  /// The debrief of `scenario`, with nothing counted yet.
  public init(scenario: Scenario, content: Content) {
    scenarioID = scenario.id
    scenarioTitle = scenario.title
    let key = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    gaps = key.gaps.enumerated().map { offset, gap in
      KeyGap(man: gap.man, item: gap.item, keyAnswer: gap.answer?.value, position: offset)
    }
  }

  /// The cohort whose confidence is "before" (or "after") the session: the scenario's name and
  /// the word, in any case, with spaces around ignored ("Wiltshire Before").
  static func cohortWord(_ cohort: String?, scenario: String) -> String? {
    guard let cohort else { return nil }
    let words = cohort.lowercased().split(whereSeparator: \.isWhitespace)
    guard words.count == 2, words[0] == scenario.lowercased() else { return nil }
    return ["before", "after"].first { $0 == words[1] }
  }

  /// Counts one record; false when it is neither a blank start of this scenario nor a
  /// confidence of its cohorts (it is counted as another record), or a copy of one counted.
  @discardableResult
  public mutating func add(_ record: ReviewRecord) -> Bool {
    let isParticipant =
      record.workshop?.start == .blank
      && record.workshop?.scenario.lowercased() == scenarioID.lowercased()
    let cohort = Self.cohortWord(record.cohort, scenario: scenarioID)
    let givesConfidence = cohort != nil && record.confidence != nil
    guard isParticipant || givesConfidence else {
      otherRecords += 1
      return false
    }
    if let id = record.id {
      guard ids.insert(id).inserted else {
        duplicates += 1
        return false
      }
    }
    if let level = record.confidence {
      if cohort == "before" { before[level, default: 0] += 1 }
      if cohort == "after" { after[level, default: 0] += 1 }
    }
    guard isParticipant else { return true }
    participants += 1
    var men: [String: ManRecord] = [:]
    for man in record.men { men[ManLabel.key(man.label)] = men[ManLabel.key(man.label)] ?? man }
    for index in gaps.indices {
      let gap = gaps[index]
      let answer: Answer?
      if let label = gap.man {
        answer = men[ManLabel.key(label)]?.answers[gap.item.id]
      } else {
        answer = record.answers[gap.item.id]
      }
      if answer != nil, GapAnalysis.isGap(gap.item.kind, answer) { gaps[index].spotted += 1 }
    }
    return true
  }

  /// How many participants did not spot the gap.
  public func missed(_ gap: KeyGap) -> Int { participants - gap.spotted }
}
