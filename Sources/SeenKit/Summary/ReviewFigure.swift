/// A figure counted once per review (`PerReviewCounts`), as every output names it: one wording,
/// so that a table, a chart, a question to partnerships and the JSON export say the same thing.
/// A figure says what a review records, never anything of a man: it counts reviews.
enum ReviewFigure: String, CaseIterable, Sendable {
  /// Every man recorded is seen (`Visibility.seen`).
  case everyManSeen = "every-man-seen"
  /// At least one man recorded is unseen (`Visibility.unseen`).
  case anyManUnseen = "any-man-unseen"
  /// Every man recorded has a detailed picture (`ManPicture.detailed`).
  case everyManDetailed = "every-man-detailed"
  /// At least one man's contact is planned for safety: counted apart, never as seen or detailed.
  case anyContactPlannedForSafety = "any-contact-planned-for-safety"
  /// Every man detailed and every case item answered.
  case complete
  /// No man recorded at all: in none of the "every man" figures.
  case noManRecorded = "no-man-recorded"

  /// The figure in words, to follow "reviews with": "every man seen".
  var words: String {
    switch self {
    case .everyManSeen: return "every man seen"
    case .anyManUnseen: return "at least one man unseen"
    case .everyManDetailed: return "a detailed picture of every man"
    case .anyContactPlannedForSafety: return "contact with a man planned for safety"
    case .complete: return "complete: every man detailed, every case item answered"
    case .noManRecorded: return "no man recorded"
    }
  }

  /// The figure over all the men of each review.
  func count(in counts: PerReviewCounts) -> Int {
    switch self {
    case .complete: return counts.complete
    case .noManRecorded: return counts.withoutMen
    default: return count(in: counts.allMen) ?? 0
    }
  }

  /// The figure over the men of one relationship; nil for a figure that is about the whole
  /// review (complete, no man recorded).
  func count(in group: PerReviewCounts.Group) -> Int? {
    switch self {
    case .everyManSeen: return group.everyManSeen
    case .anyManUnseen: return group.anyManUnseen
    case .everyManDetailed: return group.everyManDetailed
    case .anyContactPlannedForSafety: return group.anyContactPlannedForSafety
    case .complete, .noManRecorded: return nil
    }
  }
}
