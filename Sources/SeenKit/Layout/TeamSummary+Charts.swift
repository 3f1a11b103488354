/// Over time (issue 15, point 5): with `--by month`, `quarter` or `year`, the key figures of each
/// period after the overall figures, as one chart block: in HTML a small bar chart for each
/// figure, everywhere a table (a row for each period, a column for each figure, and the number
/// of reviews). The periods run in time order from the first dated review to the last, a period
/// without a review shown as such, so that the gaps between bars are gaps in time.
///
/// The figures are worded once (`ReviewFigure`); a share is made a drawn value in one place
/// (`OverTimeLayout.value`), through the summary's one small-number rule (`within(_:).share`,
/// `TeamSummary+SmallNumbers`), as every table's shares are.
extension GroupedSummary {
  /// The "Over time" section, or nothing when the summary is not split by a period or no review
  /// has a date.
  func overTime(layout: TeamSummaryLayout) -> [Block] {
    guard let field, field.isPeriod else { return [] }
    return OverTimeLayout(layout: layout).blocks(self, field: field)
  }
}

/// The chart of the key figures for each period.
struct OverTimeLayout {
  var layout: TeamSummaryLayout

  /// The mark of a period with no review (or, for the share of men seen, no man).
  static let none = "none"
  /// The mark of a figure withheld for small numbers, as the tables show it.
  static let withheld = TeamSummaryLayout.withheld
  /// The most periods shown between the first and the last dated review when some have no
  /// review: more, and only the periods with reviews are shown.
  static let mostPeriods = 120

  /// The figures drawn, each a share of the period's reviews with it.
  static let figures: [ReviewFigure] = [.everyManSeen, .anyManUnseen, .everyManDetailed]

  func blocks(_ summary: GroupedSummary, field: SummaryField) -> [Block] {
    let dated = summary.groupNames.filter { $0 != SummaryField.notRecorded }
    guard !dated.isEmpty else { return [] }
    let periods = PeriodRun(field: field, dated: dated)
    let undated = summary.groups[SummaryField.notRecorded]?.reviews ?? 0
    let groups = periods.names.map { summary.groups[$0] ?? TeamSummary() }
    let unit = field.rawValue

    var series = Self.figures.map { figure in
      Chart.Series(
        title: "reviews with " + figure.words,
        values: groups.map { group in
          value(figure.count(in: group.perReview), of: group.reviews, in: group)
        },
        // Short in the table, which the note explains: so that Markdown fits 80 columns.
        heading: figure.columnTitle)
    }
    series.append(
      Chart.Series(
        title: "men " + Visibility.seen.words,
        values: groups.map { group in
          value(group.visibility[.seen] ?? 0, of: group.men, in: group)
        }))
    // A period without a review has 0 of them: nothing to point at.
    // How far rounding can move a share of the period's reviews, beside them.
    let margins = Chart.Series(
      title: "shares off by up to",
      values: groups.map {
        Chart.Value(nil, text: layout.within($0).margin(of: $0.reviews).map { "±\($0)" } ?? "")
      }, heading: "off by")
    let reviews = Chart.Series(
      title: "reviews",
      values: groups.map {
        Chart.Value(nil, text: $0.reviews == 0 ? "0" : layout.within($0).count($0.reviews))
      })

    // The figures in their one wording: "with every man seen, ..., and with a detailed ...".
    var with = Self.figures.map { "with " + $0.words }
    if with.count > 1 { with[with.count - 1] = "and " + with[with.count - 1] }
    let span =
      periods.names.count == 1
      ? "one \(unit), \(periods.names[0])"
      : "\(periods.names.count) \(unit)s, \(periods.names[0]) to \(periods.names[periods.names.count - 1])"
    let lead =
      "The key figures for each \(unit) of the reviews' dates, from the first dated review to "
      + "the last (\(span)): of each \(unit)'s reviews, the share "
      + "\(with.joined(separator: ", ")); of its men, the share seen (a man seen: "
      + "\(Visibility.seen.explanation))."
    let chart = Chart(
      title: "Key figures by \(unit)", lead: RichText(lead), unit: .percent,
      categoryTitle: unit, categories: periods.names, series: series,
      counts: [reviews] + (layout.suppress ? [margins] : []),
      note: RichText(note(series, unit: unit, periods: periods, undated: undated)))
    return [.heading(Heading(level: 2, text: "Over time")), .chart(chart)]
  }

  /// The one place a share becomes a chart's value: its bar and its text ("43.5%", rounded as
  /// every table rounds), or no bar when there is nothing to share of (`none`) or the share is
  /// withheld for small numbers in the period's `group` (`withheld`).
  func value(_ count: Int, of total: Int, in group: TeamSummary) -> Chart.Value {
    // A period with no review has nothing to show; one withheld whole says nothing more, not
    // even that it has no man.
    guard group.reviews > 0 else { return Chart.Value(nil, text: Self.none) }
    let layout = layout.within(group)
    if layout.withholdsEverything { return Chart.Value(nil, text: Self.withheld) }
    guard total > 0 else { return Chart.Value(nil, text: Self.none) }
    let reading = layout.reading(count, of: total)
    switch reading {
    case .tenths(let tenths):
      return Chart.Value(Double(tenths) / 10, text: layout.words(reading))
    case .nearlyAll:
      // Marked at the top, where the share is: never on the axis's 0, which would read low.
      var value = Chart.Value(nil, text: layout.words(reading))
      value.markAtTop = true
      return value
    case .few, .withheld:
      return Chart.Value(nil, text: layout.words(reading))
    }
  }

  /// What the marks mean and what is not in the chart, said only when it applies.
  private func note(
    _ series: [Chart.Series], unit: String, periods: PeriodRun, undated: Int
  ) -> String {
    let texts = Set(series.flatMap { $0.values.filter { $0.value == nil }.map(\.text) })
    // A mark starts its sentence as it is shown, as in a key; other sentences start capitalised.
    // The table's short headings, in the words of the charts' titles.
    let headings = series.compactMap { series in
      series.heading.map { "\($0): \(series.title)" }
    }
    var sentences: [String] = []
    if !headings.isEmpty {
      sentences.append("In the table, " + headings.joined(separator: "; ") + ".")
    }
    if texts.contains(Self.none) {
      sentences.append(
        "\(Self.none): no review dated in that \(unit) (for men seen: no man recorded).")
    }
    if texts.contains(TeamSummaryLayout.few) {
      sentences.append("\(TeamSummaryLayout.few): 1 to 4, so the share is not shown.")
    }
    if texts.contains(TeamSummaryLayout.nearlyAll) {
      sentences.append(
        "\(TeamSummaryLayout.nearlyAll): all but 1 to 4, so the share is not shown.")
    }
    if texts.contains(Self.withheld) {
      sentences.append(
        "\(Self.withheld): the period has fewer than 10 reviews, or the share rests on fewer "
          + "than 5 men, so it is not shown.")
    }
    if layout.suppress && !series.isEmpty {
      sentences.append(
        "Shares are of counts rounded to the nearest 5: \"off by\" is the most, in points, "
          + "rounding can move a share of the period's reviews, so a change smaller "
          + "than two periods' figures added together may come from rounding alone.")
    }
    if !periods.filled {
      sentences.append(
        "The dates span more than \(Self.mostPeriods) \(unit)s, so only the \(unit)s with a "
          + "review are shown.")
    }
    if undated > 0 {
      // The count through the small-number rule: the undated reviews are a group of their own.
      let shown = layout.count(undated)
      let reviews = shown == "1" ? "1 review has" : "\(shown) reviews have"
      sentences.append(
        "\(reviews) no date, or not a year-month-day date, and \(shown == "1" ? "is" : "are") "
          + "not in the chart.")
    }
    return sentences.joined(separator: " ")
  }
}

/// The periods of a chart in time order: every period from the first dated review's to the
/// last's, or only those with a review when that would be too many.
struct PeriodRun {
  var names: [String]
  /// Whether the periods without a review between the first and the last are shown.
  var filled: Bool

  /// `dated`: the names of the periods with a review, sorted, which sorts them in time.
  init(field: SummaryField, dated: [String]) {
    let indices = dated.compactMap { Self.index(of: $0, field: field) }
    guard indices.count == dated.count, let first = indices.first, let last = indices.last,
      last - first < OverTimeLayout.mostPeriods
    else {
      names = dated
      filled = false
      return
    }
    names = (first...last).map { Self.name(of: $0, field: field) }
    filled = true
  }

  /// A period as a count from year 0: "2026-11" is 2026 * 12 + 10; nil for a name that is not
  /// one of the field's periods.
  static func index(of name: String, field: SummaryField) -> Int? {
    let year = Int(name.prefix(4))
    switch field {
    case .month:
      let month = Int(name.dropFirst(5))
      guard name.count == 7, let year, let month, (1...12).contains(month) else { return nil }
      return year * 12 + month - 1
    case .quarter:
      let quarter = Int(name.dropFirst(6))
      guard name.count == 7, name.dropFirst(4).hasPrefix(" Q"), let year, let quarter,
        (1...4).contains(quarter)
      else { return nil }
      return year * 4 + quarter - 1
    case .year:
      guard name.count == 4 else { return nil }
      return year
    default: return nil
    }
  }

  /// The name of the period at `index`, as `SummaryField` writes it.
  static func name(of index: Int, field: SummaryField) -> String {
    func padded(_ number: Int, _ digits: Int) -> String {
      let text = String(number)
      return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
    switch field {
    case .month: return padded(index / 12, 4) + "-" + padded(index % 12 + 1, 2)
    case .quarter: return padded(index / 4, 4) + " Q\(index % 4 + 1)"
    default: return padded(index, 4)
    }
  }
}
