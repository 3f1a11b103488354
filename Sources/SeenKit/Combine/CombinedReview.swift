/// One baby's case as several agencies reviewed it, side by side (`seen combine`): for each man
/// (the men of the reviews taken as one man by `ManMatching`) and for the case, one row per
/// checklist item and one column per review; and for each item where one review knows
/// something another does not, a difference to share. Pure: built from the records, through the
/// sensitive-field rule read as the stricter wherever any review records a safety condition.
///
/// What a review "knows" of an item (the rule, also in `seen help combine`):
/// - a practice item answered yes or partly: the work was done, at least in part, so that
///   review holds what it found (his history explored, his views heard, him contacted);
/// - a knowledge item answered present or absent (none found so far): a finding either way;
/// - a condition (the safety question, the practitioner's fear) answered yes: a concern
///   recorded. "No" is not shared as knowledge: "no concern known" is also true where nobody
///   has looked, and must not reassure another agency.
/// A review does not know it when the item is unanswered, unknown or no, or when the review
/// does not list the man at all. "Not applicable" is neither (the review decided it does not
/// apply, for a reason it recorded): it is never a difference either way. Whether a review was
/// discussed in supervision is about the practitioner's own work, not the family: shown, never
/// a difference.
public struct CombinedReview: Equatable, Sendable {
  /// One man's answers to an item, in one review: nil when the review does not list him.
  struct Cell: Equatable, Sendable {
    var listed: Bool
    /// Through the sensitive-field rule; nil when not answered.
    var answer: Answer?
  }

  struct Row: Equatable, Sendable {
    var item: ChecklistItem
    /// One for each review, in their order.
    var cells: [Cell]
  }

  /// An item one review knows and another does not.
  struct Difference: Equatable, Sendable {
    var item: ChecklistItem
    /// The reviews that know it (from 0), with their answers.
    var known: [(review: Int, value: AnswerValue)]
    /// The reviews that do not (from 0).
    var notKnown: [Int]

    static func == (one: Difference, other: Difference) -> Bool {
      one.item == other.item && one.notKnown == other.notKnown
        && one.known.map(\.review) == other.known.map(\.review)
        && one.known.map(\.value) == other.known.map(\.value)
    }
  }

  /// A man as one review lists him.
  struct Listing: Equatable, Sendable {
    var review: Int
    var label: String
    var relationship: Relationship
    /// The day this review records him as no longer in the baby's life.
    var noLongerInBabysLife: ISODate? = nil
  }

  /// A man, as each review that lists him lists him.
  struct Man: Equatable, Sendable {
    var listings: [Listing]
    /// Why the listings are one man (nil for a man one review lists).
    var reason: ManMatching.Reason?
    /// The reviews (from 0) whose listing of him is one with the others by the assumption
    /// alone: all of them for an assumed birth father, some where a --match names the others.
    var assumedIn: [Int] = []
    /// Men of other groups he may be the same man as, each with the `--match` that says so.
    var mayBeSameAs: [(group: Int, matchArgument: String)]
    var rows: [Row]
    var differences: [Difference]

    static func == (one: Man, other: Man) -> Bool {
      one.listings == other.listings && one.reason == other.reason
        && one.assumedIn == other.assumedIn && one.rows == other.rows
        && one.differences == other.differences
        && one.mayBeSameAs.map(\.group) == other.mayBeSameAs.map(\.group)
        && one.mayBeSameAs.map(\.matchArgument) == other.mayBeSameAs.map(\.matchArgument)
    }

    var label: String { listings[0].label }
  }

  /// The partnership and version of a local file.
  struct Local: Equatable, Sendable {
    var partnership: String
    var version: String
  }

  /// One review: its name and what identifies it.
  struct Review: Equatable, Sendable {
    var name: ReviewName
    var id: String?
    var date: String?
    /// Whether it records a safety condition (not merely unanswered).
    var recordsSafety: Bool
  }

  var caseReference: String?
  /// The local file in use ("Anyshire Safeguarding Children Partnership, version 2026-11"), as
  /// every output names it; nil without one.
  var local: Local?
  var reviews: [Review]
  var men: [Man]
  var caseRows: [Row]
  var caseDifferences: [Difference]
  /// How many notes the sensitive-field rule left out, in all the reviews.
  var sensitiveLeftOut: Int
  var includeSensitive: Bool

  /// Whether any review records a safety condition: the whole is read as the stricter.
  var safetyRecorded: Bool { reviews.contains(where: \.recordsSafety) }

  /// Puts `records` (several reviews of one case, superseded ones already left out) side by
  /// side, with their men taken as one as `matching` says.
  public init(
    _ records: [ReviewRecord], matching: ManMatching, content: Content,
    includeSensitive: Bool = false
  ) {
    local = content.local.map { Local(partnership: $0.partnership, version: $0.version) }
    let safety = records.contains(where: \.hasRecordedSafetyCondition)
    var leftOut = 0
    let shown = records.map { record -> ReviewRecord in
      guard !includeSensitive else { return record }
      let redacted = record.withoutSensitiveNotes(content: content, asIfSafety: safety)
      leftOut += redacted.removed
      return redacted.record
    }
    self.includeSensitive = includeSensitive
    sensitiveLeftOut = leftOut
    caseReference = records.lazy.compactMap(\.caseReference).first
    reviews = records.indices.map { index in
      Review(
        name: matching.reviews[index], id: records[index].id, date: records[index].date,
        recordsSafety: records[index].hasRecordedSafetyCondition)
    }
    let groups = matching.orderedGroups
    let candidates = matching.candidates()
    let manItems = content.items(scope: .man)
    men = groups.enumerated().map { position, group in
      let undefined = Self.undefinedLocalItems(
        group.men.map { records[$0.review].men[$0.man].keptLocalAnswers }, scope: .man)
      let rows = (manItems + undefined).map { item in
        Row(
          item: item,
          cells: records.indices.map { review in
            guard let man = group.men.first(where: { $0.review == review }) else {
              return Cell(listed: false, answer: nil)
            }
            let listed = shown[review].men[man.man]
            return Cell(
              listed: true,
              answer: listed.answers[item.id]
                ?? Self.undefinedLocalAnswer(listed.keptLocalAnswers[item.id]))
          })
      }
      let maybe = candidates.compactMap { candidate -> (Int, String)? in
        if group.men.contains(candidate.first) {
          return (
            groups.firstIndex { $0.men.contains(candidate.second) } ?? 0, candidate.matchArgument
          )
        }
        if group.men.contains(candidate.second) {
          return (
            groups.firstIndex { $0.men.contains(candidate.first) } ?? 0, candidate.matchArgument
          )
        }
        return nil
      }
      _ = position
      return Man(
        listings: group.men.map {
          let man = records[$0.review].men[$0.man]
          return Listing(
            review: $0.review, label: man.label, relationship: man.relationship,
            noLongerInBabysLife: man.noLongerInBabysLife)
        },
        reason: group.reason,
        assumedIn: group.men.count > 1
          ? group.men.filter(matching.isAssumedOnly).map(\.review) : [],
        mayBeSameAs: maybe, rows: rows,
        differences: rows.compactMap(Self.difference))
    }
    let undefinedCase = Self.undefinedLocalItems(records.map(\.keptLocalAnswers), scope: .case)
    caseRows = (content.items(scope: .case) + undefinedCase).map { item in
      Row(
        item: item,
        cells: shown.map {
          Cell(
            listed: true,
            answer: $0.answers[item.id] ?? Self.undefinedLocalAnswer($0.keptLocalAnswers[item.id]))
        })
    }
    caseDifferences = caseRows.compactMap(Self.difference)
  }

  /// The local items (`local:…`) some of these answers give that the content in use does not
  /// define (no local file here, or another partnership's), each once, by id: a row each,
  /// "local item (not defined here)", so that no review's answer is dropped. A partnership's
  /// own items are practice items, as they are where the local file is in use.
  static func undefinedLocalItems(_ kept: [[String: JSONValue]], scope: ChecklistItem.Scope)
    -> [ChecklistItem]
  {
    Set(kept.flatMap(\.keys)).sorted().map { id in
      ChecklistItem(
        id: id, scope: scope, kind: .practice, tier: 0,
        title: "\(id): local item (not defined here)", prompt: id,
        why: "A local item this computer's content does not define.",
        next: "Open the reviews with the local file that defines it to see the item.",
        brief: "Open the reviews with the local file that defines it.", sources: [],
        questions: [], riskFactors: [])
    }
  }

  /// The answer to a local item not defined here, as the record writes it: its value alone
  /// (its note stays in the record: whether it is sensitive is not known here); nil when it
  /// cannot be read.
  static func undefinedLocalAnswer(_ value: JSONValue?) -> Answer? {
    guard let value else { return nil }
    var word: String?
    switch value.kind {
    case .string(let text): word = text
    case .object(let members):
      if case .string(let text)? = members.first(where: { $0.key == "answer" })?.value.kind {
        word = text
      }
    default: break
    }
    guard let word, let answer = AnswerValue(rawValue: word.lowercased()),
      ChecklistItem.Kind.practice.allows(answer)
    else { return nil }
    return Answer(answer)
  }

  /// Whether an answer is knowledge of the item (the rule above); nil for "not applicable",
  /// which is neither known nor lacking.
  static func knows(_ answer: Answer?, kind: ChecklistItem.Kind) -> Bool? {
    guard let value = answer?.value else { return false }
    switch (kind, value) {
    case (_, .na): return nil
    case (.practice, .yes), (.practice, .partly): return true
    case (.knowledge, .present), (.knowledge, .absent): return true
    case (.condition, .yes): return true
    default: return false
    }
  }

  /// Items about the practitioner's own work rather than the family, never a difference to
  /// share: whether a review was discussed in supervision.
  static let ownPracticeItems: Set<String> = ["supervision"]

  /// The item's difference: some review knows it and another does not; nil otherwise.
  static func difference(_ row: Row) -> Difference? {
    guard !ownPracticeItems.contains(row.item.id) else { return nil }
    var known: [(review: Int, value: AnswerValue)] = []
    var notKnown: [Int] = []
    for (review, cell) in row.cells.enumerated() {
      guard cell.listed else {
        notKnown.append(review)
        continue
      }
      switch knows(cell.answer, kind: row.item.kind) {
      case true?: known.append((review, cell.answer?.value ?? .yes))
      case false?: notKnown.append(review)
      case nil: break
      }
    }
    guard !known.isEmpty, !notKnown.isEmpty else { return nil }
    return Difference(item: row.item, known: known, notKnown: notKnown)
  }
}
