/// Checks that content hangs together: unique ids, every reference resolves, nothing empty.
///
/// Like XcodeGen's spec validation, it collects every problem rather than stopping at the first.
struct ContentValidator {
  let content: Content
  let name: (String) -> String

  func problems() -> [DataError] {
    var problems = ContentProblems(content: content, name: name)
    problems.checkUniqueIds()
    problems.checkQuestionsFile()
    problems.checkRiskFactorsFile()
    problems.checkTiersFile()
    problems.checkFiguresFile()
    problems.checkChecklistFile()
    problems.checkSafetyFile()
    problems.checkSafetyItemsPresent()
    problems.checkExplorationsFollowTheirItems()
    problems.checkRolesFile()
    problems.checkRiskFactorsHaveKnowledgeItems()
    return problems.found
  }

  /// Scenario ids unique, sources resolving, narrative and learning present.
  func scenarioProblems() -> [DataError] {
    var problems: [DataError] = []
    func report(_ path: String, _ problem: DataError.Problem) {
      problems.append(
        DataError(file: name("scenarios.json"), position: nil, path: path, problem: problem))
    }
    var seen = Set<String>()
    for (offset, scenario) in content.scenarios.enumerated() {
      let path = "scenarios[\(offset)]"
      if !Self.isKebabCase(scenario.id) {
        report(
          path + ".id",
          .other("ids are lower-case words joined by hyphens, not \(scenario.id.quotedInMessage)."))
      }
      if !seen.insert(scenario.id).inserted { report(path + ".id", .duplicateId(scenario.id)) }
      for source in [scenario.source] + scenario.alsoSee + scenario.learningPoints.map(\.source)
      where content.document(source.document) == nil {
        report(path, .unresolvedReference(source.document, kind: "document of manifest.json"))
      }
      if scenario.narrative.isEmpty {
        report(path + ".narrative", .other("a scenario needs a narrative."))
      }
      for (index, paragraph) in scenario.narrative.enumerated()
      where paragraph.trimmingWhitespace().isEmpty {
        report(path + ".narrative[\(index)]", .emptyText)
      }
      for (index, point) in scenario.learningPoints.enumerated()
      where point.text.trimmingWhitespace().isEmpty {
        report(path + ".learningPoints[\(index)].quote", .emptyText)
      }
      if scenario.learningPoints.isEmpty {
        report(path + ".learningPoints", .other("a scenario needs at least one learning point."))
      }
      if scenario.record.men.isEmpty {
        report(path + ".record.men", .other("a scenario needs at least one man."))
      }
      for problem in scenario.sourceSilenceProblems() {
        report(path + "." + problem.path, .other(problem.text))
      }
    }
    return problems
  }

  /// Recommendation ids unique, every text present, sources resolving (`recommendations.json`).
  func recommendationProblems() -> [DataError] {
    var problems: [DataError] = []
    func report(_ path: String, _ problem: DataError.Problem) {
      problems.append(
        DataError(file: name("recommendations.json"), position: nil, path: path, problem: problem))
    }
    var seen = Set<String>()
    for (offset, recommendation) in content.recommendations.enumerated() {
      let path = "recommendations[\(offset)]"
      if !Self.isKebabCase(recommendation.id) {
        report(
          path + ".id",
          .other(
            "ids are lower-case words joined by hyphens, not \(recommendation.id.quotedInMessage).")
        )
      }
      if !seen.insert(recommendation.id).inserted {
        report(path + ".id", .duplicateId(recommendation.id))
      }
      for (field, text) in [
        ("title", recommendation.title), ("for", recommendation.addressedTo),
        ("quote", recommendation.quote),
      ] where text.trimmingWhitespace().isEmpty {
        report("\(path).\(field)", .emptyText)
      }
      if content.document(recommendation.source.document) == nil {
        report(
          path + ".source.document",
          .unresolvedReference(recommendation.source.document, kind: "document of manifest.json"))
      }
      if recommendation.source.section.trimmingWhitespace().isEmpty {
        report(path + ".source.section", .emptyText)
      }
    }
    return problems
  }

  fileprivate static func isKebabCase(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }
}

/// The problems found so far in the content's files, in the order they are reported.
private struct ContentProblems {
  let content: Content
  let name: (String) -> String
  var found: [DataError] = []

  mutating func report(_ file: String, _ path: String, _ problem: DataError.Problem) {
    found.append(DataError(file: name(file), position: nil, path: path, problem: problem))
  }

  mutating func checkUnique(_ ids: [String], file: String, collection: String) {
    var seen = Set<String>()
    for (offset, id) in ids.enumerated() {
      if id.isEmpty { report(file, "\(collection)[\(offset)].id", .emptyText) }
      if !seen.insert(id).inserted {
        report(file, "\(collection)[\(offset)].id", .duplicateId(id))
      }
      // An empty id is reported once, as empty.
      if !id.isEmpty && !ContentValidator.isKebabCase(id) {
        report(
          file, "\(collection)[\(offset)].id",
          .other("ids are lower-case words joined by hyphens, not \(id.quotedInMessage)."))
      }
    }
  }

  mutating func checkSource(_ source: SourceReference, file: String, path: String) {
    if content.document(source.document) == nil {
      report(
        file, path + ".source.document",
        .unresolvedReference(source.document, kind: "document of manifest.json"))
    }
    if source.section.trimmingWhitespace().isEmpty {
      report(file, path + ".source.section", .emptyText)
    }
  }

  mutating func checkSources(_ sources: [SourceReference], file: String, path: String) {
    for source in sources { checkSource(source, file: file, path: path) }
  }

  mutating func checkText(_ text: String, file: String, path: String) {
    if text.trimmingWhitespace().isEmpty { report(file, path, .emptyText) }
  }

  mutating func checkAdvice(_ advice: SafeAdvice, file: String, path: String) {
    checkText(advice.advice, file: file, path: path + ".advice")
    if let brief = advice.brief { checkText(brief, file: file, path: path + ".brief") }
    checkSources(advice.sources, file: file, path: path)
    if let guidance = advice.guidance {
      checkText(guidance, file: file, path: path + ".guidance")
    }
  }

  mutating func checkQuestionReferences(_ ids: [String], file: String, path: String) {
    for id in ids where content.question(id) == nil {
      report(file, path + ".questions", .unresolvedReference(id, kind: "reflective question"))
    }
  }

  mutating func checkRiskFactorReferences(_ ids: [String], file: String, path: String) {
    for id in ids where content.riskFactor(id) == nil {
      report(file, path + ".riskFactors", .unresolvedReference(id, kind: "risk factor"))
    }
  }
}

extension ContentProblems {
  mutating func checkUniqueIds() {
    checkUnique(content.documents.map(\.id), file: "manifest.json", collection: "documents")
    checkUnique(content.questions.map(\.id), file: "questions.json", collection: "questions")
    checkUnique(content.riskFactors.map(\.id), file: "risk-factors.json", collection: "riskFactors")
    checkUnique(content.figures.map(\.id), file: "figures.json", collection: "figures")
    checkUnique(content.checklist.map(\.id), file: "checklist.json", collection: "items")
    checkUnique(
      content.tiers.flatMap { $0.challenges.map(\.id) }, file: "tiers.json",
      collection: "challenges")
  }

  mutating func checkQuestionsFile() {
    if content.questions.isEmpty {
      report("questions.json", "questions", .other("there must be at least one question."))
    }
    for (offset, question) in content.questions.enumerated() {
      checkText(question.text, file: "questions.json", path: "questions[\(offset)].text")
      checkSource(question.source, file: "questions.json", path: "questions[\(offset)]")
    }
    checkText(content.closing.text, file: "questions.json", path: "closing.text")
    checkSource(content.closing.source, file: "questions.json", path: "closing")
  }

  mutating func checkRiskFactorsFile() {
    for (offset, factor) in content.riskFactors.enumerated() {
      let path = "riskFactors[\(offset)]"
      checkText(factor.title, file: "risk-factors.json", path: path + ".title")
      checkText(factor.quote, file: "risk-factors.json", path: path + ".quote")
      checkSource(factor.source, file: "risk-factors.json", path: path)
      checkText(factor.explanation, file: "risk-factors.json", path: path + ".explanation")
      checkSources(factor.explanationSources, file: "risk-factors.json", path: path)
      checkQuestionReferences(factor.questions, file: "risk-factors.json", path: path)
    }
    for (key, quotation) in [
      ("trigger", content.trigger), ("combination", content.combination),
      ("together", content.together),
    ] {
      checkText(quotation.text, file: "risk-factors.json", path: key + ".quote")
      checkSource(quotation.source, file: "risk-factors.json", path: key)
    }
    for id in content.togetherFactors where content.riskFactor(id) == nil {
      report("risk-factors.json", "together.factors", .unresolvedReference(id, kind: "risk factor"))
    }
    for (offset, note) in content.framing.enumerated() {
      checkText(note.quotation.text, file: "risk-factors.json", path: "framing[\(offset)].quote")
      checkText(note.brief, file: "risk-factors.json", path: "framing[\(offset)].brief")
      checkSource(note.quotation.source, file: "risk-factors.json", path: "framing[\(offset)]")
    }
    if content.framing.isEmpty {
      report("risk-factors.json", "framing", .other("the report needs its framing quotations."))
    }
  }

  mutating func checkTiersFile() {
    let numbers = content.tiers.map(\.number)
    if numbers != Array(1...max(1, content.tiers.count)) || content.tiers.isEmpty {
      report(
        "tiers.json", "tiers",
        .other("tiers must be numbered 1, 2, 3 … in order, found \(numbers)."))
    }
    for (offset, tier) in content.tiers.enumerated() {
      checkTier(tier, path: "tiers[\(offset)]")
    }
  }

  private mutating func checkTier(_ tier: Tier, path: String) {
    checkText(tier.title, file: "tiers.json", path: path + ".title")
    checkText(tier.summary, file: "tiers.json", path: path + ".summary")
    // A quotation that is empty would pass any comparison with its source.
    checkText(tier.quote, file: "tiers.json", path: path + ".quote")
    for (index, point) in tier.points.enumerated() {
      checkText(point, file: "tiers.json", path: path + ".points[\(index)]")
    }
    checkSources(tier.sources, file: "tiers.json", path: path)
    if content.document(tier.quoteSource.document) == nil {
      report(
        "tiers.json", path + ".quoteSource.document",
        .unresolvedReference(tier.quoteSource.document, kind: "document of manifest.json"))
    }
    for (index, challenge) in tier.challenges.enumerated() {
      checkChallenge(challenge, path: path + ".challenges[\(index)]")
    }
  }

  private mutating func checkChallenge(_ challenge: Challenge, path: String) {
    checkSource(challenge.source, file: "tiers.json", path: path)
    checkText(challenge.title, file: "tiers.json", path: path + ".title")
    for (number, question) in challenge.questions.enumerated() {
      checkText(question, file: "tiers.json", path: path + ".questions[\(number)]")
    }
    if challenge.questions.isEmpty {
      report(
        "tiers.json", path + ".questions", .other("a challenge needs at least one question."))
    }
  }

  mutating func checkFiguresFile() {
    for (offset, figure) in content.figures.enumerated() {
      checkText(figure.value, file: "figures.json", path: "figures[\(offset)].value")
      checkText(figure.sentence, file: "figures.json", path: "figures[\(offset)].sentence")
      checkText(figure.quote, file: "figures.json", path: "figures[\(offset)].quote")
      checkSource(figure.source, file: "figures.json", path: "figures[\(offset)]")
    }
  }
}

extension ContentProblems {
  mutating func checkChecklistFile() {
    for (offset, item) in content.checklist.enumerated() {
      checkItemTextsAndReferences(item, path: "items[\(offset)]")
      checkItemRules(item, path: "items[\(offset)]")
    }
  }

  private mutating func checkItemTextsAndReferences(_ item: ChecklistItem, path: String) {
    if content.tier(item.tier) == nil {
      report(
        "checklist.json", path + ".tier", .unresolvedReference(String(item.tier), kind: "tier"))
    }
    for (field, text) in [
      ("title", item.title), ("prompt", item.prompt), ("why", item.why), ("next", item.next),
      ("brief", item.brief),
    ] {
      checkText(text, file: "checklist.json", path: "\(path).\(field)")
    }
    if let promptNotFather = item.promptNotFather {
      checkText(promptNotFather, file: "checklist.json", path: path + ".promptNotFather")
      if item.scope == .case {
        report(
          "checklist.json", path + ".promptNotFather",
          .other("only an item asked about each man can have a promptNotFather."))
      }
    }
    checkSources(item.sources, file: "checklist.json", path: path)
    checkQuestionReferences(item.questions, file: "checklist.json", path: path)
    checkRiskFactorReferences(item.riskFactors, file: "checklist.json", path: path)
  }

  private mutating func checkItemRules(_ item: ChecklistItem, path: String) {
    if item.kind == .knowledge && item.scope == .case {
      report(
        "checklist.json", path + ".scope",
        .other("a knowledge item is asked about each man: its scope is \"man\"."))
    }
    if !item.allowsNotApplicable && item.kind != .practice {
      report(
        "checklist.json", path + ".notApplicable",
        .other("only practice items take \"not applicable\", so only they can refuse it."))
    }
    if item.needsSafeForm && item.safeNext == nil {
      report(
        "checklist.json", path + ".safeNext",
        .other(
          "\(item.id.quotedInMessage) is marked needsSafeForm: give it a safeNext for when a safety condition holds."
        ))
    }
    if let safeNext = item.safeNext {
      checkAdvice(safeNext, file: "checklist.json", path: path + ".safeNext")
    }
    if ReviewRecord.reservedCaseKeys.contains(item.id) {
      report(
        "checklist.json", path + ".id",
        .other("\(item.id.quotedInMessage) is reserved for the reviewer's details."))
    }
    if ReviewRecord.reservedManKeys.contains(item.id) {
      report(
        "checklist.json", path + ".id",
        .other("\(item.id.quotedInMessage) is reserved for a man's details."))
    }
  }

  mutating func checkSafetyFile() {
    for (key, advice) in [
      ("plannedForSafety", content.safety.plannedForSafety),
      ("notForTheFamily", content.safety.notForTheFamily),
      ("stillCurrent", content.safety.stillCurrent),
      ("immediateDanger", content.safety.immediateDanger), ("fearNow", content.safety.fearNow),
    ] {
      checkAdvice(advice, file: "safety.json", path: key)
    }
    for (offset, advice) in content.safety.points.enumerated() {
      checkAdvice(advice, file: "safety.json", path: "points[\(offset)]")
    }
    for (offset, advice) in content.safety.concernRoute.enumerated() {
      checkAdvice(advice, file: "safety.json", path: "concernRoute[\(offset)]")
    }
    let combine = content.safety.combine
    for (key, quotation) in [
      ("finding", combine.finding), ("keyFactor", combine.keyFactor),
      ("failureToSeek", combine.failureToSeek), ("seeking", combine.seeking),
    ] {
      checkText(quotation.text, file: "safety.json", path: "combine.\(key).quote")
      checkSource(quotation.source, file: "safety.json", path: "combine.\(key)")
    }
    for (key, advice) in [
      ("next", combine.next), ("share", combine.share), ("shareSensitive", combine.shareSensitive),
    ] {
      checkAdvice(advice, file: "safety.json", path: "combine." + key)
    }
  }

  mutating func checkSafetyItemsPresent() {
    for (id, kind) in SafetyItems.required where content.item(id)?.kind != kind {
      report(
        "checklist.json", "items",
        .other(
          "seen needs the \(kind.rawValue) item \(id.quotedInMessage) to know when advice must be planned for safety."
        ))
    }
  }

  /// What an exploration finds is asked straight after it ("history", then what was found
  /// about the parenting he received and whether he is a young parent).
  mutating func checkExplorationsFollowTheirItems() {
    for (offset, item) in content.checklist.enumerated() where item.kind == .practice {
      for id in item.riskFactors
      where content.item(id)?.kind == .knowledge && content.exploration(of: id)?.id != item.id {
        report(
          "checklist.json", "items[\(offset)].riskFactors",
          .other(
            "\(item.id.quotedInMessage) explores \(id.quotedInMessage): ask it straight after \(item.id.quotedInMessage) (with only what-you-know items between)."
          ))
      }
    }
  }

  mutating func checkRolesFile() {
    if content.roles.isEmpty {
      report("roles.json", "roles", .other("there must be at least one role."))
    }
    var roleWords = Set<String>()
    for (offset, role) in content.roles.enumerated() {
      let path = "roles[\(offset)]"
      if role.trimmingWhitespace().isEmpty {
        report("roles.json", path, .emptyText)
      } else if role != role.terminalSafe {
        report(
          "roles.json", path,
          .other(
            "a role is written as it is stored: no control characters, no spaces around it or doubled."
          ))
      } else if role.contains(":") || role.lowercased() == "other" || Int(role) != nil {
        report(
          "roles.json", path,
          .other(
            "\(role.quotedInMessage) would read as \"other: …\" or a number: give the role's words."
          ))
      } else if !roleWords.insert(role.lowercased()).inserted {
        report(
          "roles.json", path, .other("the role \(role.quotedInMessage) is listed more than once."))
      }
    }
  }

  mutating func checkRiskFactorsHaveKnowledgeItems() {
    for factor in content.riskFactors
    where !content.checklist.contains(where: { $0.id == factor.id && $0.kind == .knowledge }) {
      report(
        "checklist.json", "items",
        .other("the risk factor \(factor.id.quotedInMessage) has no knowledge item.")
      )
    }
  }
}

extension String {
  /// Without white space at either end, scalar by scalar: a space that a combining mark
  /// follows makes one Character with it, and trimming Characters would drop the mark too.
  func trimmingWhitespace() -> String {
    // Text that starts and ends with an ASCII character that is not whitespace (nearly every
    // note) has nothing to trim: said from two bytes, without looking up Unicode properties.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last)
    {
      return self
    }
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// The ASCII characters that are Unicode whitespace: tab to carriage return, and space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
