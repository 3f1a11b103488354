/// The reviewer's own details, asked first: confidence, role, case reference and date.
extension ReviewSession {
  mutating func handleConfidence(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    var word = line
    var note: String?
    if let colon = line.firstIndex(of: ":") {
      word = String(line[..<colon])
      note = String(line[line.index(after: colon)...]).trimmingWhitespace()
    }
    guard let level = ConfidenceLevel(typed: word) else {
      return Outcome(
        event: .unchanged,
        message:
          "Type a number from 1 (not at all confident) to 5 (extremely confident), or Enter to skip."
      )
    }
    record.confidence = level
    if let note, !note.isEmpty { record.reflections["confidence"] = note }
    advance()
    return Outcome(event: .changed, message: nil)
  }

  mutating func handleRole(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    let roles = content.roles
    let other = roles.count + 1
    var typed = line
    // "6: school nurse", the number of "other" with the words after it.
    if let colon = line.firstIndex(of: ":"),
      Int(String(line[..<colon]).trimmingWhitespace()) == other
    {
      typed = String(line[line.index(after: colon)...])
    } else if let number = Int(line) {
      guard number >= 1 && number <= roles.count else {
        return Outcome(
          event: .unchanged,
          message: number == other
            ? "Type your role in your own words, such as \"School nurse\"."
            : "Type a number from 1 to \(other), your role in your own words, or Enter to skip.")
      }
      typed = roles[number - 1]
    }
    guard let role = content.normalisedRole(typed) else {
      return Outcome(
        event: .unchanged, message: "Type your role in your own words, such as \"School nurse\".")
    }
    record.role = role
    advance()
    return Outcome(event: .changed, message: nil)
  }

  mutating func handleCaseReference(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    record.caseReference = line
    advance()
    return Outcome(event: .changed, message: nil)
  }

  mutating func handleDate(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      advance()
      // Enter keeps a date the record has, or gives it today's.
      guard record.date == nil else { return Outcome(event: .unchanged, message: nil) }
      record.date = today.description
      return Outcome(event: .changed, message: nil)
    }
    guard let date = ISODate(line) else {
      let enter = record.date.map { "the date shown (\($0))" } ?? "today's"
      // What was typed is shown back only on a terminal: a case reference or a note typed a line
      // early must not reach a log (`showsFreeText`).
      let typed = showsFreeText ? line.quotedInMessage : "What you typed"
      return Outcome(
        event: .unchanged,
        message:
          "\(typed) is not a date: type a real day as year-month-day, such as \(today), or press Enter for \(enter)."
      )
    }
    record.date = date.description
    advance()
    return Outcome(event: .changed, message: nil)
  }
}
