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
      add("reviews", "all", "count", summary.reviews, of: nil)
      add("men", "all", "count", summary.men, of: nil)
      if group == "all" {
        addFiles("skipped", grouped.skipped)
        addFiles("duplicates", grouped.duplicates)
        addFiles("cases-with-several-reviews", grouped.casesWithSeveralReviews)
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
        addPractice(summary.counts(item.id), section: "item", id: item.id, add: add)
      }
      for tier in content.tiers {
        addPractice(
          summary.tierCounts(tier.number, content: content), section: "tier",
          id: String(tier.number), add: add)
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
  }

  func addPractice(
    _ counts: AnswerCounts, section: String, id: String,
    add: (String, String, String, Int, Int?) -> Void
  ) {
    for (figure, count) in [
      ("yes", counts.yes), ("partly", counts.partly), ("no", counts.no),
      ("unknown", counts.unknown),
      ("na", counts.na), ("na-with-reason", counts.naWithReason), ("unanswered", counts.unanswered),
      ("in-place", counts.inPlace),
    ] {
      add(section, id, figure, count, counts.total)
    }
  }
}
