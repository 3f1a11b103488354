/// The layout of a workshop's group debrief (`seen workshop debrief`): aggregate only, every
/// figure through the summary's small-number rule (`TeamSummary+SmallNumbers`).
extension WorkshopDebrief {
  /// The most-missed list holds at most this many gaps.
  static let mostMissedShown = 10

  /// How a gap of the key is named: the man's label (or "The case") and the item's title.
  func name(_ gap: KeyGap) -> String {
    (gap.man ?? "The case") + ": " + gap.item.title
  }

  /// The key's answer in words; "not answered" where the scenario gives none.
  func keyWords(_ gap: KeyGap) -> String {
    gap.keyAnswer?.words ?? "not answered"
  }

  /// The gaps most missed first, by the missed counts as shown (so that the order tells no
  /// more than they do), then in the key's order; only gaps someone missed, at most 10.
  func mostMissed(_ layout: TeamSummaryLayout) -> [KeyGap] {
    let missedAtAll = gaps.filter { missed($0) > 0 }
    let keyed = missedAtAll.map { gap in (layout.shown(missed(gap)) ?? 0, gap) }
    return keyed.sorted { lhs, rhs in
      lhs.0 != rhs.0 ? lhs.0 > rhs.0 : lhs.1.position < rhs.1.position
    }.prefix(Self.mostMissedShown).map(\.1)
  }

  func document(content: Content, suppress: Bool) -> Document {
    let layout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: participants)
    var document = Document()
    document.title("Workshop debrief: " + scenarioTitle)
    let count = layout.count(participants)
    document.paragraph(
      (suppress ? "About " : "") + "\(count) participant\(count == "1" ? "" : "s")' blank-start "
        + "review\(count == "1" ? "" : "s") of the scenario"
        + (suppress ? " (counts rounded to the nearest 5)." : ".")
        + " Figures for the group only: no participant's answers, notes or names.")
    if layout.withholdsEverything {
      document.note(
        "Fewer than \(TeamSummaryLayout.smallestSet) reviews: every figure is withheld, as in "
          + "seen summary. With --no-suppress the facilitator sees the exact counts.")
    }
    document.paragraph(
      "The answer key is the scenario's gap report of what was known and done at the time. A "
        + "gap is spotted when a participant's review answers the same item, for the man with "
        + "the same label or for the case, with an answer that is itself a gap (for a practice: "
        + "no, partly, not known, or not applicable without a reason; for what is known: not "
        + "known). An item left unanswered is not spotted.")
    let columns = ["the key says", "spotted", "missed"]
    func row(_ gap: KeyGap) -> [String] {
      [name(gap), keyWords(gap), layout.count(gap.spotted), layout.count(missed(gap))]
    }
    document.heading("Each gap in the key")
    document.add(.table(layout.table(label: "gap", columns, rows: gaps.map(row))))
    document.heading("The gaps most missed")
    let missedFirst = mostMissed(layout)
    if missedFirst.isEmpty {
      document.paragraph(
        participants == 0 ? "No participant's review was found." : "Every gap was spotted by all.")
    } else {
      document.add(.table(layout.table(label: "gap", columns, rows: missedFirst.map(row))))
    }
    document.heading("Confidence before and after")
    let beforeLayout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: beforeCount)
    let afterLayout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: afterCount)
    var rows = ConfidenceLevel.allCases.map { level in
      [
        level.words.prefix(1).uppercased() + level.words.dropFirst(),
        beforeLayout.count(before[level] ?? 0), afterLayout.count(after[level] ?? 0),
      ]
    }
    rows.append(["Records", beforeLayout.count(beforeCount), afterLayout.count(afterCount)])
    document.add(
      .table(
        layout.table(
          label: "confidence", ["before", "after"], rows: rows,
          note:
            "From the records of the cohorts \"\(scenarioID) before\" and \"\(scenarioID) after\" "
            + "that give a confidence (seen review ... --set confidence=LEVEL --cohort "
            + "\"\(scenarioID) before\").")))
    return document
  }
}
