/// Loading and validating a content folder.
extension Content {
  /// Loads content from file texts keyed by file name. Every problem in every file is collected
  /// before the content is refused, so that whoever edits it can fix them all in one pass.
  ///
  /// - Parameter folder: how files are named in errors, e.g. `my-content/`; nil for built-in content.
  public static func load(files: [String: String], folder: String?) throws(ContentError) -> Content
  {
    var loader = ContentLoader(files: files, folder: folder)
    guard var content = loader.decode() else { throw ContentError(problems: loader.problems) }
    loader.validate(&content)
    if !loader.problems.isEmpty { throw ContentError(problems: loader.problems) }
    return content
  }
}

/// One loading of a content folder: the files' texts and every problem found so far, in order.
private struct ContentLoader {
  let files: [String: String]
  /// How a file is named in errors.
  let name: (String) -> String
  var problems: [DataError] = []

  init(files: [String: String], folder: String?) {
    self.files = files
    name = { file in (folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "Resources/") + file }
  }

  mutating func reader(_ file: String) -> JSONObjectReader? {
    guard let text = files[file] else {
      problems.append(
        DataError(
          file: name(file), position: nil, path: "", problem: .other("the file is missing.")))
      return nil
    }
    do {
      let value = try JSONParser.parse(text)
      return try JSONObjectReader(value, file: name(file), path: "")
    } catch let error as JSONParser.SyntaxError {
      problems.append(
        DataError(
          file: name(file), position: error.position, path: "", problem: .syntax(error.message)))
    } catch let error as DataError {
      problems.append(error)
    } catch {
      problems.append(
        DataError(file: name(file), position: nil, path: "", problem: .other("\(error)")))
    }
    return nil
  }

  // Untyped, because closures do not yet infer typed throws; every error here is a DataError.
  mutating func attempt<T>(_ body: () throws -> T) -> T? {
    do { return try body() } catch let error as DataError {
      problems.append(error)
    } catch {
      problems.append(DataError(file: nil, position: nil, path: "", problem: .other("\(error)")))
    }
    return nil
  }

  /// What `body` decodes from `file`, if the file was read and `body` found no problem.
  mutating func attempt<T>(_ file: JSONObjectReader?, _ body: (JSONObjectReader) throws -> T) -> T?
  {
    file.flatMap { file in attempt { try body(file) } }
  }

  /// The content, if every file was read and decoded; nil once a problem is found.
  mutating func decode() -> Content? {
    let manifest = reader("manifest.json")
    let questionsFile = reader("questions.json")
    let riskFile = reader("risk-factors.json")
    let tiersFile = reader("tiers.json")
    let figuresFile = reader("figures.json")
    let checklistFile = reader("checklist.json")
    let safetyFile = reader("safety.json")
    let rolesFile = reader("roles.json")

    let version = attempt(manifest, decodeVersion)
    let documents = attempt(manifest) { try $0.objects("documents").map(decodeDocument) }
    let questions = attempt(questionsFile) { try $0.objects("questions").map(decodeQuestion) }
    let closing = attempt(questionsFile) {
      try decodeQuotation(try $0.object("closing"), field: "text")
    }
    let riskFactors = attempt(riskFile) { try $0.objects("riskFactors").map(decodeRiskFactor) }
    let trigger = attempt(riskFile) {
      try decodeQuotation(try $0.object("trigger"), field: "quote")
    }
    let combination = attempt(riskFile) {
      try decodeQuotation(try $0.object("combination"), field: "quote")
    }
    let together = attempt(riskFile) {
      try decodeQuotation(try $0.object("together"), field: "quote", also: ["factors"])
    }
    let togetherFactors = attempt(riskFile, decodeTogetherFactors)
    let framing = attempt(riskFile) { try $0.objects("framing").map(decodeFramingNote) }
    let tiers = attempt(tiersFile) { try $0.objects("tiers").map(decodeTier) }
    let figures = attempt(figuresFile) { try $0.objects("figures").map(decodeFigure) }
    let checklist = attempt(checklistFile) { try $0.objects("items").map(decodeItem) }
    let safety = attempt(safetyFile, decodeSafety)
    let roles = attempt(rolesFile, decodeRoles)
    let recommendations = decodeRecommendationsFile()
    let partnershipQuestions = decodePartnershipQuestionsFile()

    guard let version, let documents, let questions, let closing, let riskFactors, let trigger,
      let combination, let together, let framing, let tiers, let figures, let checklist, let safety,
      let roles
    else { return nil }
    var content = Content(
      version: version, documents: documents, questions: questions, closing: closing,
      riskFactors: riskFactors, trigger: trigger, combination: combination, together: together,
      tiers: tiers, figures: figures, safety: safety, checklist: checklist, roles: roles)
    content.actionOwners = roles + (attempt(rolesFile, decodeOwners) ?? [])
    content.framing = framing
    content.togetherFactors = togetherFactors ?? []
    content.recommendations = recommendations ?? []
    content.partnershipQuestions = partnershipQuestions ?? []
    return content
  }

  // Optional: a folder without the file has no recommendations.
  mutating func decodeRecommendationsFile() -> [Recommendation]? {
    guard files["recommendations.json"] != nil else { return [] }
    let file = reader("recommendations.json")
    return attempt(file, decodeRecommendations)
  }

  // Optional: a folder without the file has no section on the questions to partnerships.
  mutating func decodePartnershipQuestionsFile() -> [PartnershipQuestion]? {
    guard files["partnership-questions.json"] != nil else { return [] }
    let file = reader("partnership-questions.json")
    return attempt(file, decodePartnershipQuestions)
  }

  /// Checks the decoded content, then decodes and checks its scenarios.
  mutating func validate(_ content: inout Content) {
    problems += ContentValidator(content: content, name: name).problems()
    problems += ContentValidator(content: content, name: name).recommendationProblems()
    if files["partnership-questions.json"] != nil {
      problems += ContentValidator(content: content, name: name).partnershipQuestionProblems()
    }
    // Scenarios hold review records, which can only be checked against a sound checklist.
    if problems.isEmpty, files["scenarios.json"] != nil, let file = reader("scenarios.json") {
      let decoded = content
      content.scenarios =
        attempt { try file.objects("scenarios").map { try decodeScenario($0, content: decoded) } }
        ?? []
      problems += ContentValidator(content: content, name: name).scenarioProblems()
    }
  }
}

private func decodeVersion(_ manifest: JSONObjectReader) throws(DataError) -> String {
  let format = try manifest.string("format")
  guard format == Content.format else {
    throw manifest.error(
      .unsupportedFormat(format, expected: Content.format), at: manifest.value("format"),
      key: "format")
  }
  return try manifest.string("version")
}

// The factors 7.13 speaks of; an older folder without them never quotes it beside a man.
private func decodeTogetherFactors(_ file: JSONObjectReader) throws(DataError) -> [String] {
  let note = try file.object("together")
  return note.value("factors") == nil ? [] : try note.strings("factors")
}

private func decodeSafety(_ file: JSONObjectReader) throws(DataError) -> SafetyContent {
  try file.rejectUnknownKeys(allowed: [
    "plannedForSafety", "notForTheFamily", "stillCurrent", "points", "immediateDanger",
    "concernRoute", "fearNow", "combine",
  ])
  let combine = try file.object("combine")
  try combine.rejectUnknownKeys(allowed: [
    "finding", "keyFactor", "failureToSeek", "seeking", "next", "share", "shareSensitive",
  ])
  return SafetyContent(
    plannedForSafety: try decodeAdvice(try file.object("plannedForSafety")),
    notForTheFamily: try decodeAdvice(try file.object("notForTheFamily")),
    stillCurrent: try decodeAdvice(try file.object("stillCurrent")),
    points: try file.objects("points").map(decodeAdvice),
    immediateDanger: try decodeAdvice(try file.object("immediateDanger")),
    concernRoute: try file.objects("concernRoute").map(decodeAdvice),
    fearNow: try decodeAdvice(try file.object("fearNow")),
    combine: SafetyContent.Combine(
      finding: try decodeQuotation(try combine.object("finding"), field: "quote"),
      keyFactor: try decodeQuotation(try combine.object("keyFactor"), field: "quote"),
      failureToSeek: try decodeQuotation(try combine.object("failureToSeek"), field: "quote"),
      seeking: try decodeQuotation(try combine.object("seeking"), field: "quote"),
      next: try decodeAdvice(try combine.object("next")),
      share: try decodeAdvice(try combine.object("share")),
      shareSensitive: try decodeAdvice(try combine.object("shareSensitive"))))
}

private func decodeRoles(_ file: JSONObjectReader) throws(DataError) -> [String] {
  try file.rejectUnknownKeys(allowed: ["roles", "owners"])
  return try file.strings("roles")
}

/// Roles that may own an agreed action but are not offered as a reviewer's role, such as a
/// safeguarding lead: contact planned for safety is planned with one.
private func decodeOwners(_ file: JSONObjectReader) throws(DataError) -> [String] {
  try file.strings("owners")
}

private func decodePartnershipQuestions(_ file: JSONObjectReader) throws(DataError)
  -> [PartnershipQuestion]
{
  try file.rejectUnknownKeys(allowed: ["questions"])
  return try file.objects("questions").map { question throws(DataError) in
    try question.rejectUnknownKeys(allowed: ["challenge", "question", "figures", "cannot"])
    let answer: PartnershipQuestion.Answer
    switch (question.value("figures"), question.value("cannot")) {
    case (nil, nil), (_?, _?):
      throw question.error(
        .other(
          "a question needs either \"figures\" (what the records can say to it) or \"cannot\" "
            + "(why they cannot answer it), not both."), at: nil, key: nil)
    case (_?, nil): answer = .figures(try question.objects("figures").map(decodePanelFigure))
    case (nil, _?): answer = .cannot(try question.string("cannot"))
    }
    return PartnershipQuestion(
      challenge: try question.string("challenge"), index: try question.int("question"),
      answer: answer)
  }
}

private func decodePanelFigure(_ reader: JSONObjectReader) throws(DataError) -> PanelFigure {
  try reader.rejectUnknownKeys(allowed: ["review", "relationship", "item", "confidence", "how"])
  let kinds = ["review", "item", "confidence"].filter { reader.value($0) != nil }
  guard kinds.count == 1 else {
    throw reader.error(
      .other(
        "a figure is one of \"review\" (a figure counted once per review), \"item\" (a "
          + "checklist item) or \"confidence\" (levels of the reviewer's confidence)"
          + (kinds.isEmpty ? "." : ", not several.")), at: nil, key: nil)
  }
  if reader.value("relationship") != nil && kinds != ["review"] {
    throw reader.error(
      .other("only a \"review\" figure can be counted over the men of one \"relationship\"."),
      at: reader.value("relationship"), key: "relationship")
  }
  let measure: PanelFigure.Measure =
    switch kinds[0] {
    case "review":
      .review(try reader.string("review"), relationship: try reader.optionalString("relationship"))
    case "item": .item(try reader.string("item"))
    default: .confidence(try reader.strings("confidence"))
    }
  return PanelFigure(measure: measure, how: try reader.string("how"))
}

private func decodeRecommendations(_ file: JSONObjectReader) throws(DataError) -> [Recommendation] {
  try file.rejectUnknownKeys(allowed: ["recommendations"])
  return try file.objects("recommendations").map(decodeRecommendation)
}
