/// The agreed actions of many saved reviews, for `seen actions` (issue 16): every action that
/// passes the filter, with the case it belongs to, its number in its review and the file it was
/// read from, in one order: overdue first (the most overdue first), then by due date, then by
/// case reference and number. Pure: the same records, filter and day give the same list.
public struct ActionList: Sendable {
  /// One action as the list shows it.
  public struct Entry: Equatable, Sendable {
    /// The case reference of its review (the practitioner's own caseload, so shown).
    public var caseReference: String?
    /// Its number in its review, from 1 in record order.
    public var number: Int
    /// The action, its words already through the sensitive-field rule unless they were asked for.
    public var action: AgreedAction
    /// The file its review was read from.
    public var file: String
    /// Whether the review it is in records a safety condition: an open action is then to be
    /// checked with a manager or safeguarding lead before anyone acts on it.
    public var safetyRecorded = false
    /// Its "Safety:" line: what is recorded, in words, and where; or, where a man's safety is not
    /// yet known, that contact is planned as if there were a concern.
    public var safetyCheck: String?
    /// Where its review holds no safety condition: the action as it is to be read once a later
    /// review of the case records one, its words through the sensitive-field rule as that
    /// review's are (`ActionList.listing` shows it so when its review is superseded).
    var ifLaterSafety: AgreedAction?
    var ifLaterSafetyRedacted = 0
    /// The id of its review (nil in records older than ids), to follow `supersedes`.
    public var reviewID: String?
    /// The date of its review, as recorded.
    public var reviewDate: String?
    /// Whether a later review read supersedes its review (set as the list is ordered).
    public var superseded = false
    /// How many of its words the sensitive-field rule left out.
    var redacted = 0

    /// Overdue, unless a later review supersedes its review: where it stands now is there.
    public func isOverdue(today: ISODate) -> Bool {
      !superseded && action.isOverdue(today: today)
    }

    /// Days past its due date while open and not superseded; nil otherwise.
    public func overdueDays(today: ISODate) -> Int? {
      superseded ? nil : action.overdueDays(today: today)
    }

    /// Its state in words: an open action of a superseded review says where to look.
    public func stateText(today: ISODate) -> String {
      if superseded && action.isOpen { return "open here; a later review supersedes this one" }
      return action.stateText(today: today)
    }

    public init(caseReference: String?, number: Int, action: AgreedAction, file: String) {
      self.caseReference = caseReference
      self.number = number
      self.action = action
      self.file = file
    }
  }

  /// Which actions are listed: `--owner`, `--open`, `--due-before`.
  public struct Filter: Equatable, Sendable {
    /// The owner role in the content's spelling, or nil for every owner.
    public var owner: String?
    /// Open actions only (overdue ones included).
    public var openOnly: Bool
    /// Only actions due before this day (not on it).
    public var dueBefore: ISODate?

    public init(owner: String? = nil, openOnly: Bool = false, dueBefore: ISODate? = nil) {
      self.owner = owner
      self.openOnly = openOnly
      self.dueBefore = dueBefore
    }

    public var isEmpty: Bool { owner == nil && !openOnly && dueBefore == nil }

    public func admits(_ action: AgreedAction) -> Bool {
      if let owner, action.owner != owner { return false }
      if openOnly && !action.isOpen { return false }
      if let dueBefore, !(action.due < dueBefore) { return false }
      return true
    }
  }

  /// The day overdue is counted from (`Console.today()`, `SEEN_TODAY`).
  public let today: ISODate
  public let filter: Filter
  /// Whether the sensitive words of actions are shown (`--include-sensitive`).
  public let includeSensitive: Bool
  /// List the actions of every review, superseded or not (`--all-versions`); without it only
  /// those of the latest review of each re-review chain.
  public let allVersions: Bool
  /// The reviews read, with or without actions.
  public private(set) var reviews = 0
  /// Every action of the reviews read, listed or not.
  public private(set) var actionsRead = 0
  /// Copies of a review read from another file (the same id), left out as `seen summary`
  /// leaves them out: each review is listed once (`leaveOutCopy`).
  public private(set) var duplicates = 0
  /// The files of the copies left out.
  private var copiesLeftOut: Set<String> = []
  /// How many of the listed actions' words the sensitive-field rule left out.
  public var sensitiveLeftOut: Int { listing.entries.reduce(0) { $0 + $1.redacted } }
  private var unordered: [Entry] = []
  /// The ids of the reviews read, and their `supersedes` links (`ReviewChains`, the rule
  /// `seen summary` follows).
  private var reviewIDs: Set<String> = []
  /// The reviews read that record a safety condition: what they record, in words, and the
  /// file each was read from.
  private var safetyByReview: [String: (words: String, file: String)] = [:]
  private var chains = ReviewChains<String>()

  public init(
    today: ISODate, filter: Filter = Filter(), includeSensitive: Bool = false,
    allVersions: Bool = false
  ) {
    self.today = today
    self.filter = filter
    self.includeSensitive = includeSensitive
    self.allVersions = allVersions
  }

  /// The reviews read that a later review read supersedes.
  public var supersededReviews: Set<String> { chains.superseded(among: reviewIDs) }

  /// Takes in a review's actions that pass the filter.
  public mutating func add(_ record: ReviewRecord, file: String, content: Content) {
    reviews += 1
    actionsRead += record.actions.count
    if let id = record.id {
      reviewIDs.insert(id)
      if let target = record.supersedes { chains.link(id, supersedes: target) }
    }
    guard !record.actions.isEmpty else { return }
    // The one rule, once a record: where a safety condition is recorded every action's words
    // are left out (unless asked for), and those of actions from a sensitive item.
    let everything = !includeSensitive && record.hasRecordedSafetyCondition
    // Open actions in the words the record's safety now gives them (a record saved before
    // that rule may hold a plain next step beside a safety condition).
    let actions = record.withActionsInSafeWording(content: content).actions
    let safety = record.hasRecordedSafetyCondition
    let safetyWords = safety ? (record.recordedSafetyWords ?? "") : nil
    // Not knowing whether there is a concern is planned for as if there were one.
    let plannedAsIf =
      !SafetyReason.caseReasons(in: record).isEmpty
      || record.men.contains { !SafetyReason.reasons(for: $0, in: record).isEmpty }
    if let id = record.id, let safetyWords { safetyByReview[id] = (safetyWords, file) }
    // A review that may be superseded, and holds no safety condition itself, is read as the
    // stricter when a later review records one: its actions in that form too.
    let ifLaterSafety =
      !safety && record.id != nil ? record.actionsAsIfSafetyRecorded(content: content) : nil
    for (offset, original) in actions.enumerated() where filter.admits(original) {
      var action = original
      let redacted = includeSensitive ? 0 : action.redact(everything: everything, content: content)
      var entry = Entry(
        caseReference: record.caseReference, number: offset + 1, action: action, file: file)
      entry.redacted = redacted
      entry.safetyRecorded = safety
      entry.safetyCheck = GapReport.actionSafetyCheck(
        recorded: safetyWords, plannedAsIf: plannedAsIf)
      if var strict = ifLaterSafety?[offset] {
        entry.ifLaterSafetyRedacted =
          includeSensitive ? 0 : strict.redact(everything: true, content: content)
        entry.ifLaterSafety = strict
      }
      entry.reviewID = record.id
      entry.reviewDate = record.date
      unordered.append(entry)
    }
  }

  /// Leaves out a review read from `file` that is a copy of one read from another file (the
  /// same id): it is not counted as a review read, and its actions are not listed.
  public mutating func leaveOutCopy(_ record: ReviewRecord, file: String) {
    guard copiesLeftOut.insert(file).inserted else { return }
    duplicates += 1
    reviews -= 1
    actionsRead -= record.actions.count
  }

  /// Another list's actions, for lists made in parts (in any order: the result is ordered).
  public mutating func merge(_ other: ActionList) {
    reviews += other.reviews
    actionsRead += other.actionsRead
    unordered += other.unordered
    duplicates += other.duplicates
    copiesLeftOut.formUnion(other.copiesLeftOut)
    reviewIDs.formUnion(other.reviewIDs)
    safetyByReview.merge(other.safetyByReview) { mine, _ in mine }
    chains.merge(other.chains)
  }

  /// The actions listed, in the list's order: by default those of the latest review of each
  /// chain only (a carried-over action is listed once, as it stands now); every version's
  /// with `allVersions`, each marked when its review is superseded.
  public var entries: [Entry] { listing.entries }

  /// The entries listed and how many reviews read a later review supersedes.
  public var listing: (entries: [Entry], supersededReviews: Int) {
    let superseded = supersededReviews
    var listed: [Entry] = []
    listed.reserveCapacity(unordered.count)
    var laterSafety: [String: (words: String, where: String)?] = [:]
    var laterOf: [String: [String]]?
    var chainSafety: [String: (words: String, file: String)]?
    for var entry in unordered where copiesLeftOut.isEmpty || !copiesLeftOut.contains(entry.file) {
      entry.superseded = entry.reviewID.map(superseded.contains) ?? false
      if entry.superseded && !allVersions { continue }
      // An action is read by the safety of every review of its chain: plain words ("make
      // direct contact with him yourself") never show beside a safety concern recorded since,
      // nor beside one recorded in another re-review of the same earlier review.
      if !entry.safetyRecorded, let id = entry.reviewID, let strict = entry.ifLaterSafety {
        if laterSafety[id] == nil {
          if laterOf == nil { laterOf = laterReviews() }
          let later = safetyLater(than: id, laterOf: laterOf ?? [:])
          laterSafety[id] = .some(
            later.map { ($0.words, "in a later review of this case (\($0.file))") }
              ?? { () -> (words: String, file: String)? in
                if chainSafety == nil { chainSafety = safetyByChain() }
                return chainSafety?[id]
              }().map {
                ($0.words, "in another review of this case (\($0.file))")
              })
        }
        if let found = laterSafety[id] ?? nil {
          entry.action = strict
          entry.redacted = entry.ifLaterSafetyRedacted
          entry.safetyRecorded = true
          entry.safetyCheck = GapReport.actionSafetyCheck(recorded: found.words, where: found.where)
        }
      }
      listed.append(entry)
    }
    listed.sort { Self.precedes($0, $1, today: today) }
    return (listed, superseded.count)
  }

  /// What the latest review that records a safety condition, among those read that supersede
  /// `id` (directly or along the chain), records, and its file; nil when none does.
  private func safetyLater(than id: String, laterOf: [String: [String]]) -> (
    words: String, file: String
  )? {
    guard !safetyByReview.isEmpty else { return nil }
    var found: (words: String, file: String)?
    var seen: Set<String> = [id]
    var queue = [id]
    while !queue.isEmpty {
      let current = queue.removeFirst()
      for later in (laterOf[current] ?? []).sorted() where reviewIDs.contains(later) {
        guard seen.insert(later).inserted else { continue }
        if let safety = safetyByReview[later] { found = safety }
        queue.append(later)
      }
    }
    return found
  }

  /// For each review read whose chain (reviews linked by `supersedes` either way: earlier,
  /// later, or a sibling re-review of one earlier review) holds a review that records a safety
  /// condition: that condition, the first in file order. Linear in the reviews and links.
  private func safetyByChain() -> [String: (words: String, file: String)] {
    guard !safetyByReview.isEmpty else { return [:] }
    var neighbours: [String: [String]] = [:]
    for (later, targets) in chains.links {
      for target in targets where target != later {
        neighbours[later, default: []].append(target)
        neighbours[target, default: []].append(later)
      }
    }
    var result: [String: (words: String, file: String)] = [:]
    var seen: Set<String> = []
    for start in neighbours.keys where !seen.contains(start) {
      var component: [String] = []
      var queue = [start]
      seen.insert(start)
      while let current = queue.popLast() {
        component.append(current)
        for next in neighbours[current] ?? [] where seen.insert(next).inserted {
          queue.append(next)
        }
      }
      let first = component.filter(reviewIDs.contains).compactMap { safetyByReview[$0] }.min {
        $0.file.unicodeScalars.lexicographicallyPrecedes($1.file.unicodeScalars)
      }
      if let first { for id in component { result[id] = first } }
    }
    return result
  }

  /// For each review, the reviews read that supersede it.
  private func laterReviews() -> [String: [String]] {
    var laterOf: [String: [String]] = [:]
    for (later, targets) in chains.links {
      for target in targets where target != later { laterOf[target, default: []].append(later) }
    }
    return laterOf
  }

  /// The list's order: overdue before the rest, then the earlier due date (so the most overdue
  /// comes first), then the case reference (none as empty), the number and the file.
  public static func precedes(_ first: Entry, _ second: Entry, today: ISODate) -> Bool {
    let firstOverdue = first.isOverdue(today: today)
    let secondOverdue = second.isOverdue(today: today)
    if firstOverdue != secondOverdue { return firstOverdue }
    if first.action.due != second.action.due { return first.action.due < second.action.due }
    let firstCase = first.caseReference ?? ""
    let secondCase = second.caseReference ?? ""
    if firstCase != secondCase {
      return firstCase.unicodeScalars.lexicographicallyPrecedes(secondCase.unicodeScalars)
    }
    if first.number != second.number { return first.number < second.number }
    return first.file.unicodeScalars.lexicographicallyPrecedes(second.file.unicodeScalars)
  }
}

extension AgreedAction {
  /// Days past its due date while open; nil when it is not overdue.
  public func overdueDays(today: ISODate) -> Int? {
    isOverdue(today: today) ? due.days(to: today) : nil
  }

  /// Its state in words, as `seen actions` shows it: "open", "overdue by 3 days",
  /// "done 2026-12-09", "dropped".
  public func stateText(today: ISODate) -> String {
    switch state {
    case .open:
      guard let days = overdueDays(today: today) else { return "open" }
      return "overdue by \(days) day\(days == 1 ? "" : "s")"
    case .done(let day, _): return "done \(day)"
    case .dropped: return "dropped"
    }
  }
}
