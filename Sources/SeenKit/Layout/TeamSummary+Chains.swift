/// Re-review chains and agreed actions in the team summary (issue 16): what the summary says of
/// the reviews a later one supersedes, of the gaps closed between consecutive reviews, and the
/// agreed actions, in all and by owner role. Every count and share through the small-number
/// rule (`TeamSummary+SmallNumbers`), as every other figure.
extension TeamSummaryLayout {
  /// The fewest pairs of consecutive reviews the gaps closed between them are shown for, with
  /// suppression on: fewer may be one practitioner's cases.
  static let fewestPairs = smallest

  /// What the summary says of re-review chains, or nothing when no review read supersedes one.
  func chainSentences(_ chains: ChainCounts) -> [String] {
    guard chains.any else { return [] }
    func reviews(_ number: Int) -> String {
      let shown = count(number)
      return shown == Self.withheld
        ? "a withheld number of reviews"
        : "\(shown) review\(shown == "1" ? "" : "s")"
    }
    func were(_ number: Int) -> String { count(number) == "1" ? "was" : "were" }
    var sentences: [String] = []
    if chains.allVersions {
      sentences.append(
        "Re-reviews: every version of a case counted (--all-versions): \(reviews(chains.superseded)) "
          + "counted are earlier reviews that a later review supersedes.")
    } else {
      let shown = count(chains.superseded)
      let earlier =
        shown == Self.withheld
        ? "A withheld number of earlier reviews"
        : "\(shown) earlier review\(shown == "1" ? "" : "s")"
      sentences.append(
        "Re-reviews: each case counted by its latest review. \(earlier) of a case left out: a "
          + "later review supersedes \(shown == "1" ? "it" : "them") (--all-versions counts "
          + "every version).")
    }
    if chains.notFound > 0 {
      let shown = count(chains.notFound)
      sentences.append(
        "\(shown == Self.withheld ? "Some" : shown) earlier review\(shown == "1" ? "" : "s") "
          + "named as superseded \(shown == "1" ? "is" : "are") in none of the files read: "
          + "the later review counts as it is.")
    }
    if chains.inCycles > 0 {
      sentences.append(
        "\(reviews(chains.inCycles).capitalizedFirst) supersede each other in a circle, so that "
          + "none is the latest: each is counted; look at their supersedes.")
    }
    if chains.pairs > 0 { sentences.append(gapsClosedSentence(chains)) }
    return sentences
  }

  /// "Of 40 gaps in earlier reviews, 15 (38%) were closed by the next review of the case."
  func gapsClosedSentence(_ chains: ChainCounts) -> String {
    if suppress && (withholdsEverything || chains.pairs < Self.fewestPairs) {
      return "Gaps closed between consecutive reviews of a case: withheld (fewer than "
        + "\(Self.fewestPairs) pairs of consecutive reviews)."
    }
    let pairs = count(chains.pairs)
    let gaps = count(chains.earlierGaps)
    return "Gaps closed between consecutive reviews of a case (\(pairs) pair"
      + "\(pairs == "1" ? "" : "s")): of \(gaps) gap\(gaps == "1" ? "" : "s") in earlier "
      + "reviews, \(count(chains.closedGaps)) \(count(chains.closedGaps) == "1" ? "was" : "were") "
      + "closed by the next review (\(percent(chains.closedGaps, of: chains.earlierGaps))): no "
      + "longer a gap for the same item and man."
  }

  static let actionColumns = ["agreed", "on time", "late", "open", "overdue", "dropped"]

  /// The agreed actions: a sentence, and a table of them in all and by owner role; nothing when
  /// no review counted agreed one.
  func actionBlocks(_ summary: TeamSummary) -> [Block] {
    let actions = summary.actions
    guard actions.all.agreed > 0 else { return [] }
    func row(_ label: String, _ counts: ActionCounts.Counts) -> [String] {
      [
        label, count(counts.agreed), count(counts.doneByItsDate), count(counts.doneLate),
        count(counts.open), count(counts.overdue), count(counts.dropped),
      ]
    }
    let agreed = count(actions.all.agreed)
    let reviews = count(actions.reviewsWithActions)
    let sentence =
      "\(agreed) action\(agreed == "1" ? "" : "s") agreed in \(reviews) review"
      + "\(reviews == "1" ? "" : "s"); done by their date: "
      + "\(percent(actions.all.doneByItsDate, of: actions.all.agreed)) of them; overdue: "
      + "\(percent(actions.all.overdue, of: actions.all.agreed))."
    let table = self.table(
      label: "owner", Self.actionColumns,
      rows: [row("all owners", actions.all)]
        + actions.owners(content: content).map { row($0, actions.byOwner[$0] ?? .init()) },
      note:
        "On time: done by the due date; late: done after it; overdue: open after the due date, "
        + "counted from today (or SEEN_TODAY). Owners are roles, never names.")
    return [
      .heading(Heading(level: 2, text: "Agreed actions")),
      .paragraph(RichText(sentence)),
      .group(Group(arrangement: .together, blocks: [.table(table)])),
    ]
  }
}

extension String {
  /// The text with its first letter in capitals ("<5 reviews" stays as it is).
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}

extension SummaryRenderer {
  /// The chains as JSON: every count through the small-number rule of the overall figures.
  func chainsJSON(_ grouped: GroupedSummary) -> JSONValue {
    let layout = layout(for: grouped.overall)
    let chains = grouped.chains
    let pairsShown =
      !suppress || (!layout.withholdsEverything && chains.pairs >= TeamSummaryLayout.fewestPairs)
    return .object([
      ("allVersions", .bool(chains.allVersions)),
      ("superseded", layout.jsonCount(chains.superseded)),
      ("notFound", layout.jsonCount(chains.notFound)),
      ("inCycles", layout.jsonCount(chains.inCycles)),
      ("pairs", layout.jsonCount(chains.pairs)),
      ("earlierGaps", pairsShown ? layout.jsonCount(chains.earlierGaps) : .null),
      ("closedGaps", pairsShown ? layout.jsonCount(chains.closedGaps) : .null),
    ])
  }

  /// The agreed actions of a summary as JSON, in all and by owner role.
  func actionsJSON(_ summary: TeamSummary) -> JSONValue {
    let layout = layout(for: summary)
    func counts(_ counts: ActionCounts.Counts) -> [(String, JSONValue)] {
      [
        ("agreed", layout.jsonCount(counts.agreed)),
        ("doneByItsDate", layout.jsonCount(counts.doneByItsDate)),
        ("doneLate", layout.jsonCount(counts.doneLate)),
        ("open", layout.jsonCount(counts.open)),
        ("overdue", layout.jsonCount(counts.overdue)),
        ("dropped", layout.jsonCount(counts.dropped)),
      ]
    }
    let actions = summary.actions
    return .object(
      [("reviewsWithActions", layout.jsonCount(actions.reviewsWithActions))]
        + counts(actions.all)
        + [
          (
            "byOwner",
            .array(
              actions.owners(content: content).map { owner in
                .object([("owner", .string(owner))] + counts(actions.byOwner[owner] ?? .init()))
              })
          )
        ])
  }

  /// The agreed actions as CSV rows (section `actions`, id `all` or the owner role).
  func actionRows(_ summary: TeamSummary, group: String, value: String) -> [[String]] {
    let layout = layout(for: summary)
    let actions = summary.actions
    var rows: [[String]] = [
      [
        group, value, "actions", "all", "reviews-with-actions",
        layout.csvCount(actions.reviewsWithActions), "",
      ]
    ]
    func add(_ id: String, _ counts: ActionCounts.Counts) {
      for (figure, number) in [
        ("agreed", counts.agreed), ("done-by-its-date", counts.doneByItsDate),
        ("done-late", counts.doneLate), ("open", counts.open), ("overdue", counts.overdue),
        ("dropped", counts.dropped),
      ] {
        rows.append([
          group, value, "actions", id, figure, layout.csvCount(number),
          figure == "agreed" ? "" : layout.csvPercent(number, of: counts.agreed),
        ])
      }
    }
    add("all", actions.all)
    for owner in actions.owners(content: content) { add(owner, actions.byOwner[owner] ?? .init()) }
    return rows
  }

  /// The chains as CSV rows (section `chains`), with the overall figures.
  func chainRows(_ grouped: GroupedSummary) -> [[String]] {
    let layout = layout(for: grouped.overall)
    let chains = grouped.chains
    let pairsShown =
      !suppress || (!layout.withholdsEverything && chains.pairs >= TeamSummaryLayout.fewestPairs)
    return [
      ["all", "", "chains", "all", "all-versions", chains.allVersions ? "1" : "0", ""],
      ["all", "", "chains", "all", "superseded", layout.csvCount(chains.superseded), ""],
      ["all", "", "chains", "all", "not-found", layout.csvCount(chains.notFound), ""],
      ["all", "", "chains", "all", "in-cycles", layout.csvCount(chains.inCycles), ""],
      ["all", "", "chains", "all", "pairs", layout.csvCount(chains.pairs), ""],
      [
        "all", "", "chains", "all", "earlier-gaps",
        pairsShown ? layout.csvCount(chains.earlierGaps) : TeamSummaryLayout.withheld, "",
      ],
      [
        "all", "", "chains", "all", "closed-gaps",
        pairsShown ? layout.csvCount(chains.closedGaps) : TeamSummaryLayout.withheld,
        pairsShown
          ? layout.csvPercent(chains.closedGaps, of: chains.earlierGaps)
          : TeamSummaryLayout.withheld,
      ],
    ]
  }
}
