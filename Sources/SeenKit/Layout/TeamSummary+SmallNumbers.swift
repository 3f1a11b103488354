/// Small numbers (issue 15, point 4): the one place where a summary's counts and shares are
/// written, so that every table, chart and export withholds the same figures.
///
/// With suppression on (the default; `--no-suppress` turns it off):
/// - every figure of a set of fewer than 10 reviews (a group, or the whole summary) is withheld:
///   so few may be one practitioner's cases, and rounded they would say little;
/// - a count of reviews or men from 1 to 4 is shown as "<5"; 0 is shown;
/// - every other count is rounded to the nearest 5 (12 is "10", 13 is "15");
/// - a share is worked out from the rounded counts and shown in whole percents; one whose count
///   is 1 to 4 reads "few", one 1 to 4 short of its total "nearly all" (rounded, 58 of 60 would
///   read 100%), one whose total is under 5 "withheld";
/// - a difference of two shares is in whole points, and withheld when either share is.
/// In JSON every withheld count is `null`, and `"suppressed": true` and `"roundedTo": 5` say so.
///
/// Why rounding: withholding cell by cell alone lets a withheld count be worked out from exact
/// counts shown beside it (the overall count less the other groups, a row's total less its
/// other cells, a share times its total). With every shown count rounded, and every figure made
/// from shown counts only (a share of the rounded counts; a tier's totals the sums of its
/// items' rounded counts, a "<5" counted as 0), each such sum is known only to within a few
/// reviews, so a count of 1 to 4 cannot be told from the others. This is the rule official
/// statistics use for small areas; rounded figures need not add up, and a share may be off by
/// up to 400 ÷ its rounded total, in points (`margin(of:)`).
///
/// How to use it: take the layout for the set of reviews the figures belong to,
/// `layout.within(summary)`, and write every figure through it: `count(_:)`, `percent(_:of:)`,
/// `reading(_:of:)` and `share(_:of:)` (for charts), `difference(_:_:)`, `median(_:)`,
/// `jsonCount(_:)`, `csvCount(_:)`, `csvPercent(_:of:)`; a figure made of several counts from
/// their `shown(_:)` values, never from the exact ones.
extension TeamSummaryLayout {
  /// The smallest count shown as it is.
  static let smallest = 5
  /// The fewest reviews a set's figures are shown for.
  static let smallestSet = 10
  /// How a withheld figure reads, other than a count of 1 to 4 ("<5").
  static let withheld = "withheld"
  static let under = "<5"
  /// A share resting on 1 to 4 reviews or men, and one 1 to 4 short of all.
  static let few = "few"
  static let nearlyAll = "nearly all"
  /// What an item no review answered reads ("–"): not 0%, which would say none was in place.
  static let noAnswer = "\u{2013}"
  /// Every count shown with suppression on is a multiple of this.
  static let roundingBase = 5

  /// How a share reads.
  enum ShareReading: Equatable {
    /// In tenths of a percent (whole percents, as multiples of 10, with suppression on).
    case tenths(Int)
    case few
    case nearlyAll
    case withheld
  }

  /// The layout for the figures of `summary`: all of them withheld when it holds fewer than 10
  /// reviews.
  func within(_ summary: TeamSummary) -> TeamSummaryLayout {
    var layout = self
    layout.reviewsBehind = summary.reviews
    return layout
  }

  /// The layout for figures resting on `reviews` reviews (a relationship's row): all of them
  /// withheld when there are fewer than 10.
  func within(reviews: Int) -> TeamSummaryLayout {
    var layout = self
    layout.reviewsBehind = reviews
    return layout
  }

  /// Whether every figure of the set is withheld: fewer than 10 reviews.
  var withholdsEverything: Bool {
    suppress && reviewsBehind.map { $0 < Self.smallestSet } == true
  }

  /// Whether a count is shown (rounded). In a withheld set not even a 0 is: the zeros beside a
  /// withheld count would tell it.
  func shows(count: Int) -> Bool {
    !suppress || (!withholdsEverything && (count == 0 || count >= Self.smallest))
  }

  /// The count as shown: nil when withheld, rounded to the nearest 5 with suppression on
  /// (so 1 to 4 are withheld, 5 to 7 are 5, 8 to 12 are 10), as it is without.
  func shown(_ count: Int) -> Int? {
    guard suppress else { return count }
    guard shows(count: count) else { return nil }
    return Self.rounded(count)
  }

  /// The sum of counts as a reader could make it from the shown ones: each rounded, a "<5"
  /// counted as 0. A tier's totals, the share of what is not known: figures made of several
  /// counts, which must tell no more than the counts shown.
  func shownSum(_ counts: [Int]) -> Int {
    suppress ? counts.reduce(0) { $0 + (shown($1) ?? 0) } : counts.reduce(0, +)
  }

  /// `count` to the nearest multiple of 5; halves cannot occur in whole numbers.
  static func rounded(_ count: Int) -> Int {
    let rest = count % roundingBase
    return rest * 2 < roundingBase ? count - rest : count - rest + roundingBase
  }

  /// A count of reviews or men: "12" (or "10", rounded), "0", "<5", or "withheld" in a set of
  /// fewer than 10 reviews.
  func count(_ count: Int) -> String {
    if let shown = shown(count) { return String(shown) }
    return (1..<Self.smallest).contains(count) && !withholdsEverything ? Self.under : Self.withheld
  }

  /// How the share `count` of `total` reads. With suppression on it is the share of the rounded
  /// counts, in whole percents, so that it tells no more than they do: an exact share beside a
  /// rounded total would give the exact count back.
  func reading(_ count: Int, of total: Int) -> ShareReading {
    guard suppress else {
      return .tenths(total > 0 ? (count * 1000 + total / 2) / total : 0)
    }
    if withholdsEverything || total < Self.smallest { return .withheld }
    if (1..<Self.smallest).contains(count) { return .few }
    if (1..<Self.smallest).contains(total - count) { return .nearlyAll }
    guard let shownCount = shown(count), let shownTotal = shown(total), shownTotal > 0 else {
      return .withheld
    }
    return .tenths((shownCount * 100 + shownTotal / 2) / shownTotal * 10)
  }

  /// The share `count` of `total` in tenths of a percent, or nil when it is not shown.
  func share(_ count: Int, of total: Int) -> Int? {
    if case .tenths(let tenths) = reading(count, of: total) { return tenths }
    return nil
  }

  /// "44%" ("43.5%" without suppression), "few", "nearly all" or "withheld".
  func percent(_ count: Int, of total: Int) -> String {
    words(reading(count, of: total), percentSign: true)
  }

  /// A share for the CSV: "44" ("43.5"), "few", "nearly all" or "withheld".
  func csvPercent(_ count: Int, of total: Int) -> String {
    words(reading(count, of: total), percentSign: false)
  }

  /// A reading in words.
  func words(_ reading: ShareReading, percentSign: Bool = true) -> String {
    switch reading {
    case .tenths(let tenths): return shareText(tenths) + (percentSign ? "%" : "")
    case .few: return Self.few
    case .nearlyAll: return Self.nearlyAll
    case .withheld: return Self.withheld
    }
  }

  /// Tenths of a percent as shown: whole with suppression on ("44"), else "43.5".
  func shareText(_ tenths: Int) -> String {
    suppress ? String(tenths / 10) : Self.percentText(tenths)
  }

  /// A count for the CSV: as `count(_:)`.
  func csvCount(_ count: Int) -> String { self.count(count) }

  /// A count for the JSON: a number (rounded as in the text), or null when withheld.
  func jsonCount(_ count: Int) -> JSONValue {
    shown(count).map { .number($0) } ?? .null
  }

  /// A median over the set's reviews, "2" or "2.5", withheld with the set. With suppression
  /// on it is rounded to a whole number (a half up): a median ending in .5 tells that the
  /// number of reviews is even.
  func median(_ value: Double?) -> String {
    guard let value = medianNumber(value) else { return value == nil ? "-" : Self.withheld }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : Self.percentText(tenths)
  }

  /// The median as shown, for the exports: nil when there is none or it is withheld.
  func medianNumber(_ value: Double?) -> Double? {
    guard let value, !withholdsEverything else { return nil }
    return suppress ? (value + 0.5).rounded(.down) : value
  }

  /// Practice items, weakest first, by their shares as shown (`TeamSummary`'s order, which the
  /// exact shares decide, would rank four items shown alike as "few" by their exact counts):
  /// items no review answered last, ties in checklist order.
  func practiceItemsWeakestFirst(_ summary: TeamSummary) -> [ChecklistItem] {
    guard suppress else { return summary.practiceItemsWeakestFirst(content: content) }
    let practice = content.checklist.enumerated().filter { $0.element.kind == .practice }
    let keyed = practice.map { offset, item -> (Int, Bool, Int, ChecklistItem) in
      let counts = summary.counts(item.id)
      let shown = shownPractice([counts])
      // The in-place share as shown, in hundredths of a percent; a "few" as 0.
      let share = shown.total > 0 ? shown.inPlace * 10_000 / shown.total : 0
      return (offset, counts.isAnswered, share, item)
    }
    return keyed.sorted { lhs, rhs in
      if lhs.1 != rhs.1 { return lhs.1 }
      if lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
      return lhs.0 < rhs.0
    }.map(\.3)
  }

  /// The second share minus the first in percentage points, signed: "+12.5", "-3.0", "0.0"
  /// (whole points with suppression on: "+12"); withheld when either is.
  func difference(_ first: Int?, _ second: Int?) -> String {
    guard let first, let second else { return Self.withheld }
    let points = second - first
    return (points > 0 ? "+" : points < 0 ? "-" : "") + shareText(abs(points))
  }

  /// The most a share of `total` can be off by, rounded up to whole points: the count and the
  /// total are each off by up to 2, so the share by up to 400 ÷ the rounded total, and half a
  /// point more for the whole percents. nil without suppression, or when nothing is shown.
  func margin(of total: Int) -> Int? {
    guard suppress, !withholdsEverything, let shownTotal = shown(total), shownTotal > 0 else {
      return nil
    }
    return (400 + shownTotal / 2 + shownTotal - 1) / shownTotal
  }

  /// Tenths of a percent as "43.5".
  static func percentText(_ tenths: Int) -> String {
    (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// What the output says about small numbers, in short sentences.
  var smallNumbersSentence: String {
    suppress
      ? "Small numbers are withheld, so that no figure can point at one practitioner's cases. "
        + "Counts are rounded to the nearest 5, and a count of 1 to 4 reads \"<5\". Shares are "
        + "worked out from the rounded counts, in whole percents: \"few\" is a share of 1 to 4, "
        + "\"nearly all\" one of all but 1 to 4. A group of fewer than 10 reviews is withheld "
        + "whole. Rounded figures need not add up, and a share may be off by a few points (the "
        + "side-by-side table says how many). For exact figures within the team only, run "
        + "the summary again with --no-suppress."
      : "Small numbers are shown (--no-suppress), and every figure is exact: a figure resting on "
        + "fewer than 5 reviews or men may point at one practitioner's cases, so keep this "
        + "summary within the team."
  }
}
