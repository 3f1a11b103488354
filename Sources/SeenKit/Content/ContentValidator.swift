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
struct ContentProblems {
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
