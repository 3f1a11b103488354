/// Reading the `seen-review/N` JSON format (see `ReviewRecord.formatVersion`); writing it is in
/// `ReviewRecord+Encoding`.
extension ReviewRecord {
  static let topLevelKeys = [
    "format", "id", "case", "role", "date", "cohort", "confidence", "men", "answers",
    "reflections", "supersedes", "actions", "workshop", "supervisions",
  ]
  static let manKeys = [
    "label", "relationship", "livesWithBaby", "strengths", "noLongerInBabysLife", "answers",
  ]
  /// Keys that came with a version: a record of an earlier version holding one was not
  /// written by seen.
  static let keysFromVersion: [String: Int] = [
    "id": 4, "supersedes": 5, "actions": 5, "noLongerInBabysLife": 5, "workshop": 6,
    "supervisions": 7, "fearAbout": 8,
  ]

  /// The keys a record of `version` may hold, of `keys`.
  static func allowed(_ keys: [String], version: Int) -> [String] {
    keys.filter { (keysFromVersion[$0] ?? 1) <= version }
  }

  /// Reads a record, checking every item id and answer against the content.
  ///
  /// - Parameter file: the name to use in error messages ("-" for standard input).
  /// - Parameter today: the caller's today (SeenKit has no clock): a supervision dated after it
  ///   is refused; nil where there is none to give.
  public static func decode(
    _ bytes: [UInt8], file: String?, content: Content, today: ISODate? = nil
  ) throws(DataError) -> ReviewRecord {
    let root = try JSONParser.parse(bytes, file: file)
    return try decode(root, file: file, path: "", content: content, bytes: bytes, today: today)
  }

  /// Reads a record saved as a file of its own, which names its format: a file without
  /// "format" (a supervision's answers file, notes kept as JSON) is not taken for an empty review.
  public static func decodeSaved(
    _ bytes: [UInt8], file: String?, content: Content, today: ISODate? = nil
  ) throws(DataError) -> ReviewRecord {
    let root = try JSONParser.parse(bytes, file: file)
    let reader = try JSONObjectReader(root, file: file, path: "")
    guard reader.value("format") != nil else {
      throw reader.error(
        .other(
          "it has no \"format\", so it is not a saved review (seen-review/\(formatVersion)); a supervision's answers file or other notes are not listed"
        ))
    }
    return try decode(root, file: file, path: "", content: content, bytes: bytes, today: today)
  }

  /// Reads a record from parsed JSON, such as the record inside a training scenario.
  ///
  /// - Parameter bytes: the file the record was read from, whose digest is the id of a record
  ///   that holds none (`derivedID(bytes:)`); without it, the id is derived from the content.
  static func decode(
    _ root: JSONValue, file: String?, path: String, content: Content, bytes: [UInt8]? = nil,
    today: ISODate? = nil
  ) throws(DataError) -> ReviewRecord {
    let reader = try JSONObjectReader(root, file: file, path: path)
    // The version first: a newer record may have keys this version does not know.
    let version = try decodeVersion(reader)
    // "id" came with seen-review/4, "actions" with /5: an older record holding one was not
    // written by seen.
    try reader.rejectUnknownKeys(allowed: allowed(topLevelKeys, version: version))

    // A role is read the one way it is stored, so that "social worker" and "Social worker" in
    // older records are one role in every report, sheet and summary.
    var record = ReviewRecord(
      caseReference: try reader.optionalString("case"),
      role: try reader.optionalString("role").flatMap(content.normalisedRole),
      date: try reader.optionalString("date"), cohort: try reader.optionalString("cohort"))
    if let confidence = try reader.optionalString("confidence") {
      guard let level = ConfidenceLevel(rawValue: confidence) else {
        throw reader.error(
          .invalidValue(confidence, valid: ConfidenceLevel.allCases.map(\.rawValue)),
          at: reader.value("confidence"), key: "confidence")
      }
      record.confidence = level
    }
    record.men = try decodeMen(reader, content: content, version: version)
    if let answers = try reader.optionalObject("answers") {
      (record.answers, record.keptLocalAnswers) = try decodeAnswers(
        answers, scope: .case, content: content, version: version)
    }
    if let reflections = try reader.optionalObject("reflections") {
      record.reflections = try decodeReflections(reflections, content: content)
    }
    record.supersedes = try decodeID(reader, key: "supersedes")
    record.actions = try decodeActions(reader, men: record.men, content: content)
    record.workshop = try reader.optionalObject("workshop").map(WorkshopStart.decode)
    record.supervisions = try decodeSupervisions(
      reader, record: record, content: content, today: today, version: version)
    record.id = try decodeID(reader) ?? bytes.map(Self.derivedID(bytes:)) ?? record.derivedID
    return record
  }

  /// The id the record holds, checked; nil when it holds none.
  private static func decodeID(_ reader: JSONObjectReader, key: String = "id")
    throws(DataError) -> String?
  {
    guard let id = try reader.optionalString(key) else { return nil }
    if id.isEmpty { throw reader.error(.emptyText, at: reader.value(key), key: key) }
    if let problem = idProblem(id) {
      throw reader.error(.other(problem), at: reader.value(key), key: key)
    }
    return id
  }

  /// The record's format version: this version's when the record names none.
  private static func decodeVersion(_ reader: JSONObjectReader) throws(DataError) -> Int {
    guard let format = try reader.optionalString("format") else {
      return ReviewRecord.formatVersion
    }
    let prefix = "seen-review/"
    let digits = format.dropFirst(prefix.count)
    // "seen-review/2", never "/02" or "/+2"; a number too large for Int is still newer.
    let canonical =
      format.hasPrefix(prefix) && !digits.isEmpty && !digits.hasPrefix("0")
      && digits.allSatisfy { ("0"..."9").contains($0) }
    if canonical && Int(digits) == nil {
      throw reader.error(
        .newerFormat(format, newest: ReviewRecord.format), at: reader.value("format"),
        key: "format")
    }
    guard canonical, let number = Int(digits) else {
      throw reader.error(
        .unsupportedFormat(format, expected: ReviewRecord.format), at: reader.value("format"),
        key: "format")
    }
    if number > ReviewRecord.formatVersion {
      throw reader.error(
        .newerFormat(format, newest: ReviewRecord.format), at: reader.value("format"),
        key: "format")
    }
    return number
  }

  private static func decodeMen(_ reader: JSONObjectReader, content: Content, version: Int)
    throws(DataError) -> [ManRecord]
  {
    let men = reader.value("men") == nil ? [] : try reader.objects("men")
    if men.count > maximumMen {
      throw reader.error(
        .other(tooManyMenMessage(has: men.count)),
        at: reader.value("men"), key: "men")
    }
    var decodedMen: [ManRecord] = []
    decodedMen.reserveCapacity(men.count)
    var labels = [String: String](minimumCapacity: men.count)
    for man in men {
      let decoded = try decodeMan(man, content: content, version: version)
      // --set and the report name men by label, so two men may not share one.
      // One rule for labels (ManLabel), the same as when they are written; looked up by its key
      // so that reading stays linear in the number of men.
      let key = ManLabel.key(decoded.label)
      if let existing = labels[key] {
        throw man.error(
          .duplicateLabel(ManLabel.duplicateMessage(decoded.label, existing: existing)),
          at: man.value("label"), key: "label")
      }
      labels[key] = decoded.label
      decodedMen.append(decoded)
    }
    return decodedMen
  }

  private static func decodeReflections(_ reflections: JSONObjectReader, content: Content)
    throws(DataError) -> [String: String]
  {
    var decoded: [String: String] = [:]
    let questions = content.questions
    for member in reflections.members {
      guard questions.indices.contains(where: { questions[$0].id == member.key }) else {
        throw reflections.error(
          .unknownQuestion(member.key, valid: questions.map(\.id)), at: member.value)
      }
      guard case .string(let text) = member.value.kind else {
        if case .null = member.value.kind { continue }
        throw reflections.error(
          .wrongType(expected: "a string", found: member.value.typeName), at: member.value,
          key: member.key)
      }
      guard Answer.isWithinLimit(text) else {
        throw reflections.error(
          .other(Answer.tooLongMessage("the reflection")), at: member.value, key: member.key)
      }
      if !text.trimmingWhitespace().isEmpty { decoded[member.key] = text }
    }
    return decoded
  }

  private static func decodeMan(_ reader: JSONObjectReader, content: Content, version: Int)
    throws(DataError) -> ManRecord
  {
    try reader.rejectUnknownKeys(allowed: allowed(manKeys, version: version))
    let label = try reader.string("label").trimmingWhitespace()
    if label.isEmpty { throw reader.error(.emptyText, at: reader.value("label"), key: "label") }
    if let problem = ManLabel.problem(label) {
      throw reader.error(.other(problem), at: reader.value("label"), key: "label")
    }
    var man = ManRecord(label: label)
    if let relationship = try reader.optionalString("relationship") {
      guard let value = Relationship(rawValue: relationship) else {
        throw reader.error(
          .invalidValue(relationship, valid: Relationship.allCases.map(\.rawValue)),
          at: reader.value("relationship"), key: "relationship")
      }
      man.relationship = value
    }
    man.livesWithBaby = try reader.optionalBool("livesWithBaby")
    let strengths = try reader.optionalString("strengths")
    if let strengths, !Answer.isWithinLimit(strengths) {
      throw reader.error(
        .other(Answer.tooLongMessage("strengths")), at: reader.value("strengths"),
        key: "strengths")
    }
    man.strengths = strengths
    man.noLongerInBabysLife = try decodeDate(reader, key: "noLongerInBabysLife")
    if let answers = try reader.optionalObject("answers") {
      (man.answers, man.keptLocalAnswers) = try decodeAnswers(
        answers, scope: .man, content: content, version: version)
    }
    return man
  }

  private static func decodeAnswers(
    _ reader: JSONObjectReader, scope: ChecklistItem.Scope, content: Content, version: Int
  ) throws(DataError) -> (answers: [String: Answer], keptLocal: [String: JSONValue]) {
    var answers: [String: Answer] = [:]
    var kept: [String: JSONValue] = [:]
    answers.reserveCapacity(reader.members.count)
    for member in reader.members {
      let position = content.index.positions[member.key]
      if position == nil, member.key.hasPrefix(LocalProcedures.itemPrefix) {
        // A local item this content does not define: kept as written, never refused.
        kept[member.key] = member.value.withoutPositions
        continue
      }
      guard let position, content.index.scopes[position] == scope else {
        throw reader.error(
          .unknownItem(member.key, valid: content.items(scope: scope).map(\.id)), at: member.value)
      }
      if let answer = try decodeAnswer(
        member.value, key: member.key, at: position, of: content, in: reader, version: version)
      {
        answers[member.key] = answer
      }
    }
    return (answers, kept)
  }

  /// One item's answer, written as the answer alone or as {"answer", "note", "reason"}; nil
  /// for null.
  ///
  /// The item is named by its position in `content`'s checklist, whose parts are read from the
  /// index as needed: copying the whole item for each answer read was much of a summary's time.
  private static func decodeAnswer(
    _ node: JSONValue, key: String, at position: Int, of content: Content,
    in reader: JSONObjectReader, version: Int
  ) throws(DataError) -> Answer? {
    var valueNode = node
    var note: String?
    var reasonNode: JSONValue?
    switch node.kind {
    case .null:
      return nil
    case .string:
      break
    case .object:
      let object = try JSONObjectReader(node, file: reader.file, path: reader.childPath(key))
      try object.rejectUnknownKeys(allowed: ["answer", "note", "reason"])
      valueNode = try object.required("answer")
      note = try object.optionalString("note")
      if let note, !Answer.isWithinLimit(note) {
        throw object.error(
          .other(Answer.tooLongMessage("the note")), at: object.value("note"), key: "note")
      }
      reasonNode = object.value("reason")
    default:
      // Only an error needs the list of valid answers spelled out.
      let valid = content.checklist[position].allowedAnswers.map(\.rawValue)
      throw reader.error(
        .wrongType(
          expected:
            "an answer (\(valid.joined(separator: ", "))) or {\"answer\": …, \"note\": …}",
          found: node.typeName),
        at: node, key: key)
    }
    let value = try decodeAnswerValue(
      valueNode, key: key, at: position, of: content, in: reader, version: version)
    var reason: NotApplicableReason?
    if let reasonNode {
      reason = try decodeReason(
        reasonNode, of: value, key: key, in: reader,
        quiet: answerIsNeverQuoted(content.checklist[position]))
    }
    return Answer(value, note: note, reason: reason)
  }

  private static func decodeAnswerValue(
    _ valueNode: JSONValue, key: String, at position: Int, of content: Content,
    in reader: JSONObjectReader, version: Int
  ) throws(DataError) -> AnswerValue {
    // Only an error needs the list of valid answers spelled out.
    var valid: [String] { content.checklist[position].allowedAnswers.map(\.rawValue) }
    guard case .string(let text) = valueNode.kind else {
      throw DataError(
        file: reader.file, position: valueNode.position, path: reader.childPath(key),
        problem: .wrongType(
          expected: "one of \(valid.joined(separator: ", "))", found: valueNode.typeName))
    }
    // A safety item's answer, or a local item's, may be a disclosure typed in the wrong place:
    // it is never repeated on standard error.
    var invalid: DataError.Problem {
      Self.answerIsNeverQuoted(content.checklist[position])
        ? .other(
          "an answer that is not one of \(valid.joined(separator: ", ")) (not repeated here, as it may be sensitive); use one of them."
        )
        : .invalidValue(text, valid: valid)
    }
    guard
      var value = AnswerValue(recordText: text) ?? AnswerValue(rawValue: text.lowercased()),
      content.index.kinds[position].allows(value)
    else {
      throw DataError(
        file: reader.file, position: valueNode.position, path: reader.childPath(key),
        problem: invalid)
    }
    if value == .na && !content.index.allowsNotApplicable[position] {
      // seen-review/1 asked "Do you know whether there is domestic abuse?" and took "not
      // applicable"; that question is now "have you checked?", where "not yet" is the
      // honest reading of an old "not applicable".
      guard version < 2 else {
        throw DataError(
          file: reader.file, position: valueNode.position, path: reader.childPath(key),
          problem: invalid)
      }
      value = .unknown
    }
    return value
  }

  /// The items whose answers a message never quotes: the safety items (a safety concern,
  /// violence or control, the practitioner's fear, domestic abuse, abuse experienced, the
  /// mother asked alone), every sensitive item and every local item.
  static func answerIsNeverQuoted(_ item: ChecklistItem) -> Bool {
    item.isSensitive || item.isLocal
      || [
        "safety", "violence-control", "practitioner-fear", "domestic-abuse", "abuse-experienced",
        "mother-asked-alone",
      ].contains(item.id)
  }

  /// Why an item does not apply, which only the answer "na" may give.
  private static func decodeReason(
    _ reasonNode: JSONValue, of value: AnswerValue, key: String, in reader: JSONObjectReader,
    quiet: Bool
  ) throws(DataError) -> NotApplicableReason {
    let reasons = NotApplicableReason.allCases.map(\.rawValue)
    let word: String
    if case .string(let text) = reasonNode.kind {
      word = text
    } else {
      word = reasonNode.typeName
    }
    guard let parsed = NotApplicableReason(rawValue: word) else {
      throw DataError(
        file: reader.file, position: reasonNode.position,
        path: reader.childPath(key) + ".reason",
        problem: quiet
          ? .other(
            "a reason that is not one of \(reasons.joined(separator: ", ")) (not repeated here, as it may be sensitive); use one of them."
          )
          : .invalidValue(word, valid: reasons))
    }
    guard value == .na else {
      throw DataError(
        file: reader.file, position: reasonNode.position,
        path: reader.childPath(key) + ".reason",
        problem: .other("a reason goes with the answer \"na\" (not applicable) only."))
    }
    return parsed
  }
}
