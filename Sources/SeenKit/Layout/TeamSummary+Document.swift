/// The team summary laid out once, for every writer (text, Markdown, HTML, PDF): the headline
/// figures, then each table under its own heading, with a label column and number columns; with
/// `--by`, the groups side by side (`TeamSummary+Comparison`). CSV and JSON are data exports of
/// the counts (`SummaryRenderer+CSV`, `+JSON`) and never come here. Every count and share goes
/// through `TeamSummaryLayout` (`TeamSummary+SmallNumbers`), which withholds small numbers.
///
/// Aggregate only: nothing of a case reaches it. The only typed text is a group's name (a role,
/// a date or a cohort), which `SafeDocument` makes safe for each writer like any other string.
extension GroupedSummary {
  func document(content: Content, suppress: Bool = true) -> Document {
    var document = opening(content: content, suppress: suppress)
    for part in groupParts(content: content, suppress: suppress) { document.blocks += part }
    return document
  }

  /// The title and the overall figures: the document before any group.
  func opening(content: Content, suppress: Bool = true) -> Document {
    let layout = TeamSummaryLayout(content: content, suppress: suppress)
    var document = Document()
    document.title("Team summary")
    document.paragraph(
      "Aggregate figures from saved reviews: no case, label or note is shown. Drawn from "
        + "\"The Myth of Invisible Men\" (content \(content.version)"
        + (content.local.map { "; local procedures: \($0.named)" } ?? "") + ").")
    document.paragraph(layout.smallNumbersSentence)
    if field == .relationship { document.paragraph(relationshipSentence(layout)) }
    document.paragraph(
      "What the figures counted once per review mean. " + ReviewFigureDefinitions.text)
    if let field, unreadableDates > 0, !layout.within(overall).withholdsEverything {
      // The count through the small-number rule, as every figure.
      let shown = layout.within(overall).count(unreadableDates)
      let reviews = shown == "1" ? "1 review has a date" : "\(shown) reviews have dates"
      document.paragraph(
        "\(reviews) that \(shown == "1" ? "is" : "are") not written year-month-day (as "
          + "2026-11-18 is), counted under \"\(field.columnTitle(SummaryField.notRecorded))\" "
          + "with the reviews without a date.")
    }
    document.blocks += section(overall, layout: layout)
    // Fewer than 10 reviews: no figure is shown, so no table of "withheld" either.
    if layout.within(overall).withholdsEverything { return document }
    // Re-review chains and agreed actions (`+Chains`).
    for sentence in layout.within(overall).chainSentences(chains) {
      document.paragraph(sentence)
    }
    document.blocks += layout.within(overall).actionBlocks(overall)
    document.blocks += layout.within(overall).supervisionBlocks(overall)
    // With a split by month, quarter or year: the key figures of each period (`+Charts`).
    document.blocks += overTime(layout: layout.within(overall))
    document.blocks += layout.within(overall).panelQuestions(overall)
    return document
  }

  /// What a split by relationship counts where, said once in the output.
  private func relationshipSentence(_ layout: TeamSummaryLayout) -> String {
    "Split by the men's relationship to the baby: a review counts in the group of each "
      + "relationship it records a man of, so the groups can add up to more than the "
      + "\(layout.within(overall).count(overall.reviews)) reviews. Within a group, the figures "
      + "about men (every man seen, at least one man unseen, a detailed picture of every man, "
      + "contact planned for safety, the men seen) count only the men of that relationship; "
      + "complete, the case items and the gaps per review count the whole review. Reviews that "
      + "record no man are in \"No man recorded\"."
  }

  /// The overall figures' blocks.
  private func section(_ summary: TeamSummary, layout: TeamSummaryLayout) -> [Block] {
    // Every figure of the section through the layout for its reviews, so that small numbers
    // are withheld alike in every table.
    let layout = layout.within(summary)
    var blocks: [Block] = []
    if layout.withholdsEverything {
      blocks.append(
        .paragraph(
          RichText(
            "Fewer than \(TeamSummaryLayout.smallestSet) reviews: every figure is withheld, "
              + "since so few may be one practitioner's cases. For the figures, within the team "
              + "only, run the summary again with --no-suppress.")))
      return blocks
    }
    blocks.append(.paragraph(RichText(layout.headline(summary, skipped: skipped))))
    blocks.append(
      .paragraph(
        RichText(
          layout.oneReviewOneCount(
            duplicates: duplicates, differing: reviewsWithDifferingCopies,
            casesWithSeveralReviews: casesWithSeveralReviews))))
    blocks.append(.paragraph(RichText(layout.unknownShare(summary))))
    // A table's title is the heading of a part. Printed, a table is kept whole on one page,
    // and a heading with what follows.
    for (heading, table) in layout.tables(summary) {
      blocks.append(.heading(Heading(level: 2, text: heading)))
      blocks.append(.group(Group(arrangement: .together, blocks: [.table(table)])))
    }
    return blocks
  }
}

/// The summary's figures as tables: shares of the men and of the reviews, practice weakest first
/// and by tier, and what is known about the men.
struct TeamSummaryLayout {
  var content: Content
  /// Whether small numbers are withheld (`TeamSummary+SmallNumbers`).
  var suppress = true
  /// The number of reviews the figures being laid out rest on (`within(_:)`), when known.
  var reviewsBehind: Int?

  init(content: Content, suppress: Bool = true) {
    self.content = content
    self.suppress = suppress
  }

  static let practiceColumns = ["in place", "yes", "partly", "no", "unknown", "n/a", "no answer"]
  /// The note's sentence when some practice item was answered by no review.
  static let unansweredLast =
    "Items no review answered at all (records made before they were asked) come last."
  static let knowledgeColumns = ["not known", "present", "none found", "unknown", "no answer"]

  func headline(_ summary: TeamSummary, skipped: Int?) -> String {
    let reviews = count(summary.reviews)
    let men = count(summary.men)
    // Plural by the words shown, never by the exact count they may stand for.
    var text =
      (suppress ? "About " : "") + "\(reviews) review\(reviews == "1" ? "" : "s"), "
      + (men == Self.withheld ? "men: withheld" : "\(men) m\(men == "1" ? "a" : "e")n")
      + (suppress ? " (counts rounded to the nearest 5)." : ".")
    if let skipped, skipped > 0 {
      text +=
        " \(skipped) file\(skipped == 1 ? "" : "s") skipped (not review records seen could read)."
    }
    return text
  }

  /// "Each review counted once: 1 duplicate copy left out; 2 cases have more than one review."
  /// The cases are counted like reviews: rounded, or "<5".
  func oneReviewOneCount(duplicates: Int, differing: Int = 0, casesWithSeveralReviews cases: Int)
    -> String
  {
    let copies = TeamAttention.copiesLeftOut(duplicates, differing: differing, kept: "counted")
    let shownCases = count(cases)
    let several =
      switch shownCases {
      case "0": "no case has"
      case "1": "1 case has"
      case Self.withheld: "the number of cases with"
      default: "\(shownCases) cases have"
      }
    return
      "Each review counted once: \(copies.isEmpty ? "no duplicate copy left out" : copies); \(several) more than one review."
  }

  /// The share of the answers about the men's lives not known, over the risk factors some
  /// review answered (an item older records were never asked would count as all unknown).
  func unknownShare(_ summary: TeamSummary) -> String {
    let answered = content.riskFactors.map { summary.counts($0.id) }.filter(\.isAnswered)
    let reading = notKnownReading(answered)
    let left =
      answered.count < content.riskFactors.count
      ? " Risk factors no review answered (records made before they were asked) are left out."
      : ""
    guard case .tenths = reading else {
      return "What is not known: the share of the answers about the men's lives (the review's "
        + "risk factors) that are \"not known\" or not answered is withheld (small numbers)."
        + left
    }
    return "What is not known: \(words(reading)) of the answers about the men's "
      + "lives (the review's risk factors) are \"not known\" or not answered." + left
  }

  /// The share not known or not answered of risk factors' answers, from the counts as shown.
  func notKnownReading(_ items: [AnswerCounts]) -> ShareReading {
    var shown = 0
    var total = 0
    var exact = 0
    var exactTotal = 0
    for counts in items {
      shown += shownSum([counts.unknown + counts.unanswered])
      total += shownSum([counts.total])
      exact += counts.unknown + counts.unanswered
      exactTotal += counts.total
    }
    return reading(shown: shown, of: total, exactly: exact, of: exactTotal)
  }

  /// Each table with its title.
  func tables(_ summary: TeamSummary) -> [(String, Table)] {
    let lives: [(String, Bool?)] = [
      ("lives with the baby", true), ("does not", false), ("not known", nil),
    ]
    let levels = ConfidenceLevel.allCases.map { Optional($0) } + [nil]
    return reviewFigureTables(summary) + [
      (
        "Men by relationship to the baby",
        shares(
          "men", of: summary.men,
          Relationship.allCases.map { ($0.words, summary.relationships[$0] ?? 0) })
      ),
      (
        "Lives with the baby",
        shares("men", of: summary.men, lives.map { ($0.0, summary.livesWithBaby[$0.1] ?? 0) })
      ),
      (
        "How the men were seen",
        shares(
          "men", of: summary.men,
          Visibility.summaryOrder.map { ($0.words, summary.visibility[$0] ?? 0) })
      ),
      (
        "Confidence in work with men",
        shares(
          "reviews", of: summary.reviews,
          levels.map { ($0?.words ?? "not given", summary.confidence[$0] ?? 0) })
      ),
      ("Practice, weakest first", practice(summary)),
      ("Practice by tier", tiers(summary)),
      ("What is known about the men", knowledge(summary)),
    ]
  }

  /// "birth father  3  75.0%": a count and its share of the total, for each row.
  private func shares(_ unit: String, of total: Int, _ rows: [(String, Int)]) -> Table {
    table(
      label: "", [unit, "share"],
      rows: rows.map { name, number in [name, count(number), percent(number, of: total)] })
  }

  private func practice(_ summary: TeamSummary) -> Table {
    table(
      label: "item", Self.practiceColumns,
      rows: practiceItemsWeakestFirst(summary).map { item in
        practiceRow(
          item.title + (item.scope == .case ? "\u{00A0}*" : ""), summary.counts(item.id))
      },
      note:
        "* asked once for each case; the rest once for each man. In place: yes, or not applicable with a reason."
        + (summary.hasUnansweredItems(content: content)
          ? " " + Self.unansweredLast + " \(TeamSummaryLayout.noAnswer): no review answered it."
          : "")
    )
  }

  /// Each tier's practice items added up, from their counts as shown; a tier with no practice
  /// item (tier 4, service design) has no row, and items no review answered are left out.
  private func tiers(_ summary: TeamSummary) -> Table {
    let rows: [[String]] = content.tiers.compactMap { tier in
      let items = content.checklist.filter { $0.tier == tier.number && $0.kind == .practice }
      guard !items.isEmpty else { return nil }
      let shown = shownPractice(items.map { summary.counts($0.id) }.filter(\.isAnswered))
      return ["Tier \(tier.number)", words(inPlaceReading(shown))]
        + [shown.yes, shown.partly, shown.no, shown.unknown, shown.na, shown.unanswered].map(
          derivedCount)
    }
    return table(
      label: "tier", Self.practiceColumns, rows: rows,
      note: content.tiers.map { "Tier \($0.number): \($0.title)" }.joined(separator: ". ") + ". "
        + "Each tier's answers are its items' counts as shown above, added up"
        + (suppress ? " (a \"<5\" as 0)" : "") + "; items no review answered are left out.")
  }

  private func knowledge(_ summary: TeamSummary) -> Table {
    table(
      label: "risk factor", Self.knowledgeColumns,
      rows: content.riskFactors.map { factor in
        let counts = summary.counts(factor.id)
        return [
          content.item(factor.id)?.title ?? factor.title,
          counts.isAnswered ? words(notKnownReading([counts])) : TeamSummaryLayout.noAnswer,
          count(counts.present), count(counts.absent), count(counts.unknown),
          count(counts.unanswered),
        ]
      })
  }

  private func practiceRow(_ label: String, _ counts: AnswerCounts) -> [String] {
    [
      label,
      counts.isAnswered
        ? words(inPlaceReading(shownPractice([counts]))) : TeamSummaryLayout.noAnswer,
      count(counts.yes),
      count(counts.partly),
      count(counts.no), count(counts.unknown), count(counts.na), count(counts.unanswered),
    ]
  }

  /// A label column (a row's name, typed text for no row) and number columns.
  func table(label: String, _ numbers: [String], rows: [[String]], note: String? = nil)
    -> Table
  {
    Table(
      caption: nil, instruction: nil,
      columns: [Table.Column(title: label, role: .label)]
        + numbers.map { Table.Column(title: $0, role: .number) },
      rows: rows.map { row in row.map { Table.Cell(RichText($0)) } },
      note: note.map { RichText($0) })
  }
}
