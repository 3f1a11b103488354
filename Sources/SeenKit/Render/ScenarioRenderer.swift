/// Writes the list of training scenarios, or one scenario, as text, Markdown, HTML, PDF or JSON:
/// the narrative prints on its own for a workshop (`seen scenarios show NAME --format pdf`).
public struct ScenarioRenderer: Sendable {
  /// The formats `seen scenarios` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html, .pdf]

  var content: Content
  var text: TextOptions
  var pdf: PDFOptions

  public init(content: Content, text: TextOptions = TextOptions(), pdf: PDFOptions = .init()) {
    self.content = content
    self.text = text
    self.pdf = pdf
  }

  /// The list's bytes, with what the reader should know (characters a PDF cannot show).
  public func outputList(as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .text, .markdown, .html, .pdf, .csv:
      return DocumentOutput.render(content.scenarioListDocument(), as: format, text: text, pdf: pdf)
    case .json: return RenderedOutput(bytes: Array(renderList(as: .json).utf8))
    }
  }

  /// One scenario's bytes, with what the reader should know.
  public func output(_ scenario: Scenario, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .text, .markdown, .html, .pdf, .csv:
      return DocumentOutput.render(
        scenario.document(content: content), as: format, text: text, pdf: pdf)
    case .json: return RenderedOutput(bytes: Array(render(scenario, as: .json).utf8))
    }
  }

  public func renderList(as format: OutputFormat) -> String {
    switch format {
    case .text, .markdown, .html, .pdf, .csv:
      return String(decoding: outputList(as: format).bytes, as: UTF8.self)
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
      return String(decoding: output(scenario, as: format).bytes, as: UTF8.self)
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
