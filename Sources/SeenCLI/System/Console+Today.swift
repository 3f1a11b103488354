import SeenKit

extension Console {
  /// Today on the practitioner's calendar (`InteractiveReview.today()`), or the day
  /// `SEEN_TODAY` names (yyyy-mm-dd): due dates typed as "in 2 weeks" and overdue actions are
  /// counted from it, so that a trainer's script or a test gives the same output on any day.
  /// A `SEEN_TODAY` that is not a real day stops the command (exit 64) rather than be ignored.
  func today() throws(CommandError) -> ISODate {
    guard let text = environment["SEEN_TODAY"], !text.isEmpty else {
      return InteractiveReview.today()
    }
    guard let day = ISODate(text) else {
      throw CommandError(
        .usage,
        "the environment variable SEEN_TODAY is '\(text.shownInMessage)', but it must be a real day written year-month-day, such as 2026-12-03; set it to one or unset it."
      )
    }
    return day
  }
}
