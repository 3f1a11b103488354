/// An agreed action written on one line, as `seen review --action` takes it:
/// "WHAT|FOR|OWNER|DUE". It is checked as the guided review checks what is typed: FOR a man's
/// label or number, or the case; OWNER one of the content's roles, never a name; DUE a date or a
/// time from today. WHAT may be a checklist item's id, which takes that item's next step as the
/// gap report gives it for that man or the case (its safe form where a safety condition holds).
/// A WHAT shaped like an id that is none is refused, not kept as words. `\|` writes a bar
/// inside a part, `\\` a backslash.
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
    let parts = Self.parts(text).map { $0.trimmingWhitespace() }
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
      // What is wrong with it, as the guided review says: too far ahead or back, a span, or
      // unreadable (without the closing full stop, which the message adds).
      let problem =
        DueDate.problem(parts[3], today: today, shown: "'\(parts[3].shownInMessage)'")
        ?? "'\(parts[3].shownInMessage)' is not a due date seen can read: type \(DueDate.examples)."
      throw Problem(message: String(problem.dropLast(problem.hasSuffix(".") ? 1 : 0)))
    }
    let typedID = idForm(typedWhat)
    guard let item = content.item(typedID) else {
      try refuseMistypedID(typedID, content: content)
      return AgreedAction(what: typedWhat, man: man, owner: owner, due: due)
    }
    // An item about the case is agreed for the case: given for a man, it would be listed and
    // counted as his.
    if item.scope == .case, man != nil {
      throw Problem(
        message:
          "'\(item.id)' is about the case, not about one man; leave FOR empty (as in \"\(item.id)||OWNER|DUE\") to agree it for the case"
      )
    }
    // The step exactly as the gap report gives it for that man or the case.
    let what = record.nextStep(for: item, man: man).advice
    return AgreedAction(what: what, man: man, owner: owner, due: due, item: item.id)
  }

  /// The parts between unescaped bars: `\|` is a bar and `\\` a backslash within a part; any
  /// other backslash is kept as typed.
  static func parts(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var escaped = false
    for character in text {
      if escaped {
        if character != "|" && character != "\\" { current.append("\\") }
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    if escaped { current.append("\\") }
    parts.append(current)
    return parts
  }

  /// WHAT as an id would be typed: in lower case, with '_' and the dashes (en, em, the Unicode
  /// hyphens and minus) as '-', and without the punctuation that may end it ("contacted.").
  /// "Agency_Checks", "AGENCY–CHECKS" and "agency-checks." are all "agency-checks".
  static func idForm(_ what: String) -> String {
    let dashes: Set<Unicode.Scalar> = [
      "_", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
    ]
    var scalars = String.UnicodeScalarView()
    for scalar in what.lowercased().unicodeScalars {
      scalars.append(dashes.contains(scalar) ? "-" : scalar)
    }
    var form = String(scalars)
    while let last = form.last, ".,;:!?".contains(last) { form.removeLast() }
    return form
  }

  /// Refuses a WHAT shaped like a checklist item's id (letters, digits and hyphens, no space,
  /// in `idForm`) that is none, such as "contacted" mistyped "contaced": kept, it would become
  /// the action's words. Own words have spaces; a single word is kept when it is no id's near
  /// miss: more than 2 edits from every id (more than 1 for a word of 4 letters or fewer, so
  /// that a short word such as "Man" is not taken for "plan").
  private static func refuseMistypedID(_ what: String, content: Content) throws(Problem) {
    let idShaped = what.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard idShaped, !what.isEmpty else { return }
    let ids = content.checklist.map(\.id)
    let reach = what.count <= 4 ? 1 : 2
    let scored = ids.map { ($0, what.editDistance(to: $0)) }.filter { $0.1 <= reach }
    let best = scored.map(\.1).min()
    let closest = scored.filter { $0.1 == best }.map { "'\($0.0)'" }.prefix(3)
    guard what.contains("-") || !closest.isEmpty else { return }
    let suggestion =
      closest.isEmpty ? "" : " (did you mean \(closest.joined(separator: " or "))?)"
    throw Problem(
      message:
        "what is to be done looks like a checklist item's id but is none\(suggestion); give an item's id ('seen content' lists them), or write what is to be done in your own words, with spaces"
    )
  }

  /// What an action in the practitioner's own words needs where contact is planned for safety,
  /// said by the guided review and by a script alike.
  public static let ownWordsForSafety =
    "the action will be marked sensitive, and it must be checked with your manager or safeguarding lead before anyone acts on it. Make sure it says nothing the mother disclosed and does not contact him before that is planned."

  /// `ownWordsForSafety` for an action agreed in a supervision: where the supervisor is a
  /// manager or lead (one of the content's owners that is no practitioner's role), the check is
  /// theirs to make now, in the supervision, not to send back to "your manager".
  public static func ownWordsForSafety(supervisor role: String, content: Content) -> String {
    guard content.actionOwners.contains(role), !content.roles.contains(role) else {
      return ownWordsForSafety
    }
    let lead =
      role == "Safeguarding lead" ? "" : " (with the safeguarding lead where one is needed)"
    return
      "the action will be marked sensitive. As the \(role.lowercased().terminalSafe), agree in this supervision how any contact with him is planned for safety\(lead), and record who will act and when, before anyone acts on it. Make sure it says nothing the mother disclosed and does not contact him before that is planned."
  }

  /// Whether `action` is in the practitioner's own words (not an item's next step, plain or in
  /// its safe form) where the report plans contact for safety, for its man or, for the case, for
  /// anyone in it (the rule the safe form of a next step follows). Such an action is marked
  /// sensitive, with a warning: from a script (`--action`) and in a supervision session alike.
  public static func isOwnWordsForSafety(
    _ action: AgreedAction, record: ReviewRecord, content: Content
  ) -> Bool {
    if let id = action.item {
      guard let item = content.item(id) else { return false }
      if action.what == item.next || action.what == item.next(safetyConditionHolds: true).advice {
        return false
      }
      return record.safetyConditionHolds(for: item, man: action.man)
    }
    if let man = action.man, let index = record.manIndex(named: man) {
      return !SafetyReason.reasons(for: record.men[index], in: record).isEmpty
    }
    return !SafetyReason.caseReasons(in: record).isEmpty
      || record.men.contains { !SafetyReason.reasons(for: $0, in: record).isEmpty }
  }

  /// `action`, marked sensitive where `isOwnWordsForSafety` holds.
  public static func checkedForSafety(
    _ action: AgreedAction, record: ReviewRecord, content: Content
  ) -> AgreedAction {
    guard isOwnWordsForSafety(action, record: record, content: content) else { return action }
    var action = action
    action.sensitive = true
    return action
  }

  /// "the due date 2026-11-20 is 13 days in the past", or nil for a date not past.
  public static func pastDue(_ action: AgreedAction, today: ISODate) -> String? {
    guard action.due < today else { return nil }
    let days = action.due.days(to: today)
    return "the due date \(action.due) is \(days) day\(days == 1 ? "" : "s") in the past"
  }

  /// A man's label or number, or nil for the case ("case", "the case" or nothing). Where a man
  /// is labelled "Case" (or "The case"), that word names neither: his number names him, and
  /// nothing the case. A man recorded as no longer in the baby's life gets no new action.
  private static func man(_ text: String, in record: ReviewRecord) throws(Problem) -> String? {
    let lowered = text.lowercased()
    let labels = record.men.map(\.label)
    if text.isEmpty { return nil }
    if lowered == "case" || lowered == "the case" {
      guard let index = labels.firstIndex(where: { ManLabel.same($0, text) }) else { return nil }
      throw Problem(
        message:
          "'\(text.shownInMessage)' could mean the case or the man labelled so; give \(index + 1) for him, or leave FOR empty (as in \"WHAT||OWNER|DUE\") for the case as a whole"
      )
    }
    var found: Int?
    if let number = Int(text), number >= 1, number <= labels.count { found = number - 1 }
    if found == nil { found = labels.firstIndex { ManLabel.same($0, text) } }
    if let index = found {
      if let day = record.men[index].noLongerInBabysLife {
        throw Problem(
          message:
            "\(labels[index].quotedInMessage) is recorded as no longer in the baby's life (from \(day)), so no action is agreed for him; give another man, or the case"
        )
      }
      return labels[index]
    }
    let valid = labels.map { "'\($0.shownInMessage)'" } + ["case"]
    throw Problem(
      message:
        "there is no man '\(text.shownInMessage)' in this review; give one of: \(valid.joined(separator: ", ")) (or his number)"
    )
  }
}
