/// `seen supervise --team DIR`: the cases in a team's folder that need attention, from the latest
/// review of each case (`ReviewChains`): a man unseen, or contact with him planned for safety; no
/// supervision recorded; overdue actions. It shows case references, men's labels and reasons,
/// never a note.
public struct TeamAttention: Equatable, Sendable {
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .csv]
  static let jsonFormat = "seen-team-attention/1"

  /// Why a case needs attention.
  public enum Reason: Equatable, Sendable {
    case manUnseen(String)
    case contactPlannedForSafety(String)
    case noSupervision
    /// A supervision is recorded, but none records the men as discussed: opening a session, or
    /// one that says they were not discussed, is not the supervision 17.1 asks for.
    case menNotDiscussed
    /// The latest supervision that answered it recorded fear or anxiety about working with a man
    /// as raised, and no support agreed (17.5).
    case fearRaisedNoSupport
    case overdueActions(Int)
    /// No safety answer planned contact for safety, but a safety concern is recorded or not
    /// yet known whether there is one: contact is still to be planned for safety.
    case contactToPlanForSafety(String)

    /// The kind, as JSON and CSV name it.
    var kind: String {
      switch self {
      case .manUnseen: return "man-unseen"
      case .contactPlannedForSafety: return "contact-planned-for-safety"
      case .contactToPlanForSafety: return "contact-to-plan-for-safety"
      case .fearRaisedNoSupport: return "fear-raised-no-support"
      case .noSupervision: return "no-supervision"
      case .menNotDiscussed: return "men-not-discussed"
      case .overdueActions: return "overdue-actions"
      }
    }

    var man: String? {
      switch self {
      case .manUnseen(let label), .contactPlannedForSafety(let label),
        .contactToPlanForSafety(let label):
        return label
      default: return nil
      }
    }

    var count: Int? {
      if case .overdueActions(let count) = self { return count }
      return nil
    }

    /// "Father: unseen", "no supervision recorded", "2 overdue actions".
    var words: String {
      switch self {
      case .manUnseen(let label): return "\(label): unseen"
      case .contactPlannedForSafety(let label): return "\(label): contact planned for safety"
      case .contactToPlanForSafety(let label):
        return
          "\(label): contact to plan for safety (a safety concern recorded, or not yet known whether there is one)"
      case .fearRaisedNoSupport: return "fear raised in supervision, no support recorded"
      case .noSupervision: return "no supervision recorded"
      case .menNotDiscussed: return "supervision recorded, but not that the men were discussed"
      case .overdueActions(let count):
        return "\(count) overdue action\(count == 1 ? "" : "s")"
      }
    }
  }

  public struct Case: Equatable, Sendable {
    public var caseReference: String?
    public var file: String
    public var reasons: [Reason]
  }

  public var today: ISODate
  /// The reviews read, the superseded and duplicate ones left out, and the cases listed.
  public var reviews = 0
  public var superseded = 0
  public var duplicates = 0
  /// The reviews whose copies differ (the fuller listed), whatever the file order.
  public var reviewsWithDifferingCopies = 0
  public var cases: [Case] = []

  /// The cases of `records` (each with the file it was read from, in the order found) that need
  /// attention, by case reference then file.
  public init(_ records: [(file: String, record: ReviewRecord)], today: ISODate) {
    self.today = today
    reviews = records.count
    // One copy of each review: of copies that differ, the one `seen summary` counts
    // (`isCountedCopy(over:)`: the one that grew most), whatever the file names.
    var place: [String: Int] = [:]
    var unique: [(file: String, record: ReviewRecord)] = []
    var differing: Set<String> = []
    for entry in records.sorted(by: { $0.file < $1.file }) {
      guard let id = entry.record.id else {
        unique.append(entry)
        continue
      }
      if let index = place[id] {
        duplicates += 1
        if entry.record != unique[index].record { differing.insert(id) }
        if entry.record.isCountedCopy(over: unique[index].record) { unique[index] = entry }
        continue
      }
      place[id] = unique.count
      unique.append(entry)
    }
    reviewsWithDifferingCopies = differing.count
    let latest = ReviewChains<String>.latest(unique.map(\.record))
    superseded = latest.superseded.count
    for index in latest.kept {
      let (file, record) = unique[index]
      let reasons = Self.reasons(record, today: today)
      if !reasons.isEmpty {
        cases.append(Case(caseReference: record.caseReference, file: file, reasons: reasons))
      }
    }
    cases.sort {
      ($0.caseReference ?? "", $0.file) < ($1.caseReference ?? "", $1.file)
    }
  }

  static func reasons(_ record: ReviewRecord, today: ISODate) -> [Reason] {
    var reasons: [Reason] = []
    for man in record.men where man.noLongerInBabysLife == nil {
      if Visibility.of(man) == .unseen { reasons.append(.manUnseen(man.label)) }
      // The rule the report, the sheet and the supervision session use, so that the list never
      // reads as "nothing to plan" for a man they plan contact with for safety.
      // Said as what it is: planned for safety by the practitioner's answer (as `seen summary`
      // counts it), or still to plan, for a safety concern recorded or not yet known.
      if Visibility.of(man) == .contactPlannedForSafety {
        reasons.append(.contactPlannedForSafety(man.label))
      } else if !SafetyReason.reasons(for: man, in: record).isEmpty {
        reasons.append(.contactToPlanForSafety(man.label))
      }
    }
    if record.supervisions.isEmpty {
      reasons.append(.noSupervision)
    } else if !record.supervisions.contains(where: { $0.menDiscussed == true }) {
      reasons.append(.menNotDiscussed)
    }
    if let fear = record.latestFearAnswer, fear.fearRaised == true, !fear.agreedSupport {
      reasons.append(.fearRaisedNoSupport)
    }
    let overdue = record.actions.filter { $0.isOverdue(today: today) }.count
    if overdue > 0 { reasons.append(.overdueActions(overdue)) }
    return reasons
  }

  // MARK: Output

  public func render(as format: OutputFormat, width: Int = 80) -> String {
    switch format {
    case .json: return JSONWriter.write(json)
    case .csv: return csv
    case .markdown: return lines(markdown: true, width: width)
    default: return lines(markdown: false, width: width)
    }
  }

  private var leftOut: String {
    var parts: [String] = []
    if superseded > 0 {
      parts.append("\(superseded) superseded review\(superseded == 1 ? "" : "s") left out")
    }
    let copies = Self.copiesLeftOut(
      duplicates, differing: reviewsWithDifferingCopies, kept: "listed")
    if !copies.isEmpty { parts.append(copies) }
    return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
  }

  /// "2 duplicate copies left out", and where copies of a review differ (versions of it, not
  /// mere copies): "(copies of 1 review differ: the fuller is counted; compare them with seen
  /// compare)". Empty where there is none. `kept` is "counted" or "listed".
  public static func copiesLeftOut(_ duplicates: Int, differing: Int, kept: String) -> String {
    guard duplicates > 0 else { return "" }
    let copies = "\(duplicates) duplicate cop\(duplicates == 1 ? "y" : "ies") left out"
    guard differing > 0 else { return copies }
    return copies
      + " (copies of \(differing) review\(differing == 1 ? "" : "s") differ: the fuller is \(kept); compare them with seen compare)"
  }

  private func lines(markdown: Bool, width: Int) -> String {
    let read = "\(reviews) review\(reviews == 1 ? "" : "s") read\(leftOut); today \(today)"
    let heading =
      cases.isEmpty
      ? "No case needs attention" : "Cases that need attention: \(cases.count)"
    var out = markdown ? "# \(heading)\n\n\(read).\n" : "\(heading)\n\(read).\n"
    for entry in cases {
      let reference = entry.caseReference ?? "(no case reference)"
      if markdown {
        out +=
          "\n## \(reference.markdownEscaped)\n\nFile: \(MarkdownWriter.codeSpan(entry.file.terminalSafe))\n\n"
          + entry.reasons.map { "- \($0.words.markdownEscaped)\n" }.joined()
      } else {
        out +=
          "\n"
          + TextWrapping.wrap(
            "\(reference.terminalSafe) (\(entry.file.terminalSafe))", width: width) + "\n"
        for reason in entry.reasons {
          out +=
            TextWrapping.wrap(
              reason.words.terminalSafe, width: width, indent: "  - ", hanging: "    ") + "\n"
        }
      }
    }
    return out
  }

  private var json: JSONValue {
    .object([
      ("format", .string(Self.jsonFormat)),
      ("today", .string(today.description)),
      ("reviews", .number(reviews)),
      ("superseded", .number(superseded)),
      ("duplicates", .number(duplicates)),
      (
        "cases",
        .array(
          cases.map { entry in
            .object([
              ("case", .optionalString(entry.caseReference)),
              ("file", .string(entry.file)),
              (
                "reasons",
                .array(
                  entry.reasons.map { reason in
                    var members: [(String, JSONValue)] = [("kind", .string(reason.kind))]
                    if let man = reason.man { members.append(("man", .string(man))) }
                    if let count = reason.count { members.append(("count", .number(count))) }
                    return .object(members)
                  })
              ),
            ])
          })
      ),
    ])
  }

  private var csv: String {
    var rows = [["case", "file", "reason", "man", "count"]]
    for entry in cases {
      for reason in entry.reasons {
        rows.append([
          entry.caseReference ?? "", entry.file, reason.kind, reason.man ?? "",
          reason.count.map(String.init) ?? "",
        ])
      }
    }
    return CSVWriter.write(rows)
  }
}
