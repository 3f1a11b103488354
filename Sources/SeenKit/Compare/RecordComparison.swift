/// What changed between two reviews of one case (`seen compare OLD NEW`): the men added or no
/// longer in the baby's life, each man's state then and now, the gaps closed, still open and new,
/// the risk factors that became known, and what became of the agreed actions. Pure: built from
/// the two records' gap reports, so that it follows the sensitive-field rule as the report does.
public struct RecordComparison: Equatable, Sendable {
  /// One man, matched between the reviews as `ManPairing` pairs them.
  struct Man: Equatable, Sendable {
    var label: String
    /// His label in the earlier review, when the later review gives him another.
    var earlierLabel: String?
    /// His state in the earlier review; nil when he was not in it.
    var then: Visibility?
    /// His state in the later review; nil when he is not in it.
    var now: Visibility?
    /// The day the later review records him as no longer in the baby's life.
    var noLongerInBabysLife: ISODate?

    var isAdded: Bool { then == nil }
    var isMissing: Bool { now == nil }
  }

  /// A gap, by the man it is about (nil for the case) and its item.
  struct GapEntry: Equatable, Sendable {
    var man: String?
    var item: ChecklistItem
  }

  /// A risk factor not known in the earlier review and known present or absent in the later.
  struct BecameKnown: Equatable, Sendable {
    var man: String
    var factor: RiskFactor
    var status: GapReport.RiskFactorStatus.Status
  }

  /// A safety condition the later review records and the earlier did not, for a man or the
  /// case: said first, in the content's words for safe planning, with their citation.
  struct NewSafety: Equatable, Sendable {
    /// The man's label; nil for the case (the practitioner's fear).
    var man: String?
    /// The recorded reasons new since the earlier review.
    var reasons: [SafetyReason]
    /// What it means for the work: the content's advice, with its citation.
    var advice: String
  }

  /// An agreed action and where it stands now: an earlier one followed into the later review
  /// when it was carried over, or one agreed in the later review.
  struct ActionEntry: Equatable, Sendable {
    /// Its number in the earlier review, nil for one agreed in the later review.
    var earlierNumber: Int?
    /// Its number in the later review, nil when it was not carried over.
    var laterNumber: Int?
    /// Through the sensitive-field rule.
    var action: AgreedAction
    /// Its "Safety:" line while open, as the report and `seen actions` show it: what the review
    /// it stands in records (the other review's where it records nothing), and which review.
    var safetyCheck: String? = nil
  }

  /// What each review is: its id, case reference and date.
  struct Side: Equatable, Sendable {
    var id: String?
    var caseReference: String?
    var date: String?
    var supersedes: String?
  }

  var earlier: Side
  var later: Side
  var today: ISODate
  var men: [Man]
  var closed: [GapEntry]
  var stillOpen: [GapEntry]
  var new: [GapEntry]
  /// Gaps of the earlier review about a man now no longer in the baby's life: not closed, but
  /// no longer counted.
  var setAside: [GapEntry]
  var becameKnown: [BecameKnown]
  /// Safety conditions recorded since the earlier review: the comparison's headline.
  var newSafety: [NewSafety]
  /// Gaps of the earlier review answered in the later one by recording a safety condition (a
  /// concern, violence or control, fear): new knowledge, never counted as closed.
  var answeredBySafety: [GapEntry]
  var actions: [ActionEntry]
  /// How many notes or actions' words the sensitive-field rule left out, in both reviews.
  var sensitiveLeftOut: Int

  /// Compares `earlier` with `later`, counting overdue actions from `today`.
  public init(
    earlier old: ReviewRecord, later fresh: ReviewRecord, content: Content,
    includeSensitive: Bool = false, today: ISODate
  ) {
    // Where either review records a safety condition, both are read as the stricter: a note of
    // the earlier one (where she is staying) must not show once the later records abuse.
    let safety = old.hasRecordedSafetyCondition || fresh.hasRecordedSafetyCondition
    let oldReport = GapAnalysis.report(
      for: old, content: content, includeSensitive: includeSensitive, today: today,
      asIfSafety: safety)
    let newReport = GapAnalysis.report(
      for: fresh, content: content, includeSensitive: includeSensitive, today: today,
      asIfSafety: safety)
    earlier = Side(
      id: old.id, caseReference: old.caseReference, date: old.date, supersedes: old.supersedes)
    later = Side(
      id: fresh.id, caseReference: fresh.caseReference, date: fresh.date,
      supersedes: fresh.supersedes)
    self.today = today
    sensitiveLeftOut = oldReport.sensitiveNotesLeftOut + newReport.sensitiveNotesLeftOut
    let pairing = ManPairing(earlier: old, later: fresh)
    men = Self.men(old: old, new: fresh, pairing: pairing)
    let (noLongerGaps, open, added) = Self.gaps(
      old: oldReport, new: newReport, earlier: old, later: fresh, pairing: pairing)
    // The later man each earlier gap is about (nil for the case, or a man not in the later).
    let laterMan = { (gap: GapEntry) -> ManRecord? in
      guard let label = gap.man, let index = old.manIndex(labelled: label),
        let later = pairing.laterOf[index]
      else { return nil }
      return fresh.men[later]
    }
    let isClosed = { (gap: GapEntry) in
      GapAnalysis.isClosed(
        item: gap.item.id, isCase: gap.man == nil, laterMan: laterMan(gap), in: fresh)
    }
    answeredBySafety = noLongerGaps.filter { !isClosed($0) }
    let closedOrGone = noLongerGaps.filter(isClosed)
    closed = closedOrGone.filter { laterMan($0)?.noLongerInBabysLife == nil }
    setAside = closedOrGone.filter { laterMan($0)?.noLongerInBabysLife != nil }
    newSafety = Self.newSafety(
      old: old, new: fresh, pairing: pairing, report: newReport, content: content)
    stillOpen = open
    new = added
    becameKnown = Self.becameKnown(old: oldReport, new: newReport, pairing: pairing)
    actions = Self.actions(
      old: old, new: fresh, pairing: pairing, oldShown: oldReport.actions,
      newShown: newReport.actions)
    let laterCheck = fresh.recordedSafetyWords.map {
      GapReport.actionSafetyCheck(recorded: $0, where: "in the later review")
    }
    let earlierCheck = old.recordedSafetyWords.map {
      GapReport.actionSafetyCheck(recorded: $0, where: "in the earlier review")
    }
    for index in actions.indices where actions[index].action.isOpen {
      actions[index].safetyCheck =
        actions[index].laterNumber != nil
        ? (laterCheck ?? earlierCheck) : (earlierCheck ?? laterCheck)
    }
  }

  /// Every man of the later review in its order, then those of the earlier review it lacks.
  private static func men(old: ReviewRecord, new: ReviewRecord, pairing: ManPairing) -> [Man] {
    var men: [Man] = []
    for (index, man) in new.men.enumerated() {
      let earlier = pairing.earlierOf[index]
      let earlierLabel = earlier.map { old.men[$0].label }
      men.append(
        Man(
          label: man.label,
          earlierLabel: earlierLabel.flatMap { $0 == man.label ? nil : $0 },
          then: earlier.map { Visibility.of(old.men[$0]) },
          now: Visibility.of(man), noLongerInBabysLife: man.noLongerInBabysLife))
    }
    for (index, man) in old.men.enumerated() where pairing.laterOf[index] == nil {
      men.append(Man(label: man.label, then: Visibility.of(man), now: nil))
    }
    return men
  }

  /// Gaps closed (in the earlier review only), still open (in both), new (in the later only):
  /// a man's gap is found again by the later man he is (`ManPairing`).
  private static func gaps(
    old: GapReport, new: GapReport, earlier: ReviewRecord, later: ReviewRecord,
    pairing: ManPairing
  ) -> ([GapEntry], [GapEntry], [GapEntry]) {
    let oldKey = { (gap: GapReport.Gap) -> String in
      guard let label = gap.man else { return "case\u{0}" + gap.item.id }
      guard let index = earlier.manIndex(labelled: label) else {
        return "earlier " + ManLabel.key(label) + "\u{0}" + gap.item.id
      }
      if let now = pairing.laterOf[index] { return "\(now)\u{0}" + gap.item.id }
      return "earlier \(index)\u{0}" + gap.item.id
    }
    let newKey = { (gap: GapReport.Gap) -> String in
      guard let label = gap.man else { return "case\u{0}" + gap.item.id }
      guard let index = later.manIndex(labelled: label) else {
        return "later " + ManLabel.key(label) + "\u{0}" + gap.item.id
      }
      return "\(index)\u{0}" + gap.item.id
    }
    let oldKeys = Set(old.gaps.map(oldKey))
    let newKeys = Set(new.gaps.map(newKey))
    let entry = { (gap: GapReport.Gap) in GapEntry(man: gap.man, item: gap.item) }
    return (
      old.gaps.filter { !newKeys.contains(oldKey($0)) }.map(entry),
      new.gaps.filter { oldKeys.contains(newKey($0)) }.map(entry),
      new.gaps.filter { !oldKeys.contains(newKey($0)) }.map(entry)
    )
  }

  /// The recorded safety reasons of the later review that the earlier did not record, for each
  /// man (matched by label; a man added counts as new) and then for the case.
  private static func newSafety(
    old: ReviewRecord, new: ReviewRecord, pairing: ManPairing, report: GapReport,
    content: Content
  ) -> [NewSafety] {
    let caseNow = SafetyReason.caseReasons(in: new).filter(\.isRecorded)
    let caseThen = SafetyReason.caseReasons(in: old).filter(\.isRecorded)
    var news: [NewSafety] = []
    // The content's safe-practice point on deciding contact (17.2), with its citation.
    let contact =
      content.safety.points.first { $0.sources.contains { $0.section.contains("17.2") } }
      ?? content.safety.points.first
    for (index, man) in new.men.enumerated() {
      let now = SafetyReason.reasons(for: man, in: new).filter {
        $0.isRecorded && !caseNow.contains($0)
      }
      let earlier = pairing.earlierOf[index].map { old.men[$0] }
      let then = earlier.map { SafetyReason.reasons(for: $0, in: old).filter(\.isRecorded) } ?? []
      let added = now.filter { !then.contains($0) }
      guard !added.isEmpty else { continue }
      var advice = "Contact with him must now be planned for safety."
      if let contact {
        advice += " " + report.advised(contact, content: content, detail: .brief)
      }
      news.append(NewSafety(man: man.label, reasons: added, advice: advice))
    }
    let caseAdded = caseNow.filter { !caseThen.contains($0) }
    if !caseAdded.isEmpty {
      let advice =
        caseAdded.contains(.practitionerFear)
        ? report.advised(content.safety.fearNow, content: content, detail: .brief)
        : "Contact with the men must now be planned for safety."
          + (contact.map { " " + report.advised($0, content: content, detail: .brief) } ?? "")
      news.append(NewSafety(man: nil, reasons: caseAdded, advice: advice))
    }
    return news
  }

  /// Risk factors not known of a man in the earlier review, known present or absent now.
  private static func becameKnown(old: GapReport, new: GapReport, pairing: ManPairing)
    -> [BecameKnown]
  {
    var known: [BecameKnown] = []
    // The reports list the records' men in their order.
    for (index, man) in new.men.enumerated() {
      let earlier =
        index < pairing.earlierOf.count
        ? pairing.earlierOf[index].flatMap { $0 < old.men.count ? old.men[$0] : nil } : nil
      for factor in man.riskFactors where factor.status != .notKnown {
        let before = earlier?.riskFactors.first { $0.factor.id == factor.factor.id }?.status
        if before == nil || before == .notKnown {
          known.append(BecameKnown(man: man.label, factor: factor.factor, status: factor.status))
        }
      }
    }
    return known
  }

  /// Whether two actions are the same work: one carried over into a re-review keeps its words,
  /// man, owner and due date; its words may have become its item's safe form, where the
  /// re-review plans contact for safety (`bringActionsToSafeWording`).
  /// `earlierMan` is the later label of the earlier action's man (`ManPairing`).
  private static func same(_ later: AgreedAction, _ earlier: AgreedAction, earlierMan: String?)
    -> Bool
  {
    (later.what == earlier.what || (later.item != nil && later.item == earlier.item))
      && later.owner == earlier.owner && later.due == earlier.due
      && ManLabel.key(later.man ?? "") == ManLabel.key(earlierMan ?? "")
  }

  /// The earlier review's actions in its order, each as it stands in the later review when it
  /// was carried over; then the actions first agreed in the later review.
  private static func actions(
    old: ReviewRecord, new: ReviewRecord, pairing: ManPairing, oldShown: [AgreedAction],
    newShown: [AgreedAction]
  ) -> [ActionEntry] {
    var entries: [ActionEntry] = []
    var followed = Set<Int>()
    for (index, action) in old.actions.enumerated() {
      // A man renamed in the re-review: his carried-over action names him by his new label.
      let man = action.man.map { label in
        old.manIndex(labelled: label).flatMap { pairing.laterOf[$0] }.map { new.men[$0].label }
          ?? label
      }
      let later = new.actions.indices.first {
        !followed.contains($0) && same(new.actions[$0], action, earlierMan: man)
      }
      if let later { followed.insert(later) }
      entries.append(
        ActionEntry(
          earlierNumber: index + 1, laterNumber: later.map { $0 + 1 },
          action: later.map { newShown[$0] } ?? oldShown[index]))
    }
    for index in new.actions.indices where !followed.contains(index) {
      entries.append(
        ActionEntry(earlierNumber: nil, laterNumber: index + 1, action: newShown[index]))
    }
    return entries
  }

  var done: [ActionEntry] {
    actions.filter { if case .done = $0.action.state { return true } else { return false } }
  }
  var overdue: [ActionEntry] { actions.filter { $0.action.isOverdue(today: today) } }
  var open: [ActionEntry] {
    actions.filter { $0.action.isOpen && !$0.action.isOverdue(today: today) }
  }
  var dropped: [ActionEntry] {
    actions.filter { if case .dropped = $0.action.state { return true } else { return false } }
  }

  /// How two records given as earlier and later stand to each other (`seen compare OLD NEW`).
  public enum Order: Equatable, Sendable {
    /// The first is the earlier, as given (or nothing says otherwise).
    case asGiven
    /// One review twice: the same id, or the same record.
    case sameReview
    /// The first supersedes the second: the second is the earlier.
    case firstSupersedesSecond
    /// The second is dated before the first (and neither supersedes the other).
    case secondDatedEarlier
  }

  /// Whether `first` and `second`, given as earlier and later, are one review, or in the wrong
  /// order: `supersedes` decides, then the dates. Two reviews of a chain that are not adjacent
  /// (A, then B, then C: A and C) are read by their dates.
  public static func order(_ first: ReviewRecord, _ second: ReviewRecord) -> Order {
    if let id = first.id, id == second.id { return .sameReview }
    if first.id == nil && second.id == nil && first == second { return .sameReview }
    if let id = first.id, second.supersedes == id { return .asGiven }
    if let id = second.id, first.supersedes == id { return .firstSupersedesSecond }
    if let one = first.date.flatMap(ISODate.init), let other = second.date.flatMap(ISODate.init),
      other < one
    {
      return .secondDatedEarlier
    }
    return .asGiven
  }

  /// Whether the two records name different case references (both given, and not the same).
  public static func differentCases(_ old: ReviewRecord, _ new: ReviewRecord) -> Bool {
    guard let one = old.caseReference?.trimmingWhitespace(),
      let other = new.caseReference?.trimmingWhitespace()
    else { return false }
    return one != other
  }
}
