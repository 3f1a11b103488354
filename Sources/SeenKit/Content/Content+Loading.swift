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

private func decodeSource(_ reader: JSONObjectReader, key: String = "source") throws(DataError)
  -> SourceReference
{
  let source = try reader.object(key)
  try source.rejectUnknownKeys(allowed: ["document", "section"])
  return SourceReference(
    document: try source.string("document"), section: try source.string("section"))
}

/// `"source": {…}` or `"source": [{…}, {…}]`: the paragraphs a plain-English text paraphrases,
/// one or several (content 1.3.0 lists several where a text draws on several places).
private func decodeSources(_ reader: JSONObjectReader, key: String = "source") throws(DataError)
  -> [SourceReference]
{
  guard case .array(let elements)? = reader.value(key)?.kind else {
    return [try decodeSource(reader, key: key)]
  }
  if elements.isEmpty {
    throw reader.error(
      .other("\(key.quotedInMessage) lists no source: give at least one."), at: reader.value(key),
      key: key)
  }
  var sources: [SourceReference] = []
  for (offset, element) in elements.enumerated() {
    let wrapper = try JSONObjectReader(
      .object([("source", element)]), file: reader.file,
      path: reader.childPath("\(key)[\(offset)]"))
    sources.append(try decodeSource(wrapper))
  }
  return sources
}

/// `{"advice": …, "source": {…}, "guidance": …}`: advice with at least one of a source or
/// the guidance it rests on.
private func decodeAdvice(_ reader: JSONObjectReader) throws(DataError) -> SafeAdvice {
  try reader.rejectUnknownKeys(allowed: ["advice", "brief", "source", "guidance"])
  let sources = reader.value("source") == nil ? [] : try decodeSources(reader)
  let guidance = try reader.optionalString("guidance")
  if sources.isEmpty && guidance == nil {
    throw reader.error(
      .other("advice needs a \"source\" in the review, a \"guidance\" it rests on, or both."),
      at: nil, key: nil)
  }
  return SafeAdvice(
    advice: try reader.string("advice"), brief: try reader.optionalString("brief"),
    sources: sources, guidance: guidance)
}

private func optionalFlag(_ reader: JSONObjectReader, _ key: String, default value: Bool)
  throws(DataError) -> Bool
{
  switch reader.value(key)?.kind {
  case nil: return value
  case .bool(let flag)?: return flag
  default:
    throw reader.error(
      .wrongType(expected: "true or false", found: reader.value(key)?.typeName ?? ""),
      at: reader.value(key), key: key)
  }
}

private func decodeDocument(_ reader: JSONObjectReader) throws(DataError) -> SourceDocument {
  try reader.rejectUnknownKeys(allowed: [
    "id", "short", "title", "publisher", "date", "licence", "seed",
  ])
  return SourceDocument(
    id: try reader.string("id"), short: try reader.string("short"),
    title: try reader.string("title"),
    publisher: try reader.string("publisher"), date: try reader.string("date"),
    licence: try reader.string("licence"), seed: try reader.string("seed"))
}

private func decodeQuotation(
  _ reader: JSONObjectReader, field: String, also: [String] = []
) throws(DataError) -> Quotation {
  try reader.rejectUnknownKeys(allowed: [field, "source"] + also)
  return Quotation(text: try reader.string(field), source: try decodeSource(reader))
}

private func decodeFramingNote(_ reader: JSONObjectReader) throws(DataError) -> FramingNote {
  try reader.rejectUnknownKeys(allowed: ["quote", "brief", "source"])
  return FramingNote(
    quotation: Quotation(text: try reader.string("quote"), source: try decodeSource(reader)),
    brief: try reader.string("brief"))
}

private func decodeQuestion(_ reader: JSONObjectReader) throws(DataError) -> ReflectiveQuestion {
  try reader.rejectUnknownKeys(allowed: ["id", "text", "source"])
  return ReflectiveQuestion(
    id: try reader.string("id"), text: try reader.string("text"), source: try decodeSource(reader))
}

private func decodeRiskFactor(_ reader: JSONObjectReader) throws(DataError) -> RiskFactor {
  try reader.rejectUnknownKeys(allowed: [
    "id", "title", "quote", "explanation", "source", "explanationSource", "questions", "combines",
    "supportNeed",
  ])
  let source = try decodeSource(reader)
  // Older content folders cite the quote's paragraph for the explanation too.
  let explanationSources =
    reader.value("explanationSource") == nil
    ? [source] : try decodeSources(reader, key: "explanationSource")
  var factor = RiskFactor(
    id: try reader.string("id"), title: try reader.string("title"),
    quote: try reader.string("quote"), source: source,
    explanation: try reader.string("explanation"), explanationSources: explanationSources,
    questions: try reader.strings("questions"))
  factor.combines = try optionalFlag(reader, "combines", default: false)
  factor.supportNeed = try optionalFlag(reader, "supportNeed", default: false)
  return factor
}

private func decodeTier(_ reader: JSONObjectReader) throws(DataError) -> Tier {
  try reader.rejectUnknownKeys(allowed: [
    "number", "title", "points", "summary", "quote", "quoteSource", "source", "challenges",
  ])
  var challenges: [Challenge] = []
  if reader.value("challenges") != nil {
    for challenge in try reader.objects("challenges") {
      try challenge.rejectUnknownKeys(allowed: ["id", "title", "questions", "source"])
      challenges.append(
        Challenge(
          id: try challenge.string("id"), title: try challenge.string("title"),
          questions: try challenge.strings("questions"), source: try decodeSource(challenge)))
    }
  }
  return Tier(
    number: try reader.int("number"), title: try reader.string("title"),
    points: try reader.strings("points"),
    summary: try reader.string("summary"), quote: try reader.string("quote"),
    quoteSource: try decodeSource(reader, key: "quoteSource"), sources: try decodeSources(reader),
    challenges: challenges)
}

private func decodeFigure(_ reader: JSONObjectReader) throws(DataError) -> KeyFigure {
  // Content 1.2 and earlier held `text`, the rest of the sentence after the value; a figure is now
  // one full sentence, which cannot be made from the old fragment without rewriting it.
  if let text = reader.value("text"), reader.value("sentence") == nil {
    throw reader.error(
      .other(
        "\"text\" (the words after the value) is replaced by \"sentence\": the whole figure as one "
          + "sentence, its value in it, such as \"Of the 92 children in the review, 45 were known "
          + "only to universal services at the time of the abuse.\""),
      at: text, key: "text")
  }
  try reader.rejectUnknownKeys(allowed: ["id", "value", "sentence", "quote", "source"])
  return KeyFigure(
    id: try reader.string("id"), value: try reader.string("value"),
    sentence: try reader.string("sentence"), quote: try reader.string("quote"),
    source: try decodeSource(reader))
}

private func decodeItem(_ reader: JSONObjectReader) throws(DataError) -> ChecklistItem {
  try reader.rejectUnknownKeys(allowed: [
    "id", "scope", "kind", "tier", "title", "prompt", "promptNotFather", "why", "next", "brief",
    "source", "questions",
    "riskFactors", "notApplicable", "sensitive", "needsSafeForm", "safeNext", "nextGuidance",
  ])
  let scopeText = try reader.string("scope")
  guard let scope = ChecklistItem.Scope(rawValue: scopeText) else {
    throw reader.error(
      .invalidValue(scopeText, valid: ChecklistItem.Scope.allCases.map(\.rawValue)),
      at: reader.value("scope"),
      key: "scope")
  }
  let kindText = try reader.string("kind")
  guard let kind = ChecklistItem.Kind(rawValue: kindText) else {
    throw reader.error(
      .invalidValue(kindText, valid: ChecklistItem.Kind.allCases.map(\.rawValue)),
      at: reader.value("kind"), key: "kind")
  }
  var item = ChecklistItem(
    id: try reader.string("id"), scope: scope, kind: kind, tier: try reader.int("tier"),
    title: try reader.string("title"), prompt: try reader.string("prompt"),
    why: try reader.string("why"),
    next: try reader.string("next"), sources: try decodeSources(reader),
    questions: try reader.strings("questions"),
    riskFactors: try reader.strings("riskFactors"))
  item.promptNotFather = try reader.optionalString("promptNotFather")
  item.allowsNotApplicable = try optionalFlag(reader, "notApplicable", default: true)
  item.isSensitive = try optionalFlag(reader, "sensitive", default: false)
  item.needsSafeForm = try optionalFlag(reader, "needsSafeForm", default: false)
  item.nextGuidance = try reader.optionalString("nextGuidance")
  item.brief = try reader.string("brief")
  if reader.value("safeNext") != nil {
    item.safeNext = try decodeAdvice(try reader.object("safeNext"))
  }
  return item
}

private func decodeScenario(_ reader: JSONObjectReader, content: Content) throws(DataError)
  -> Scenario
{
  try reader.rejectUnknownKeys(allowed: [
    "id", "title", "source", "alsoSee", "composite", "involves", "narrative", "learningPoints",
    "record",
  ])
  var alsoSee: [SourceReference] = []
  for (offset, element) in try reader.optionalArray("alsoSee").enumerated() {
    let wrapper = try JSONObjectReader(
      .object([("source", element)]), file: reader.file,
      path: reader.childPath("alsoSee[\(offset)]"))
    alsoSee.append(try decodeSource(wrapper))
  }
  var learningPoints: [Quotation] = []
  for point in try reader.objects("learningPoints") {
    learningPoints.append(try decodeQuotation(point, field: "quote"))
  }
  let composite: Bool
  switch reader.value("composite")?.kind {
  case .bool(let flag)?: composite = flag
  case nil: composite = false
  default:
    throw reader.error(
      .wrongType(expected: "true or false", found: reader.value("composite")?.typeName ?? ""),
      at: reader.value("composite"), key: "composite")
  }
  return Scenario(
    id: try reader.string("id"), title: try reader.string("title"),
    source: try decodeSource(reader),
    alsoSee: alsoSee, composite: composite, involves: try reader.optionalString("involves"),
    narrative: try reader.strings("narrative"),
    learningPoints: learningPoints,
    record: try ReviewRecord.decode(
      try reader.required("record"), file: reader.file, path: reader.childPath("record"),
      content: content))
}

private func decodeRecommendation(_ reader: JSONObjectReader) throws(DataError) -> Recommendation {
  try reader.rejectUnknownKeys(allowed: ["id", "title", "for", "quote", "source"])
  return Recommendation(
    id: try reader.string("id"), title: try reader.string("title"),
    addressedTo: try reader.string("for"), quote: try reader.string("quote"),
    source: try decodeSource(reader))
}
