import Foundation

/// 300 saved reviews whose figures are known by construction (issue 15, acceptance 1), with the
/// figures beside them: a test writes the files, runs `seen summary` over them and compares what
/// it prints with `expected`, worked out here from how each review was built, never by seen's
/// own code.
///
/// Each review is built from its number `i`:
/// - the men, by `i % 10`: none, or one or more men, each of one `Kind` (what is known of him);
/// - every man-level item answered: practice "yes", conditions "no", knowledge "absent", except
///   the one answer that makes his kind (so each man who is not `detailedAndSeen` has one gap),
///   and "agency checks" for some men whose picture is not detailed anyway (`agencyChecks`);
/// - every case item answered "yes" (the condition "no"), except the items the Panel's figures
///   count, answered by rules over `i` with other periods than the men's (`caseAnswers`), so
///   that each is in place, not in place, not applicable (with a reason, without one, or for
///   safety) or unanswered in some reviews of every group;
/// - the reviewer's confidence by a rule over `i`, none given in some reviews;
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

    /// The one answer that makes the kind.
    var override: (id: String, answer: ItemAnswer)? {
      switch self {
      case .detailedAndSeen: return nil
      case .seenNotDetailed: return ("views", .no)
      case .detailedPartlySeen: return ("substance-use", .partly)
      case .partlySeen: return ("history", .no)
      case .unseen: return ("contacted", .no)
      case .contactPlannedForSafety: return ("contacted", .naForSafety)
      }
    }
  }

  /// An answer as the generator gives it, and how the summary's rules count it: worked out
  /// here from the definitions (README "Team summary", `seen summary --help`), not by seen.
  public enum ItemAnswer: Sendable, Equatable {
    case yes, partly, no, unknown, absent
    /// Not applicable with a reason other than safety ("moved-away").
    case naWithReason
    /// Not applicable with no reason: not in place.
    case naWithoutReason
    /// Not applicable because contact must be planned for safety: never in place.
    case naForSafety
    case unanswered

    /// Practice in place: yes, or not applicable with a reason other than safety.
    public var isInPlace: Bool { self == .yes || self == .naWithReason }
    public var isAnswered: Bool { self != .unanswered }

    /// A gap in the report for an item of `kind`: a practice not in place, or a fact (a
    /// condition or knowledge item) not known.
    func isGap(_ kind: ChecklistItems.Kind) -> Bool {
      kind == .practice ? !isInPlace : self == .unknown || self == .unanswered
    }

    /// The answer as record JSON; nil when unanswered (the item is left out).
    var json: String? {
      switch self {
      case .yes: return "\"yes\""
      case .partly: return "\"partly\""
      case .no: return "\"no\""
      case .unknown: return "\"unknown\""
      case .absent: return "\"absent\""
      case .naWithReason: return "{\"answer\": \"na\", \"reason\": \"moved-away\"}"
      case .naWithoutReason: return "\"na\""
      case .naForSafety: return "{\"answer\": \"na\", \"reason\": \"safety\"}"
      case .unanswered: return nil
      }
    }
  }

  /// One man of a review: his relationship (the record's word), kind, and his answer to
  /// "agency checks" (varied only for men whose picture is not detailed anyway, so that the
  /// kind still decides it).
  public struct Man: Sendable {
    public var relationship: String
    public var kind: Kind
    public var agencyChecks: ItemAnswer = .yes

    /// A detailed picture: his kind's, and the agencies that may know him asked.
    var isDetailed: Bool { kind.isDetailed && agencyChecks == .yes }
    var gaps: Int { kind.gaps + (agencyChecks.isGap(.practice) ? 1 : 0) }

    /// His answer to the man-level item `id` of `kind`.
    public func answer(_ id: String, kind itemKind: ChecklistItems.Kind) -> ItemAnswer {
      if let override = kind.override, override.id == id { return override.answer }
      if id == "agency-checks" { return agencyChecks }
      return itemKind.completeAnswer
    }
  }

  /// One review as built: what the expected figures are worked out from.
  public struct Review: Sendable {
    public var number: Int
    public var men: [Man]
    /// The case items not answered as a complete review would ("yes", the condition "no").
    public var caseAnswers: [String: ItemAnswer]
    /// The reviewer's confidence in their work with men (the record's word), or none given.
    public var confidence: String?
    /// The role as written in the record, and the canonical role it groups under.
    public var role: String?
    public var canonicalRole: String?
    public var date: String?
    /// "2026 Q1"; nil when the review has no year-month-day date.
    public var quarter: String?
    public var cohort: String

    /// The answer to the case item `id` of `kind`.
    public func caseAnswer(_ id: String, kind: ChecklistItems.Kind) -> ItemAnswer {
      caseAnswers[id] ?? kind.completeAnswer
    }

    public var everyCaseItemAnswered: Bool { caseAnswers.values.allSatisfy(\.isAnswered) }

    public var gaps: Int {
      var gaps = men.reduce(0) { $0 + $1.gaps }
      for (id, kind) in checklistItems.caseItems where caseAnswer(id, kind: kind).isGap(kind) {
        gaps += 1
      }
      // "All men identified" answered yes with no man recorded.
      return gaps + (men.isEmpty ? 1 : 0)
    }
    public var isComplete: Bool {
      !men.isEmpty && everyCaseItemAnswered && men.allSatisfy(\.isDetailed)
    }
    public var fileName: String { "review-\(pad(number)).json" }
  }

  /// The men of review `i`, each with his answer to "agency checks".
  static func men(_ i: Int) -> [Man] {
    menOfKinds(i).map { man in
      var man = man
      man.agencyChecks = agencyChecks(man.kind, (i / 10) % 4)
      return man
    }
  }

  /// "Agency checks" for a man of `kind`, by a period of four over the reviews with the same
  /// men: varied only where his picture is not detailed anyway.
  static func agencyChecks(_ kind: Kind, _ turn: Int) -> ItemAnswer {
    switch (kind, turn) {
    case (.unseen, 0): return .no
    case (.unseen, 1): return .unanswered
    case (.unseen, 2): return .naWithReason
    case (.partlySeen, 1): return .partly
    case (.partlySeen, 2): return .unknown
    case (.seenNotDetailed, 3): return .naWithoutReason
    case (.contactPlannedForSafety, 0): return .naForSafety
    default: return .yes
    }
  }

  /// The case items the Panel's figures count, for review `i`, by periods of 3, 7, 11 and 13
  /// (prime to the men's 10), so that they fall across every group; and a few small counts
  /// (practitioner fear recorded in 4 reviews, not answered in 3), for the small-number rule.
  static func caseAnswers(_ i: Int) -> [String: ItemAnswer] {
    var answers: [String: ItemAnswer] = [:]
    answers["supervision"] = [.yes, .unanswered, .no][i % 3]
    answers["health-information"] =
      [.no, .partly, .naWithReason, .unanswered, .unknown, .yes, .yes][i % 7]
    answers["men-in-plans"] =
      [
        .naForSafety, .no, .naWithoutReason, .unanswered, .yes, .yes, .naWithReason, .yes, .yes,
        .yes, .yes,
      ][i % 11]
    answers["practitioner-fear"] =
      i % 75 == 4 ? .yes : i % 100 == 13 ? .unanswered : i % 13 == 5 ? .unknown : .no
    return answers
  }

  /// The reviewer's confidence in review `i`: none given in every ninth.
  static func confidence(_ i: Int) -> String? {
    [
      nil, "not-at-all", "not-very", "not-very", "somewhat", "somewhat", "very", "very",
      "extremely",
    ][i % 9]
  }

  /// The men of review `i`, by kind.
  static func menOfKinds(_ i: Int) -> [Man] {
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
      number: i, men: men(i), caseAnswers: caseAnswers(i), confidence: confidence(i),
      role: role, canonicalRole: canonicalRole, date: date, quarter: quarter,
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
    if let confidence = review.confidence {
      fields.append("\"confidence\": \"\(confidence)\"")
    }
    let men = review.men.enumerated().map { index, man in
      let answers = items.man.compactMap { id, kind in
        man.answer(id, kind: kind).json.map { "\"\(id)\": \($0)" }
      }
      return "{\"label\": \"Man \(index + 1)\", \"relationship\": \"\(man.relationship)\", "
        + "\"answers\": {\(answers.joined(separator: ", "))}}"
    }
    fields.append("\"men\": [\(men.joined(separator: ", "))]")
    let caseAnswers = items.caseItems.compactMap { id, kind in
      review.caseAnswer(id, kind: kind).json.map { "\"\(id)\": \($0)" }
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
      var completeAnswer: ItemAnswer {
        switch self {
        case .practice: return .yes
        case .condition: return .no
        case .knowledge: return .absent
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
      if men.allSatisfy(\.isDetailed) { figures.everyManDetailed += 1 }
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

  // MARK: - The expected figures under the Panel's questions

  /// One figure under a question to partnerships (the JSON's `partnershipQuestions[].figures`),
  /// worked out from how the reviews were built.
  public struct PanelFigure: Equatable, Sendable, CustomStringConvertible {
    /// "review", "item" or "confidence".
    public var kind: String
    /// The per-review figure's or the item's id; nil for confidence.
    public var id: String?
    public var relationship: String?
    /// For an item: "in-place" (a practice item, counted in place) or "yes" (a condition).
    public var answer: String?
    public var levels: [String]
    public var count: Int
    public var total: Int
    /// How many of `total` did not answer; nil for a review figure, which every review has.
    public var notAnswered: Int?
    /// What `total` counts: "reviews", "reviews that record such a man" or "men".
    public var unit: String

    public init(
      kind: String, id: String? = nil, relationship: String? = nil, answer: String? = nil,
      levels: [String] = [], count: Int, total: Int, notAnswered: Int? = nil, unit: String
    ) {
      self.kind = kind
      self.id = id
      self.relationship = relationship
      self.answer = answer
      self.levels = levels
      self.count = count
      self.total = total
      self.notAnswered = notAnswered
      self.unit = unit
    }

    public var description: String {
      "\(kind) \(id ?? levels.joined(separator: "+"))\(relationship.map { " (\($0))" } ?? ""): "
        + "\(count) of \(total) \(unit), not answered \(notAnswered.map(String.init) ?? "-")"
    }
  }

  /// One of the Panel's questions (001 §18.4): the figures that bear on it, or nil when the
  /// records cannot answer it.
  public struct PanelQuestion: Equatable, Sendable {
    public var challenge: String
    public var index: Int
    public var figures: [PanelFigure]?

    public init(challenge: String, index: Int, figures: [PanelFigure]?) {
      self.challenge = challenge
      self.index = index
      self.figures = figures
    }
  }

  /// The figures under every question, over some reviews, and the N of "from N self-reviews
  /// made with seen".
  public struct PanelFigures: Equatable, Sendable {
    public var reviews: Int
    public var questions: [PanelQuestion]

    public init(reviews: Int, questions: [PanelQuestion]) {
      self.reviews = reviews
      self.questions = questions
    }
  }

  /// A figure as the content defines it: what to count.
  enum ContentFigure: Sendable {
    case review(String, relationship: String?)
    case item(String)
    case confidence([String])
  }

  /// The questions and figures of `Resources/partnership-questions.json`, as the content
  /// lists them: what to count; how is worked out below.
  static let panelContent: [(challenge: String, index: Int, figures: [ContentFigure]?)] = {
    let url = PackagePaths.root.appendingPathComponent("Resources/partnership-questions.json")
    guard let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let questions = object["questions"] as? [[String: Any]]
    else { fatalError("Resources/partnership-questions.json cannot be read") }
    return questions.map { question in
      guard let challenge = question["challenge"] as? String,
        let index = question["question"] as? Int
      else { fatalError("a question without challenge or index") }
      let figures = (question["figures"] as? [[String: Any]])?.map { figure -> ContentFigure in
        if let id = figure["review"] as? String {
          return .review(id, relationship: figure["relationship"] as? String)
        }
        if let id = figure["item"] as? String { return .item(id) }
        guard let levels = figure["confidence"] as? [String] else {
          fatalError("a figure the acceptance set does not know: \(figure)")
        }
        return .confidence(levels)
      }
      return (challenge, index, figures)
    }
  }()

  /// The figures under the Panel's questions over `reviews`, counting the answers to man-level
  /// items of only the men `keep` keeps (a group of `--by relationship`); the per-review
  /// figures count every man of each review.
  public static func panel(
    _ reviews: [Review], itemMen keep: (Man) -> Bool = { _ in true }
  ) -> PanelFigures {
    let questions = panelContent.map { challenge, index, figures in
      PanelQuestion(
        challenge: challenge, index: index,
        figures: figures?.map { panelFigure($0, reviews, itemMen: keep) })
    }
    return PanelFigures(reviews: reviews.count, questions: questions)
  }

  /// One figure of the content, counted over `reviews`.
  static func panelFigure(
    _ figure: ContentFigure, _ reviews: [Review], itemMen keep: (Man) -> Bool
  ) -> PanelFigure {
    switch figure {
    case .review(let id, let relationship):
      // A figure counted once per review; with a relationship, over the reviews that record
      // such a man, counting only those men.
      let counted =
        relationship.map { relationship in
          figures(
            reviews.filter { $0.men.contains { $0.relationship == relationship } },
            men: { $0.relationship == relationship })
        } ?? figures(reviews)
      let count: Int
      switch id {
      case "every-man-seen": count = counted.everyManSeen
      case "any-man-unseen": count = counted.anyManUnseen
      case "every-man-detailed": count = counted.everyManDetailed
      case "any-contact-planned-for-safety": count = counted.anyContactPlannedForSafety
      case "complete": count = counted.complete
      case "no-man-recorded": count = counted.noManRecorded
      default: fatalError("a per-review figure the acceptance set does not know: \(id)")
      }
      return PanelFigure(
        kind: "review", id: id, relationship: relationship, count: count,
        total: counted.reviews,
        unit: relationship == nil ? "reviews" : "reviews that record such a man")
    case .item(let id):
      // An item: each answer given (or not), once per review for a case item, once per man
      // for a man-level item; a practice item counts in place, a condition "yes".
      let answers: [ItemAnswer]
      let kind: ChecklistItems.Kind
      let unit: String
      if let caseItem = checklistItems.caseItems.first(where: { $0.0 == id }) {
        kind = caseItem.1
        answers = reviews.map { $0.caseAnswer(id, kind: kind) }
        unit = "reviews"
      } else if let manItem = checklistItems.man.first(where: { $0.0 == id }) {
        kind = manItem.1
        answers = reviews.flatMap { $0.men.filter(keep).map { $0.answer(id, kind: kind) } }
        unit = "men"
      } else {
        fatalError("an item the checklist does not have: \(id)")
      }
      guard kind != .knowledge else { fatalError("a knowledge item under a question: \(id)") }
      return PanelFigure(
        kind: "item", id: id, answer: kind == .practice ? "in-place" : "yes",
        count: answers.filter { kind == .practice ? $0.isInPlace : $0 == .yes }.count,
        total: answers.count, notAnswered: answers.filter { !$0.isAnswered }.count,
        unit: unit)
    case .confidence(let levels):
      return PanelFigure(
        kind: "confidence", levels: levels,
        count: reviews.filter { $0.confidence.map(levels.contains) == true }.count,
        total: reviews.count, notAnswered: reviews.filter { $0.confidence == nil }.count,
        unit: "reviews")
    }
  }

  /// The reviews of each group of `seen summary --by field` (role, quarter, cohort or
  /// relationship), by the group's name in the JSON (nil: the group without the field), each
  /// with the men whose answers to man-level items count there: for a relationship, only the
  /// men of it (a review counts in the group of each relationship it records a man of, and a
  /// review that records no man in the group without one).
  public static func groupsOfReviews(by field: String)
    -> [String?: (reviews: [Review], itemMen: (Man) -> Bool)]
  {
    var result: [String?: (reviews: [Review], itemMen: (Man) -> Bool)] = [:]
    if field == "relationship" {
      for relationship in Set(reviews.flatMap { $0.men.map(\.relationship) }) {
        result[relationship] = (
          reviews.filter { $0.men.contains { $0.relationship == relationship } },
          { $0.relationship == relationship }
        )
      }
      result[nil as String?] = (reviews.filter(\.men.isEmpty), { _ in true })
      return result
    }
    let grouped = Dictionary(grouping: reviews) { review -> String? in
      switch field {
      case "role": return review.canonicalRole
      case "quarter": return review.quarter
      case "cohort": return review.cohort
      default: fatalError("a split the acceptance set does not know: \(field)")
      }
    }
    for (name, reviews) in grouped { result[name] = (reviews, { _ in true }) }
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
