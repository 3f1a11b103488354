/// Writes the list of training scenarios, or one scenario, as text, Markdown or JSON.
public struct ScenarioRenderer: Sendable {
  /// The formats `seen scenarios` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json]

  var content: Content
  var text: TextOptions

  public init(content: Content, text: TextOptions = TextOptions()) {
    self.content = content
    self.text = text
  }

  public func renderList(as format: OutputFormat) -> String {
    switch format {
    case .text, .markdown, .html, .pdf, .csv:
      return String(
        decoding: DocumentOutput.render(content.scenarioListDocument(), as: format, text: text)
          .bytes, as: UTF8.self)
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

  public func render(_ scenario: Scenario, as format: OutputFormat) -> String {
    switch format {
    case .text, .markdown, .html, .pdf, .csv:
      return String(
        decoding: DocumentOutput.render(scenario.document(content: content), as: format, text: text)
          .bytes, as: UTF8.self)
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
