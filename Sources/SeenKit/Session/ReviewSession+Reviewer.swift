/// The reviewer's own details, asked first: confidence, role, case reference and date.
extension ReviewSession {
  mutating func handleConfidence(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      // A re-review: Enter keeps last time's level, as shown (confidence may have changed, so
      // it is asked; what it was is offered).
      if record.confidence == nil, let last = earlier?.confidence {
        record.confidence = last
        advance()
        return Outcome(event: .changed, message: nil)
      }
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

extension ReviewSession {
  /// Whether every item of a saved review has an answer, so that resuming it would open at the
  /// review screen: a review of the case that is finished is followed by a re-review rather
  /// than resumed (`seen review` offering the case's saved review).
  public static func isFinished(_ record: ReviewRecord, content: Content) -> Bool {
    guard !record.men.isEmpty, let day = ISODate(year: 2000, month: 1, day: 1) else { return false }
    return ReviewSession(resuming: record, content: content, today: day).step == .review
  }
}

extension ReviewRecord {
  /// What the reviewer said of themselves before the case was known (their confidence, with
  /// any words added, and their role), given to this record where it has none: a saved review
  /// of the case, resumed or re-reviewed once the case reference is typed, loses nothing typed
  /// so far. Returns whether anything was given.
  public mutating func takeReviewerDetails(from other: ReviewRecord) -> Bool {
    var taken = false
    if confidence == nil, let level = other.confidence {
      confidence = level
      if reflections["confidence"] == nil, let words = other.reflections["confidence"] {
        reflections["confidence"] = words
      }
      taken = true
    }
    if role == nil, let given = other.role {
      role = given
      taken = true
    }
    return taken
  }
}
