/// Writes a workshop's facilitator plan or its handout as text or Markdown.
public struct WorkshopRenderer: Sendable {
  public var content: Content
  public var text: TextOptions

  public init(content: Content, text: TextOptions = TextOptions()) {
    self.content = content
    self.text = text
  }

  public func render(_ plan: WorkshopPlan, markdown: Bool) -> String {
    format(plan.document(content: content), markdown: markdown)
  }

  public func renderHandout(_ scenario: Scenario, markdown: Bool) -> String {
    format(scenario.handoutDocument(content: content), markdown: markdown)
  }

  private func format(_ document: Document, markdown: Bool) -> String {
    markdown
      ? MarkdownFormatter().format(document)
      : PlainTextFormatter(width: text.width, color: text.color).format(document)
  }
}
