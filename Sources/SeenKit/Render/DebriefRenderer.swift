/// Writes a workshop's group debrief (`seen workshop debrief`) in every format the summary
/// offers: text, Markdown, HTML and PDF from one layout, JSON and CSV as data; every figure
/// through the small-number rule unless `suppress` is off.
public struct DebriefRenderer: Sendable {
  /// The formats `seen workshop debrief` offers: those of `seen summary`.
  public static let formats: [OutputFormat] = SummaryRenderer.formats
  static let jsonFormat = "seen-debrief/1"

  var content: Content
  var text: TextOptions
  var pdf: PDFOptions
  public var suppress: Bool

  public init(
    content: Content, text: TextOptions = TextOptions(), pdf: PDFOptions = .init(),
    suppress: Bool = true
  ) {
    self.content = content
    self.text = text
    self.pdf = pdf
    self.suppress = suppress
  }

  public func output(_ debrief: WorkshopDebrief, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(debrief)).utf8))
    case .csv: return RenderedOutput(bytes: Array(csv(debrief).utf8))
    case .text, .markdown, .html, .pdf:
      return DocumentOutput.render(
        debrief.document(content: content, suppress: suppress), as: format, text: text, pdf: pdf)
    }
  }

  /// The debrief as text; a PDF is plain ASCII, so it is text too.
  package func render(_ debrief: WorkshopDebrief, as format: OutputFormat) -> String {
    String(decoding: output(debrief, as: format).bytes, as: UTF8.self)
  }

  private func layout(_ reviews: Int) -> TeamSummaryLayout {
    TeamSummaryLayout(content: content, suppress: suppress).within(reviews: reviews)
  }

  private func json(_ debrief: WorkshopDebrief) -> JSONValue {
    let layout = layout(debrief.participants)
    func gap(_ gap: WorkshopDebrief.KeyGap) -> JSONValue {
      .object([
        ("man", .optionalString(gap.man)), ("item", .string(gap.item.id)),
        ("title", .string(gap.item.title)), ("key", .optionalString(gap.keyAnswer?.rawValue)),
        ("spotted", layout.jsonCount(gap.spotted)),
        ("missed", layout.jsonCount(debrief.missed(gap))),
      ])
    }
    func confidence(_ counts: [ConfidenceLevel: Int], total: Int) -> JSONValue {
      let cohort = self.layout(total)
      return .object(
        [("records", cohort.jsonCount(total))]
          + ConfidenceLevel.allCases.map { ($0.rawValue, cohort.jsonCount(counts[$0] ?? 0)) })
    }
    return .object([
      ("format", .string(Self.jsonFormat)),
      ("scenario", .string(debrief.scenarioID)),
      ("suppressed", .bool(suppress)),
      ("roundedTo", .number(suppress ? TeamSummaryLayout.roundingBase : 1)),
      ("participants", layout.jsonCount(debrief.participants)),
      ("gaps", .array(debrief.gaps.map(gap))),
      ("mostMissed", .array(debrief.mostMissed(layout).map(gap))),
      (
        "confidence",
        .object([
          ("before", confidence(debrief.before, total: debrief.beforeCount)),
          ("after", confidence(debrief.after, total: debrief.afterCount)),
        ])
      ),
    ])
  }

  private func csv(_ debrief: WorkshopDebrief) -> String {
    let layout = layout(debrief.participants)
    let before = self.layout(debrief.beforeCount)
    let after = self.layout(debrief.afterCount)
    var rows: [[String]] = [
      ["scenario", debrief.scenarioID],
      ["suppressed", suppress ? "true" : "false"],
      ["rounded-to", String(suppress ? TeamSummaryLayout.roundingBase : 1)],
      ["participants", layout.csvCount(debrief.participants)],
      [],
      ["man", "item", "title", "key", "spotted", "missed"],
    ]
    rows += debrief.gaps.map { gap in
      [
        gap.man ?? "", gap.item.id, gap.item.title, gap.keyAnswer?.rawValue ?? "",
        layout.csvCount(gap.spotted), layout.csvCount(debrief.missed(gap)),
      ]
    }
    rows += [[], ["confidence", "before", "after"]]
    rows += ConfidenceLevel.allCases.map { level in
      [
        level.rawValue, before.csvCount(debrief.before[level] ?? 0),
        after.csvCount(debrief.after[level] ?? 0),
      ]
    }
    rows.append([
      "records", before.csvCount(debrief.beforeCount), after.csvCount(debrief.afterCount),
    ])
    return CSVWriter.write(rows)
  }
}
