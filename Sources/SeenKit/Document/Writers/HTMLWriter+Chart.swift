/// A chart in HTML: each series a small bar chart drawn as inline SVG (no script, no file, no
/// font fetched: its text takes the page's font), then the chart's table, which gives every
/// value as text. Each drawing is an image to a screen reader, named by its title and values.
///
/// Printed on A4: a few categories set two charts to a row; more, one to a row. However many
/// there are, the bars share the width, and the labels turn upright or are thinned out where
/// they would run into each other (the table under the charts keeps every value).
///
/// Its words arrive escaped (`SafeDocument`); numbers are written with a fixed format, so the
/// same chart gives the same bytes on every machine.
extension HTMLWriter {
  func render(_ chart: Chart, ids: inout HTMLIDs) -> String {
    let geometry = ChartGeometry(chart)
    // The title and the first row of charts kept on one page; each chart is never split.
    let firstRow = geometry.twoToARow ? 2 : 1
    var html =
      "<div class=\"chart\">\n<div class=\"chart-series\(geometry.twoToARow ? "" : " wide")\">\n"
    html += "<div class=\"chart-head\">\n" + (chart.lead.map { "<p>\(inline($0))</p>\n" } ?? "")
    html += "<p class=\"chart-title\">\(chart.title)</p>\n"
    html += "<p class=\"chart-key\">\(Self.chartKey(chart))</p>\n"
    for (index, series) in chart.series.enumerated() {
      html += figure(series, chart: chart, geometry: geometry)
      if index == min(firstRow, chart.series.count) - 1 { html += "</div>\n" }
    }
    if chart.series.isEmpty { html += "</div>\n" }
    html += "</div>\n"
    var table = chart.table
    table.caption = nil
    return html + render(table, ids: &ids) + "</div>\n"
  }

  /// How to read the drawings, in the chart's own words: the axis runs the whole scale, so that
  /// a small change looks small, and the first count (a period's number of reviews) is written
  /// under each category, so that a bar resting on few can be told from one resting on many.
  static func chartKey(_ chart: Chart) -> String {
    var key =
      "Bars on a scale from \(chart.unit.tick(0)) to \(chart.unit.tick(Int(chart.unit.maximum)))"
    if let counts = chart.counts.first {
      key += "; under each \(chart.categoryTitle), its number of \(counts.title)"
    }
    return key + "; every value is in the table under the charts."
  }

  /// One series: its title over its drawing.
  private func figure(_ series: Chart.Series, chart: Chart, geometry: ChartGeometry) -> String {
    let values = chart.categories.indices.map { index in
      "\(chart.categories[index]): \(series.values[safe: index]?.text ?? "")"
    }
    let label = "\(series.title), by \(chart.categoryTitle): " + values.joined(separator: "; ")
    var svg =
      "<svg role=\"img\" aria-label=\"\(label)\" "
      + "viewBox=\"0 0 \(geometry.width.svg) \(geometry.height.svg)\" "
      + "font-size=\"\(geometry.fontSize.svg)\">"
      + "<title>\(label)</title>\n"
    svg += geometry.axis(chart.unit)
    for index in chart.categories.indices {
      svg += geometry.bar(series.values[safe: index] ?? Chart.Value(nil, text: ""), at: index)
    }
    svg += geometry.categoryLabels(chart.categories, counts: chart.counts.first)
    svg += "</svg>"
    return "<figure><figcaption>\(series.title)</figcaption>\n"
      + svg + "\n</figure>\n"
  }
}

/// Where a chart's parts go, in the drawing's own units (about a CSS pixel each when printed
/// on A4): the same for each series of a chart, so that its charts line up.
struct ChartGeometry {
  let count: Int
  let maximum: Double
  let twoToARow: Bool
  let width: Double
  let fontSize = 10.0
  /// Room for the axis's marks on the left.
  let left = 34.0
  let right = 6.0
  let plotHeight: Double
  let top: Double
  let bottom: Double
  /// Each value's label turned upright, as there is no room for it across its bar.
  let uprightValues: Bool
  let uprightCategories: Bool
  /// Every how many categories a label is written: 1, or more when upright labels would touch.
  let valueStep: Int
  let categoryStep: Int
  /// Lines under each category label across: 1 for its count, when the chart has counts.
  let countLines: Int

  init(_ chart: Chart) {
    count = max(1, chart.categories.count)
    maximum = chart.unit.maximum
    twoToARow = chart.categories.count <= 12 && chart.series.count > 1
    width = twoToARow ? 330 : 680
    plotHeight = twoToARow ? 100 : 110
    let slot = (width - left - right) / Double(count)
    let size = fontSize
    let valueText = chart.series.flatMap { $0.values.map(\.text) }
    let longestValue = valueText.map { Self.textWidth($0, size: size) }.max() ?? 0
    let counts = chart.counts.first
    let longestCategory =
      chart.categories.indices.map { index in
        max(
          Self.textWidth(Self.shortened(chart.categories[index]), size: size),
          Self.textWidth(counts?.values[safe: index]?.text ?? "", size: size))
      }.max() ?? 0
    let uprightWithCounts =
      chart.categories.indices.map { index in
        Self.textWidth(
          Self.categoryLabel(chart.categories[index], count: counts?.values[safe: index]),
          size: size)
      }.max() ?? 0
    uprightValues = longestValue > slot - 2
    uprightCategories = longestCategory > slot - 2
    // Upright labels need a line's height each.
    let line = fontSize + 1
    valueStep = uprightValues ? max(1, Int((line / slot).rounded(.up))) : 1
    categoryStep = uprightCategories ? max(1, Int((line / slot).rounded(.up))) : 1
    top = uprightValues ? longestValue + 6 : fontSize + 6
    countLines = counts == nil ? 0 : 1
    bottom =
      uprightCategories
      ? uprightWithCounts + 8 : (fontSize + 2) * Double(1 + countLines) + 6
  }

  var height: Double { top + plotHeight + bottom }
  var slot: Double { (width - left - right) / Double(count) }
  var barWidth: Double { min(slot * 0.64, 44) }
  var baseline: Double { top + plotHeight }

  func centre(_ index: Int) -> Double { left + slot * (Double(index) + 0.5) }

  func y(_ value: Double) -> Double {
    guard value.isFinite else { return baseline }
    return baseline - plotHeight * min(max(value, 0), maximum) / maximum
  }

  /// Lines at 0, 25, 50, 75 and 100% of the axis, marked at 0, 50 and 100%.
  func axis(_ unit: Chart.Unit) -> String {
    var svg = ""
    for quarter in 0...4 {
      let value = maximum * Double(quarter) / 4
      let y = self.y(value)
      let style =
        quarter == 0
        ? "stroke=\"#000\" stroke-width=\"0.8\""
        : "stroke=\"#999\" stroke-width=\"0.5\" stroke-dasharray=\"2 2\""
      svg +=
        "<line x1=\"\(left.svg)\" y1=\"\(y.svg)\" x2=\"\((width - right).svg)\" y2=\"\(y.svg)\" \(style)/>"
      if quarter % 2 == 0 {
        svg +=
          "<text x=\"\((left - 3).svg)\" y=\"\((y + fontSize * 0.35).svg)\" text-anchor=\"end\">"
          + "\(unit.tick(Int(value)))</text>"
      }
      svg += "\n"
    }
    return svg
  }

  /// A value's bar and its label above it (above the axis's top when labels are thinned); no value, no bar: a dashed mark on the axis and the
  /// value's text (which the chart's note explains) in italics.
  func bar(_ value: Chart.Value, at index: Int) -> String {
    let x = centre(index)
    var svg = ""
    var labelY = baseline - 3
    if let number = value.value {
      let top = y(number)
      svg +=
        "<rect x=\"\((x - barWidth / 2).svg)\" y=\"\(top.svg)\" width=\"\(barWidth.svg)\" "
        + "height=\"\((baseline - top).svg)\" fill=\"#555\"/>"
      labelY = top - 3
    } else {
      // The mark on the axis's 0, or at its top for a value near it ("nearly all").
      let markY = value.markAtTop ? y(maximum) + 1 : baseline - 1
      svg +=
        "<line x1=\"\((x - barWidth / 2).svg)\" y1=\"\(markY.svg)\" "
        + "x2=\"\((x + barWidth / 2).svg)\" y2=\"\(markY.svg)\" stroke=\"#000\" "
        + "stroke-width=\"1.5\" stroke-dasharray=\"2 1.5\"/>"
      if value.markAtTop { labelY = y(maximum) - 3 }
    }
    // Labels for every other bar or fewer are wider than a bar: they go in a row above the
    // axis, where no bar runs into them.
    if valueStep > 1 { labelY = top - 3 }
    if index % valueStep == 0 {
      let style = value.value == nil ? " font-style=\"italic\"" : ""
      if uprightValues {
        let baselineX = x + fontSize * 0.35
        svg +=
          "<text x=\"\(baselineX.svg)\" y=\"\(labelY.svg)\" transform=\"rotate(-90 \(baselineX.svg) \(labelY.svg))\"\(style)>"
          + "\(value.text)</text>"
      } else {
        svg +=
          "<text x=\"\(x.svg)\" y=\"\(labelY.svg)\" text-anchor=\"middle\"\(style)>\(value.text)</text>"
      }
    }
    return svg + "\n"
  }

  /// The categories under the axis, across or upright, each with its count when there is one:
  /// on a line of its own under a label across, after an upright one ("2026-01 (12)").
  func categoryLabels(_ categories: [String], counts: Chart.Series? = nil) -> String {
    var svg = ""
    for (index, name) in categories.enumerated() where index % categoryStep == 0 {
      let x = centre(index)
      let count = counts?.values[safe: index]
      if uprightCategories {
        let baselineX = x + fontSize * 0.35
        let y = baseline + 4
        svg +=
          "<text x=\"\(baselineX.svg)\" y=\"\(y.svg)\" transform=\"rotate(-90 \(baselineX.svg) \(y.svg))\" "
          + "text-anchor=\"end\">\(Self.categoryLabel(name, count: count))</text>\n"
      } else {
        svg +=
          "<text x=\"\(x.svg)\" y=\"\((baseline + fontSize + 3).svg)\" text-anchor=\"middle\">"
          + "\(Self.shortened(name))</text>\n"
        if let count {
          svg +=
            "<text x=\"\(x.svg)\" y=\"\((baseline + 2 * fontSize + 5).svg)\" "
            + "text-anchor=\"middle\" fill=\"#444\">\(count.text)</text>\n"
        }
      }
    }
    return svg
  }

  /// An upright category label: the name, shortened, and its count in brackets.
  static func categoryLabel(_ name: String, count: Chart.Value?) -> String {
    shortened(name) + (count.map { " (\($0.text))" } ?? "")
  }

  /// The most characters of a category drawn under the axis: a longer one is cut short with
  /// "…" there (the chart's name and its table give it whole), so that no label makes the
  /// drawing tall.
  static let longestLabel = 16

  /// An escaped label cut to `longestLabel` characters, each entity counted as the one character
  /// it shows and never cut through.
  static func shortened(_ escaped: String) -> String {
    var units: [String] = []
    for character in escaped {
      if let last = units.last, last.hasPrefix("&"), !last.hasSuffix(";") {
        units[units.count - 1].append(character)
      } else {
        units.append(String(character))
      }
    }
    guard units.count > longestLabel else { return escaped }
    return units.prefix(longestLabel - 1).joined() + "…"
  }

  /// A generous guess at the width of text in the page's sans-serif font, from its characters:
  /// enough to decide whether a label fits across its bar. The text is HTML-escaped, so each
  /// entity counts as the one character it shows.
  static func textWidth(_ escaped: String, size: Double) -> Double {
    var characters = 0
    var inEntity = false
    for character in escaped {
      if inEntity {
        if character == ";" { inEntity = false }
        continue
      }
      if character == "&" { inEntity = true }
      characters += 1
    }
    return Double(characters) * size * 0.6
  }
}

extension Double {
  /// The number with at most one decimal, in digits and a point whatever the locale, and the
  /// same on every machine: "12.5", "40", "-3.2".
  /// A number that is not finite, or too large for any drawing, is written as 0: never a trap.
  var svg: String {
    guard isFinite, abs(self) < 1e12 else { return "0" }
    let tenths = Int((self * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10
    let fraction = abs(tenths) % 10
    return sign + String(whole) + (fraction == 0 ? "" : ".\(fraction)")
  }
}
