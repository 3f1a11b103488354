/// A supervision of a saved review (issue 19): who supervised (a role, never a name), when, what
/// was said about each item or man, the tier 3 questions (17.1, 17.5) and the actions agreed.
/// Kept in the review record (`seen-review/7` `supervisions`), several over time, in order.
public struct SupervisionRecord: Equatable, Sendable {
  /// The support agreed for working with the men (17.5); words for any other go in
  /// `otherSupport`.
  public enum Support: String, Equatable, Hashable, Sendable, CaseIterable {
    case coWorking = "co-working"
    case jointVisits = "joint-visits"
    case reflectiveSupervision = "reflective-supervision"

    /// How it reads in a report.
    public var words: String {
      switch self {
      case .coWorking: return "co-working"
      case .jointVisits: return "joint visits"
      case .reflectiveSupervision: return "reflective supervision"
      }
    }
  }

  /// An item (or a man, or the review as a whole) that was discussed, with the supervisor's
  /// comment or challenge where one was made. A comment is a sensitive note: left out of every
  /// output unless asked for.
  public struct Discussed: Equatable, Sendable {
    /// The checklist item's id; nil for the man (or the review) as a whole.
    public var item: String?
    /// The man's label; nil for the case.
    public var man: String?
    public var comment: String?

    public init(item: String?, man: String?, comment: String? = nil) {
      self.item = item
      self.man = man
      self.comment = comment
    }
  }

  public var date: ISODate
  /// One of the content's roles an action may have ("Team manager"), never a name.
  public var role: String
  public var discussed: [Discussed] = []
  /// Were the men in the case discussed? nil: not asked or not answered.
  public var menDiscussed: Bool?
  /// Was any fear or anxiety about working with a man raised?
  public var fearRaised: Bool?
  /// The men the fear or anxiety raised was about (their labels; seen-review/8); empty where it
  /// was not about one man; nil where not recorded (an older record, or not asked).
  public var fearAbout: [String]?
  public var support: [Support] = []
  /// Other support agreed, in the supervisor's words (a sensitive note).
  public var otherSupport: String?
  /// The numbers (from 1) of the review's agreed actions that were agreed in this supervision.
  public var actions: [Int] = []

  public init(date: ISODate, role: String) {
    self.date = date
    self.role = role
  }

  /// The men fear or anxiety was raised about in this supervision: none unless it was raised.
  public var fearRaisedAbout: [String] { fearRaised == true ? fearAbout ?? [] : [] }

  /// Whether any support was agreed, of any kind.
  public var agreedSupport: Bool { !support.isEmpty || otherSupport != nil }

  /// "co-working, joint visits, other: peer support": the support agreed, in words.
  public var supportWords: String? {
    let words = support.map(\.words) + (otherSupport.map { ["other: \($0)"] } ?? [])
    return words.isEmpty ? nil : words.joined(separator: ", ")
  }

  /// Whether it records nothing: no item or man discussed, no answer to the tier 3 questions, no
  /// support and no action (a session opened and left at once). Such a supervision is neither
  /// saved from a script nor counted by the summary.
  public var recordsNothing: Bool {
    discussed.isEmpty && menDiscussed == nil && fearRaised == nil && !agreedSupport
      && actions.isEmpty
  }

  /// What 17.5 says support may be, for a supervision where fear was raised and none agreed.
  public static let supportIn17Point5 =
    "co-working, reflective supervision and discussion, and joint visits"

  /// Other support in the supervisor's words, after any already given: each kept, joined with
  /// "; ", a repeat left out.
  public static func joiningOtherSupport(_ earlier: String?, _ words: String) -> String {
    guard let earlier, !earlier.isEmpty else { return words }
    let kept = earlier.split(separator: "; ").map(String.init)
    return kept.contains(words) ? earlier : earlier + "; " + words
  }

  /// Adds what was said about an item or man. Marking one discussed twice keeps one entry; a
  /// comment fills an entry that has none, and a second comment on the same item and man is
  /// kept after the first (a challenge and a later follow-up are both record), a repeat of the
  /// same words left out.
  public mutating func record(_ entry: Discussed) {
    record(contentsOf: [entry])
  }

  /// `record(_:)` for each entry in turn, in one pass over what is recorded already, so that
  /// importing many costs no more than reading them.
  public mutating func record(contentsOf entries: [Discussed]) {
    struct Key: Hashable {
      var item: String?
      var man: String?
    }
    // The entries grouped by item and man, each group in the order its entries came, the
    // groups in the order each was first recorded.
    var groups: [[Discussed]] = []
    var comments: [Set<String>] = []
    var groupOf: [Key: Int] = [:]
    for entry in discussed + entries {
      let key = Key(item: entry.item, man: entry.man)
      guard let index = groupOf[key] else {
        groupOf[key] = groups.count
        groups.append([entry])
        comments.append(entry.comment.map { [$0] } ?? [])
        continue
      }
      guard let comment = entry.comment, comments[index].insert(comment).inserted else {
        continue
      }
      // Only the first entry of a group can be without a comment.
      if groups[index][0].comment == nil {
        groups[index][0].comment = comment
      } else {
        groups[index].append(entry)
      }
    }
    discussed = groups.flatMap { $0 }
  }
}

/// `supervisions` in the review record (`seen-review/7`; `fearAbout` came with `/8`):
///
///     "supervisions": [
///       {"date": "2026-12-03", "role": "Team manager",
///        "discussed": [{"item": "contacted", "for": "Father", "comment": "Why only by text?"},
///                      {"item": "agency-checks", "for": "Father"}, {"for": "Partner"}],
///        "menDiscussed": true, "fearRaised": true, "fearAbout": ["Father"],
///        "support": ["co-working"], "otherSupport": "Peer support from the DA lead",
///        "actions": [3, 4]}
///     ]
extension SupervisionRecord {
  static let keys = [
    "date", "role", "discussed", "menDiscussed", "fearRaised", "fearAbout", "support",
    "otherSupport", "actions",
  ]

  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [
      ("date", .string(date.description)), ("role", .string(role)),
    ]
    members.append(
      (
        "discussed",
        .array(
          discussed.map { entry in
            var members: [(String, JSONValue)] = []
            if let item = entry.item { members.append(("item", .string(item))) }
            if let man = entry.man { members.append(("for", .string(man))) }
            if let comment = entry.comment { members.append(("comment", .string(comment))) }
            return .object(members)
          })
      ))
    if let menDiscussed { members.append(("menDiscussed", .bool(menDiscussed))) }
    if let fearRaised { members.append(("fearRaised", .bool(fearRaised))) }
    if let fearAbout { members.append(("fearAbout", .array(fearAbout.map { .string($0) }))) }
    members.append(("support", .array(support.map { .string($0.rawValue) })))
    if let otherSupport { members.append(("otherSupport", .string(otherSupport))) }
    members.append(("actions", .array(actions.map { .number($0) })))
    return .object(members)
  }
}

extension ReviewRecord {
  /// The supervisions in the order they took place: by date, then in the order they were
  /// added (an imported supervision of last month is not "the latest" for being added today).
  public var supervisionsByDate: [SupervisionRecord] {
    supervisions.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
      .map(\.element)
  }

  /// The record's supervisions, each checked: its date on or after the review's own date and
  /// not after `today` (where given), its role one of the content's, its items the checklist's
  /// (about a man where the item is, for one of the record's men), its actions the record's.
  ///
  /// A date out of that range is an error, not a warning: a supervision dated after today would
  /// become "the latest" and stand for one that has not taken place, and one dated before the
  /// review cannot be of it (a review is dated when it was done or saved, and is supervised
  /// after that).
  static func decodeSupervisions(
    _ reader: JSONObjectReader, record: ReviewRecord, content: Content, today: ISODate?,
    version: Int
  ) throws(DataError) -> [SupervisionRecord] {
    guard reader.value("supervisions") != nil else { return [] }
    var supervisions: [SupervisionRecord] = []
    for supervision in try reader.objects("supervisions") {
      supervisions.append(
        try decodeSupervision(
          supervision, record: record, content: content, today: today, version: version))
    }
    return supervisions
  }

  private static func decodeSupervision(
    _ reader: JSONObjectReader, record: ReviewRecord, content: Content, today: ISODate?,
    version: Int
  ) throws(DataError) -> SupervisionRecord {
    // "fearAbout" came with seen-review/8: a /7 record holding it was not written by seen.
    try reader.rejectUnknownKeys(allowed: allowed(SupervisionRecord.keys, version: version))
    guard let date = try decodeDate(reader, key: "date") else {
      throw reader.error(.missingKey("date"))
    }
    if let today, date > today {
      throw reader.error(
        .other(
          "the supervision is dated \(date), after today (\(today)); a supervision is recorded once it has taken place: correct its date (year-month-day) or remove it from the file"
        ), at: reader.value("date"), key: "date")
    }
    if let reviewed = record.date.flatMap({ ISODate($0) }), date < reviewed {
      throw reader.error(
        .other(
          "the supervision is dated \(date), before the review's own date (\(reviewed)); a supervision of this review takes place on or after it: correct its date (year-month-day) or remove it from the file"
        ), at: reader.value("date"), key: "date")
    }
    let typedRole = try reader.string("role")
    guard let role = content.canonicalRole(typedRole) else {
      throw reader.error(
        .invalidValue(typedRole, valid: content.actionOwners), at: reader.value("role"),
        key: "role")
    }
    var supervision = SupervisionRecord(date: date, role: role)
    if reader.value("discussed") != nil {
      for entry in try reader.objects("discussed") {
        try entry.rejectUnknownKeys(allowed: ["item", "for", "comment"])
        var man: String?
        if let label = try entry.optionalString("for") {
          guard let match = record.men.first(where: { ManLabel.same($0.label, label) }) else {
            throw entry.error(
              .invalidValue(label, valid: record.men.map(\.label)), at: entry.value("for"),
              key: "for")
          }
          man = match.label
        }
        var itemID: String?
        if let id = try entry.optionalString("item") {
          guard let item = content.item(id) else {
            // The closest id, as a typed one is answered; the sentence holds only the
            // content's ids, never the file's text.
            let suggestion = SupervisionAssignment.didYouMean(id, content: content)
            throw entry.error(
              suggestion.isEmpty
                ? .unknownItem(id, valid: content.checklist.map(\.id))
                : .other("an unknown checklist item\(suggestion); 'seen content' lists every item"),
              at: entry.value("item"), key: "item")
          }
          if item.scope == .case && man != nil {
            throw entry.error(
              .other("'\(id)' is about the case, not about one man; leave out 'for'"),
              at: entry.value("for"), key: "for")
          }
          if item.scope == .man && man == nil {
            throw entry.error(
              .other("'\(id)' is asked about each man; 'for' names which one"),
              at: entry.value("item"), key: "item")
          }
          itemID = id
        }
        let comment = try entry.optionalString("comment")
        if let comment, !Answer.isWithinLimit(comment) {
          throw entry.error(
            .other(Answer.tooLongMessage("the comment")), at: entry.value("comment"),
            key: "comment")
        }
        supervision.discussed.append(
          .init(item: itemID, man: man, comment: ManRecord.cleaned(comment)))
      }
    }
    supervision.menDiscussed = try reader.optionalBool("menDiscussed")
    supervision.fearRaised = try reader.optionalBool("fearRaised")
    supervision.fearAbout = try decodeFearAbout(
      reader, raised: supervision.fearRaised, men: record.men)
    for (offset, word) in try reader.strings("support").enumerated() {
      guard let kind = SupervisionRecord.Support(rawValue: word) else {
        throw reader.error(
          .invalidValue(word, valid: SupervisionRecord.Support.allCases.map(\.rawValue)),
          at: try reader.array("support")[offset], key: "support")
      }
      if !supervision.support.contains(kind) { supervision.support.append(kind) }
    }
    let other = try reader.optionalString("otherSupport")
    if let other, !Answer.isWithinLimit(other) {
      throw reader.error(
        .other(Answer.tooLongMessage("otherSupport")), at: reader.value("otherSupport"),
        key: "otherSupport")
    }
    supervision.otherSupport = ManRecord.cleaned(other)
    for element in try reader.optionalArray("actions") {
      guard case .number(let number) = element.kind, number == number.rounded(), number >= 1,
        number <= Double(record.actions.count)
      else {
        let count = record.actions.count
        let range = count == 0 ? "and this review has none" : "from 1 to \(count)"
        throw reader.error(
          .other("each of 'actions' is the number of one of the review's agreed actions, \(range)"),
          at: element, key: "actions")
      }
      supervision.actions.append(Int(number))
    }
    return supervision
  }

  /// The men fear was raised about, each one of the record's men (as the record spells them),
  /// only where fear was raised.
  private static func decodeFearAbout(
    _ reader: JSONObjectReader, raised: Bool?, men: [ManRecord]
  ) throws(DataError) -> [String]? {
    guard reader.value("fearAbout") != nil else { return nil }
    guard raised == true else {
      throw reader.error(
        .other(
          "'fearAbout' names whom fear was raised about; give it only with \"fearRaised\": true"),
        at: reader.value("fearAbout"), key: "fearAbout")
    }
    var labels: [String] = []
    for label in try reader.strings("fearAbout") {
      guard let man = men.first(where: { ManLabel.same($0.label, label) }) else {
        throw reader.error(
          .invalidValue(label, valid: men.map(\.label)), at: reader.value("fearAbout"),
          key: "fearAbout")
      }
      if !labels.contains(man.label) { labels.append(man.label) }
    }
    return labels
  }
}
