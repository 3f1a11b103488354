/// What the figures counted once per review mean: one wording for `seen summary --help`, the
/// README and the note under the summary's table, so that a printed summary stands alone.
public enum ReviewFigureDefinitions {
  /// The definitions, as one paragraph.
  public static let text =
    "A man is seen when he is identified, contacted directly, and his history, substance use, "
    + "mental health and domestic abuse are explored; partly seen when he is identified and "
    + "contacted directly but those are not all explored; unseen when he is not yet both "
    + "identified and contacted directly (each answered yes in the review). His picture is "
    + "detailed when he is identified, contacted directly, his history is known, he has been "
    + "asked for his own views, and the agencies that may know him have been asked. A man whose contact is planned for safety is counted apart, never as seen, unseen "
    + "or detailed. A review is complete when every man's picture is detailed and every case "
    + "item is answered. A gap is an item the review's gap report lists: a practice not in "
    + "place, or a fact not known. A review that records no man counts in none of the "
    + "\"every man\" figures."
}

extension ReviewFigure {
  /// The figures counted over the men of one relationship, in the columns of its table.
  static let relationshipFigures: [ReviewFigure] = [
    .everyManSeen, .anyManUnseen, .everyManDetailed, .anyContactPlannedForSafety,
  ]

  /// A column's title, explained under the table by `words`.
  var columnTitle: String {
    switch self {
    case .everyManSeen: return "all seen"
    case .anyManUnseen: return "any unseen"
    case .everyManDetailed: return "all detailed"
    case .anyContactPlannedForSafety: return "safety"
    case .complete: return "complete"
    case .noManRecorded: return "no man"
    }
  }
}

extension PerReviewCounts {
  /// "9", "9.5", or "none" with no review.
  var medianGapsWords: String {
    guard let median = medianGaps else { return "none" }
    let halves = Int((median * 2).rounded())
    return halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2).5"
  }
}

/// The figures counted once per review as tables (issue 15, point 1): each figure over every
/// review, then the same over the men of each relationship to the baby.
extension TeamSummaryLayout {
  func reviewFigureTables(_ summary: TeamSummary) -> [(String, Table)] {
    [
      ("Reviews, each counted once", reviewFigures(summary)),
      ("Reviews by the men's relationship to the baby", relationshipFigures(summary)),
    ]
  }

  /// "every man seen  2  40.0%" for each figure, with the median gaps and the definitions
  /// under it.
  private func reviewFigures(_ summary: TeamSummary) -> Table {
    let counts = summary.perReview
    return table(
      label: "reviews with", ["reviews", "share"],
      rows: ReviewFigure.allCases.map { figure in
        let value = figure.count(in: counts)
        return [figure.words, count(value), percent(value, of: summary.reviews)]
      },
      note:
        "Median gaps per review: \(median(counts.medianGaps)) (a gap is an item the review's gap "
        + "report lists). Shares are of the "
        + (suppress
          ? "reviews (about \(count(summary.reviews)))"
          : "\(count(summary.reviews)) review\(count(summary.reviews) == "1" ? "" : "s")")
        + ". Seen, detailed and complete are defined at "
        + "the top.")
  }

  /// One row for each relationship some review records: how many reviews record such a man,
  /// then each figure over those men, as a share of those reviews.
  private func relationshipFigures(_ summary: TeamSummary) -> Table {
    let figures = ReviewFigure.relationshipFigures
    let rows = Relationship.allCases.compactMap { relationship -> [String]? in
      let group = summary.perReview.group(relationship)
      guard group.reviews > 0 else { return nil }
      // A row of fewer than 10 reviews is withheld whole, as a group of a split is.
      let row = within(reviews: group.reviews)
      return [relationship.words, count(group.reviews)]
        + figures.map { row.percent($0.count(in: group) ?? 0, of: group.reviews) }
    }
    let columns = figures.map { "\($0.columnTitle): \($0.words)" }.joined(separator: "; ")
    return table(
      label: "relationship", ["reviews"] + figures.map(\.columnTitle),
      rows: rows,
      note:
        "reviews: the reviews that record such a man. \(columns); each counting only the men of "
        + "the row's relationship, as a share of the reviews that record such a man."
        + (rows.isEmpty ? " No review records a man." : ""))
  }
}
