extension GapAnalysis {
  /// How many gaps `report(for:content:)` lists for the record, without making the report: the
  /// team summary counts every review's gaps, and a report's advice and text are not needed for a
  /// count. The same rules as the report's (tested against it on every example and on generated
  /// records).
  static func gapCount(for record: ReviewRecord, content: Content) -> Int {
    var gaps = 0
    for man in record.men {
      for position in content.index.manPositions {
        let item = content.checklist[position]
        if isGap(item, man.answers[item.id]) { gaps += 1 }
      }
    }
    for position in content.index.casePositions {
      let item = content.checklist[position]
      let answer = record.answers[item.id]
      if item.id == GapReport.Gap.allMenIdentified && record.men.isEmpty
        && (answer?.value == .yes || answer?.value == .na)
      {
        gaps += 1  // A review that records no man cannot have identified them all.
      } else if isGap(item, answer) {
        gaps += 1
      }
    }
    return gaps
  }

  /// Whether an answer to an item is a gap in the report: a practice not done (or not
  /// applicable without a reason, or only by a route planned for safety), or a fact not known.
  private static func isGap(_ item: ChecklistItem, _ answer: Answer?) -> Bool {
    switch item.kind {
    case .practice:
      switch answer?.value {
      case .yes?: return false
      case .na?: return answer?.reason == .safety || answer?.hasReason != true
      default: return true
      }
    case .knowledge, .condition:
      return answer == nil || answer?.value == .unknown
    }
  }
}
