/// How values are spelled in a PDF file. Everything seen writes is plain ASCII, so the file
/// survives text pipes unchanged and the same input always gives the same bytes.
enum PDFSyntax {
  /// A number with at most two decimals and no exponent: "72", "-0.5", "841.89". Points to the
  /// hundredth are finer than any printer, and a fixed spelling keeps the output stable.
  static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return sign + "\(whole)" }
    if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
    return sign + "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// A literal string: `(` `)` and `\` are escaped with a backslash, and every byte outside
  /// printable ASCII is written as a three-digit octal escape, so that no byte of the text can end
  /// the string early or change the file's line structure.
  static func literal(_ bytes: [UInt8]) -> String {
    var result = "("
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
        result += "\\" + String(UnicodeScalar(byte))
      case 0x20...0x7E:
        result.unicodeScalars.append(UnicodeScalar(byte))
      default:
        let octal = String(byte, radix: 8)
        result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
      }
    }
    return result + ")"
  }

  /// A text string for the document information (the title): a literal when it is printable
  /// ASCII, otherwise UTF-16BE with a byte order mark, written in hex, as PDF 1.4 allows.
  static func textString(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) {
      return literal(Array(text.utf8))
    }
    var hex = "<FEFF"
    for unit in text.utf16 {
      let digits = String(unit, radix: 16, uppercase: true)
      hex += String(repeating: "0", count: 4 - digits.count) + digits
    }
    return hex + ">"
  }

  /// A date as PDF writes it, "D:20240131235959Z", from seconds since 1970 in UTC.
  static func date(secondsSince1970 seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    // Civil date from a day count (Howard Hinnant's algorithm): exact for every day, no calendar
    // library, so the same seconds always give the same date.
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    return "D:" + yearText + two(month) + two(day) + two(secondOfDay / 3600)
      + two(secondOfDay % 3600 / 60) + two(secondOfDay % 60) + "Z"
  }
}
