/// Writes a gap report as text, Markdown or JSON. Pure: the same report gives the same bytes.
public struct GapReportRenderer: Sendable {
  public var content: Content
  public var text: TextOptions

  public init(content: Content, text: TextOptions = TextOptions()) {
    self.content = content
    self.text = text
  }

  public func render(_ report: GapReport, as format: ReportFormat) -> String {
    switch format {
    case .text:
      return PlainTextFormatter(width: text.width, color: text.color).format(
        report.document(content: content))
    case .markdown:
      return MarkdownFormatter().format(report.document(content: content))
    case .json:
      return JSONWriter.write(json(report))
    }
  }

  public func render<Target: TextOutputStream>(
    _ report: GapReport, as format: ReportFormat, to target: inout Target
  ) {
    target.write(render(report, as: format))
  }

  private func json(_ report: GapReport) -> JSONValue {
    .object([
      ("format", .string("seen-gap-report/2")),
      ("case", .optionalString(report.caseReference)),
      ("role", .optionalString(report.role)),
      ("date", .optionalString(report.date)),
      ("confidence", .optionalString(report.confidence?.rawValue)),
      ("contentVersion", .string(report.contentVersion)),
      ("safetyFirst", .bool(report.safetyConditionHolds)),
      ("caseSafetyReasons", .array(report.caseSafetyReasons.map { .string($0.rawValue) })),
      ("sensitiveNotesLeftOut", .number(report.sensitiveNotesLeftOut)),
      (
        "men",
        .array(
          report.men.map { man in
            .object([
              ("label", .string(man.label)),
              ("relationship", .string(man.relationship.rawValue)),
              ("livesWithBaby", .bool(man.livesWithBaby)),
              ("visibility", .string(man.visibility.rawValue)),
              ("safetyReasons", .array(man.safetyReasons.map { .string($0.rawValue) })),
              ("plan", .optionalString(man.planAnswer?.value.rawValue)),
            ])
          })
      ),
      (
        "inPlace",
        .array(
          report.inPlace.map { finding in
            .object([
              ("man", .optionalString(finding.man)),
              ("item", .string(finding.item.id)),
              ("tier", .number(finding.item.tier)),
              ("answer", .string(finding.answer.value.rawValue)),
              ("reason", .optionalString(finding.answer.reason?.rawValue)),
              ("note", .optionalString(finding.answer.note)),
            ])
          })
      ),
      (
        "gaps",
        .array(
          report.gaps.map { gap in
            .object([
              ("man", .optionalString(gap.man)),
              ("item", .string(gap.item.id)),
              ("kind", .string(gap.kind.rawValue)),
              ("tier", .number(gap.item.tier)),
              ("answer", .optionalString(gap.answer?.value.rawValue)),
              ("reason", .optionalString(gap.answer?.reason?.rawValue)),
              ("note", .optionalString(gap.answer?.note)),
              ("source", sourceJSON(gap.item.source)),
              (
                "next",
                .object([
                  ("advice", .string(gap.advice.advice)),
                  ("plannedForSafety", .bool(gap.isSafeForm)),
                  ("source", gap.advice.source.map(sourceJSON) ?? .null),
                  ("guidance", .optionalString(gap.advice.guidance)),
                ])
              ),
            ])
          })
      ),
      (
        "riskFactors",
        .array(
          report.men.flatMap { man in
            man.riskFactors.map { status in
              .object([
                ("man", .string(man.label)),
                ("id", .string(status.factor.id)),
                ("status", .string(status.status.rawValue)),
                ("note", .optionalString(status.note)),
              ])
            }
          })
      ),
      (
        "alsoKnown",
        .array(
          report.men.flatMap { man in
            man.alsoKnown.map { known in
              .object([
                ("man", .string(man.label)),
                ("id", .string(known.item.id)),
                ("status", .string(known.status.rawValue)),
                ("note", .optionalString(known.note)),
              ])
            }
          })
      ),
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
