/// The figures counted once per review and the questions to partnerships, as data: the JSON
/// `perReview` object and `partnershipQuestions` array, and the CSV's `per-review` rows.
extension SummaryRenderer {
  /// `{"every-man-seen": 2, …, "medianGaps": 9.5, "byRelationship": {"birth-father":
  /// {"reviews": 4, "every-man-seen": 1, …}, …}}`: every figure and every relationship, always,
  /// so that the keys never depend on the records.
  ///
  /// Small numbers are withheld (null) by the summary's one rule, as in every table.
  func perReviewJSON(_ summary: TeamSummary) -> JSONValue {
    let counts = summary.perReview
    let layout = layout(for: summary)
    let figures: [(String, JSONValue)] = ReviewFigure.allCases.map {
      ($0.rawValue, layout.jsonCount($0.count(in: counts)))
    }
    let median: JSONValue =
      layout.medianNumber(counts.medianGaps).map { JSONValue(.number($0)) } ?? .null
    return .object(
      figures + [
        ("medianGaps", median),
        (
          "byRelationship",
          .object(
            Relationship.allCases.map { relationship in
              let group = counts.group(relationship)
              return (
                relationship.rawValue,
                .object(
                  [("reviews", layout.jsonCount(group.reviews))]
                    + ReviewFigure.relationshipFigures.map {
                      ($0.rawValue, relationshipJSON($0.count(in: group) ?? 0, of: group, layout))
                    })
              )
            })
        ),
      ])
  }

  /// A relationship's figure: withheld (null) when its count, or the reviews it is a share of,
  /// would be withheld.
  private func relationshipJSON(
    _ count: Int, of group: PerReviewCounts.Group, _ layout: TeamSummaryLayout
  ) -> JSONValue {
    // Withheld with a row of fewer than 10 reviews, as in the text; otherwise the count as the
    // text shows it (a "nearly all" share still has its count).
    layout.within(reviews: group.reviews).jsonCount(count)
  }

  /// Every question to partnerships in the content's order: `challenge`, `index`, `text`,
  /// `answerable`, then `figures` (each counted) or `reason`.
  func partnershipQuestionsJSON(_ summary: TeamSummary) -> JSONValue {
    let layout = layout(for: summary)
    return .array(
      layout.partnershipQuestions().map { challenge, text, question in
        var members: [(String, JSONValue)] = [
          ("challenge", .string(challenge.id)), ("index", .number(question.index)),
          ("text", .string(text)),
        ]
        switch question.answer {
        case .figures:
          members.append(("answerable", .bool(true)))
          members.append(
            ("figures", .array(layout.values(question, summary).map { figureJSON($0, layout) })))
        case .cannot(let reason):
          members.append(("answerable", .bool(false)))
          members.append(("reason", .string(reason)))
        }
        return .object(members)
      })
  }

  /// A figure under a question; its count and total withheld (null) as in the text.
  private func figureJSON(_ figure: PanelFigureValue, _ layout: TeamSummaryLayout) -> JSONValue {
    var members: [(String, JSONValue)] = [("kind", .string(figure.kind))]
    switch figure.kind {
    case "review":
      members.append(("id", .optionalString(figure.id)))
      members.append(("relationship", .optionalString(figure.relationship?.rawValue)))
    case "item":
      members.append(("id", .optionalString(figure.id)))
      members.append(("answer", .optionalString(figure.answer)))
    default:
      members.append(("levels", .array(figure.levels.map { .string($0.rawValue) })))
    }
    members += [
      ("count", layout.panelLayout(figure).jsonCount(figure.count)),
      ("total", layout.jsonCount(figure.total)),
      ("notAnswered", figure.notAnswered.map { layout.jsonCount($0) } ?? .null),
      ("unit", .string(figure.unit)), ("how", .string(figure.how)),
    ]
    return .object(members)
  }

  /// The CSV rows of the figures counted once per review: `per-review` (each figure's
  /// reviews and share of the reviews; `median-gaps` with the median in the count column,
  /// empty with no review) and `per-review-relationship` (for each relationship, `reviews`,
  /// then each figure's count and share of those reviews).
  func perReviewRows(_ summary: TeamSummary, group: String, value: String) -> [[String]] {
    let counts = summary.perReview
    let layout = layout(for: summary)
    var rows: [[String]] = []
    // Every count and share through the summary's one small-number rule, as in the tables.
    func add(_ section: String, _ id: String, _ figure: String, _ count: Int, of total: Int?) {
      rows.append([
        group, value, section, id, figure, layout.csvCount(count),
        total.map { layout.csvPercent(count, of: $0) } ?? "",
      ])
    }
    for figure in ReviewFigure.allCases {
      add("per-review", figure.rawValue, "reviews", figure.count(in: counts), of: summary.reviews)
    }
    rows.append([
      group, value, "per-review", "median-gaps", "median",
      counts.medianGaps == nil ? "" : layout.median(counts.medianGaps),
      "",
    ])
    for relationship in Relationship.allCases {
      let counted = counts.group(relationship)
      add("per-review-relationship", relationship.rawValue, "reviews", counted.reviews, of: nil)
      // A relationship of fewer than 10 reviews is withheld whole, as in the text.
      let row = layout.within(reviews: counted.reviews)
      for figure in ReviewFigure.relationshipFigures {
        let count = figure.count(in: counted) ?? 0
        rows.append([
          group, value, "per-review-relationship", relationship.rawValue, figure.rawValue,
          row.csvCount(count), row.csvPercent(count, of: counted.reviews),
        ])
      }
    }
    return rows
  }
}
