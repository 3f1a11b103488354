/// One reading of a local file and every problem found, in file order.
struct LocalChecker {
  let file: String?
  let content: Content
  var problems: [DataError] = []
  /// Texts that pass but hold words to avoid: listed, never refused.
  var warnings: [DataError] = []

  init(file: String?, content: Content) {
    self.file = file
    self.content = content
  }

  mutating func problem(_ message: String, at value: JSONValue?, path: String) {
    problems.append(
      DataError(file: file, position: value?.position, path: path, problem: .other(message)))
  }

  mutating func problem(_ kind: DataError.Problem, at value: JSONValue?, path: String) {
    problems.append(DataError(file: file, position: value?.position, path: path, problem: kind))
  }

  /// Warns where a step for safety (`locallyForSafety`, `nextForSafety`) holds a phrase from
  /// the avoid list of practice-safety advice: it is shown exactly where abuse is known or
  /// suspected, and trusted as written.
  mutating func avoidList(_ text: String?, in fields: [JSONValue.Member], key: String, path: String)
  {
    guard let text else { return }
    for entry in LocalProcedures.avoidedPhrases(in: text) {
      let without = entry.phrase == "ask the mother" ? " without \"alone\"" : ""
      warnings.append(
        DataError(
          file: file, position: fields.first { $0.key == key }?.value.position,
          path: Self.child(path, key),
          problem: .other(
            "a step for safety says \"\(entry.phrase)\"\(without), words to avoid where abuse is known or suspected (\(entry.instead)); check it with your safeguarding lead and reword it."
          )))
    }
  }

  static func child(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  mutating func object(_ value: JSONValue, path: String) -> [JSONValue.Member]? {
    guard case .object(let members) = value.kind else {
      problem(.wrongType(expected: "an object", found: value.typeName), at: value, path: path)
      return nil
    }
    return members
  }

  mutating func array(_ value: JSONValue?, path: String) -> [JSONValue] {
    guard let value else { return [] }
    guard case .array(let elements) = value.kind else {
      problem(.wrongType(expected: "a list", found: value.typeName), at: value, path: path)
      return []
    }
    if elements.count > LocalProcedures.mostEntries {
      problem(
        "the list has \(elements.count) entries; a local file holds at most \(LocalProcedures.mostEntries) in one list.",
        at: value, path: path)
      // The rest is not read: the list must be cut anyway, and checking thousands of entries
      // would only bury this line.
      return Array(elements.prefix(LocalProcedures.mostEntries))
    }
    return elements
  }

  /// Refuses unknown keys, keys that would change the review's own text (`review`) and keys
  /// that would name a person.
  mutating func keys(
    _ members: [JSONValue.Member], allowed: [String], path: String, review: Bool = false
  ) {
    for member in members where !allowed.contains(member.key) {
      let at = Self.child(path, member.key)
      if LocalProcedures.personalKeys.contains(member.key) {
        problem(
          "a contact is a role, never a person's name; remove \(member.key.quotedInMessage) and say who by role in \"role\".",
          at: member.value, path: at)
      } else if review && LocalProcedures.reviewTextKeys.contains(member.key) {
        problem(
          "a local file cannot change the review's own text, quotations, citations or figures; add your next step as \"locally\" and your links as \"links\".",
          at: member.value, path: at)
      } else {
        problem(.unknownKey(member.key, valid: allowed), at: member.value, path: at)
      }
    }
  }

  /// A text: a string, not empty, within its limit, without control characters; nil when
  /// missing (a problem when `required`) or wrong.
  mutating func text(
    _ members: [JSONValue.Member], _ key: String, path: String, limit field: String? = nil,
    required: Bool = true
  ) -> String? {
    guard let value = members.first(where: { $0.key == key })?.value else {
      if required { problem(.missingKey(key), at: nil, path: path) }
      return nil
    }
    let at = Self.child(path, key)
    guard case .string(let text) = value.kind else {
      problem(.wrongType(expected: "a string", found: value.typeName), at: value, path: at)
      return nil
    }
    let trimmed = text.trimmingWhitespace()
    if trimmed.isEmpty {
      problem("the text is empty; write it, or leave the key out.", at: value, path: at)
      return nil
    }
    let most = LocalProcedures.limit(field ?? key)
    let count = text.unicodeScalars.count
    if count > most {
      problem(
        "the text is \(count) characters long; \(field ?? key) holds at most \(most), so shorten it.",
        at: value, path: at)
      return nil
    }
    // Any line break counts, a plain one too: a local text is shown on one line, and a line of
    // its own could pass itself off as the review's.
    if text.unicodeScalars.contains(where: LocalProcedures.isControlOrLineBreak) {
      problem(
        "the text holds control characters (such as a tab or a line break); write it on one line.",
        at: value, path: at)
      return nil
    }
    if text.unicodeScalars.contains(where: LocalProcedures.isInvisibleFormatting) {
      problem(
        "the text holds invisible characters (a bidirectional control, a zero-width or other format character, a filler or a soft hyphen) that can hide or reorder what it shows; type it again without them.",
        at: value, path: at)
      return nil
    }
    return trimmed
  }
}
