/// Agreed actions in the review record (`seen-review/5`):
///
///     "actions": [
///       {"what": "Ask the GP what is known of him", "for": "Father", "owner": "Health visitor",
///        "due": "2026-12-17", "item": "agency-checks", "state": "open"},
///       {"what": "...", "owner": "Social worker", "due": "2026-12-10", "state": "done",
///        "done": "2026-12-09", "note": "GP replied"},
///       {"what": "...", "owner": "Midwife", "due": "2026-12-10", "state": "dropped",
///        "reason": "He has moved away"}
///     ]
///
/// `for` is a man's label (left out for the case as a whole); `owner` is one of the content's
/// roles; `item` the checklist item whose next step it came from, when it did.
extension AgreedAction {
  static let keys = [
    "what", "for", "owner", "due", "item", "state", "done", "note", "reason", "sensitive",
  ]

  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("what", .string(what))]
    if let man { members.append(("for", .string(man))) }
    members.append(("owner", .string(owner)))
    members.append(("due", .string(due.description)))
    if let item { members.append(("item", .string(item))) }
    members.append(("state", .string(state.word)))
    switch state {
    case .open: break
    case .done(let day, let note):
      members.append(("done", .string(day.description)))
      if let note { members.append(("note", .string(note))) }
    case .dropped(let reason):
      members.append(("reason", .string(reason)))
    }
    if sensitive { members.append(("sensitive", .bool(true))) }
    return .object(members)
  }
}

extension ReviewRecord {
  /// The record's agreed actions, each checked: its man is one of the record's, its owner one
  /// of the content's roles, its item one of the checklist's, its dates real days.
  static func decodeActions(_ reader: JSONObjectReader, men: [ManRecord], content: Content)
    throws(DataError) -> [AgreedAction]
  {
    guard reader.value("actions") != nil else { return [] }
    var actions: [AgreedAction] = []
    for action in try reader.objects("actions") {
      actions.append(try decodeAction(action, men: men, content: content))
    }
    return actions
  }

  private static func decodeAction(
    _ reader: JSONObjectReader, men: [ManRecord], content: Content
  ) throws(DataError) -> AgreedAction {
    try reader.rejectUnknownKeys(allowed: AgreedAction.keys)
    let what = try decodeText(reader, key: "what")
    var man: String?
    if let label = try reader.optionalString("for") {
      let key = ManLabel.key(label)
      guard let match = men.first(where: { ManLabel.key($0.label) == key }) else {
        throw reader.error(
          .invalidValue(label, valid: men.map(\.label)), at: reader.value("for"), key: "for")
      }
      man = match.label
    }
    let typedOwner = try reader.string("owner")
    guard let owner = content.canonicalRole(typedOwner) else {
      throw reader.error(
        .invalidValue(typedOwner, valid: content.actionOwners), at: reader.value("owner"),
        key: "owner")
    }
    guard let due = try decodeDate(reader, key: "due") else {
      throw reader.error(.missingKey("due"))
    }
    var item: String?
    if let id = try reader.optionalString("item") {
      guard content.item(id) != nil else {
        throw reader.error(
          .unknownItem(id, valid: content.checklist.map(\.id)), at: reader.value("item"),
          key: "item")
      }
      item = id
    }
    let state: AgreedAction.State
    let word = try reader.optionalString("state") ?? "open"
    switch word {
    case "open":
      state = .open
    case "done":
      guard let day = try decodeDate(reader, key: "done") else {
        throw reader.error(.missingKey("done"))
      }
      // No note (or a blank one) is none: never an empty note that outputs show as a blank line.
      let note = try decodeText(reader, key: "note", optional: true)
      state = .done(on: day, note: note.isEmpty ? nil : note)
    case "dropped":
      state = .dropped(reason: try decodeText(reader, key: "reason"))
    default:
      throw reader.error(
        .invalidValue(word, valid: ["open", "done", "dropped"]), at: reader.value("state"),
        key: "state")
    }
    // Only the keys of its state: a "reason" on a done action is a mistake, not a note.
    for key in ["done", "note", "reason"] where reader.value(key) != nil {
      let belongs =
        (key == "reason" && word == "dropped") || (key != "reason" && word == "done")
      if !belongs {
        throw reader.error(
          .other(
            "'\(key)' belongs to an action whose state is \(key == "reason" ? "dropped" : "done"), and this one is \(word)"
          ),
          at: reader.value(key), key: key)
      }
    }
    var action = AgreedAction(
      what: what, man: man, owner: owner, due: due, item: item, state: state)
    action.sensitive = try reader.optionalBool("sensitive") ?? false
    return action
  }

  /// Typed text: control characters removed and trimmed as a note is; required unless
  /// `optional`, and never over the limit of a note.
  private static func decodeText(_ reader: JSONObjectReader, key: String, optional: Bool = false)
    throws(DataError) -> String
  {
    let text = optional ? try reader.optionalString(key) ?? "" : try reader.string(key)
    guard Answer.isWithinLimit(text) else {
      throw reader.error(.other(Answer.tooLongMessage("'\(key)'")), at: reader.value(key), key: key)
    }
    let cleaned = ManRecord.cleaned(text)
    if cleaned == nil && !optional {
      throw reader.error(.emptyText, at: reader.value(key), key: key)
    }
    return cleaned ?? ""
  }

  /// A year-month-day date at `key`, or nil when there is none.
  static func decodeDate(_ reader: JSONObjectReader, key: String) throws(DataError) -> ISODate? {
    guard let text = try reader.optionalString(key) else { return nil }
    guard let date = ISODate(text) else {
      throw reader.error(
        .other(
          "'\(text.shownInMessage)' is not a real day written year-month-day, such as 2026-12-17"),
        at: reader.value(key), key: key)
    }
    return date
  }
}
