/// The debrief's sections beside the gaps: what the key says was known at the time, and the
/// confidence before and after, in bands when small numbers are withheld.
extension WorkshopDebrief {
  /// The gaps' column of a factor recorded as present where the case says nothing of it
  /// (the key's note is "The source does not say."), shortened to fit a column.
  static let presentWithoutSourceColumn = "present; case silent"

  /// Why that column is apart from "spotted", in one line; about no factor in particular.
  static let presentWithoutSourceSentence =
    "\"Present; case silent\" counts a factor recorded as present where the case says nothing "
    + "of it (the key's note is \"The source does not say.\"): discuss what in the narrative "
    + "supports it; a factor assumed of a man is not a finding. Where the key says \"not "
    + "known\" with a note from the source (not known at the time), present counts as "
    + "spotted. \"Don't know\" is counted apart too: it is what Enter records on a blank "
    + "start."

  /// How a cohort with no record yet reads in the confidence table.
  static let noneYet = "none yet"

  /// A confidence row: its words, its key in the JSON and CSV, and the levels it holds.
  struct ConfidenceRow: Equatable {
    var words: String
    var key: String
    var levels: [ConfidenceLevel]
  }

  /// The rows of the before-and-after table: each level with --no-suppress; with small numbers
  /// withheld, two bands, so that a group of 10 to 20 does not read "<5" in every row.
  static func confidenceRows(suppress: Bool) -> [ConfidenceRow] {
    guard suppress else {
      return ConfidenceLevel.allCases.map { level in
        ConfidenceRow(
          words: level.words.prefix(1).uppercased() + level.words.dropFirst(),
          key: level.rawValue, levels: [level])
      }
    }
    return [
      ConfidenceRow(
        words: "Not at all or not very confident", key: "not-at-all-or-not-very",
        levels: [.notAtAll, .notVery]),
      ConfidenceRow(
        words: "Somewhat, very or extremely confident", key: "somewhat-very-or-extremely",
        levels: [.somewhat, .very, .extremely]),
    ]
  }

  /// How many of a cohort's records gave a level of the row.
  static func confidence(_ counts: [ConfidenceLevel: Int], in row: ConfidenceRow) -> Int {
    row.levels.reduce(0) { $0 + (counts[$1] ?? 0) }
  }

  /// The facts the key says were known at the time, and how the participants answered them.
  func factsSection(_ document: inout Document, _ layout: TeamSummaryLayout) {
    document.heading("What the key says was known at the time")
    guard !facts.isEmpty else {
      document.paragraph(
        "The key records no factor as known present at the time, and no concern as known: "
          + "nothing to count here.")
      return
    }
    document.paragraph(
      "Each factor the key records as known present at the time (and each concern it records "
        + "as known): recorded as present (or yes) counts as spotted; none found (or no) as "
        + "missed; not known apart.")
    let rows = facts.map { fact in
      [
        name(fact), keyWords(fact), Self.count(fact.spotted, layout),
        Self.count(fact.missed, layout), Self.count(fact.notKnown, layout),
        Self.count(fact.notAnswered, layout),
      ]
    }
    document.add(
      .table(
        layout.table(
          label: "known at the time",
          ["the key says", "spotted", "missed", "not known", "not answered"], rows: rows)))
  }

  /// Confidence before and after, side by side, each cohort under the rule on its own records.
  func confidenceSection(_ document: inout Document, content: Content, suppress: Bool) {
    document.heading("Confidence before and after")
    let beforeLayout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: beforeCount)
    let afterLayout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: afterCount)
    // A cohort with no record yet (the "after" at the group debrief) reads "none yet", not
    // "withheld": nothing is hidden.
    func count(_ value: Int, total: Int, _ layout: TeamSummaryLayout) -> String {
      total == 0 ? Self.noneYet : Self.count(value, layout)
    }
    var rows = Self.confidenceRows(suppress: suppress).map { row in
      [
        row.words, count(Self.confidence(before, in: row), total: beforeCount, beforeLayout),
        count(Self.confidence(after, in: row), total: afterCount, afterLayout),
      ]
    }
    rows.append([
      "Records", count(beforeCount, total: beforeCount, beforeLayout),
      count(afterCount, total: afterCount, afterLayout),
    ])
    var note =
      "From the records of the cohorts \"\(scenarioID) before\" and \"\(scenarioID) after\" "
      + "that give a confidence (seen review ... --set confidence=LEVEL --cohort "
      + "\"\(scenarioID) before\")."
    if suppress {
      note +=
        " With small numbers withheld, the five levels are shown in two bands (not at all or "
        + "not very confident; somewhat, very or extremely confident), each band under the same "
        + "rule as above, and each cohort on its own records: withheld when it has fewer than "
        + "\(TeamSummaryLayout.smallestSet). With --no-suppress, each level is shown."
    }
    let layout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: participants)
    document.add(
      .table(layout.table(label: "confidence", ["before", "after"], rows: rows, note: note)))
  }
}
