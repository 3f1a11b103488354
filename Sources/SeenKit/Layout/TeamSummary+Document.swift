/// The team summary laid out once, for every writer (text, Markdown, HTML, PDF): the headline
/// figures, then each table under its own heading, with a label column and number columns; with
/// `--by`, each group as a section of its own with the same headline and tables. CSV and JSON are
/// data exports of the counts (`SummaryRenderer+CSV`, `+JSON`) and never come here.
///
/// Aggregate only: nothing of a case reaches it. The only typed text is a group's name (a role,
/// a date or a cohort), which `SafeDocument` makes safe for each writer like any other string.
extension GroupedSummary {
  func document(content: Content) -> Document {
    var document = opening(content: content)
    for part in groupParts(content: content) { document.blocks += part }
    return document
  }

  /// The title and the overall figures: the document before any group.
  func opening(content: Content) -> Document {
    var document = Document()
    document.title("Team summary")
    document.paragraph(
      "Aggregate figures from saved reviews: no case, label or note is shown. Drawn from "
        + "\"The Myth of Invisible Men\" (content \(content.version)).")
    if let field, unreadableDates > 0 {
      let reviews =
        unreadableDates == 1 ? "1 review has a date" : "\(unreadableDates) reviews have dates"
      document.paragraph(
        "\(reviews) that \(unreadableDates == 1 ? "is" : "are") not year-month-day (such as "
          + "2026-11-18), counted under \"\(field.notRecordedTitle)\".")
    }
    let layout = TeamSummaryLayout(content: content)
    document.blocks += section(nil, overall, layout: layout)
    // With a split by month, quarter or year: the key figures of each period (`+Charts`).
    document.blocks += overTime(layout: layout)
    return document
  }

  /// Each group's blocks, laid out only when read, so that a summary of many groups is written
  /// a group at a time.
  func groupParts(content: Content) -> LazyMapSequence<
    [(title: String?, summary: TeamSummary)], [Block]
  > {
    let layout = TeamSummaryLayout(content: content)
    return groupSections.lazy.map { section($0.title, $0.summary, layout: layout) }
  }

  /// A section's blocks: under a group's title, or the overall figures without one.
  private func section(_ title: String?, _ summary: TeamSummary, layout: TeamSummaryLayout)
    -> [Block]
  {
    var blocks: [Block] = []
    // A group's heading and headline are kept on one page with its first table, so that a
    // printed group never starts with its title alone at the foot of a page.
    var opening: [Block] = []
    if let title { opening.append(.heading(Heading(level: 2, text: title))) }
    opening.append(
      .paragraph(RichText(layout.headline(summary, skipped: title == nil ? skipped : nil))))
    if title == nil {
      opening.append(
        .paragraph(
          RichText(
            layout.oneReviewOneCount(
              duplicates: duplicates, casesWithSeveralReviews: casesWithSeveralReviews))))
    }
    opening.append(.paragraph(RichText(layout.unknownShare(summary))))
    // A table's title is the heading of a part: under the title, or under the group's
    // heading. Printed, a table is kept whole on one page, and a heading with what follows.
    for (index, (heading, table)) in layout.tables(summary).enumerated() {
      let tableHeading = Block.heading(Heading(level: title == nil ? 2 : 3, text: heading))
      if index == 0 && title != nil {
        blocks.append(
          .group(Group(arrangement: .together, blocks: opening + [tableHeading, .table(table)])))
        continue
      }
      if index == 0 { blocks += opening }
      blocks.append(tableHeading)
      blocks.append(.group(Group(arrangement: .together, blocks: [.table(table)])))
    }
    return blocks
  }

  /// The overall figures, then each group's. A recorded value is titled "role: Health
  /// visitor"; the records without one "No role recorded", which no value can be titled.
  var sections: [(title: String?, summary: TeamSummary)] {
    [(nil, overall)] + groupSections
  }

  /// Each group's title and figures.
  private var groupSections: [(title: String?, summary: TeamSummary)] {
    let name = field?.rawValue ?? "group"
    return groupNames.map { value in
      (
        value == SummaryField.notRecorded
          ? (field?.notRecordedTitle ?? "Not recorded") : "\(name): \(value)",
        groups[value] ?? TeamSummary()
      )
    }
  }
}

/// The summary's figures as tables: shares of the men and of the reviews, practice weakest first
/// and by tier, and what is known about the men.
struct TeamSummaryLayout {
  var content: Content

  static let practiceColumns = ["in place", "yes", "partly", "no", "unknown", "n/a", "no answer"]
  static let knowledgeColumns = ["not known", "present", "none found", "unknown", "no answer"]

  func headline(_ summary: TeamSummary, skipped: Int?) -> String {
    var text =
      "\(summary.reviews) review\(summary.reviews == 1 ? "" : "s"), \(summary.men) m\(summary.men == 1 ? "a" : "e")n."
    if let skipped, skipped > 0 {
      text += " \(skipped) file\(skipped == 1 ? "" : "s") skipped (not valid review records)."
    }
    return text
  }

  /// "Each review counted once: 1 duplicate copy left out; 2 cases have more than one review."
  func oneReviewOneCount(duplicates: Int, casesWithSeveralReviews cases: Int) -> String {
    let copies =
      switch duplicates {
      case 0: "no duplicate copy"
      case 1: "1 duplicate copy"
      default: "\(duplicates) duplicate copies"
      }
    let several =
      switch cases {
      case 0: "no case has"
      case 1: "1 case has"
      default: "\(cases) cases have"
      }
    return "Each review counted once: \(copies) left out; \(several) more than one review."
  }

  func unknownShare(_ summary: TeamSummary) -> String {
    var unknown = 0
    var total = 0
    for factor in content.riskFactors {
      let counts = summary.counts(factor.id)
      unknown += counts.unknown + counts.unanswered
      total += counts.total
    }
    return "What is not known: \(percent(unknown, of: total)) of the answers about the men's "
      + "lives (the review's risk factors) are \"not known\" or not answered."
  }

  /// Each table with its title.
  func tables(_ summary: TeamSummary) -> [(String, Table)] {
    let lives: [(String, Bool?)] = [
      ("lives with the baby", true), ("does not", false), ("not known", nil),
    ]
    let levels = ConfidenceLevel.allCases.map { Optional($0) } + [nil]
    return [
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
      rows: rows.map { name, count in [name, String(count), percent(count, of: total)] })
  }

  private func practice(_ summary: TeamSummary) -> Table {
    table(
      label: "item", Self.practiceColumns,
      rows: summary.practiceItemsWeakestFirst(content: content).map { item in
        practiceRow(item.title + (item.scope == .case ? " *" : ""), summary.counts(item.id))
      },
      note:
        "* asked once for each case; the rest once for each man. In place: yes, or not applicable with a reason."
    )
  }

  private func tiers(_ summary: TeamSummary) -> Table {
    table(
      label: "tier", Self.practiceColumns,
      rows: content.tiers.compactMap { tier in
        let counts = summary.tierCounts(tier.number, content: content)
        let asked = content.checklist.contains { $0.tier == tier.number && $0.kind == .practice }
        return counts.total > 0 || asked ? practiceRow("Tier \(tier.number)", counts) : nil
      },
      note: content.tiers.map { "Tier \($0.number): \($0.title)" }.joined(separator: ". ") + ".")
  }

  private func knowledge(_ summary: TeamSummary) -> Table {
    table(
      label: "risk factor", Self.knowledgeColumns,
      rows: content.riskFactors.map { factor in
        let counts = summary.counts(factor.id)
        return [
          content.item(factor.id)?.title ?? factor.title,
          percent(counts.unknown + counts.unanswered, of: counts.total),
          String(counts.present), String(counts.absent), String(counts.unknown),
          String(counts.unanswered),
        ]
      })
  }

  private func practiceRow(_ label: String, _ counts: AnswerCounts) -> [String] {
    [
      label, percent(counts.inPlace, of: counts.total), String(counts.yes), String(counts.partly),
      String(counts.no), String(counts.unknown), String(counts.na), String(counts.unanswered),
    ]
  }

  /// A label column (a row's name, typed text for no row) and number columns.
  private func table(label: String, _ numbers: [String], rows: [[String]], note: String? = nil)
    -> Table
  {
    Table(
      caption: nil, instruction: nil,
      columns: [Table.Column(title: label, role: .label)]
        + numbers.map { Table.Column(title: $0, role: .number) },
      rows: rows.map { row in row.map { Table.Cell(RichText($0)) } },
      note: note.map { RichText($0) })
  }

  /// "43.5%", rounded in integers as in the CSV.
  func percent(_ count: Int, of total: Int) -> String {
    SummaryRenderer.percent(count, of: total) + "%"
  }
}
