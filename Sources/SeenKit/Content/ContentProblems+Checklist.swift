/// The checks of the checklist, its safety wording and roles: each item's texts, references and
/// rules, the safety items present, and every risk factor asked about.
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
