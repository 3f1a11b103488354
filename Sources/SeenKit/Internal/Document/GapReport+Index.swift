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
  private(set) var inPlaceByMan: [String: [GapReport.Finding]] = [:]
  private(set) var caseInPlace: [GapReport.Finding] = []
  /// The first man, in record order, whose gap on an item takes a given next step.
  private(set) var firstMan: [StepKey: String] = [:]
  /// The first step (0-based) that covers a gap's item and man.
  private(set) var step: [Place: Int] = [:]

  init(_ report: GapReport) {
    for gap in report.gaps {
      guard let man = gap.man else {
        caseGaps.append(gap)
        continue
      }
      gapsByMan[man, default: []].append(gap)
      let key = StepKey(item: gap.item.id, advice: gap.advice)
      if firstMan[key] == nil { firstMan[key] = man }
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
}
