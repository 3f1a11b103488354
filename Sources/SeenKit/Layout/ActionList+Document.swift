/// The layout of `seen actions`: a title, what was read and as of which day, then each action
/// as a list entry (its case and number, what is to be done) with its man, owner, due date,
/// state and file underneath.
extension ActionList {
  func document() -> Document {
    var document = Document(title: "Agreed actions")
    document.title("Agreed actions")
    let (listed, superseded) = listing
    document.paragraph(overview(listed))
    if let note = supersededNote(superseded) { document.note(note) }
    if duplicates > 0 { document.note(duplicatesNote) }
    if sensitiveLeftOut > 0 {
      document.paragraph(
        "\(sensitiveLeftOut) sensitive note\(sensitiveLeftOut == 1 ? " was" : "s were") left out "
          + "(an action's words where a safety condition is recorded, or where it comes from a "
          + "sensitive item): \(AgreedAction.wordsLeftOutMarker) or \(ReviewRecord.sensitiveNoteLeftOut) stands in \(sensitiveLeftOut == 1 ? "its" : "their") place. "
          + "--include-sensitive shows \(sensitiveLeftOut == 1 ? "it" : "them").")
    }
    guard !listed.isEmpty else {
      document.paragraph(emptyText)
      return document
    }
    // The list made whole, then added once: adding entries and fields one at a time copies
    // the list each time, which thousands of actions make quadratic.
    var entries: [ListEntry] = []
    entries.reserveCapacity(listed.count)
    for entry in listed {
      let action = entry.action
      var fields = [
        Field(label: "For", value: RichText(action.man ?? "the case")),
        Field(label: "Owner", value: RichText(action.owner)),
        Field(label: "Due", value: RichText(action.due.description)),
        Field(label: "State", value: RichText(entry.stateText(today: today))),
      ]
      // A recorded condition always has its line; a safety not yet known has one too.
      let check =
        entry.safetyCheck
        ?? (entry.safetyRecorded ? GapReport.actionSafetyCheck(recorded: "") : nil)
      if let check, action.isOpen {
        fields.append(Field(label: "Safety", value: RichText(check)))
      }
      switch action.state {
      case .open: break
      case .done(_, let note):
        if let note { fields.append(Field(label: "Note", value: RichText(note))) }
      case .dropped(let reason): fields.append(Field(label: "Reason", value: RichText(reason)))
      }
      fields.append(Field(label: "File", value: RichText(entry.file)))
      entries.append(
        ListEntry(
          marker: .bullet, lead: RichText(lead(entry)), text: RichText(action.what),
          fields: fields))
    }
    document.add(.list(List(entries: entries)))
    return document
  }

  /// "Case SW-0457, action 2"; with every version listed, its review's date too: "Case
  /// SW-0457, action 2 (review of 2026-12-03, superseded)".
  func lead(_ entry: Entry) -> String {
    let lead =
      (entry.caseReference.map { "Case \($0)" } ?? "No case reference")
      + ", action \(entry.number)"
    guard allVersions else { return lead }
    let review = entry.reviewDate.map { "review of \($0)" } ?? "review without a date"
    return lead + " (\(review)\(entry.superseded ? ", superseded" : ""))"
  }

  /// What the list says of re-review chains: how many superseded reviews were left out, or
  /// that every version is listed; nothing when no review read is superseded.
  func supersededNote(_ superseded: Int) -> String? {
    guard superseded > 0 else { return nil }
    let reviews = Self.count(superseded, "superseded review")
    if allVersions {
      return "Every version listed (--all-versions): \(Self.count(superseded, "review")) read "
        + "\(superseded == 1 ? "is" : "are") superseded by a later review of the case; "
        + "change an action in the latest review."
    }
    return "\(reviews) left out: a later review of the same case supersedes "
      + "\(superseded == 1 ? "it" : "them") and lists its actions as they stand now "
      + "(--all-versions lists every version)."
  }

  /// "Each review listed once: 1 duplicate copy left out", as `seen summary` says it.
  var duplicatesNote: String {
    "Each review listed once: \(duplicates == 1 ? "1 duplicate copy" : "\(duplicates) duplicate copies") "
      + "left out (the same review in another file; the copy seen summary counts is listed)."
  }

  /// What was read, as of which day, what is listed and how the listed actions stand.
  private func overview(_ listed: [Entry]) -> String {
    var text =
      "As of \(today): \(Self.count(listed.count, "action")) listed"
      + (filter.isEmpty ? "" : " (\(filterWords))") + ", of \(Self.count(actionsRead, "action"))"
      + " in \(Self.count(reviews, "review")) read."
    guard !listed.isEmpty else { return text }
    let overdue = listed.filter { $0.isOverdue(today: today) }.count
    let openSuperseded = listed.filter { $0.superseded && $0.action.isOpen }.count
    let open = listed.filter { $0.action.isOpen }.count - overdue - openSuperseded
    let done = listed.filter {
      if case .done = $0.action.state { return true } else { return false }
    }.count
    let dropped = listed.count - overdue - open - openSuperseded - done
    let parts = [
      (overdue, "overdue"), (open, "open and not yet due"),
      (openSuperseded, "open in a superseded review"), (done, "done"), (dropped, "dropped"),
    ]
    .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    text +=
      " Listed: " + parts.joined(separator: ", ")
      + "; overdue first, the most overdue first, then by due date."
    return text
  }

  /// The filters in words: "open only, owned by Health visitor, due before 2027-01-01".
  var filterWords: String {
    var words: [String] = []
    if filter.openOnly { words.append("open only") }
    if let owner = filter.owner { words.append("owned by \(owner)") }
    if let day = filter.dueBefore { words.append("due before \(day)") }
    return words.joined(separator: ", ")
  }

  /// The sentence for a list with nothing in it.
  private var emptyText: String {
    if reviews == 0 { return "No review was read, so there is no action to list." }
    if actionsRead == 0 {
      return reviews == 1
        ? "The review read has no agreed actions."
        : "None of the \(reviews) reviews read has an agreed action."
    }
    return "No agreed action matches the filter (\(filterWords)); leave it out to see the others."
  }

  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
