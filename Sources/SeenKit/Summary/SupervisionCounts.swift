/// The supervisions of the reviews counted (issue 19): how many reviews were discussed in a
/// supervision recorded with `seen supervise`, in how many fear or anxiety about working with a
/// man was raised, and in how many each kind of support was agreed. Counts only: no comment, no
/// role, no date is kept.
struct SupervisionCounts: Equatable, Sendable {
  /// Reviews with at least one supervision recorded.
  var reviewsSupervised = 0
  /// Reviews where a supervision recorded the men as discussed.
  var menDiscussed = 0
  /// Reviews where a supervision recorded fear or anxiety raised.
  var fearRaised = 0
  /// Reviews where a supervision agreed each kind of support; "other" for words of their own.
  var coWorking = 0
  var jointVisits = 0
  var reflectiveSupervision = 0
  var otherSupport = 0

  mutating func add(_ recorded: [SupervisionRecord], count: Int) {
    // A supervision that records nothing (a session opened and left) is not one.
    let supervisions = recorded.filter { !$0.recordsNothing }
    guard !supervisions.isEmpty else { return }
    reviewsSupervised += count
    if supervisions.contains(where: { $0.menDiscussed == true }) { menDiscussed += count }
    if supervisions.contains(where: { $0.fearRaised == true }) { fearRaised += count }
    let kinds = Set(supervisions.flatMap(\.support))
    if kinds.contains(.coWorking) { coWorking += count }
    if kinds.contains(.jointVisits) { jointVisits += count }
    if kinds.contains(.reflectiveSupervision) { reflectiveSupervision += count }
    if supervisions.contains(where: { $0.otherSupport != nil }) { otherSupport += count }
  }

  mutating func merge(_ other: SupervisionCounts) {
    reviewsSupervised += other.reviewsSupervised
    menDiscussed += other.menDiscussed
    fearRaised += other.fearRaised
    coWorking += other.coWorking
    jointVisits += other.jointVisits
    reflectiveSupervision += other.reflectiveSupervision
    otherSupport += other.otherSupport
  }

  /// Each figure with the id JSON and CSV give it, in order.
  var figures: [(id: String, words: String, count: Int)] {
    [
      ("reviewsSupervised", "reviews discussed in a supervision recorded", reviewsSupervised),
      ("menDiscussed", "the men discussed", menDiscussed),
      ("fearRaised", "fear or anxiety about working with a man raised", fearRaised),
      ("coWorking", "co-working agreed", coWorking),
      ("jointVisits", "joint visits agreed", jointVisits),
      ("reflectiveSupervision", "reflective supervision agreed", reflectiveSupervision),
      ("otherSupport", "other support agreed", otherSupport),
    ]
  }
}

extension TeamSummaryLayout {
  /// "Supervision": the counts, through the small-number rule; nothing when no review counted
  /// has a supervision recorded.
  func supervisionBlocks(_ summary: TeamSummary) -> [Block] {
    let counts = summary.supervision
    guard counts.reviewsSupervised > 0 else { return [] }
    let rows = counts.figures.map { figure in
      [figure.words, count(figure.count), percent(figure.count, of: summary.reviews)]
    }
    let table = self.table(
      label: "reviews", ["count", "share of reviews"], rows: rows,
      note:
        "Counted once per review, from the supervisions recorded with seen supervise (17.1, 17.5); "
        + "counts only, never a comment or a supervisor's role.")
    return [
      .heading(Heading(level: 2, text: "Supervision")),
      .group(Group(arrangement: .together, blocks: [.table(table)])),
    ]
  }
}

extension SummaryRenderer {
  /// The supervision counts as JSON; nil when no review has a supervision recorded, so that the
  /// summary of older records is unchanged.
  func supervisionJSON(_ summary: TeamSummary) -> JSONValue? {
    guard summary.supervision.reviewsSupervised > 0 else { return nil }
    let layout = layout(for: summary)
    return .object(summary.supervision.figures.map { ($0.id, layout.jsonCount($0.count)) })
  }

  /// The supervision counts as CSV rows (section `supervision`, id `all`).
  func supervisionRows(_ summary: TeamSummary, group: String, value: String) -> [[String]] {
    guard summary.supervision.reviewsSupervised > 0 else { return [] }
    let layout = layout(for: summary)
    return summary.supervision.figures.map { figure in
      [
        group, value, "supervision", "all", figure.id, layout.csvCount(figure.count),
        layout.csvPercent(figure.count, of: summary.reviews),
      ]
    }
  }
}
