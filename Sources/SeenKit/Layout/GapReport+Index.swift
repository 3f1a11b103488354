/// The lookups the report's layout makes for every gap, built once, so that its cost stays
/// linear in the number of men rather than searching every gap for each one.
struct GapIndex {
  /// An item's next step: two gaps with the same key print the same line.
  struct StepKey: Hashable {
    var item: String
    var advice: SafeAdvice
  }

  /// A gap's item and man (nil for the case).
  struct Place: Hashable {
    var item: String
    var man: String?
  }

  private(set) var gapsByMan: [String: [GapReport.Gap]] = [:]
  private(set) var caseGaps: [GapReport.Gap] = []
  /// Each man's gaps as the report lists them: in the brief form one entry a topic (an item
  /// and the knowledge items asked straight after it), in the full form one entry a gap.
  private(set) var entriesByMan: [String: [[GapReport.Gap]]] = [:]
  private(set) var caseEntries: [[GapReport.Gap]] = []
  private(set) var inPlaceByMan: [String: [GapReport.Finding]] = [:]
  private(set) var caseInPlace: [GapReport.Finding] = []
  /// The first man, in record order, whose entry on an item prints a given next step.
  private(set) var firstMan: [StepKey: String] = [:]
  /// The first step (0-based) that covers a gap's item and man.
  private(set) var step: [Place: Int] = [:]

  init(_ report: GapReport, content: Content, detail: ReportDetail = .full) {
    for gap in report.gaps {
      if let man = gap.man {
        gapsByMan[man, default: []].append(gap)
      } else {
        caseGaps.append(gap)
      }
    }
    let group = detail == .brief ? { Self.topics(of: $0, content: content) } : { $0.map { [$0] } }
    caseEntries = group(caseGaps)
    for man in report.men {
      let entries = group(gapsByMan[man.label] ?? [])
      entriesByMan[man.label] = entries
      // Only the first gap of an entry prints its next step, so only it can be pointed to.
      for head in entries.compactMap(\.first) {
        let key = StepKey(item: head.item.id, advice: head.advice)
        if firstMan[key] == nil { firstMan[key] = man.label }
      }
    }
    for finding in report.inPlace {
      if let man = finding.man {
        inPlaceByMan[man, default: []].append(finding)
      } else {
        caseInPlace.append(finding)
      }
    }
    for (offset, firstStep) in report.firstSteps.enumerated() {
      if firstStep.men.isEmpty { step[Place(item: firstStep.item.id, man: nil)] = offset }
      for man in firstStep.men { step[Place(item: firstStep.item.id, man: man)] = offset }
    }
  }

  /// Gaps grouped by topic: an item and the knowledge items asked straight after it, which
  /// record what exploring it found ("Substance use explored", then "Substance misuse").
  static func topics(of gaps: [GapReport.Gap], content: Content) -> [[GapReport.Gap]] {
    var anchor: [String: String] = [:]
    var last: String?
    for item in content.checklist {
      if item.kind != .knowledge { last = item.id }
      anchor[item.id] = item.kind == .knowledge ? (last ?? item.id) : item.id
    }
    var groups: [[GapReport.Gap]] = []
    var positions: [String: Int] = [:]
    for gap in gaps {
      let key = anchor[gap.item.id] ?? gap.item.id
      if let position = positions[key] {
        groups[position].append(gap)
      } else {
        positions[key] = groups.count
        groups.append([gap])
      }
    }
    return groups
  }
}
