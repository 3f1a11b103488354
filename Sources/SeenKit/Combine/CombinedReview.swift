/// One baby's case as several agencies reviewed it, side by side (`seen combine`): for each man
/// (the men of the reviews taken as one man by `ManMatching`) and for the case, one row per
/// checklist item and one column per review; and for each item where one review knows
/// something another does not, a difference to share. Pure: built from the records, through the
/// sensitive-field rule read as the stricter wherever any review records a safety condition.
///
/// By default every note of every review is left out, and so are the answers to the safety
/// items (`isSafetyItem`): the document goes to other agencies, and what the mother said, or
/// whether she was asked alone, must never reach him through it. Their differences are not
/// listed item by item; each man for whom any review records a safety condition gets one line
/// on planning contact with him for safety instead. `--include-sensitive` shows them all.
///
/// What a review "knows" of an item (the rule, also in `seen help combine`):
/// - a practice item answered yes or partly: the work was done, at least in part, so that
///   review holds what it found (his history explored, his views heard, him contacted);
/// - a knowledge item answered present or absent (none found so far): a finding either way;
/// - a condition (the safety question) answered yes: a concern recorded. The practitioner's
///   fear is their own, never a difference (`ownPracticeItems`). "No" is not shared as knowledge: "no concern known" is also true where nobody
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
    /// Through the sensitive-field rule; nil when not answered, or when left out.
    var answer: Answer?
    /// A safety item's cell, left out (`isSafetyItem`) whether answered or not.
    var leftOut: Bool = false
    /// A "not applicable" answer whose reason, safety, is left out: it would say which agency
    /// plans contact for safety.
    var reasonLeftOut: Bool = false
    /// An undefined local item's answer as the record writes it, where it is not one of the
    /// known answers: kept and shown as written, as `seen report` does, never dropped.
    var written: String? = nil
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
    /// Whether any review that lists him records a safety condition for him: his safety
    /// concern yes, violence or control present, or an item of his not applicable for safety.
    var recordsSafety: Bool = false
    /// What a review that lists him records for the case, not for him: the practitioner's fear
    /// (`.practitionerFear`), an item of the case not applicable for safety.
    var caseSafety: [SafetyReason] = []
    /// Why contact with him is planned as if there were a concern, though none is recorded
    /// for him: the safety question unanswered or not known in a review that lists him
    /// (`.notYetKnown`), or answered no where the mother was not asked alone.
    var notYetKnown: [SafetyReason] = []
    /// The reviews (from 0) that record `caseSafety` or `notYetKnown` for him.
    var caseSafetyIn: [Int] = []
    var notYetKnownIn: [Int] = []

    static func == (one: Man, other: Man) -> Bool {
      one.listings == other.listings && one.reason == other.reason
        && one.assumedIn == other.assumedIn && one.rows == other.rows
        && one.differences == other.differences && one.recordsSafety == other.recordsSafety
        && one.caseSafety == other.caseSafety && one.notYetKnown == other.notYetKnown
        && one.caseSafetyIn == other.caseSafetyIn && one.notYetKnownIn == other.notYetKnownIn
        && one.mayBeSameAs.map(\.group) == other.mayBeSameAs.map(\.group)
        && one.mayBeSameAs.map(\.matchArgument) == other.mayBeSameAs.map(\.matchArgument)
    }

    var label: String { listings[0].label }
  }

  /// The partnership and version of a local file, and its contacts by role.
  struct Local: Equatable, Sendable {
    var partnership: String
    var version: String
    /// Who to contact by role, and how, in the file's order.
    var contacts: [(role: String, how: String)] = []
    /// "Locally (Anyshire Safeguarding Children Partnership)".
    var lead: String { "Locally (\(partnership))" }

    static func == (one: Local, other: Local) -> Bool {
      one.partnership == other.partnership && one.version == other.version
        && one.contacts.map(\.role) == other.contacts.map(\.role)
        && one.contacts.map(\.how) == other.contacts.map(\.how)
    }
  }

  /// One review: its name and what identifies it.
  struct Review: Equatable, Sendable {
    var name: ReviewName
    var id: String?
    var date: String?
    /// Whether it records a safety condition (not merely unanswered).
    var recordsSafety: Bool
    /// Whether it records one for a man (his safety concern, violence or control, an item of
    /// his not applicable for safety), rather than for the case only (the practitioner's fear).
    var recordsSafetyForAMan: Bool = false
    /// What it records for the case (`SafetyReason.caseReasons`): fear, not applicable for safety.
    var caseSafety: [SafetyReason] = []
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
  /// The items whose answers are left out by default, in the content's order.
  var safetyItems: [ChecklistItem]
  /// The reviews (from 0) that record the practitioner's fear of working with a man.
  var fearRecordedBy: [Int]
  /// The content's brief advice on deciding contact with him (17.2), with its basis.
  var contactAdvice: String
  /// The content's brief advice to a practitioner who is afraid (17.5, 15.3), with its basis.
  var fearAdvice: String
  /// "If you have a concern", as the report gives it (with a local file in use): immediate
  /// danger, then the local contacts, then the referral route, each brief with its basis.
  var immediateDanger: String
  var concernRoute: [String]

  /// Whether the safety items' answers are left out (the default).
  var safetyAnswersLeftOut: Bool { !includeSensitive }
  /// The content's words for combining: the review's finding (9.7) and how to share.
  var wording: SafetyContent.Combine
  /// The finding's source as it is cited: "Myth of Invisible Men, 9.7".
  var findingSource: String
  /// "Myth of Invisible Men, 9.1" and "…, 9.8", as the phrases of `whyLead` and `next` cite them.
  var keyFactorSource: String
  var seekingSource: String

  /// Whether any review records a safety condition: the whole is read as the stricter.
  var safetyRecorded: Bool { reviews.contains(where: \.recordsSafety) }

  /// Puts `records` (several reviews of one case, superseded ones already left out) side by
  /// side, with their men taken as one as `matching` says.
  public init(
    _ records: [ReviewRecord], matching: ManMatching, content: Content,
    includeSensitive: Bool = false
  ) {
    local = content.local.map {
      Local(
        partnership: $0.partnership, version: $0.version,
        contacts: $0.contacts.map { ($0.role, $0.how) })
    }
    immediateDanger = Self.brief(content.safety.immediateDanger, content: content)
    concernRoute = content.safety.concernRoute.map { Self.brief($0, content: content) }
    var leftOut = 0
    // Every note of every review is left out unless asked for: a note on any item (his drug
    // use, his work) may be what the mother told the practitioner.
    let shown = records.map { record -> ReviewRecord in
      guard !includeSensitive else { return record }
      let redacted = record.withoutSensitiveNotes(content: content, asIfSafety: true)
      leftOut += redacted.removed
      return redacted.record
    }
    self.includeSensitive = includeSensitive
    wording = content.safety.combine
    findingSource = content.citation(content.safety.combine.finding.source)
    keyFactorSource = content.citation(content.safety.combine.keyFactor.source)
    seekingSource = content.citation(content.safety.combine.seeking.source)
    sensitiveLeftOut = leftOut
    let hide = !includeSensitive
    safetyItems = (content.items(scope: .man) + content.items(scope: .case)).filter(
      Self.isSafetyItem)
    fearRecordedBy = records.indices.filter {
      records[$0].answers[SafetyItems.fear]?.value == .yes
    }
    let contact =
      content.safety.points.first { $0.sources.contains { $0.section.contains("17.2") } }
      ?? content.safety.points.first
    contactAdvice = contact.map { Self.brief($0, content: content) } ?? ""
    fearAdvice = Self.brief(content.safety.fearNow, content: content)
    /// A cell through the sensitive-field rule: a safety item's answer left out by default,
    /// answered or not, so that no cell shows which agency asked the safety question.
    func cell(_ answer: Answer?, item: ChecklistItem) -> Cell {
      guard hide else { return Cell(listed: true, answer: answer) }
      if Self.isSafetyItem(item) { return Cell(listed: true, answer: nil, leftOut: true) }
      // "Not applicable: contact must be planned for safety" would name the agency that plans
      // it: the answer stays (it is never a difference), its reason is left out.
      if let answer, answer.value == .na, answer.reason == .safety {
        return Cell(listed: true, answer: Answer(.na), reasonLeftOut: true)
      }
      return Cell(listed: true, answer: answer)
    }
    caseReference = records.lazy.compactMap(\.caseReference).first
    reviews = records.indices.map { index in
      Review(
        name: matching.reviews[index], id: records[index].id, date: records[index].date,
        recordsSafety: records[index].hasRecordedSafetyCondition,
        recordsSafetyForAMan: records[index].men.contains(where: Self.recordsSafety(for:)),
        caseSafety: SafetyReason.caseReasons(in: records[index]))
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
            guard listed.answers[item.id] == nil, let kept = listed.keptLocalAnswers[item.id]
            else { return cell(listed.answers[item.id], item: item) }
            return Self.undefinedLocalCell(kept, includeSensitive: includeSensitive)
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
        differences: rows.compactMap(Self.difference),
        recordsSafety: group.men.contains {
          Self.recordsSafety(for: records[$0.review].men[$0.man])
        },
        caseSafety: SafetyReason.allCases.filter { reason in
          group.men.contains { SafetyReason.caseReasons(in: records[$0.review]).contains(reason) }
        },
        notYetKnown: SafetyReason.allCases.filter { reason in
          !reason.isRecorded
            && group.men.contains {
              SafetyReason.reasons(for: records[$0.review].men[$0.man], in: records[$0.review])
                .contains(reason)
            }
        },
        caseSafetyIn: group.men.map(\.review).filter {
          !SafetyReason.caseReasons(in: records[$0]).isEmpty
        },
        notYetKnownIn: group.men.filter {
          SafetyReason.reasons(for: records[$0.review].men[$0.man], in: records[$0.review])
            .contains { !$0.isRecorded }
        }.map(\.review))
    }
    let undefinedCase = Self.undefinedLocalItems(records.map(\.keptLocalAnswers), scope: .case)
    caseRows = (content.items(scope: .case) + undefinedCase).map { item in
      Row(
        item: item,
        cells: shown.map {
          guard $0.answers[item.id] == nil, let kept = $0.keptLocalAnswers[item.id]
          else { return cell($0.answers[item.id], item: item) }
          return Self.undefinedLocalCell(kept, includeSensitive: includeSensitive)
        })
    }
    caseDifferences = caseRows.compactMap(Self.difference)
  }
}
