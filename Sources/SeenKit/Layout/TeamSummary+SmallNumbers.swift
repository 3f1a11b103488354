/// Small numbers (issue 15, point 4): the one place where a summary's counts and shares are
/// written, so that every table, chart and export withholds the same figures.
///
/// With suppression on (the default; `--no-suppress` turns it off):
/// - a count of reviews or men from 1 to 4 is shown as "<5" (0 is shown: nothing to point at,
///   except in a set of fewer than 5 reviews, where the zeros would tell the rest);
/// - every other count is rounded to the nearest 5 (12 is "10", 13 is "15");
/// - a share is worked out from the rounded counts, and withheld when its count is 1 to 4, or 1
///   to 4 short of its total (rounded, 58 of 60 would read 100%: the few without are a small
///   number too), or its total is under 5;
/// - every figure of a set of fewer than 5 reviews (a group, or the whole summary) is withheld;
/// - a difference of two shares is withheld when either share is.
/// A withheld figure other than a count of 1 to 4 is shown as "withheld"; in JSON every
/// withheld count is `null`, and `"suppressed": true` and `"roundedTo": 5` say so at the top.
///
/// Why rounding: withholding cell by cell alone lets a withheld count be worked out from exact
/// counts shown beside it (the overall count less the other groups, a row's total less its
/// other cells, a share times its total). With every shown count rounded, and every share
/// worked out from rounded counts, each such sum is known only to within a few reviews, so a
/// count of 1 to 4 cannot be told from the others. This is the rule official statistics use for
/// small areas (suppress under 5, round the rest to 5); rounded figures need not add up.
///
/// How to use it: take the layout for the set of reviews the figures belong to,
/// `layout.within(summary)`, and write every figure through it: `count(_:)`, `percent(_:of:)`,
/// `share(_:of:)` (tenths of a percent, nil when withheld, for charts), `difference(_:_:)`,
/// `median(_:)`, `jsonCount(_:)`, `csvCount(_:)` and `csvPercent(_:of:)`.
extension TeamSummaryLayout {
  /// The smallest count shown as it is.
  static let smallest = 5
  /// How a withheld figure reads, other than a count of 1 to 4 ("<5").
  static let withheld = "withheld"
  static let under = "<5"
  /// Every count shown with suppression on is a multiple of this.
  static let roundingBase = 5

  /// The layout for the figures of `summary`: all of them withheld when it holds fewer than 5
  /// reviews.
  func within(_ summary: TeamSummary) -> TeamSummaryLayout {
    var layout = self
    layout.reviewsBehind = summary.reviews
    return layout
  }

  /// Whether every figure of the set is withheld: fewer than 5 reviews.
  var withholdsEverything: Bool {
    suppress && reviewsBehind.map { $0 < Self.smallest } == true
  }

  /// Whether a count is shown as it is. In a set of fewer than 5 reviews not even a 0 is: the
  /// zeros beside a withheld count would tell it (one reviewer of a group, and 0 in every
  /// confidence level but one).
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

  /// `count` to the nearest multiple of 5; halves cannot occur in whole numbers.
  static func rounded(_ count: Int) -> Int {
    let rest = count % roundingBase
    return rest * 2 < roundingBase ? count - rest : count - rest + roundingBase
  }

  /// A count of reviews or men: "12" (or "10", rounded), "0", "<5", or "withheld" in a set of
  /// fewer than 5 reviews.
  func count(_ count: Int) -> String {
    if let shown = shown(count) { return String(shown) }
    return (1..<Self.smallest).contains(count) ? Self.under : Self.withheld
  }

  /// The share `count` of `total` in tenths of a percent (rounded in integers as in the CSV),
  /// or nil when it is withheld. With suppression on it is the share of the rounded counts, so
  /// that it tells no more than they do: an exact share beside a rounded total would give the
  /// exact count back.
  func share(_ count: Int, of total: Int) -> Int? {
    var count = count
    var total = total
    if suppress {
      if withholdsEverything || total < Self.smallest { return nil }
      if (1..<Self.smallest).contains(total - count) { return nil }
      guard let shownCount = shown(count), let shownTotal = shown(total) else { return nil }
      (count, total) = (shownCount, shownTotal)
    }
    guard total > 0 else { return 0 }
    return (count * 1000 + total / 2) / total
  }

  /// "43.5%", or "withheld".
  func percent(_ count: Int, of total: Int) -> String {
    share(count, of: total).map { Self.percentText($0) + "%" } ?? Self.withheld
  }

  /// A share for the CSV: "43.5", or "withheld".
  func csvPercent(_ count: Int, of total: Int) -> String {
    share(count, of: total).map(Self.percentText) ?? Self.withheld
  }

  /// A count for the CSV: as `count(_:)`.
  func csvCount(_ count: Int) -> String { self.count(count) }

  /// A count for the JSON: a number (rounded as in the text), or null when withheld.
  func jsonCount(_ count: Int) -> JSONValue {
    shown(count).map { .number($0) } ?? .null
  }

  /// A median over the set's reviews, "2" or "2.5", withheld with the set.
  func median(_ value: Double?) -> String {
    guard let value else { return "-" }
    if withholdsEverything { return Self.withheld }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : Self.percentText(tenths)
  }

  /// The second share minus the first in percentage points, signed: "+12.5", "-3.0", "0.0";
  /// withheld when either is.
  static func difference(_ first: Int?, _ second: Int?) -> String {
    guard let first, let second else { return withheld }
    let points = second - first
    return (points > 0 ? "+" : points < 0 ? "-" : "") + percentText(abs(points))
  }

  /// Tenths of a percent as "43.5".
  static func percentText(_ tenths: Int) -> String {
    (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// One sentence in the output: whether small numbers are withheld, and how they read.
  var smallNumbersSentence: String {
    suppress
      ? "Small numbers are withheld, so that no figure can point at one practitioner's cases: "
        + "a count of 1 to 4 reviews or men is shown as \"<5\", every other count is rounded to "
        + "the nearest 5, and each share is worked out from the rounded counts; a share whose "
        + "count, or whose remainder, is 1 to 4 or that rests on fewer than 5 reviews or men, a "
        + "difference with such a share, and every figure of a group of fewer than 5 reviews "
        + "are shown as \"withheld\". Rounding keeps a withheld "
        + "count from being worked out from the others (the overall count less the other "
        + "groups); rounded figures need not add up, and the shares of small groups are "
        + "approximate. --no-suppress shows every figure exactly, for use within the team."
      : "Small numbers are shown (--no-suppress), and every figure is exact: a figure resting on "
        + "fewer than 5 reviews or men may point at one practitioner's cases, so share this "
        + "summary with care."
  }
}
