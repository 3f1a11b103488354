/// The summary as RFC 4180 CSV: one row for each figure.
extension SummaryRenderer {
  /// RFC 4180: one row for each figure, CRLF line ends, fields quoted when they need it.
  ///
  /// The `group` column is seen's own word, never typed text: `all` for the overall figures,
  /// `value` for a group whose recorded value is in the `value` column, `not-recorded` for the
  /// records without one. So a role typed as "all" or "(not recorded)" cannot pass for either.
  func renderCSV(_ grouped: GroupedSummary) -> String {
    var output = ""
    writeCSV(grouped, to: { output += $0 })
    return output
  }

  /// The CSV a group at a time, so that a split into many groups is never held whole.
  func writeCSV(_ grouped: GroupedSummary, to output: (String) -> Void) {
    output(CSVWriter.write([["group", "value", "section", "id", "figure", "count", "percent"]]))
    output(CSVWriter.write(csvRows(grouped, group: "all", value: "", grouped.overall)))
    for name in grouped.shownGroupNames {
      let summary = grouped.groups[name] ?? TeamSummary()
      output(
        CSVWriter.write(
          name == SummaryField.notRecorded
            ? csvRows(grouped, group: "not-recorded", value: "", summary)
            : csvRows(grouped, group: "value", value: name, summary)))
    }
  }

  /// One group's rows.
  private func csvRows(
    _ grouped: GroupedSummary, group: String, value: String, _ summary: TeamSummary
  ) -> [[String]] {
    var rows: [[String]] = []
    // Every count and share through the layout, which withholds small numbers.
    let layout = layout(for: summary)
    do {
      func add(_ section: String, _ id: String, _ figure: String, _ count: Int, of total: Int?) {
        rows.append([
          group, value, section, id, figure, layout.csvCount(count),
          total.map { layout.csvPercent(count, of: $0) } ?? "",
        ])
      }
      /// A count of files or cases, not of reviews or men: never withheld.
      func addFiles(_ section: String, _ count: Int) {
        rows.append([group, value, section, "all", "count", String(count), ""])
      }
      if group == "all" {
        // What rule the figures follow, first, so that a spreadsheet shows it above them:
        // suppressed 1 or 0; every count rounded to the nearest `rounded-to` (1: exact).
        rows.append([group, value, "suppressed", "all", "count", suppress ? "1" : "0", ""])
        rows.append([
          group, value, "rounded-to", "all", "count",
          String(suppress ? TeamSummaryLayout.roundingBase : 1), "",
        ])
      }
      add("reviews", "all", "count", summary.reviews, of: nil)
      add("men", "all", "count", summary.men, of: nil)
      if group == "all" {
        addFiles("skipped", grouped.skipped)
        addFiles("duplicates", grouped.duplicates)
        add("cases-with-several-reviews", "all", "count", grouped.casesWithSeveralReviews, of: nil)
      }
      for relationship in Relationship.allCases {
        add(
          "relationship", relationship.rawValue, "men", summary.relationships[relationship] ?? 0,
          of: summary.men)
      }
      for (id, key) in [("yes", true), ("no", false), ("unknown", nil)] as [(String, Bool?)] {
        add("lives-with-baby", id, "men", summary.livesWithBaby[key] ?? 0, of: summary.men)
      }
      for level in ConfidenceLevel.allCases.map({ Optional($0) }) + [nil] {
        add(
          "confidence", level?.rawValue ?? "not-given", "reviews", summary.confidence[level] ?? 0,
          of: summary.reviews)
      }
      for visibility in Visibility.summaryOrder {
        add(
          "visibility", visibility.rawValue, "men", summary.visibility[visibility] ?? 0,
          of: summary.men)
      }
      for item in content.checklist where item.kind == .practice {
        let counts = summary.counts(item.id)
        addPractice(counts, section: "item", id: item.id, add: add)
        // In place is made of the shown counts (yes and n/a with a reason), as in the text.
        let shown = layout.shownPractice([counts])
        rows.append([
          group, value, "item", item.id, "in-place", layout.derivedCount(shown.inPlace),
          counts.isAnswered
            ? layout.words(layout.inPlaceReading(shown), percentSign: false)
            : "no answer",
        ])
      }
      for tier in content.tiers {
        let items = content.checklist.filter { $0.tier == tier.number && $0.kind == .practice }
        guard !items.isEmpty else { continue }
        // Its answered items' counts as shown, added up, as in the text.
        let shown = layout.shownPractice(items.map { summary.counts($0.id) }.filter(\.isAnswered))
        for (figure, count) in [
          ("yes", shown.yes), ("partly", shown.partly), ("no", shown.no),
          ("unknown", shown.unknown), ("na", shown.na), ("na-with-reason", shown.naWithReason),
          ("unanswered", shown.unanswered), ("in-place", shown.inPlace),
        ] {
          rows.append([
            group, value, "tier", String(tier.number), figure, layout.derivedCount(count),
            layout.words(
              layout.reading(shown: count, of: shown.total, exactly: count, of: shown.total),
              percentSign: false),
          ])
        }
      }
      for factor in content.riskFactors {
        let counts = summary.counts(factor.id)
        for (figure, count) in [
          ("present", counts.present), ("absent", counts.absent), ("unknown", counts.unknown),
          ("unanswered", counts.unanswered),
        ] {
          add("risk-factor", factor.id, figure, count, of: counts.total)
        }
      }
    }
    return rows + perReviewRows(summary, group: group, value: value)
      + actionRows(summary, group: group, value: value)
      + supervisionRows(summary, group: group, value: value)
      + (group == "all" ? chainRows(grouped) : [])
  }

  func addPractice(
    _ counts: AnswerCounts, section: String, id: String,
    add: (String, String, String, Int, Int?) -> Void
  ) {
    for (figure, count) in [
      ("yes", counts.yes), ("partly", counts.partly), ("no", counts.no),
      ("unknown", counts.unknown),
      ("na", counts.na), ("na-with-reason", counts.naWithReason), ("unanswered", counts.unanswered),
    ] {
      add(section, id, figure, count, counts.total)
    }
  }
}
