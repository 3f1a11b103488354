/// Re-review chains (issue 16): reviews linked by `supersedes` (the id of the earlier review a
/// re-review follows). Counted by the caller, which sees every review's id; the ids themselves
/// are never kept here.
public struct ChainCounts: Equatable, Sendable {
  /// Whether every review was counted, superseded or not (`--all-versions`).
  public var allVersions = false
  /// Reviews a later review supersedes (found among the files): left out of the figures by
  /// default, counted with `--all-versions`.
  public var superseded = 0
  /// `supersedes` ids found in no file read: the earlier review is not among the files.
  public var notFound = 0
  /// Reviews whose `supersedes` links go round in a circle: none of them is the latest, so each
  /// is counted.
  public var inCycles = 0
  /// Pairs of consecutive reviews (an earlier one and the review that supersedes it), both
  /// found.
  public var pairs = 0
  /// The gaps of the earlier review of each pair, added up.
  public var earlierGaps = 0
  /// Of those, the gaps that are no longer gaps in the later review.
  public var closedGaps = 0

  public init() {}

  /// Whether any review read has a `supersedes` link.
  public var any: Bool { superseded + notFound + inCycles + pairs > 0 }

  mutating func merge(_ other: ChainCounts) {
    superseded += other.superseded
    notFound += other.notFound
    inCycles += other.inCycles
    pairs += other.pairs
    earlierGaps += other.earlierGaps
    closedGaps += other.closedGaps
  }

  /// Counts one pair of consecutive reviews of a chain: the gaps of `earlier`, and those of them
  /// that `later` no longer has. A man's gap is found again by the later man he is, as `seen
  /// compare` finds it (`ManPairing`: a man renamed in the re-review is still the same man).
  public mutating func addPair(earlier: ReviewRecord, later: ReviewRecord, content: Content) {
    let pairing = ManPairing(earlier: earlier, later: later)
    let before = GapAnalysis.gapKeys(of: earlier, content: content) { index in
      pairing.laterOf[index].map(GapAnalysis.GapKey.Man.later) ?? .earlierOnly(index)
    }
    let after = GapAnalysis.gapKeys(of: later, content: content)
    pairs += 1
    earlierGaps += before.count
    // A gap answered by a safety condition found since is new knowledge, not closed.
    closedGaps +=
      before.subtracting(after).filter { key in
        var laterMan: ManRecord?
        if case .later(let index) = key.man { laterMan = later.men[index] }
        return GapAnalysis.isClosed(
          item: key.item, isCase: key.man == nil, laterMan: laterMan, in: later)
      }.count
  }
}

extension GapAnalysis {
  /// A gap of a review, as a key that finds the same gap in a later review of the case: the
  /// item's id and which man it is about, by his position (nil for a case item). Held only
  /// while two reviews are compared.
  struct GapKey: Hashable {
    enum Man: Hashable {
      /// The man at this position of the later review.
      case later(Int)
      /// The man at this position of the earlier review, not in the later.
      case earlierOnly(Int)
    }
    var item: String
    var man: Man?
  }

  /// The gaps the review's gap report lists (the rules of `gapCount`), as keys; `man` names the
  /// man at each position.
  static func gapKeys(
    of record: ReviewRecord, content: Content, man key: (Int) -> GapKey.Man = { .later($0) }
  ) -> Set<GapKey> {
    var keys: Set<GapKey> = []
    let index = content.index
    for (number, man) in record.men.enumerated() {
      for position in index.manPositions
      where isGap(index.kinds[position], man.answers[index.ids[position]]) {
        keys.insert(GapKey(item: index.ids[position], man: key(number)))
      }
    }
    for position in index.casePositions
    where isCaseGap(
      index.ids[position], index.kinds[position], record.answers[index.ids[position]],
      withoutMen: record.men.isEmpty)
    {
      keys.insert(GapKey(item: index.ids[position], man: nil))
    }
    return keys
  }
}
