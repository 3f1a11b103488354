/// The group debrief of a workshop (`seen workshop debrief NAME DIR`): over the participants'
/// blank-start reviews of one scenario, how each gap of the answer key was answered, and the
/// confidence of the "NAME before" and "NAME after" cohorts side by side. Aggregate only: it
/// keeps counts, never a participant's answer, note, role or case reference.
///
/// The answer key is the scenario's own gap report ("What was known and done at the time"):
/// each gap, for a man or for the case. For each gap, a participant's answer to the same item,
/// for the same man (`matchMen`) or for the case, counts once, as one of:
/// - **spotted**: the answer is itself a gap by the gap report's rule (for a practice item no,
///   partly, not known, or not applicable without a reason or for safety; for a condition, not
///   known), or it records a concern (a factor recorded as present, a condition answered yes);
/// - **answered as in place**: done, not applicable for a reason, none found so far, or no
///   concern: what the list of the gaps most often answered as in place ranks;
/// - **recorded as present where the source says nothing of it**: a what-you-know item recorded
///   as present where the key's note is exactly "The source does not say."
///   (`Scenario.isSourceSilent`): counted apart, never as spotted, so that a factor assumed of a
///   man is not rewarded as a finding. Where the key says "not known" and its note quotes the
///   source (not known at the time, as Wiltshire's cannabis use), present is spotted;
/// - **don't know**: a what-you-know item answered "don't know", which Enter records on an
///   unanswered item of a blank start: counted apart, so that holding Enter spots nothing;
/// - **not answered**: no answer, or the man could not be matched.
///
/// The key's facts known at the time (`facts`): each what-you-know item the key records as
/// present, and each condition it records as yes, for a man or the case: "recorded as present"
/// (or yes) is spotted, "none found" (or no, or not applicable) is missed, "not known" counts
/// apart.
///
/// Items about the practitioner's own situation (`ownSituationItems`: their fear, their
/// supervision) are left out: a participant reading the scenario has no way to know them.
public struct WorkshopDebrief: Equatable, Sendable {
  /// One gap of the answer key, and how the participants answered it.
  public struct KeyGap: Equatable, Sendable {
    /// The man's label in the scenario; nil for the case as a whole.
    public var man: String?
    var item: ChecklistItem
    /// The scenario's answer, when it has one ("not known", "partly").
    var keyAnswer: AnswerValue?
    /// Whether the key says its source is silent on the item (`Scenario.isSourceSilent`).
    var sourceSilent = false
    /// Where the man is in the scenario's record; nil for the case.
    var manIndex: Int?
    /// Participants whose answer is a gap or records a concern.
    public var spotted = 0
    /// Participants who answered it as in place (done, for a reason, none found, no concern).
    public var answeredInPlace = 0
    /// Participants who gave no answer to it (or whose man could not be matched).
    public var notAnswered = 0
    /// A gap's participants who recorded the factor as present where the key says the source
    /// does not say: neither spotted nor in place.
    public var presentWithoutSource = 0
    /// A gap's participants who answered a what-you-know item "don't know" (what Enter records
    /// on a blank start): neither spotted nor in place.
    public var dontKnow = 0
    /// A fact's participants who answered none found (or no concern): missed.
    public var missed = 0
    /// A fact's participants who answered not known.
    public var notKnown = 0
    /// Its place in the key (the gap report's order), for a stable order of the most missed.
    var position: Int
  }

  /// The case items about the practitioner's own situation, which a participant reading a
  /// scenario cannot know: left out of the debrief, with a line saying why.
  public static let ownSituationItems: Set<String> = ["practitioner-fear", "supervision"]

  public var scenarioID: String
  var scenarioTitle: String
  /// The key's gaps in the gap report's order: each man's in record order, then the case's,
  /// without the items about the practitioner's own situation.
  public private(set) var gaps: [KeyGap]
  /// What the key says was known at the time: each factor recorded as present and each
  /// condition recorded as yes, for each man in record order, then for the case, in the
  /// checklist's order (without the practitioner's own situation).
  public private(set) var facts: [KeyGap]
  /// The key's gaps left out as the practitioner's own situation.
  private(set) var leftOut: [ChecklistItem] = []
  /// Their titles, and their ids.
  var leftOutItems: [String] { leftOut.map(\.title) }
  var leftOutIDs: [String] { leftOut.map(\.id) }
  /// The scenario's men: label and relationship, in record order.
  private var keyMen: [(label: String, relationship: Relationship)]
  /// Blank-start reviews of this scenario counted (copies of one review count once).
  public private(set) var participants = 0
  /// Participants' reviews in which a man of the key was matched by his place in the record (his
  /// label changed), and those in which one could not be matched at all.
  public private(set) var matchedByPosition = 0
  public private(set) var notMatched = 0
  /// Confidence of the records of the cohort "NAME before" and "NAME after" that give one.
  public private(set) var before: [ConfidenceLevel: Int] = [:]
  public private(set) var after: [ConfidenceLevel: Int] = [:]
  /// Review records that are neither: another scenario's, another cohort's, a real case's.
  public private(set) var otherRecords = 0
  /// Blank starts of this scenario with no answer at all (saved at the first question, or with
  /// --no-input): left out, so that empty files never make a small group look big enough for
  /// its figures to be shown.
  public private(set) var unanswered = 0
  /// Further copies of a record counted already (`add`), left out.
  public private(set) var duplicates = 0
  /// Records counted without an id: they cannot be told from a copy, so each counts.
  public private(set) var withoutID = 0
  /// The review counted for each id, and the confidence counted for each id and cohort
  /// (`copyKey`): of copies that differ, the one `seen summary` counts
  /// (`ReviewRecord.isCountedCopy(over:)`, the one with more answers), whatever the file names.
  private var countedReviews: [String: ReviewRecord] = [:]
  private var countedConfidence: [String: ReviewRecord] = [:]

  public var beforeCount: Int { before.values.reduce(0, +) }
  public var afterCount: Int { after.values.reduce(0, +) }

  public static func == (lhs: WorkshopDebrief, rhs: WorkshopDebrief) -> Bool {
    lhs.scenarioID == rhs.scenarioID && lhs.gaps == rhs.gaps && lhs.facts == rhs.facts
      && lhs.participants == rhs.participants
      && lhs.before == rhs.before && lhs.after == rhs.after && lhs.otherRecords == rhs.otherRecords
      && lhs.unanswered == rhs.unanswered
      && lhs.duplicates == rhs.duplicates && lhs.matchedByPosition == rhs.matchedByPosition
      && lhs.notMatched == rhs.notMatched && lhs.withoutID == rhs.withoutID
  }

  /// The debrief of `scenario`, with nothing counted yet.
  public init(scenario: Scenario, content: Content) {
    scenarioID = scenario.id
    scenarioTitle = scenario.title
    keyMen = scenario.record.men.map { ($0.label, $0.relationship) }
    let key = GapAnalysis.report(for: scenario.record, content: content, includeSensitive: true)
    let labels = scenario.record.men.map { Self.fold($0.label) }
    var kept: [KeyGap] = []
    var leftOut: [ChecklistItem] = []
    // The key's items only: a partnership's own items (a local file) are not in the printed
    // key, so they are not in the debrief either.
    for gap in key.gaps where !gap.item.isLocal {
      if gap.man == nil && Self.ownSituationItems.contains(gap.item.id) {
        leftOut.append(gap.item)
        continue
      }
      kept.append(
        KeyGap(
          man: gap.man, item: gap.item, keyAnswer: gap.answer?.value,
          sourceSilent: Scenario.isSourceSilent(gap.answer),
          manIndex: gap.man.flatMap { labels.firstIndex(of: Self.fold($0)) },
          position: kept.count))
    }
    gaps = kept
    self.leftOut = leftOut
    facts = Self.facts(of: scenario.record, content: content)
  }

  /// The key's facts known at the time (`facts`), in record order, then the case's.
  private static func facts(of record: ReviewRecord, content: Content) -> [KeyGap] {
    var facts: [KeyGap] = []
    func add(_ answers: [String: Answer], man: String?, index: Int?) {
      for item in content.checklist where !item.isLocal {
        guard let answer = answers[item.id], Self.recordsConcern(item.kind, answer) else {
          continue
        }
        if man == nil && ownSituationItems.contains(item.id) { continue }
        facts.append(
          KeyGap(
            man: man, item: item, keyAnswer: answer.value, manIndex: index,
            position: facts.count))
      }
    }
    for (index, man) in record.men.enumerated() {
      add(man.answers, man: man.label, index: index)
    }
    add(record.answers, man: nil, index: nil)
    return facts
  }

  /// Copies of one confidence are the same id in the same cohort (case, and spaces around and
  /// between words, ignored): an "after" confidence saved from the "before" file keeps its id,
  /// and is another record, not a copy. Copies of one review are the same id alone.
  static func copyKey(id: String, cohort: String?) -> String {
    let words = (cohort ?? "").lowercased().split(whereSeparator: \.isWhitespace)
    return id + "\u{0}" + words.joined(separator: " ")
  }

  /// A label as two are compared here: `ManLabel`'s rule (case, spaces), with curly apostrophes
  /// read as straight ones ("Eva’s father" is "Eva's father").
  static func fold(_ label: String) -> String {
    var text = ""
    for scalar in label.unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`", "\u{00B4}":
        text.unicodeScalars.append("'")
      default: text.unicodeScalars.append(scalar)
      }
    }
    return ManLabel.key(text)
  }

  /// The cohort whose confidence is "before" (or "after") the session: the scenario's name and
  /// the word, in any case, with spaces around ignored ("Wiltshire Before").
  static func cohortWord(_ cohort: String?, scenario: String) -> String? {
    guard let cohort else { return nil }
    let words = cohort.lowercased().split(whereSeparator: \.isWhitespace)
    guard words.count == 2, words[0] == scenario.lowercased() else { return nil }
    return ["before", "after"].first { $0 == words[1] }
  }

  /// How a participant's men stand for the key's: by folded label (`fold`); else, when the
  /// record's men match the key's in number, order and relationship (as a blank start keeps
  /// them), by place; else not at all (his answers count as not answered).
  enum Matching: Equatable {
    case byLabel, byPosition, notMatched
  }

  /// For each man of the key, the participant's man that stands for him (or nil), and how the
  /// review was matched: by position when any man was, not matched when any man was not.
  func matchMen(_ record: ReviewRecord) -> (men: [ManRecord?], matching: Matching) {
    let samePlaces =
      record.men.count == keyMen.count
      && zip(record.men, keyMen).allSatisfy { $0.relationship == $1.relationship }
    var byLabel: [String: ManRecord] = [:]
    for man in record.men { byLabel[Self.fold(man.label)] = byLabel[Self.fold(man.label)] ?? man }
    var matching = Matching.byLabel
    let men = keyMen.enumerated().map { index, key -> ManRecord? in
      if let man = byLabel[Self.fold(key.label)] { return man }
      if samePlaces {
        if matching == .byLabel { matching = .byPosition }
        return record.men[index]
      }
      matching = .notMatched
      return nil
    }
    return (men, matching)
  }

  /// Whether an answer records a concern: a what-you-know item known present, or a condition
  /// (a safety concern, the practitioner's fear) answered yes.
  static func recordsConcern(_ kind: ChecklistItem.Kind, _ answer: Answer) -> Bool {
    switch kind {
    case .knowledge: return answer.value == .present
    case .condition: return answer.value == .yes
    case .practice: return false
    }
  }

  /// Counts one record; false when it is neither a blank start of this scenario nor a
  /// confidence of its cohorts (it is counted as another record), or a copy of one counted.
  /// A participant's review counts once for its id, whatever its cohort (a copy given another
  /// cohort would otherwise count twice and lift a small group over the threshold); its
  /// confidence counts once for its id and cohort.
  @discardableResult
  public mutating func add(_ record: ReviewRecord) -> Bool {
    let isEmptyStart = isBlankStart(record) && !Self.hasAnswers(record)
    if isEmptyStart { unanswered += 1 }
    let isReview = isParticipant(record)
    let isConfidence = givesConfidence(record)
    guard isReview || isConfidence else {
      if !isEmptyStart { otherRecords += 1 }
      return false
    }
    guard let id = record.id else {
      withoutID += 1
      if isReview { tallyReview(record, by: 1) }
      if isConfidence { tallyConfidence(record, by: 1) }
      return true
    }
    var isNew = false
    if isReview {
      isNew = keep(record, as: id, review: true) || isNew
    }
    if isConfidence {
      isNew = keep(record, as: Self.copyKey(id: id, cohort: record.cohort), review: false) || isNew
    }
    if !isNew { duplicates += 1 }
    return isNew
  }

  /// Counts a record's review (or its confidence) under `key` unless one is counted there
  /// already; of two copies, the one with more answers counts, whatever the order files are
  /// read in. True when it was new.
  private mutating func keep(_ record: ReviewRecord, as key: String, review: Bool) -> Bool {
    let earlier = review ? countedReviews[key] : countedConfidence[key]
    if let earlier, !record.isCountedCopy(over: earlier) { return false }
    if let earlier { tally(earlier, review: review, by: -1) }
    tally(record, review: review, by: 1)
    if review { countedReviews[key] = record } else { countedConfidence[key] = record }
    return earlier == nil
  }

  private mutating func tally(_ record: ReviewRecord, review: Bool, by sign: Int) {
    if review { tallyReview(record, by: sign) } else { tallyConfidence(record, by: sign) }
  }

  private func isParticipant(_ record: ReviewRecord) -> Bool {
    isBlankStart(record) && Self.hasAnswers(record)
  }

  private func isBlankStart(_ record: ReviewRecord) -> Bool {
    record.workshop?.start == .blank
      && record.workshop?.scenario.lowercased() == scenarioID.lowercased()
  }

  static func hasAnswers(_ record: ReviewRecord) -> Bool {
    !record.answers.isEmpty || record.men.contains { !$0.answers.isEmpty }
  }

  private func givesConfidence(_ record: ReviewRecord) -> Bool {
    Self.cohortWord(record.cohort, scenario: scenarioID) != nil && record.confidence != nil
  }

  /// Adds a record's confidence (`sign` 1), or takes it back out (-1).
  private mutating func tallyConfidence(_ record: ReviewRecord, by sign: Int) {
    let cohort = Self.cohortWord(record.cohort, scenario: scenarioID)
    guard let level = record.confidence else { return }
    if cohort == "before" { before[level, default: 0] += sign }
    if cohort == "after" { after[level, default: 0] += sign }
    if before[level] == 0 { before[level] = nil }
    if after[level] == 0 { after[level] = nil }
  }

  /// Adds a participant's answers (`sign` 1), or takes them back out (-1).
  private mutating func tallyReview(_ record: ReviewRecord, by sign: Int) {
    participants += sign
    let (men, matching) = matchMen(record)
    if matching == .byPosition { matchedByPosition += sign }
    if matching == .notMatched { notMatched += sign }
    func answer(_ gap: KeyGap) -> Answer? {
      gap.man == nil
        ? record.answers[gap.item.id] : gap.manIndex.flatMap { men[$0] }?.answers[gap.item.id]
    }
    for index in gaps.indices {
      let gap = gaps[index]
      guard let answer = answer(gap) else {
        gaps[index].notAnswered += sign
        continue
      }
      if gap.item.kind == .knowledge && answer.value == .present && gap.sourceSilent {
        gaps[index].presentWithoutSource += sign
      } else if gap.item.kind == .knowledge && answer.value == .unknown {
        gaps[index].dontKnow += sign
      } else if GapAnalysis.isGap(gap.item.kind, answer)
        || Self.recordsConcern(gap.item.kind, answer)
      {
        gaps[index].spotted += sign
      } else {
        gaps[index].answeredInPlace += sign
      }
    }
    for index in facts.indices {
      guard let answer = answer(facts[index]) else {
        facts[index].notAnswered += sign
        continue
      }
      switch answer.value {
      case .present, .yes: facts[index].spotted += sign
      case .unknown: facts[index].notKnown += sign
      default: facts[index].missed += sign
      }
    }
  }
}

extension ReviewRecord {
  /// Whether the record holds nothing a debrief could count or a person wrote: no men, answers,
  /// reflections, actions, case reference, role, cohort, confidence or workshop start (a file
  /// holding "{}"). The debrief names such a file as left out.
  public var isEmptyForDebrief: Bool {
    men.isEmpty && answers.isEmpty && reflections.isEmpty && actions.isEmpty
      && caseReference == nil && role == nil && cohort == nil && confidence == nil
      && workshop == nil && supersedes == nil
  }
}
