/// Figures over an ordered run of categories, such as shares of reviews in each quarter: one or
/// more series, each drawn as a small bar chart of its own where the medium can draw (HTML, as
/// inline SVG), and all of them as one table everywhere (`table`): a row for each category, a
/// column for each series. The table is also the chart's text in HTML, so that every value can be
/// read without the picture.
///
/// Not specific to a product: a layout gives the words and the values, each writer draws them.
struct Chart: Equatable, Sendable {
  /// What the values are measured in, and so the chart's axis.
  enum Unit: Equatable, Sendable {
    /// Shares from 0 to 100, on an axis from 0% to 100%.
    case percent

    /// The axis's top value.
    var maximum: Double {
      switch self {
      case .percent: return 100
      }
    }

    /// An axis mark: "50%".
    func tick(_ value: Int) -> String {
      switch self {
      case .percent: return "\(value)%"
      }
    }
  }

  /// One value as drawn and as written.
  struct Value: Equatable, Sendable {
    /// The height of its bar, in the chart's unit; nil draws no bar, only the text as a mark: no
    /// value to show (no review in the period) or one withheld (too few to show).
    var value: Double?
    /// The value in words, as the tables write it: "43.5%", or for no value a short mark that
    /// the chart's note explains, such as "none".
    var text: String
    /// For no value: whether its mark goes at the axis's top rather than at 0, for a value
    /// known to be near the top but withheld ("nearly all").
    var markAtTop = false

    init(_ value: Double?, text: String) {
      self.value = value
      self.text = text
    }
  }

  /// A series of values, one for each category, drawn as its own chart.
  struct Series: Equatable, Sendable {
    /// "reviews with every man seen": the chart's title, and the table's column heading
    /// unless the series has a `heading`.
    var title: String
    var values: [Value]
    /// A short column heading for the table ("all seen"), which the chart's note then
    /// explains, so that the table fits 80 columns of Markdown; nil: the title.
    var heading: String?

    init(title: String, values: [Value], heading: String? = nil) {
      self.title = title
      self.values = values
      self.heading = heading
    }
  }

  /// "Key figures by quarter", the table's caption.
  var title: String
  /// What the chart shows, before it: kept on one page with the chart's start where printed.
  var lead: RichText?
  var unit: Unit
  /// What the categories are, the heading of the table's label column: "quarter".
  var categoryTitle: String
  /// The categories in order, such as the quarters in time order: "2026 Q3".
  var categories: [String]
  /// The series drawn, each a chart.
  var series: [Series]
  /// Figures for each category written in the table but not drawn, such as the number of
  /// reviews in each period.
  var counts: [Series]
  /// Under the chart: what a mark means, what is not in the chart.
  var note: RichText?

  init(
    title: String, lead: RichText? = nil, unit: Unit = .percent, categoryTitle: String,
    categories: [String], series: [Series], counts: [Series] = [], note: RichText? = nil
  ) {
    self.title = title
    self.lead = lead
    self.unit = unit
    self.categoryTitle = categoryTitle
    self.categories = categories
    self.series = series
    self.counts = counts
    self.note = note
  }
}

extension Chart {
  /// The chart as writers that cannot draw write it: its lead, then its table.
  var blocks: [Block] {
    (lead.map { [Block.paragraph($0)] } ?? []) + [.table(table)]
  }

  /// The chart as a table: a row for each category, a column for each series, then the counts.
  /// Every writer that cannot draw writes this, and HTML writes it under the drawings.
  var table: Table {
    let columns = series + counts
    return Table(
      caption: title, instruction: nil,
      columns: [Table.Column(title: categoryTitle, role: .label)]
        + columns.map { Table.Column(title: $0.heading ?? $0.title, role: .number) },
      rows: categories.indices.map { index in
        [Table.Cell(RichText(categories[index]))]
          + columns.map { Table.Cell(RichText($0.values[safe: index]?.text ?? "")) }
      },
      note: note)
  }
}
