/// Counting days on the calendar: a due date "in 2 weeks" from today, whether an action is
/// overdue. Whole days only, with no time zone: the dates are the practitioner's own calendar
/// days, as the review's date is.
extension ISODate: Comparable {
  public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Days since 0000-03-01 of the proleptic Gregorian calendar (the civil-from-days count,
  /// with March first so that a leap day ends its year).
  var dayNumber: Int {
    let year = month <= 2 ? self.year - 1 : self.year
    let era = year / 400
    let yearOfEra = year - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra
  }

  /// The date `dayNumber` days after 0000-03-01; nil outside the years 1 to 9999.
  init?(dayNumber: Int) {
    guard dayNumber >= 0 else { return nil }
    let era = dayNumber / 146_097
    let dayOfEra = dayNumber - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

  /// The date `days` later (earlier when negative); nil past the calendar's ends.
  func adding(days: Int) -> ISODate? {
    ISODate(dayNumber: dayNumber + days)
  }

  /// The same day `months` later, or the month's last day when it has no such day (31 January
  /// and a month is 28 or 29 February); nil past the calendar's ends.
  func adding(months: Int) -> ISODate? {
    let index = year * 12 + (month - 1) + months
    guard index >= 12 else { return nil }
    let year = index / 12
    let month = index % 12 + 1
    var day = self.day
    while day > 28 && ISODate(year: year, month: month, day: day) == nil { day -= 1 }
    return ISODate(year: year, month: month, day: day)
  }

  /// Whole days from `self` to `other`: positive when `other` is later.
  func days(to other: ISODate) -> Int { other.dayNumber - dayNumber }
}
