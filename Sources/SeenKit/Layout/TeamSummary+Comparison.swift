/// With `--by`, the groups side by side (issue 15, point 3): one row for each key figure, one
/// column for each group, and with exactly two groups the difference between them. As many
/// groups as fit in 80 columns of text and of Markdown go in one table; the rest follow in more
/// tables of the same rows, a table at a time, so that a split into many groups is never held
/// whole. Each group's full figures are in the JSON and CSV exports.
extension GroupedSummary {
  /// The groups' tables, laid out only when read, a few groups at a time.
  func groupParts(content: Content, suppress: Bool = true) -> LazyMapSequence<
    [SummaryComparison.Chunk], [Block]
  > {
    let comparison = SummaryComparison(self, content: content, suppress: suppress)
    // A summary withheld whole shows no group either.
    let withheld = TeamSummaryLayout(content: content, suppress: suppress).within(overall)
      .withholdsEverything
    return (withheld ? [] : comparison.chunks).lazy.map { comparison.blocks($0) }
  }
}

/// The groups side by side.
struct SummaryComparison {
  /// The groups of one table: where they are in `names`, and the longest a group's name may be
  /// in a column's title before it is shortened.
  struct Chunk {
    var groups: Range<Int>
    var longestTitle: Int
  }

  /// A key figure: one row.
  enum Row {
    case reviews
    /// With suppression on: the most a share of the column can be off by, from rounding.
    case margin
    case figure(ReviewFigure)
    case menSeen
    case item(ChecklistItem)
    /// Agreed actions done by their date, or overdue: shares of the group's agreed actions
    /// (`TeamSummary+Chains`); rows only when some review agreed an action.
    case actionsOnTime
    case actionsOverdue
  }

  /// The text width both text and Markdown fit in.
  static let width = 80
  /// The most groups in one table, so that a table stays readable and fits a page of A4.
  static let mostGroups = 4
  /// Names longer than this are shortened in a column's title, with a note.
  static let longestTitle = 30
  /// The widest figure in a cell: "nearly all".
  static let widestCell = TeamSummaryLayout.nearlyAll.count
  static let differenceTitle = "difference"

  let summary: GroupedSummary
  let field: SummaryField
  let layout: TeamSummaryLayout
  let names: [String]
  let rows: [Row]
  private(set) var chunks: [Chunk] = []
  /// The label column's widths, measured once: its longest label as text and as Markdown,
  /// and its longest word.
  private let labelWidth: Int
  private let markdownLabelWidth: Int
  private let longestLabelWord: Int

  init(_ summary: GroupedSummary, content: Content, suppress: Bool) {
    self.summary = summary
    self.field = summary.field ?? .cohort
    self.layout = TeamSummaryLayout(content: content, suppress: suppress)
    self.names = summary.field == nil ? [] : summary.shownGroupNames
    let rows: [Row] =
      [.reviews] + (suppress ? [.margin] : []) + ReviewFigure.allCases.map(Row.figure) + [.menSeen]
      + TeamSummaryLayout(content: content, suppress: suppress).within(summary.overall)
      .practiceItemsWeakestFirst(summary.overall).map(Row.item)
      + (summary.overall.actions.all.agreed > 0 ? [.actionsOnTime, .actionsOverdue] : [])
    self.rows = rows
    let labels = rows.map { Self.label($0) }
    labelWidth = labels.map(\.count).max() ?? 0
    markdownLabelWidth = labels.map(\.markdownEscaped.count).max() ?? 0
    longestLabelWord = labels.map(Self.longestWord).max() ?? 0
    self.chunks = packed()
  }

  var hasDifference: Bool { names.count == 2 }

  /// A row's label: a figure in `ReviewFigure`'s words (up to a colon: what follows it is in
  /// the note), an item's title.
  func label(_ row: Row) -> String { Self.label(row) }

  static func label(_ row: Row) -> String {
    switch row {
    case .reviews: return "reviews"
    case .margin: return "shares off by up to"
    case .figure(let figure):
      return String(figure.words.prefix { $0 != ":" })
    case .menSeen: return "men seen (share of the men)"
    // The mark held to the title's last word, never alone on a line of its own.
    case .item(let item): return item.title + (item.scope == .case ? "\u{00A0}*" : "")
    case .actionsOnTime: return "agreed actions done by their date"
    case .actionsOverdue: return "agreed actions overdue"
    }
  }

  /// A group's name as a column's title, shortened to `longest` characters in the middle, so
  /// that names that differ only at the end ("Workshop, Wiltshire team: before" and "…: after")
  /// stay apart.
  func title(_ name: String, longest: Int) -> String {
    let title = field.columnTitle(name).terminalSafe
    guard title.count > longest else { return title }
    let tail = (longest - 1) / 2
    let head = longest - 1 - tail
    return String(title.prefix(head)).trailingSpacesRemoved + "\u{2026}"
      + String(String(title.suffix(tail)).drop { $0 == " " })
  }

  /// The groups in tables of as many as fit; two groups always in one table, shortened to fit
  /// if they must be, for the difference between them.
  private func packed() -> [Chunk] {
    if hasDifference {
      let longest =
        [Self.longestTitle, 20, 14, 10, 8].first { longest in
          fits(names.map { title($0, longest: longest) })
        } ?? 8
      return [Chunk(groups: 0..<2, longestTitle: longest)]
    }
    var chunks: [Chunk] = []
    var start = 0
    var titles: [String] = []
    for (index, name) in names.enumerated() {
      let next = title(name, longest: Self.longestTitle)
      if !titles.isEmpty && (titles.count == Self.mostGroups || !fits(titles + [next])) {
        chunks.append(Chunk(groups: start..<index, longestTitle: Self.longestTitle))
        start = index
        titles = []
      }
      titles.append(next)
    }
    if !titles.isEmpty {
      chunks.append(Chunk(groups: start..<names.count, longestTitle: Self.longestTitle))
    }
    return balanced(chunks) ?? chunks
  }

  /// The same number of tables with the groups shared out evenly (four quarters as two and
  /// two, not three and one alone on a page), when every table still fits; nil otherwise.
  private func balanced(_ chunks: [Chunk]) -> [Chunk]? {
    guard chunks.count > 1 else { return nil }
    var balanced: [Chunk] = []
    var start = 0
    for index in 0..<chunks.count {
      let size = (names.count - start + (chunks.count - index) - 1) / (chunks.count - index)
      let range = start..<(start + size)
      guard fits(names[range].map { title($0, longest: Self.longestTitle) }) else { return nil }
      balanced.append(Chunk(groups: range, longestTitle: Self.longestTitle))
      start += size
    }
    return balanced
  }

  /// Whether a table with these groups' titles fits 80 columns as text (the text writer's own
  /// column widths, with no word wider than its column) and as Markdown (a row on one line).
  func fits(_ titles: [String]) -> Bool {
    let titles = titles + (hasDifference ? [Self.differenceTitle] : [])
    let natural = [labelWidth] + titles.map { max($0.count, Self.widestCell) }
    let widths = TextWriter.columnWidths(natural: natural, labelFirst: true, width: Self.width)
    let line = 2 + widths.reduce(0, +) + 2 * (widths.count - 1)
    guard line <= Self.width, longestLabelWord <= widths[0],
      zip(titles, widths.dropFirst()).allSatisfy({ Self.longestWord($0) <= $1 })
    else { return false }
    // Markdown: "| label | 12.5% | ... |", and the titles' row "|  | name | ... |".
    let markdownRow = 4 + markdownLabelWidth + titles.count * (3 + Self.widestCell)
    let markdownTitles = 4 + titles.map { 3 + $0.markdownEscaped.count }.reduce(0, +)
    return markdownRow <= Self.width && markdownTitles <= Self.width
  }

  private static func longestWord(_ text: String) -> Int {
    text.split(separator: " ").map(\.count).max() ?? 0
  }

  /// A chunk's blocks: the section's heading and what it shows before the first table.
  func blocks(_ chunk: Chunk) -> [Block] {
    var blocks: [Block] = []
    // The heading and what it says kept on one page with the first table, never left alone
    // at a page's foot.
    if chunk.groups.lowerBound == 0 {
      blocks.append(.heading(Heading(level: 2, text: "By \(field.rawValue), side by side")))
      blocks.append(.paragraph(RichText(introduction)))
    }
    blocks.append(.table(table(chunk)))
    return [.group(Group(arrangement: .together, blocks: blocks))]
  }

  private var introduction: String {
    let count = names.count
    return
      "\(count) group\(count == 1 ? "" : "s"), one column each"
      + (hasDifference ? ", and the difference between the two" : "")
      + (chunks.count > 1 ? ", in \(chunks.count) tables of the same rows" : "")
      + ". Each figure is a share of the group's reviews, but for the men seen (a share of the "
      + "group's men) and the practice items (the share of the times each was asked that it is "
      + "in place: yes, or not applicable with a reason). Practice items weakest first over all "
      + "reviews. The JSON and CSV exports give every figure of every group."
  }

  /// A per-review figure of a group and the reviews it is a share of. Split by relationship, the
  /// figures about men count only the men of the group's relationship, as the table "Reviews by
  /// the men's relationship to the baby" does: "every man seen" under "step-father" is every
  /// step-father seen, one meaning for one label. Complete and no man recorded are about the
  /// whole review.
  func figureCount(_ figure: ReviewFigure, in group: TeamSummary, named name: String) -> (
    Int, Int
  ) {
    if field == .relationship, let relationship = Relationship(rawValue: name) {
      let men = group.perReview.group(relationship)
      if let count = figure.count(in: men) { return (count, men.reviews) }
    }
    return (figure.count(in: group.perReview), group.reviews)
  }

  func table(_ chunk: Chunk) -> Table {
    let groupNames = Array(names[chunk.groups])
    let summaries = groupNames.map { summary.groups[$0] ?? TeamSummary() }
    let layouts = summaries.map { layout.within($0) }
    let titles = groupNames.map { title($0, longest: chunk.longestTitle) }
    // Typed text is never run into a paragraph, where it could start a line: the note says
    // that names were shortened, and names the baseline only in quotes within a sentence.
    let shortened = zip(titles, groupNames).contains { $0 != field.columnTitle($1).terminalSafe }
    var columns = [Table.Column(title: "", role: .label)]
    columns += titles.map { Table.Column(title: $0, role: .number) }
    if hasDifference { columns.append(Table.Column(title: Self.differenceTitle, role: .number)) }
    let cells: [[String]] = rows.map { row in
      var cells = [label(row)]
      var shares: [Int?] = []
      for (offset, (summary, layout)) in zip(summaries, layouts).enumerated() {
        let reading: TeamSummaryLayout.ShareReading
        switch row {
        case .reviews:
          cells.append(layout.count(summary.reviews))
          continue
        case .margin:
          cells.append(layout.margin(of: summary.reviews).map { "±\($0) points" } ?? "")
          continue
        case .figure(let figure):
          let (count, total) = figureCount(figure, in: summary, named: groupNames[offset])
          reading = layout.reading(count, of: total)
        case .menSeen:
          reading = layout.reading(summary.visibility[.seen] ?? 0, of: summary.men)
        case .item(let item):
          let counts = summary.counts(item.id)
          guard counts.isAnswered || layout.withholdsEverything else {
            cells.append(TeamSummaryLayout.noAnswer)
            shares.append(nil)
            continue
          }
          reading = layout.inPlaceReading(layout.shownPractice([counts]))
        case .actionsOnTime:
          reading = layout.reading(
            summary.actions.all.doneByItsDate, of: summary.actions.all.agreed)
        case .actionsOverdue:
          reading = layout.reading(summary.actions.all.overdue, of: summary.actions.all.agreed)
        }
        if case .tenths(let tenths) = reading { shares.append(tenths) } else { shares.append(nil) }
        cells.append(layout.words(reading))
      }
      if hasDifference {
        // No difference of items no review answered: the same mark as their cells.
        let unanswered = cells.dropFirst().contains(TeamSummaryLayout.noAnswer)
        cells.append(
          !row.hasShares || shares.count != 2
            ? "" : unanswered ? TeamSummaryLayout.noAnswer : layout.difference(shares[0], shares[1])
        )
      }
      return cells
    }
    var notes = ["* asked once for each case; the rest once for each man."]
    if layout.suppress {
      notes.append(
        "Shares are of counts rounded to the nearest 5: \"shares off by up to\" is the most "
          + "rounding can move a share of the column's reviews (less for shares of its men), so "
          + "a difference smaller than the two columns' figures added together may come from "
          + "rounding alone. few: 1 to 4; nearly all: all but 1 to 4.")
    }
    if field == .relationship {
      notes.append(
        "The figures about men, and the items asked for each man, count only the men of the "
          + "column's relationship, as in \"Reviews by the men's relationship to the baby\"; "
          + "complete and the items marked * count the whole review.")
    }
    if summary.overall.hasUnansweredItems(content: layout.content) {
      notes.append(TeamSummaryLayout.unansweredLast)
      notes.append("\(TeamSummaryLayout.noAnswer): no review of the group answered the item.")
    }
    for figure in ReviewFigure.allCases where figure.words.contains(":") {
      notes.append("\(figure.words.prefix(1).uppercased())\(figure.words.dropFirst()).")
    }
    // The baseline is named by its column's title, in quotes within the sentence, made safe
    // for each writer like every title.
    if hasDifference, summary.baseline != nil {
      notes.append(
        "Difference: the second group's share minus the first's, in percentage points; the "
          + "first, \"\(titles[0])\", is the baseline (chosen with --baseline).")
    } else if hasDifference {
      notes.append(
        "Difference: the second group's share minus the first's, in percentage points. Groups "
          + "are in the order of their names (dates in time order), so the first is not always "
          + "the baseline: \"before\" comes after \"after\"; read the sign with the column "
          + "titles, or choose the first with --baseline.")
    } else if summary.baseline != nil, chunk.groups.lowerBound == 0 {
      notes.append(
        "The first group, \"\(titles[0])\", is the baseline (chosen with --baseline); the "
          + "others follow in the order of their names.")
    }
    if shortened {
      notes.append(
        "Names with \"\u{2026}\" are shortened to fit; the JSON and CSV exports give them whole."
      )
    }
    return Table(
      caption: chunks.count == 1
        ? nil
        : chunk.groups.count == 1
          ? "Group \(chunk.groups.upperBound) of \(names.count)"
          : "Groups \(chunk.groups.lowerBound + 1) to \(chunk.groups.upperBound) of \(names.count)",
      instruction: nil, columns: columns,
      rows: cells.map { row in row.map { Table.Cell(RichText($0)) } },
      note: RichText(notes.joined(separator: " ")))
  }
}

extension SummaryComparison.Row {
  /// Whether the row's cells are shares, which a difference can be taken of.
  var hasShares: Bool {
    switch self {
    case .reviews, .margin: return false
    case .figure, .menSeen, .item, .actionsOnTime, .actionsOverdue: return true
    }
  }
}
