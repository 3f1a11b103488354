/// Writes the list of training scenarios, or one scenario, as text, Markdown or JSON.
public struct ScenarioRenderer: Sendable {
  public var content: Content
  public var text: TextOptions

  public init(content: Content, text: TextOptions = TextOptions()) {
    self.content = content
    self.text = text
  }

  public func renderList(as format: ReportFormat) -> String {
    switch format {
    case .text:
      return TextWriter(width: text.width, color: text.color).write(
        content.scenarioListDocument())
    case .markdown: return MarkdownWriter().write(content.scenarioListDocument())
    case .json:
      return JSONWriter.write(
        .object([
          (
            "scenarios",
            .array(
              content.scenarios.map { scenario in
                .object([
                  ("id", .string(scenario.id)), ("title", .string(scenario.title)),
                  ("source", .string(content.citation(scenario.source))),
                  ("composite", .bool(scenario.composite)),
                ])
              })
          )
        ]))
    }
  }

  public func render(_ scenario: Scenario, as format: ReportFormat) -> String {
    switch format {
    case .text:
      return TextWriter(width: text.width, color: text.color).write(
        scenario.document(content: content))
    case .markdown: return MarkdownWriter().write(scenario.document(content: content))
    case .json:
      return JSONWriter.write(
        .object([
          ("id", .string(scenario.id)), ("title", .string(scenario.title)),
          ("source", .string(content.citation(scenario.source))),
          ("alsoSee", .array(scenario.alsoSee.map { .string(content.citation($0)) })),
          ("composite", .bool(scenario.composite)),
          ("narrative", .array(scenario.narrative.map { .string($0) })),
          (
            "learningPoints",
            .array(
              scenario.learningPoints.map {
                .object([
                  ("quote", .string($0.text)), ("source", .string(content.citation($0.source))),
                ])
              })
          ),
          ("record", scenario.record.jsonValue),
        ]))
    }
  }
}
