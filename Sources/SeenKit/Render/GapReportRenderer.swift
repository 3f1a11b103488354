/// Writes a gap report as text, Markdown, HTML, PDF or JSON. Pure: the same report gives the
/// same bytes.
public struct GapReportRenderer: Sendable {
  /// The formats `seen report` and `seen review` offer.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html, .pdf]

  var content: Content
  var text: TextOptions
  var detail: ReportDetail
  var pdf: PDFOptions

  public init(
    content: Content, text: TextOptions = TextOptions(), detail: ReportDetail = .brief,
    pdf: PDFOptions = .init()
  ) {
    self.content = content
    self.text = text
    self.detail = detail
    self.pdf = pdf
  }

  /// The report as text; a PDF is plain ASCII, so it is text too.
  package func render(_ report: GapReport, as format: OutputFormat) -> String {
    String(decoding: output(report, as: format).bytes, as: UTF8.self)
  }

  /// The report's bytes, with what the reader should know (characters a PDF cannot show).
  public func output(_ report: GapReport, as format: OutputFormat) -> RenderedOutput {
    guard format != .json else {
      return RenderedOutput(bytes: Array(JSONWriter.write(json(report)).utf8), warnings: [])
    }
    return DocumentOutput.render(
      document(report), as: format, text: text, pdf: pdf, bodyClass: "report")
  }

  func render<Target: TextOutputStream>(
    _ report: GapReport, as format: OutputFormat, to target: inout Target
  ) {
    target.write(render(report, as: format))
  }

  /// The JSON report's format: `/3` adds `firstSteps`, each man's state and each next step's
  /// `brief`, and orders `gaps` as the checklist asks them (men in record order, then the case);
  /// `/4` makes every `source` (a gap's, a next step's) a list of the paragraphs it rests on.
  static let jsonFormat = "seen-gap-report/4"

  private func document(_ report: GapReport) -> Document {
    report.document(content: content, detail: detail)
  }

  private func json(_ report: GapReport) -> JSONValue {
    let index = GapIndex(report, content: content)
    var members: [(String, JSONValue)] = [
      ("format", .string(Self.jsonFormat)),
      ("case", .optionalString(report.caseReference)),
      ("role", .optionalString(report.role)),
      ("date", .optionalString(report.date)),
      ("confidence", .optionalString(report.confidence?.rawValue)),
      ("contentVersion", .string(report.contentVersion)),
      ("safetyFirst", .bool(report.safetyConditionHolds)),
      ("caseSafetyReasons", .array(report.caseSafetyReasons.map { .string($0.rawValue) })),
      ("sensitiveNotesLeftOut", .number(report.sensitiveNotesLeftOut)),
      ("firstSteps", .array(report.firstSteps.map(firstStepJSON))),
      ("men", .array(report.men.map { manJSON($0, index: index) })),
      ("inPlace", .array(report.inPlace.map(inPlaceJSON))),
      ("gaps", .array(report.gaps.map(gapJSON))),
      ("riskFactors", .array(report.men.flatMap(riskFactorsJSON))),
      ("alsoKnown", .array(report.men.flatMap(alsoKnownJSON))),
      (
        "conditions",
        .array(
          report.men.flatMap { man in man.conditions.map { conditionJSON($0, man: man.label) } }
            + report.caseConditions.map { conditionJSON($0, man: nil) })
      ),
      (
        "reflections",
        .array(
          report.reflections.map { reflection in
            .object([
              ("question", .string(reflection.question.id)), ("text", .string(reflection.answer)),
            ])
          })
      ),
    ]
    // Only for a practice review of a training scenario, so that a real case's is unchanged.
    if let workshop = report.workshop {
      members.insert(
        (
          "trainingScenario",
          .object([
            ("scenario", .string(workshop.scenario)), ("start", .string(workshop.start.rawValue)),
            ("notice", .string(workshop.titleMark(in: content))),
          ])
        ), at: 2)
    }
    // Only where there are any, so that the report of an older record is unchanged.
    if !report.actions.isEmpty {
      members.append(
        (
          "actions",
          .array(
            report.actions.enumerated().map {
              actionJSON($0.element, number: $0.offset + 1, report)
            }
          )
        ))
    }
    // Only where a supervision is recorded, so that the report of an older record is unchanged.
    if !report.supervisions.isEmpty {
      members.append(("supervisions", .array(report.supervisions.map(\.jsonValue))))
      // Counted apart from sensitiveNotesLeftOut, which counts the family's sensitive notes.
      members.append(
        (
          "supervisionNotesLeftOut",
          .number(report.supervisionNotesIncluded ? 0 : report.supervisionNotes)
        ))
      if let difference = report.supervisionDifference {
        members.append(
          (
            "supervisionAnswerDiffers",
            .object([
              ("practitioner", .string(difference.practitioner)),
              ("menDiscussed", .bool(difference.supervision)),
            ])
          ))
      }
    }
    // Only where a local file is in use, or a record answers local items not defined here.
    if let local = content.local {
      members.append(
        (
          "local",
          .object([
            ("partnership", .string(local.partnership)), ("version", .string(local.version)),
          ])
        ))
    }
    let undefined =
      report.men.flatMap { man in man.undefinedLocal.map { (man.label as String?, $0) } }
      + report.caseUndefinedLocal.map { (nil as String?, $0) }
    if !undefined.isEmpty {
      members.append(
        (
          "localItemsNotDefinedHere",
          .array(
            undefined.map { man, kept in
              .object([
                ("man", .optionalString(man)), ("item", .string(kept.id)),
                ("answer", .optionalString(kept.answer)),
              ])
            })
        ))
    }
    return .object(members)
  }

  /// An agreed action: the record's keys, its number, and how many days it is overdue.
  private func actionJSON(_ action: AgreedAction, number: Int, _ report: GapReport) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("number", .number(number)),
      ("what", .string(action.what)),
      ("for", .optionalString(action.man)),
      ("owner", .string(action.owner)),
      ("due", .string(action.due.description)),
      ("item", .optionalString(action.item)),
      ("state", .string(action.state.word)),
    ]
    switch action.state {
    case .open:
      let overdue = report.today.map { action.isOverdue(today: $0) ? action.due.days(to: $0) : 0 }
      members.append(("overdueDays", overdue.map { .number($0) } ?? .null))
    case .done(let day, let note):
      members.append(("done", .string(day.description)))
      members.append(("note", .optionalString(note)))
    case .dropped(let reason):
      members.append(("reason", .string(reason)))
    }
    return .object(members)
  }

  private func riskFactorsJSON(_ man: GapReport.Man) -> [JSONValue] {
    man.riskFactors.map { status in
      .object([
        ("man", .string(man.label)),
        ("id", .string(status.factor.id)),
        ("status", .string(status.status.rawValue)),
        ("note", .optionalString(status.note)),
      ])
    }
  }

  private func alsoKnownJSON(_ man: GapReport.Man) -> [JSONValue] {
    man.alsoKnown.map { known in
      .object([
        ("man", .string(man.label)),
        ("id", .string(known.item.id)),
        ("status", .string(known.status.rawValue)),
        ("note", .optionalString(known.note)),
      ])
    }
  }

  private func firstStepJSON(_ step: FirstStep) -> JSONValue {
    .object([
      ("level", .string(step.level.rawValue)),
      ("item", .string(step.item.id)),
      ("men", .array(step.men.map { .string($0) })),
      ("next", adviceJSON(step.advice, plannedForSafety: step.isSafeForm)),
    ])
  }

  private func manJSON(_ man: GapReport.Man, index: GapIndex) -> JSONValue {
    .object([
      ("label", .string(man.label)),
      ("relationship", .string(man.relationship.rawValue)),
      ("livesWithBaby", .bool(man.livesWithBaby)),
      ("visibility", .string(man.visibility.rawValue)),
      ("state", .string(man.visibilityText)),
      ("knownPresent", .optionalString(man.knownPresentText)),
      ("supportNeeds", .optionalString(man.supportNeedsText)),
      ("strengths", .optionalString(man.strengths)),
      ("inPlace", .number(index.inPlaceByMan[man.label]?.count ?? 0)),
      ("gaps", .number(index.gapsByMan[man.label]?.count ?? 0)),
      ("safetyReasons", .array(man.safetyReasons.map { .string($0.rawValue) })),
      ("plan", .optionalString(man.planAnswer?.value.rawValue)),
    ])
  }

  private func inPlaceJSON(_ finding: GapReport.Finding) -> JSONValue {
    .object([
      ("man", .optionalString(finding.man)),
      ("item", .string(finding.item.id)),
      ("tier", .number(finding.item.tier)),
      ("answer", .string(finding.answer.value.rawValue)),
      ("reason", .optionalString(finding.answer.reason?.rawValue)),
      ("note", .optionalString(finding.answer.note)),
    ])
  }

  private func gapJSON(_ gap: GapReport.Gap) -> JSONValue {
    .object([
      ("man", .optionalString(gap.man)),
      ("item", .string(gap.item.id)),
      ("kind", .string(gap.kind.rawValue)),
      ("tier", .number(gap.item.tier)),
      ("answer", .optionalString(gap.answer?.value.rawValue)),
      ("reason", .optionalString(gap.answer?.reason?.rawValue)),
      ("note", .optionalString(gap.answer?.note)),
      ("source", .array(gap.item.sources.map(sourceJSON))),
      ("next", adviceJSON(gap.advice, plannedForSafety: gap.isSafeForm)),
    ])
  }

  private func adviceJSON(_ advice: SafeAdvice, plannedForSafety: Bool) -> JSONValue {
    .object([
      ("advice", .string(advice.advice)),
      ("brief", .string(advice.briefAdvice)),
      ("plannedForSafety", .bool(plannedForSafety)),
      ("source", .array(advice.sources.map(sourceJSON))),
      ("guidance", .optionalString(advice.guidance)),
    ])
  }

  private func conditionJSON(_ condition: GapReport.ConditionAnswer, man: String?) -> JSONValue {
    .object([
      ("man", .optionalString(man)),
      ("id", .string(condition.item.id)),
      ("answer", .optionalString(condition.answer?.value.rawValue)),
      ("note", .optionalString(condition.answer?.note)),
    ])
  }

  func sourceJSON(_ source: SourceReference) -> JSONValue {
    .object([
      ("document", .string(source.document)),
      ("section", .string(source.section)),
      ("citation", .string(content.citation(source))),
    ])
  }
}
