/// The debrief's sections beside the gaps: what the key says was known at the time, and the
/// confidence before and after, in bands when small numbers are withheld.
extension WorkshopDebrief {
  /// The gaps' column of a factor recorded as present where the source does not say
  /// ("recorded as present; the source does not say", shortened to fit a column).
  static let presentWithoutSourceColumn = "present; source does not say"

  /// Why that column is apart from "spotted", in one line.
  static let presentWithoutSourceSentence =
    "A factor recorded as present where the key says the source does not say is counted "
    + "apart, never as spotted: nothing in the case shows it, and a factor assumed of a man "
    + "(that a care leaver is a risk, for one) is not a finding; the review's call for care "
    + "leavers' pre-birth assessment \"is not to stigmatise them\" (Myth of Invisible Men, "
    + "12.11)."

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
    var rows = Self.confidenceRows(suppress: suppress).map { row in
      [
        row.words, Self.count(Self.confidence(before, in: row), beforeLayout),
        Self.count(Self.confidence(after, in: row), afterLayout),
      ]
    }
    rows.append([
      "Records", Self.count(beforeCount, beforeLayout), Self.count(afterCount, afterLayout),
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
