/// An answer to one checklist item, with the practitioner's note if they gave one.
public struct Answer: Equatable, Sendable {
  /// The longest note, in characters, and the longest of the other typed text (a man's
  /// strengths, a reflection): far beyond any real note, and a bound on what a report, a sheet
  /// or a PDF must lay out. Longer text is refused where it is read (a record, `--set`, the
  /// guided review), never cut. A "character" here is a Unicode scalar (a code point), so that
  /// combining marks count too: "é" written as e + U+0301 is two. Every place that applies the
  /// limit goes through `isWithinLimit`.
  public static let maximumNoteLength = 10_000

  /// Whether typed text is within `maximumNoteLength` characters (Unicode scalars); counts no
  /// further than needed.
  static func isWithinLimit(_ text: String) -> Bool {
    // A scalar is at least one byte, so a short text needs no counting.
    let scalars = text.unicodeScalars
    return text.utf8.count <= maximumNoteLength
      || scalars.index(scalars.startIndex, offsetBy: maximumNoteLength, limitedBy: scalars.endIndex)
        .map { $0 == scalars.endIndex } ?? true
  }

  /// What is said where typed text is too long; never the text itself, which may be sensitive.
  static func tooLongMessage(_ what: String) -> String {
    "\(what) is longer than \(maximumNoteLength) characters, the most seen keeps; shorten it."
  }

  var value: AnswerValue
  var note: String?
  /// Why a "not applicable" answer does not apply; nil for other answers, and for a
  /// `seen-review/1` record's "not applicable", whose reason is its note alone.
  var reason: NotApplicableReason?

  init(_ value: AnswerValue, note: String? = nil, reason: NotApplicableReason? = nil) {
    self.value = value
    // A note of control characters alone is no reason at all.
    let trimmed = note?.withoutControlCharacters.trimmingWhitespace()
    self.note = (trimmed?.isEmpty ?? true) ? nil : trimmed
    self.reason = value == .na ? reason : nil
  }

  /// Reads what follows "na:" on a command line or at a prompt: a reason word, optionally
  /// followed by ": note" ("safety: non-molestation order"), or a note alone (an other reason).
  static func notApplicable(typed text: String?) -> Answer {
    guard let text else { return Answer(.na) }
    var head = text
    var rest: String?
    if let colon = text.firstIndex(of: ":") {
      head = String(text[..<colon])
      rest = String(text[text.index(after: colon)...])
    }
    if let reason = NotApplicableReason(typed: head) {
      return Answer(.na, note: rest, reason: reason)
    }
    return Answer(.na, note: text, reason: text.trimmingWhitespace().isEmpty ? nil : .other)
  }

  /// Whether a "not applicable" answer gives a reason: a safety, moved-away or deceased
  /// reason stands alone; "other" needs its words in the note.
  var hasReason: Bool {
    switch reason {
    case .safety?, .movedAway?, .deceased?: return true
    case .other?, nil: return note != nil
    }
  }

  /// "not applicable (contact must be planned for safety)", or the answer's words.
  var words: String {
    guard value == .na, let reason, reason != .other else { return value.words }
    return "\(value.words) (\(reason.words))"
  }
}
