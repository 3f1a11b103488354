/// Figures made of several items' counts (a tier's answers, what is not known of the men), made
/// from each item's counts as shown, never from the exact ones: each count rounded, a "<5"
/// counted as 0 (`shownSum`). A sum over items of exact counts, rounded on its own, would tell
/// what its rounded parts do not: a tier's total is 5 × reviews + 10 × men, always a multiple
/// of 5, so rounding it hides nothing and gives a withheld number of men back; the answers about
/// the men's lives are 8 × men, whose rounding tells 1 to 4 men apart.
///
/// Within one item, a count of several kinds of answer (in place: yes, or not applicable with a
/// reason; not known: unknown or not answered) is rounded as one count: the difference of two
/// rounded counts leaves at least two of 1 to 4 possible, as the overall less a group does.
extension TeamSummaryLayout {
  /// Practice answers as a reader sees them, one item's or several added up.
  struct ShownPractice: Equatable {
    var yes = 0
    var partly = 0
    var no = 0
    var unknown = 0
    var na = 0
    var naWithReason = 0
    var unanswered = 0
    /// Yes, or not applicable with a reason: each item's in-place count rounded as it is, not
    /// its parts added up, so that a "<5" part does not pull it down by up to 4.
    var inPlace = 0
    /// The times the items were asked: each item's total (its men, or its reviews) as shown.
    var total = 0
    /// The same, exactly, and the exact in-place count: only to tell "few" and "nearly all"
    /// from a shown 0 or a shown whole, which the "<5" beside them says already.
    var exactInPlace = 0
    var exactTotal = 0
  }

  /// The answers to `items` as shown, added up.
  func shownPractice(_ items: [AnswerCounts]) -> ShownPractice {
    var shown = ShownPractice()
    for counts in items {
      shown.yes += shownSum([counts.yes])
      shown.partly += shownSum([counts.partly])
      shown.no += shownSum([counts.no])
      shown.unknown += shownSum([counts.unknown])
      shown.na += shownSum([counts.na])
      shown.naWithReason += shownSum([counts.naWithReason])
      shown.unanswered += shownSum([counts.unanswered])
      shown.inPlace += shownSum([counts.inPlace])
      shown.total += shownSum([counts.total])
      shown.exactInPlace += counts.inPlace
      shown.exactTotal += counts.total
    }
    return shown
  }

  /// The share in place of practice answers as shown.
  func inPlaceReading(_ shown: ShownPractice) -> ShareReading {
    reading(
      shown: shown.inPlace, of: shown.total, exactly: shown.exactInPlace, of: shown.exactTotal)
  }

  /// The share `count` of `total`, both made of shown counts; `exactly` and its total only tell
  /// "few" (a shown 0 that is not 0) and "nearly all" (a shown whole that is not whole).
  func reading(shown count: Int, of total: Int, exactly exactCount: Int, of exactTotal: Int)
    -> ShareReading
  {
    guard suppress else { return reading(exactCount, of: exactTotal) }
    if withholdsEverything || exactTotal < Self.smallest || total == 0 { return .withheld }
    if count == 0 && exactCount > 0 { return .few }
    if count >= total && exactCount < exactTotal { return .nearlyAll }
    return .tenths((count * 100 + total / 2) / total * 10)
  }

  /// A figure made of shown counts: the number, or "withheld" in a withheld set.
  func derivedCount(_ sum: Int) -> String {
    withholdsEverything ? Self.withheld : String(sum)
  }

  /// A figure made of shown counts for the JSON: a number, or null in a withheld set.
  func derivedJSON(_ sum: Int) -> JSONValue {
    withholdsEverything ? .null : .number(sum)
  }
}
