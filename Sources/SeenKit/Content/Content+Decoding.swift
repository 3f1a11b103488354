// How each object in the content files is read: a document, a quotation, a question, a risk
// factor, a tier, a figure, a checklist item, a scenario, a recommendation, and the sources and
// advice they hold. `ContentLoader` (Content+Loading) reads each file with these.

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
func decodeAdvice(_ reader: JSONObjectReader) throws(DataError) -> SafeAdvice {
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

func decodeDocument(_ reader: JSONObjectReader) throws(DataError) -> SourceDocument {
  try reader.rejectUnknownKeys(allowed: [
    "id", "short", "title", "publisher", "date", "licence", "seed",
  ])
  return SourceDocument(
    id: try reader.string("id"), short: try reader.string("short"),
    title: try reader.string("title"),
    publisher: try reader.string("publisher"), date: try reader.string("date"),
    licence: try reader.string("licence"), seed: try reader.string("seed"))
}

func decodeQuotation(
  _ reader: JSONObjectReader, field: String, also: [String] = []
) throws(DataError) -> Quotation {
  try reader.rejectUnknownKeys(allowed: [field, "source"] + also)
  return Quotation(text: try reader.string(field), source: try decodeSource(reader))
}

func decodeFramingNote(_ reader: JSONObjectReader) throws(DataError) -> FramingNote {
  try reader.rejectUnknownKeys(allowed: ["quote", "brief", "source"])
  return FramingNote(
    quotation: Quotation(text: try reader.string("quote"), source: try decodeSource(reader)),
    brief: try reader.string("brief"))
}

func decodeQuestion(_ reader: JSONObjectReader) throws(DataError) -> ReflectiveQuestion {
  try reader.rejectUnknownKeys(allowed: ["id", "text", "source"])
  return ReflectiveQuestion(
    id: try reader.string("id"), text: try reader.string("text"), source: try decodeSource(reader))
}

func decodeRiskFactor(_ reader: JSONObjectReader) throws(DataError) -> RiskFactor {
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

func decodeTier(_ reader: JSONObjectReader) throws(DataError) -> Tier {
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

func decodeFigure(_ reader: JSONObjectReader) throws(DataError) -> KeyFigure {
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

func decodeItem(_ reader: JSONObjectReader) throws(DataError) -> ChecklistItem {
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

func decodeScenario(_ reader: JSONObjectReader, content: Content) throws(DataError)
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

func decodeRecommendation(_ reader: JSONObjectReader) throws(DataError) -> Recommendation {
  try reader.rejectUnknownKeys(allowed: ["id", "title", "for", "quote", "source"])
  return Recommendation(
    id: try reader.string("id"), title: try reader.string("title"),
    addressedTo: try reader.string("for"), quote: try reader.string("quote"),
    source: try decodeSource(reader))
}
