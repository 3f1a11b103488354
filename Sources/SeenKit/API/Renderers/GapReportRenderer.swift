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
      ("format", .string("seen-gap-report/1")),
      ("case", .optionalString(report.caseReference)),
      ("role", .optionalString(report.role)),
      ("date", .optionalString(report.date)),
      ("confidence", .optionalString(report.confidence?.rawValue)),
      ("contentVersion", .string(report.contentVersion)),
      (
        "men",
        .array(
          report.men.map { man in
            .object([
              ("label", .string(man.label)),
              ("relationship", .string(man.relationship.rawValue)),
              ("livesWithBaby", .bool(man.livesWithBaby)),
              ("visibility", .string(man.visibility.rawValue)),
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
              ("note", .optionalString(gap.answer?.note)),
              ("source", sourceJSON(gap.item.source)),
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

  func sourceJSON(_ source: SourceReference) -> JSONValue {
    .object([
      ("document", .string(source.document)),
      ("section", .string(source.section)),
      ("citation", .string(content.citation(source))),
    ])
  }
}
