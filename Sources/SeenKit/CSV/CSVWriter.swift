/// Writes CSV (RFC 4180): CRLF line ends, a field quoted only when it needs it, and a leading
/// formula character disarmed. The one CSV writer; a product's CSV export gives it rows.
enum CSVWriter {
  static func write(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  static func field(_ field: String) -> String {
    // A leading =, +, - or @ would run as a formula in a spreadsheet; fields may be typed text.
    let text = field.csvCell
    guard text.contains(where: { $0 == "," || $0 == "\"" }) else { return text }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }
}
