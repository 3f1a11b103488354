/// A due date as a practitioner types it: a date written year-month-day ("2026-12-17"), or a
/// time from today ("in 2 weeks", "in 10 days", "in 1 month", "in 1 year", "tomorrow"), which is
/// counted from today and echoed back as a date before it is saved.
public enum DueDate {
  /// What a due date may be written as, for messages.
  public static let examples =
    "year-month-day, such as 2026-12-17, or a time from today, such as \"in 2 weeks\", "
    + "\"in 10 days\", \"in 3 months\", \"in 1 year\" or \"tomorrow\""

  /// The most days ahead a due date may be: ten years, far beyond any plan for a baby. A due
  /// date may be in the past (kept with a warning), but not more than ten years back: that is a
  /// mistyped year.
  static let furthest = 3653

  /// What typed text gives: a date, or why it gives none.
  public enum Reading: Equatable, Sendable {
    case date(ISODate)
    /// A date more than ten years ahead (a mistyped year, or "in 20 years"), with the latest
    /// date accepted.
    case tooFarAhead(ISODate, latest: ISODate)
    /// A date more than ten years ago (a mistyped year), with the earliest date accepted.
    case tooFarBack(ISODate, earliest: ISODate)
    /// "next week", "next month": a span, not a day; `suggestion` is the unambiguous way to say
    /// what was most likely meant ("in 1 week").
    case vague(suggestion: String)
    case unreadable
  }

  /// The date `text` means, counted from `today`; nil when it is none of the accepted forms or
  /// lies more than ten years ahead or back.
  public static func parse(_ text: String, today: ISODate) -> ISODate? {
    if case .date(let date) = read(text, today: today) { return date }
    return nil
  }

  /// What `text` gives, counted from `today`.
  public static func read(_ text: String, today: ISODate) -> Reading {
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    let date: ISODate?
    if let written = ISODate(text) {
      date = written
    } else {
      switch words {
      case ["today"]: date = today
      case ["tomorrow"]: date = today.adding(days: 1)
      case _ where words.first == "in" && words.count == 3:
        date = counted(words[1], words[2], from: today)
      case _ where words.count == 2 && words.first == "next":
        // "next week" is any day of next week, "next month" any day of it: a due date needs
        // one day, so seen asks for the plain form instead of guessing.
        guard let unit = ["week", "fortnight", "month", "year"].first(where: { $0 == words[1] })
        else { return .unreadable }
        return .vague(suggestion: "in 1 \(unit)")
      case _ where words.count == 2:
        // "2 weeks", as "in 2 weeks".
        date = counted(words[0], words[1], from: today)
      default: date = nil
      }
    }
    guard let date else { return .unreadable }
    if let latest = today.adding(days: furthest), date > latest {
      return .tooFarAhead(date, latest: latest)
    }
    if let earliest = today.adding(days: -furthest), date < earliest {
      return .tooFarBack(date, earliest: earliest)
    }
    return .date(date)
  }

  /// Why `text` is not a due date, as a sentence for a message that names it as `shown` (the
  /// text quoted, or "What you typed" where free text is not echoed); nil when it is one.
  public static func problem(_ text: String, today: ISODate, shown: String) -> String? {
    switch read(text, today: today) {
    case .date: return nil
    case .tooFarAhead(_, let latest):
      return
        "\(shown) is more than ten years ahead (the latest due date is \(latest)): type a date within ten years of today, as \(examples)."
    case .tooFarBack(_, let earliest):
      return
        "\(shown) is more than ten years ago (the earliest due date is \(earliest)); a date in the past is kept with a warning, but not that far back: check the year, and type \(examples)."
    case .vague(let suggestion):
      return
        "\(shown) could be any day of that span, and a due date is one day: type \"\(suggestion)\"\(parse(suggestion, today: today).map { " (\($0))" } ?? ""), or the day itself as year-month-day, such as 2026-12-17."
    case .unreadable:
      return "\(shown) is not a due date seen can read: type \(examples)."
    }
  }

  private static let numberWords = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
  ]

  /// "2 weeks", "a month", "a fortnight", "two years" from `today`.
  private static func counted(_ number: String, _ unit: String, from today: ISODate) -> ISODate? {
    let count: Int
    if let word = numberWords[number] {
      count = word
    } else {
      guard number.count <= 4, number.allSatisfy({ ("0"..."9").contains($0) }),
        let value = Int(number)
      else { return nil }
      count = value
    }
    switch unit {
    case "day", "days": return today.adding(days: count)
    case "week", "weeks": return today.adding(days: 7 * count)
    case "fortnight", "fortnights": return today.adding(days: 14 * count)
    case "month", "months": return today.adding(months: count)
    case "year", "years": return today.adding(months: 12 * count)
    default: return nil
    }
  }
}
