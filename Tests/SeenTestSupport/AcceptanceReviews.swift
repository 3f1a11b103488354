import Foundation

/// 300 saved reviews whose figures are known by construction (issue 15, acceptance 1), with the
/// figures beside them: a test writes the files, runs `seen summary` over them and compares what
/// it prints with `expected`, worked out here from how each review was built, never by seen's
/// own code.
///
/// Each review is built from its number `i`:
/// - the men, by `i % 10`: none, or one or more men, each of one `Kind` (what is known of him);
/// - every man-level item answered: practice "yes", conditions "no", knowledge "absent", except
///   the one answer that makes his kind (so each man who is not `detailedAndSeen` has one gap);
/// - every case item answered "yes" (the condition "no") when `i % 3 == 0`; otherwise
///   "supervision" is left unanswered (one gap);
/// - the role, date and cohort by simple rules over `i`, with spelling variants of one role,
///   reviews without a role or date, and dates that are not year-month-day.
/// One extra file is a byte-for-byte copy of review 0 (it must count once), and reviews 298 and
/// 299 are two reviews of one case (they count twice: one case with two reviews).
public enum AcceptanceReviews {
  public static let count = 300

  /// What is known of one man, and so how he is counted.
  public enum Kind: CaseIterable, Sendable {
    /// Identified, contacted, every item known: seen, and a detailed picture.
    case detailedAndSeen
    /// Seen, but his own views not known: not detailed.
    case seenNotDetailed
    /// A detailed picture, but substance use only partly explored: partly seen.
    case detailedPartlySeen
    /// Contacted, his history not explored: partly seen, not detailed.
    case partlySeen
    /// Identified, not contacted: unseen.
    case unseen
    /// Identified, contact planned for safety: counted apart.
    case contactPlannedForSafety

    var isSeen: Bool { self == .detailedAndSeen || self == .seenNotDetailed }
    var isDetailed: Bool { self == .detailedAndSeen || self == .detailedPartlySeen }
    var gaps: Int { self == .detailedAndSeen ? 0 : 1 }

    /// The one answer that makes the kind, as record JSON.
    var override: (id: String, json: String)? {
      switch self {
      case .detailedAndSeen: return nil
      case .seenNotDetailed: return ("views", "\"no\"")
      case .detailedPartlySeen: return ("substance-use", "\"partly\"")
      case .partlySeen: return ("history", "\"no\"")
      case .unseen: return ("contacted", "\"no\"")
      case .contactPlannedForSafety:
        return ("contacted", "{\"answer\": \"na\", \"reason\": \"safety\"}")
      }
    }
  }

  /// One man of a review: his relationship (the record's word) and kind.
  public struct Man: Sendable {
    public var relationship: String
    public var kind: Kind
  }

  /// One review as built: what the expected figures are worked out from.
  public struct Review: Sendable {
    public var number: Int
    public var men: [Man]
    public var everyCaseItemAnswered: Bool
    /// The role as written in the record, and the canonical role it groups under.
    public var role: String?
    public var canonicalRole: String?
    public var date: String?
    /// "2026 Q1"; nil when the review has no year-month-day date.
    public var quarter: String?
    public var cohort: String

    public var gaps: Int {
      men.reduce(0) { $0 + $1.kind.gaps } + (everyCaseItemAnswered ? 0 : 1)
        + (men.isEmpty ? 1 : 0)  // "All men identified" answered yes with no man recorded.
    }
    public var isComplete: Bool {
      !men.isEmpty && everyCaseItemAnswered && men.allSatisfy(\.kind.isDetailed)
    }
    public var fileName: String { "review-\(pad(number)).json" }
  }

  /// The men of review `i`.
  static func men(_ i: Int) -> [Man] {
    switch i % 10 {
    case 0: return []
    case 1: return [Man(relationship: "birth-father", kind: .detailedAndSeen)]
    case 2: return [Man(relationship: "birth-father", kind: .seenNotDetailed)]
    case 3: return [Man(relationship: "birth-father", kind: .detailedPartlySeen)]
    case 4: return [Man(relationship: "birth-father", kind: .partlySeen)]
    case 5: return [Man(relationship: "birth-father", kind: .unseen)]
    case 6: return [Man(relationship: "ex-partner", kind: .contactPlannedForSafety)]
    case 7:
      return [
        Man(relationship: "birth-father", kind: .detailedAndSeen),
        Man(relationship: "partner", kind: .unseen),
      ]
    case 8:
      return [
        Man(relationship: "birth-father", kind: .detailedAndSeen),
        Man(relationship: "partner", kind: .detailedAndSeen),
      ]
    default:
      return [
        Man(relationship: "birth-father", kind: .seenNotDetailed),
        Man(relationship: "ex-partner", kind: .contactPlannedForSafety),
        Man(relationship: "other-male-carer", kind: .partlySeen),
      ]
    }
  }

  public static let reviews: [Review] = (0..<count).map { i in
    // Roles: three spellings of one canonical role, two others, and none.
    let roles: [(String?, String?)] = [
      ("Health visitor", "Health visitor"), ("health visitor", "Health visitor"),
      ("HEALTH VISITOR", "Health visitor"), ("Social worker", "Social worker"),
      ("Midwife", "Midwife"), (nil, nil),
    ]
    let (role, canonicalRole) = roles[i % roles.count]
    // Six quarters from 2025 Q1; every 50th review (from the 7th) has no date, and every 50th
    // (from the 8th) a date that is not year-month-day.
    var date: String?
    var quarter: String?
    if i % 50 == 7 {
      date = nil
    } else if i % 50 == 8 {
      date = "18/11/2026"
    } else {
      let q = i % 6
      let year = 2025 + q / 4
      let month = (q % 4) * 3 + 1 + i % 3
      date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(pad(i % 28 + 1, width: 2))"
      quarter = "\(year) Q\(q % 4 + 1)"
    }
    return Review(
      number: i, men: men(i), everyCaseItemAnswered: i % 3 == 0, role: role,
      canonicalRole: canonicalRole, date: date, quarter: quarter,
      cohort: i < 120 ? "before" : "after")
  }

  /// The record file of a review, as `seen review` writes one (format 4, with an id).
  public static func json(_ review: Review, items: ChecklistItems = checklistItems) -> String {
    let i = review.number
    // Reviews 298 and 299 are of one case; every other review is a case of its own.
    let caseReference = i == 299 ? "CASE-\(pad(298))" : "CASE-\(pad(i))"
    var fields = [
      "\"format\": \"seen-review/4\"", "\"id\": \"acceptance-review-\(pad(i))\"",
      "\"case\": \"\(caseReference)\"",
    ]
    if let role = review.role { fields.append("\"role\": \"\(role)\"") }
    if let date = review.date { fields.append("\"date\": \"\(date)\"") }
    fields.append("\"cohort\": \"\(review.cohort)\"")
    let men = review.men.enumerated().map { index, man in
      var answers: [String] = []
      for (id, kind) in items.man {
        let json =
          man.kind.override?.id == id ? man.kind.override!.json : kind.completeAnswer
        answers.append("\"\(id)\": \(json)")
      }
      return "{\"label\": \"Man \(index + 1)\", \"relationship\": \"\(man.relationship)\", "
        + "\"answers\": {\(answers.joined(separator: ", "))}}"
    }
    fields.append("\"men\": [\(men.joined(separator: ", "))]")
    var caseAnswers: [String] = []
    for (id, kind) in items.caseItems where review.everyCaseItemAnswered || id != "supervision" {
      caseAnswers.append("\"\(id)\": \(kind.completeAnswer)")
    }
    fields.append("\"answers\": {\(caseAnswers.joined(separator: ", "))}")
    return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
  }

  /// Every file of the set: the 300 reviews and a copy of review 0 under another name.
  public static var files: [(name: String, text: String)] {
    var files = reviews.map { ($0.fileName, json($0)) }
    files.append(("copy-of-review-000.json", files[0].1))
    return files
  }

  /// The bundled checklist's items (`Resources/checklist.json`, the file seen embeds), so that a
  /// new item is answered too.
  public static let checklistItems: ChecklistItems = {
    let url = PackagePaths.root.appendingPathComponent("Resources/checklist.json")
    guard let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let items = object["items"] as? [[String: Any]]
    else { fatalError("Resources/checklist.json cannot be read") }
    var man: [(String, ChecklistItems.Kind)] = []
    var caseItems: [(String, ChecklistItems.Kind)] = []
    for item in items {
      guard let id = item["id"] as? String, let scope = item["scope"] as? String else { continue }
      let kind: ChecklistItems.Kind
      switch item["kind"] as? String {
      case "practice": kind = .practice
      case "condition": kind = .condition
      default: kind = .knowledge
      }
      if scope == "man" { man.append((id, kind)) } else { caseItems.append((id, kind)) }
    }
    return ChecklistItems(man: man, case: caseItems)
  }()

  /// The checklist's items by scope, with their kinds, in the content's order.
  public struct ChecklistItems: Sendable {
    public enum Kind: Sendable {
      case practice, condition, knowledge
      var completeAnswer: String {
        switch self {
        case .practice: return "\"yes\""
        case .condition: return "\"no\""
        case .knowledge: return "\"absent\""
        }
      }
    }
    public var man: [(String, Kind)]
    public var caseItems: [(String, Kind)]

    public init(man: [(String, Kind)], case caseItems: [(String, Kind)]) {
      self.man = man
      self.caseItems = caseItems
    }
  }

  // MARK: - The expected figures

  /// Per-review figures over some reviews, worked out from how they were built.
  public struct Figures: Equatable, Sendable, CustomStringConvertible {
    public var reviews = 0
    public var everyManSeen = 0
    public var anyManUnseen = 0
    public var everyManDetailed = 0
    public var anyContactPlannedForSafety = 0
    public var complete = 0
    public var noManRecorded = 0
    public var medianGaps: Double?
    public var men = 0
    public var menSeen = 0

    public init() {}

    public var description: String {
      "reviews \(reviews), every man seen \(everyManSeen), any unseen \(anyManUnseen), "
        + "every man detailed \(everyManDetailed), any planned for safety "
        + "\(anyContactPlannedForSafety), complete \(complete), no man \(noManRecorded), "
        + "median gaps \(medianGaps.map { "\($0)" } ?? "none"), men \(men), men seen \(menSeen)"
    }
  }

  /// The figures of `reviews`, counting only the men that `man` keeps (all of them by default).
  public static func figures(
    _ reviews: [Review], men keep: (Man) -> Bool = { _ in true }
  ) -> Figures {
    var figures = Figures()
    var gaps: [Int] = []
    for review in reviews {
      let men = review.men.filter(keep)
      figures.reviews += 1
      gaps.append(review.gaps)
      figures.men += men.count
      figures.menSeen += men.filter(\.kind.isSeen).count
      if review.isComplete { figures.complete += 1 }
      guard !men.isEmpty else {
        figures.noManRecorded += 1
        continue
      }
      if men.allSatisfy(\.kind.isSeen) { figures.everyManSeen += 1 }
      if men.contains(where: { $0.kind == .unseen }) { figures.anyManUnseen += 1 }
      if men.allSatisfy(\.kind.isDetailed) { figures.everyManDetailed += 1 }
      if men.contains(where: { $0.kind == .contactPlannedForSafety }) {
        figures.anyContactPlannedForSafety += 1
      }
    }
    gaps.sort()
    if !gaps.isEmpty {
      figures.medianGaps = Double(gaps[(gaps.count - 1) / 2] + gaps[gaps.count / 2]) / 2
    }
    return figures
  }

  public static var overall: Figures { figures(reviews) }

  /// Groups of reviews by a key; nil keys are the group without the field.
  public static func groups(by key: (Review) -> String?) -> [String?: Figures] {
    Dictionary(grouping: reviews, by: key).mapValues { figures($0) }
  }

  /// For each relationship (the record's word), the figures over the reviews that record such a
  /// man, counting only those men.
  public static var byRelationship: [String: Figures] {
    let relationships = Set(reviews.flatMap { $0.men.map(\.relationship) })
    var result: [String: Figures] = [:]
    for relationship in relationships {
      result[relationship] = figures(
        reviews.filter { $0.men.contains { $0.relationship == relationship } },
        men: { $0.relationship == relationship })
    }
    return result
  }

  /// Copies left out (one), and cases with more than one review (one).
  public static let duplicates = 1
  public static let casesWithSeveralReviews = 1

  static func pad(_ number: Int, width: Int = 3) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
