/// An agreed action written on one line, as `seen review --action` takes it:
/// "WHAT|FOR|OWNER|DUE". It is checked as the guided review checks what is typed: FOR a man's
/// label or number, or the case; OWNER one of the content's roles, never a name; DUE a date or a
/// time from today. WHAT may be a checklist item's id, which takes that item's next step as the
/// gap report gives it (its safe form where a safety condition holds).
public enum ActionAssignment {
  /// How the form is written, for messages.
  public static let form =
    "\"WHAT|FOR|OWNER|DUE\", such as \"agency-checks|Father|Health visitor|in 2 weeks\""

  /// Why a line is not an action. The message never repeats WHAT, which may hold case notes.
  public struct Problem: Error, Equatable, Sendable {
    public var message: String
  }

  /// The action `text` means for `record`, counted from `today`.
  public static func parse(
    _ text: String, record: ReviewRecord, content: Content, today: ISODate
  ) throws(Problem) -> AgreedAction {
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace()
    }
    guard parts.count == 4 else {
      throw Problem(
        message:
          "it has \(parts.count) part\(parts.count == 1 ? "" : "s"), not 4; write it as \(form)")
    }
    guard Answer.isWithinLimit(parts[0]) else {
      throw Problem(
        message:
          "what is to be done is longer than \(Answer.maximumNoteLength) characters; shorten it")
    }
    guard let typedWhat = ManRecord.cleaned(parts[0]) else {
      throw Problem(message: "it says nothing to do; write what is to be done first, as \(form)")
    }
    let man = try self.man(parts[1], in: record)
    guard let owner = content.canonicalRole(parts[2]) else {
      let what =
        parts[2].isEmpty
        ? "no owner is given" : "'\(parts[2].shownInMessage)' is not a role that can own an action"
      throw Problem(
        message:
          "\(what); give one of: \(content.actionOwners.joined(separator: ", ")) (a role, never a name)"
      )
    }
    guard let due = DueDate.parse(parts[3], today: today) else {
      throw Problem(
        message:
          "'\(parts[3].shownInMessage)' is not a due date seen can read; write \(DueDate.examples)")
    }
    guard let item = content.item(typedWhat) else {
      return AgreedAction(what: typedWhat, man: man, owner: owner, due: due)
    }
    let gaps = GapAnalysis.report(for: record, content: content, includeSensitive: true).gaps
    let gap = gaps.first { $0.item.id == item.id && $0.man == man }
    let what = gap?.advice.advice ?? item.next
    return AgreedAction(what: what, man: man, owner: owner, due: due, item: item.id)
  }

  /// "the due date 2026-11-20 is 13 days in the past", or nil for a date not past.
  public static func pastDue(_ action: AgreedAction, today: ISODate) -> String? {
    guard action.due < today else { return nil }
    let days = action.due.days(to: today)
    return "the due date \(action.due) is \(days) day\(days == 1 ? "" : "s") in the past"
  }

  /// A man's label or number, or nil for the case ("case", "the case" or nothing).
  private static func man(_ text: String, in record: ReviewRecord) throws(Problem) -> String? {
    let lowered = text.lowercased()
    if text.isEmpty || lowered == "case" || lowered == "the case" { return nil }
    let labels = record.men.map(\.label)
    if let number = Int(text), number >= 1, number <= labels.count { return labels[number - 1] }
    if let label = labels.first(where: { ManLabel.same($0, text) }) { return label }
    let valid = labels.map { "'\($0.shownInMessage)'" } + ["case"]
    throw Problem(
      message:
        "there is no man '\(text.shownInMessage)' in this review; give one of: \(valid.joined(separator: ", ")) (or his number)"
    )
  }
}
