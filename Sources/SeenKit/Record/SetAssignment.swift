/// One `--set` from the command line: `MAN.ITEM=ANSWER[:note]` for a man's item (`na:REASON[:note]`
/// for not applicable, REASON being safety, moved-away, deceased or other), `ITEM=ANSWER[:note]`
/// for a case-level item, `MAN.relationship=…` / `MAN.lives-with-baby=yes|no|unknown` for his
/// details, or `MAN.strengths=TEXT` for what he brings to the baby's care; `confidence=…` and
/// `role=…` set the reviewer's confidence and role.
public struct SetAssignment: Equatable, Sendable {
  public enum Target: Equatable, Sendable {
    case caseLevel
    /// A label (any case) or a 1-based number.
    case man(String)
  }

  public var target: Target
  var key: String
  /// The answer, lower-cased, without the note.
  var value: String
  var note: String?
  /// Everything after the "=" as typed (trimmed), colons included: for free text.
  var text: String

  /// Splits the text; checking ids and answers waits for `apply`, which knows the content.
  public init(parsing text: String) throws(DataError) {
    func fail(_ message: String) -> DataError {
      DataError(
        file: nil, position: nil, path: "--set \(Self.shown(text))", problem: .other(message))
    }
    guard let equals = text.firstIndex(of: "=") else {
      throw fail("write MAN.ITEM=ANSWER or ITEM=ANSWER, for example father.contacted=no.")
    }
    let left = String(text[..<equals]).trimmingWhitespace()
    var right = String(text[text.index(after: equals)...])
    self.text = right.trimmingWhitespace()
    if let colon = right.firstIndex(of: ":") {
      let note = String(right[right.index(after: colon)...]).trimmingWhitespace()
      self.note = note.isEmpty ? nil : note
      right = String(right[..<colon])
    }
    value = right.trimmingWhitespace().lowercased()
    if let dot = left.lastIndex(of: ".") {
      let man = String(left[..<dot]).trimmingWhitespace()
      key = String(left[left.index(after: dot)...]).trimmingWhitespace().lowercased()
      if man.isEmpty { throw fail("the man's label before the '.' is empty.") }
      target = .man(man)
    } else {
      key = left.lowercased()
      target = .caseLevel
    }
    if key.isEmpty { throw fail("the item before the '=' is empty.") }
    if value.isEmpty { throw fail("the answer after the '=' is empty.") }
    // Free text (strengths) is checked whole where it is applied.
    if let note, !ReviewRecord.freeTextKeys.contains(key), !Answer.isWithinLimit(note) {
      throw fail(Answer.tooLongMessage("the note"))
    }
  }
}

extension SetAssignment {
  /// The `--set` as an error names it: the item and the answer, each cut short
  /// (`shortenedInMessage`), never the note nor free text (strengths), which may be sensitive:
  /// standard error ends up in logs.
  static func shown(_ text: String) -> String {
    guard let equals = text.firstIndex(of: "=") else {
      return String(text.prefix { $0 != ":" }).shortenedInMessage
    }
    let left = String(text[..<equals]).trimmingWhitespace()
    let key = String(left[(left.lastIndex(of: ".").map(left.index(after:)) ?? left.startIndex)...])
      .trimmingWhitespace().lowercased()
    guard !ReviewRecord.freeTextKeys.contains(key) else { return left.shortenedInMessage }
    let right = text[text.index(after: equals)...]
    let answer = String(right.prefix { $0 != ":" }).trimmingWhitespace()
    return left.shortenedInMessage + "=" + answer.shortenedInMessage
  }
}

extension ReviewRecord {
  /// Applies a `--set`. A man named by a label who is not yet in the record is added.
  public mutating func apply(_ assignment: SetAssignment, content: Content) throws(DataError) {
    let path = Self.errorPath(of: assignment)
    func fail(_ problem: DataError.Problem) -> DataError {
      DataError(file: nil, position: nil, path: path, problem: problem)
    }
    if assignment.note != nil && Self.detailKeys.contains(assignment.key) {
      throw fail(
        .other(
          "\(assignment.key) takes no note: write the answer alone, and put notes on an item."))
    }
    switch assignment.target {
    case .caseLevel:
      try applyToCase(assignment, content: content, fail: fail)
    case .man(let reference):
      try applyToMan(reference, assignment, content: content, fail: fail)
    }
  }

  /// "--set KEY=VALUE" or "--set MAN.KEY=VALUE" as errors show it.
  private static func errorPath(of assignment: SetAssignment) -> String {
    // What he brings is kept like a note, and a note is never repeated in an error.
    let shown =
      Self.freeTextKeys.contains(assignment.key)
      ? "" : "=\(assignment.value.shortenedInMessage)"
    switch assignment.target {
    case .caseLevel: return "--set \(assignment.key.shortenedInMessage)\(shown)"
    case .man(let man):
      return "--set \(man.shortenedInMessage).\(assignment.key.shortenedInMessage)\(shown)"
    }
  }

  private mutating func applyToCase(
    _ assignment: SetAssignment, content: Content, fail: (DataError.Problem) -> DataError
  ) throws(DataError) {
    if assignment.key == "confidence" {
      guard let level = ConfidenceLevel(typed: assignment.value) else {
        throw fail(
          .invalidValue(assignment.value, valid: ConfidenceLevel.allCases.map(\.rawValue)))
      }
      confidence = level
      if let note = assignment.note { reflections["confidence"] = note }
      return
    }
    if assignment.key == "role" {
      guard let words = content.normalisedRole(assignment.text) else {
        throw fail(
          .other(
            "give your role, such as role=\"Health visitor\" or role=\"other: school nurse\"."))
      }
      role = words
      return
    }
    let items = content.items(scope: .case)
    guard let item = items.first(where: { $0.id == assignment.key }) else {
      if content.item(assignment.key) != nil {
        throw fail(
          .other(
            "\(assignment.key.quotedInMessage) is asked about each man: write MAN.\(assignment.key)=…, for example father.\(assignment.key)=yes."
          ))
      }
      throw fail(.unknownItem(assignment.key, valid: items.map(\.id) + ["confidence", "role"]))
    }
    answers[item.id] = try Self.answer(assignment, item: item, fail: fail)
  }

  private mutating func applyToMan(
    _ reference: String, _ assignment: SetAssignment, content: Content,
    fail: (DataError.Problem) -> DataError
  ) throws(DataError) {
    let existing = manIndex(named: reference)
    // He stays listed, and only a safety concern about him is recorded: one can arise or
    // remain after he leaves (an ex-partner's threats). The guided review asks him only that.
    if let existing, let day = men[existing].noLongerInBabysLife,
      !SafetyItems.afterHeLeaves.contains(assignment.key)
    {
      throw fail(
        .other(
          "\(men[existing].label.quotedInMessage) is recorded as no longer in the baby's life (from \(day)), so only a safety concern about him is recorded (\(SafetyItems.afterHeLeaves.joined(separator: " or "))); leave this --set out."
        ))
    }
    if existing == nil, let number = Int(reference) {
      throw fail(.other("there is no man number \(number); the record has \(men.count)."))
    }
    if existing == nil, let problem = ManLabel.problem(reference) {
      throw fail(.other(problem))
    }
    // The same limit as when a record is read, so that seen can always read what it saved.
    if existing == nil, men.count >= Self.maximumMen {
      throw fail(.other(Self.tooManyMenMessage()))
    }
    // Change a copy, so that a refused --set adds no one.
    // "father" on a command line becomes "Father" in the report.
    var man =
      existing.map { men[$0] }
      ?? ManRecord(label: reference.prefix(1).uppercased() + reference.dropFirst())
    try Self.set(assignment, on: &man, content: content, fail: fail)
    if let existing {
      men[existing] = man
    } else {
      men.append(man)
    }
  }

  /// Sets one of a man's details or answers.
  private static func set(
    _ assignment: SetAssignment, on man: inout ManRecord, content: Content,
    fail: (DataError.Problem) -> DataError
  ) throws(DataError) {
    switch assignment.key {
    case "relationship":
      // step-father is read from older records but no longer offered.
      guard let relationship = Relationship(rawValue: assignment.value),
        Relationship.offered.contains(relationship)
      else {
        throw fail(.invalidValue(assignment.value, valid: Relationship.offered.map(\.rawValue)))
      }
      man.relationship = relationship
    case "strengths":
      guard Answer.isWithinLimit(assignment.text) else {
        throw fail(.other(Answer.tooLongMessage("strengths")))
      }
      man.strengths = assignment.text
    case "lives-with-baby", "liveswithbaby":
      switch assignment.value {
      case "yes", "true": man.livesWithBaby = true
      case "no", "false": man.livesWithBaby = false
      case "unknown", "null": man.livesWithBaby = nil
      default: throw fail(.invalidValue(assignment.value, valid: ["yes", "no", "unknown"]))
      }
    default:
      let items = content.items(scope: .man)
      guard let item = items.first(where: { $0.id == assignment.key }) else {
        if content.item(assignment.key) != nil {
          throw fail(
            .other(
              "\(assignment.key.quotedInMessage) is asked once for the case: write \(assignment.key)=… without a man."
            ))
        }
        throw fail(
          .unknownItem(
            assignment.key,
            valid: items.map(\.id) + ["relationship", "lives-with-baby", "strengths"]))
      }
      man.answers[item.id] = try Self.answer(assignment, item: item, fail: fail)
    }
  }

  /// A man's details, which are not checklist items and keep no note.
  static let detailKeys: Set<String> = ["relationship", "lives-with-baby", "liveswithbaby"]
  /// Case-level keys that are not checklist items.
  static let reservedCaseKeys: Set<String> = ["confidence", "role"]
  /// Keys whose value is free text, taken whole (colons included) and never shown in an error.
  static let freeTextKeys: Set<String> = ["strengths"]

  private static func answer(
    _ assignment: SetAssignment, item: ChecklistItem, fail: (DataError.Problem) -> DataError
  ) throws(DataError) -> Answer {
    let valid = item.allowedAnswers
    guard let value = AnswerValue(rawValue: assignment.value), valid.contains(value) else {
      throw fail(.invalidValue(assignment.value, valid: valid.map(\.rawValue)))
    }
    // "na:safety: non-molestation order" gives the reason first, then the note.
    return value == .na
      ? Answer.notApplicable(typed: assignment.note) : Answer(value, note: assignment.note)
  }
}
