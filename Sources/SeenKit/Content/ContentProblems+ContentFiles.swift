/// The checks of the files beside the checklist: ids unique in each, and the questions, risk
/// factors, tiers and figures each holding what they must.
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
