extension GapAnalysis {
  /// How many gaps `report(for:content:)` lists for the record, without making the report: the
  /// team summary counts every review's gaps, and a report's advice and text are not needed for a
  /// count. The same rules as the report's (tested against it on every example and on generated
  /// records). `TeamSummary.add` applies the same two rules (`isGap`, `isCaseGap`) answer by
  /// answer as it counts them.
  static func gapCount(for record: ReviewRecord, content: Content) -> Int {
    var gaps = 0
    let index = content.index
    for man in record.men {
      for position in index.manPositions
      where isGap(index.kinds[position], man.answers[index.ids[position]]) {
        gaps += 1
      }
    }
    for position in index.casePositions
    where isCaseGap(
      index.ids[position], index.kinds[position], record.answers[index.ids[position]],
      withoutMen: record.men.isEmpty)
    {
      gaps += 1
    }
    return gaps
  }

  /// Whether the answer to a case item (`id`, of `kind`) is a gap; `withoutMen`: the review
  /// records no man.
  @inline(__always)
  static func isCaseGap(
    _ id: String, _ kind: ChecklistItem.Kind, _ answer: Answer?, withoutMen: Bool
  ) -> Bool {
    // A review that records no man cannot have identified them all.
    if withoutMen && (answer?.value == .yes || answer?.value == .na)
      && id == GapReport.Gap.allMenIdentified
    {
      return true
    }
    return isGap(kind, answer)
  }

  /// Whether an answer to an item of `kind` is a gap in the report: a practice not done (or not
  /// applicable without a reason, or only by a route planned for safety), or a fact not known.
  @inline(__always)
  static func isGap(_ kind: ChecklistItem.Kind, _ answer: Answer?) -> Bool {
    switch kind {
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
