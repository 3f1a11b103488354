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
    func count(_ value: Int, _ layout: TeamSummaryLayout) -> JSONValue {
      WorkshopDebrief.jsonCount(value, layout)
    }
    func gap(_ gap: WorkshopDebrief.KeyGap) -> JSONValue {
      .object([
        ("man", .optionalString(gap.man)), ("item", .string(gap.item.id)),
        ("title", .string(gap.item.title)), ("key", .optionalString(gap.keyAnswer?.rawValue)),
        ("spotted", count(gap.spotted, layout)),
        ("answeredAsInPlace", count(gap.answeredInPlace, layout)),
        ("recordedAsPresentSourceDoesNotSay", count(gap.presentWithoutSource, layout)),
        ("notAnswered", count(gap.notAnswered, layout)),
      ])
    }
    func fact(_ fact: WorkshopDebrief.KeyGap) -> JSONValue {
      .object([
        ("man", .optionalString(fact.man)), ("item", .string(fact.item.id)),
        ("title", .string(fact.item.title)), ("key", .optionalString(fact.keyAnswer?.rawValue)),
        ("spotted", count(fact.spotted, layout)), ("missed", count(fact.missed, layout)),
        ("notKnown", count(fact.notKnown, layout)),
        ("notAnswered", count(fact.notAnswered, layout)),
      ])
    }
    func confidence(_ counts: [ConfidenceLevel: Int], total: Int) -> JSONValue {
      let cohort = self.layout(total)
      return .object(
        [("withheld", .bool(cohort.withholdsEverything)), ("records", count(total, cohort))]
          + WorkshopDebrief.confidenceRows(suppress: suppress).map { row in
            (row.key, count(WorkshopDebrief.confidence(counts, in: row), cohort))
          })
    }
    return .object([
      ("format", .string(Self.jsonFormat)),
      ("scenario", .string(debrief.scenarioID)),
      ("suppressed", .bool(suppress)),
      ("roundedTo", .number(suppress ? TeamSummaryLayout.roundingBase : 1)),
      ("withheld", .bool(layout.withholdsEverything)),
      ("participants", count(debrief.participants, layout)),
      ("duplicates", count(debrief.duplicates, layout)),
      ("matchedByPosition", count(debrief.matchedByPosition, layout)),
      ("notMatched", count(debrief.notMatched, layout)),
      (
        "leftOut",
        .array(
          debrief.leftOutIDs.map { .string($0) })
      ),
      ("gaps", .array(debrief.gaps.map(gap))),
      ("knownAtTheTime", .array(debrief.facts.map(fact))),
      ("mostOftenAnsweredAsInPlace", .array(debrief.mostMissed(layout).map(gap))),
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
    func count(_ value: Int, _ layout: TeamSummaryLayout) -> String {
      WorkshopDebrief.count(value, layout)
    }
    var rows: [[String]] = [
      ["scenario", debrief.scenarioID],
      ["suppressed", suppress ? "true" : "false"],
      ["rounded-to", String(suppress ? TeamSummaryLayout.roundingBase : 1)],
      ["participants", count(debrief.participants, layout)],
      [],
      [
        "man", "item", "title", "key", "spotted", "answered-as-in-place",
        "recorded-as-present-source-does-not-say", "not-answered",
      ],
    ]
    rows += debrief.gaps.map { gap in
      [
        gap.man ?? "", gap.item.id, gap.item.title, gap.keyAnswer?.rawValue ?? "",
        count(gap.spotted, layout), count(gap.answeredInPlace, layout),
        count(gap.presentWithoutSource, layout), count(gap.notAnswered, layout),
      ]
    }
    rows += [
      [],
      [
        "man", "known-at-the-time", "title", "key", "spotted", "missed", "not-known",
        "not-answered",
      ],
    ]
    rows += debrief.facts.map { fact in
      [
        fact.man ?? "", fact.item.id, fact.item.title, fact.keyAnswer?.rawValue ?? "",
        count(fact.spotted, layout), count(fact.missed, layout), count(fact.notKnown, layout),
        count(fact.notAnswered, layout),
      ]
    }
    rows += [[], ["confidence", "before", "after"]]
    rows += WorkshopDebrief.confidenceRows(suppress: suppress).map { row in
      [
        row.key, count(WorkshopDebrief.confidence(debrief.before, in: row), before),
        count(WorkshopDebrief.confidence(debrief.after, in: row), after),
      ]
    }
    rows.append([
      "records", count(debrief.beforeCount, before), count(debrief.afterCount, after),
    ])
    return CSVWriter.write(rows)
  }
}
