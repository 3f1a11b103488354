/// A due date as a practitioner types it: a date written year-month-day ("2026-12-17"), or a
/// time from today ("in 2 weeks", "in 10 days", "in 1 month", "tomorrow"), which is counted
/// from today and echoed back as a date before it is saved.
public enum DueDate {
  /// What a due date may be written as, for messages.
  public static let examples =
    "year-month-day, such as 2026-12-17, or a time from today, such as \"in 2 weeks\", "
    + "\"in 10 days\", \"in 1 month\" or \"tomorrow\""

  /// The most days ahead a due date may be: ten years, far beyond any plan for a baby.
  static let furthest = 3653

  /// The date `text` means, counted from `today`; nil when it is none of the accepted forms or
  /// lies more than ten years ahead.
  public static func parse(_ text: String, today: ISODate) -> ISODate? {
    if let date = ISODate(text) { return date }
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    let date: ISODate?
    switch words {
    case ["today"]: date = today
    case ["tomorrow"]: date = today.adding(days: 1)
    case _ where words.first == "in" && words.count == 3:
      date = counted(words[1], words[2], from: today)
    case _ where words.count == 2:
      // "2 weeks", as "in 2 weeks".
      date = counted(words[0], words[1], from: today)
    default: date = nil
    }
    guard let date, let limit = today.adding(days: furthest), date <= limit else { return nil }
    return date
  }

  /// "2 weeks", "a month", "a fortnight" from `today`.
  private static func counted(_ number: String, _ unit: String, from today: ISODate) -> ISODate? {
    let count: Int
    switch number {
    case "a", "an", "one": count = 1
    default:
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
    default: return nil
    }
  }
}
