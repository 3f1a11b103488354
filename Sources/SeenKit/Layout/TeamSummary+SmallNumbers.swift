/// Small numbers (issue 15, point 4): the one place where a summary's counts and shares are
/// written, so that every table, chart and export withholds the same figures.
///
/// With suppression on (the default; `--no-suppress` turns it off):
/// - a count of reviews or men from 1 to 4 is shown as "<5" (0 is shown: nothing to point at,
///   except in a set of fewer than 5 reviews, where the zeros would tell the rest);
/// - a share whose count is 1 to 4, or whose total is under 5, is withheld;
/// - every figure of a set of fewer than 5 reviews (a group, or the whole summary) is withheld;
/// - a difference of two shares is withheld when either share is.
/// A withheld figure other than a count of 1 to 4 is shown as "withheld"; in JSON every
/// withheld count is `null`, and `"suppressed": true` says so at the top.
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

  /// A count of reviews or men: "12", "0", "<5", or "withheld" in a set of fewer than 5 reviews.
  func count(_ count: Int) -> String {
    if shows(count: count) { return String(count) }
    return (1..<Self.smallest).contains(count) ? Self.under : Self.withheld
  }

  /// The share `count` of `total` in tenths of a percent (rounded in integers as in the CSV),
  /// or nil when it is withheld.
  func share(_ count: Int, of total: Int) -> Int? {
    if suppress {
      if withholdsEverything || total < Self.smallest { return nil }
      if (1..<Self.smallest).contains(count) { return nil }
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

  /// A count for the JSON: a number, or null when withheld.
  func jsonCount(_ count: Int) -> JSONValue {
    shows(count: count) ? .number(count) : .null
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
        + "a count of 1 to 4 reviews or men is shown as \"<5\", and a share resting on fewer "
        + "than 5 reviews or men, a difference with such a share, and every figure of a group "
        + "of fewer than 5 reviews, as \"withheld\" (--no-suppress shows every figure). This is "
        + "cell by cell: a withheld figure can sometimes be worked out from others shown (the "
        + "overall count less the other groups), so share a split summary of few reviews with care."
      : "Small numbers are shown (--no-suppress): a figure resting on fewer than 5 reviews or "
        + "men may point at one practitioner's cases, so share this summary with care."
  }
}
