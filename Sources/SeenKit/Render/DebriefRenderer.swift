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
  /// Which part to write (`--part`): the confidence alone, the gaps alone, or all.
  public var part: WorkshopDebrief.Part

  public init(
    content: Content, text: TextOptions = TextOptions(), pdf: PDFOptions = .init(),
    suppress: Bool = true, part: WorkshopDebrief.Part = .all
  ) {
    self.content = content
    self.text = text
    self.pdf = pdf
    self.suppress = suppress
    self.part = part
  }

  public func output(_ debrief: WorkshopDebrief, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(debrief)).utf8))
    case .csv: return RenderedOutput(bytes: Array(csv(debrief).utf8))
    case .text, .markdown, .html, .pdf:
      return DocumentOutput.render(
        debrief.document(content: content, suppress: suppress, part: part), as: format, text: text,
        pdf: pdf)
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
        ("dontKnow", count(gap.dontKnow, layout)),
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
    // A cohort with no record yet is no record withheld: it reads 0, with "noneYet".
    func confidence(_ counts: [ConfidenceLevel: Int], total: Int) -> JSONValue {
      let cohort = self.layout(total)
      let none = total == 0
      return .object(
        [
          ("noneYet", .bool(none)), ("withheld", .bool(!none && cohort.withholdsEverything)),
          ("records", none ? .number(0) : count(total, cohort)),
        ]
          + WorkshopDebrief.confidenceRows(suppress: suppress).map { row in
            (
              row.key,
              none ? .number(0) : count(WorkshopDebrief.confidence(counts, in: row), cohort)
            )
          })
    }
    var fields: [(String, JSONValue)] = [
      ("format", .string(Self.jsonFormat)),
      ("scenario", .string(debrief.scenarioID)),
      ("part", .string(part.rawValue)),
      ("suppressed", .bool(suppress)),
      ("roundedTo", .number(suppress ? TeamSummaryLayout.roundingBase : 1)),
    ]
    if part != .confidence {
      fields += [
        ("withheld", .bool(layout.withholdsEverything)),
        ("participants", count(debrief.participants, layout)),
        ("duplicates", count(debrief.duplicates, layout)),
        ("matchedByPosition", count(debrief.matchedByPosition, layout)),
        ("notMatched", count(debrief.notMatched, layout)),
        ("leftOut", .array(debrief.leftOutIDs.map { .string($0) })),
        ("gaps", .array(debrief.gaps.map(gap))),
        ("knownAtTheTime", .array(debrief.facts.map(fact))),
        ("mostOftenAnsweredAsInPlace", .array(debrief.mostMissed(layout).map(gap))),
      ]
    }
    if part != .gaps {
      fields.append(
        (
          "confidence",
          .object([
            ("before", confidence(debrief.before, total: debrief.beforeCount)),
            ("after", confidence(debrief.after, total: debrief.afterCount)),
          ])
        ))
    }
    return .object(fields)
  }

  private func csv(_ debrief: WorkshopDebrief) -> String {
    let layout = layout(debrief.participants)
    var rows: [[String]] = [
      ["scenario", debrief.scenarioID],
      ["part", part.rawValue],
      ["suppressed", suppress ? "true" : "false"],
      ["rounded-to", String(suppress ? TeamSummaryLayout.roundingBase : 1)],
    ]
    if part != .confidence { gapRows(debrief, layout, into: &rows) }
    if part != .gaps { confidenceRows(debrief, into: &rows) }
    return CSVWriter.write(rows)
  }

  private func gapRows(
    _ debrief: WorkshopDebrief, _ layout: TeamSummaryLayout, into rows: inout [[String]]
  ) {
    func count(_ value: Int, _ layout: TeamSummaryLayout) -> String {
      WorkshopDebrief.count(value, layout)
    }
    rows += [
      ["participants", count(debrief.participants, layout)],
      [],
      [
        "man", "item", "title", "key", "spotted", "answered-as-in-place",
        "recorded-as-present-source-does-not-say", "dont-know", "not-answered",
      ],
    ]
    rows += debrief.gaps.map { gap in
      [
        gap.man ?? "", gap.item.id, gap.item.title, gap.keyAnswer?.rawValue ?? "",
        count(gap.spotted, layout), count(gap.answeredInPlace, layout),
        count(gap.presentWithoutSource, layout), count(gap.dontKnow, layout),
        count(gap.notAnswered, layout),
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
  }

  private func confidenceRows(_ debrief: WorkshopDebrief, into rows: inout [[String]]) {
    let before = layout(debrief.beforeCount)
    let after = layout(debrief.afterCount)
    // A cohort with no record yet reads "none yet", not withheld.
    func count(_ value: Int, total: Int, _ layout: TeamSummaryLayout) -> String {
      total == 0 ? WorkshopDebrief.noneYet : WorkshopDebrief.count(value, layout)
    }
    rows += [[], ["confidence", "before", "after"]]
    rows += WorkshopDebrief.confidenceRows(suppress: suppress).map { row in
      [
        row.key,
        count(
          WorkshopDebrief.confidence(debrief.before, in: row), total: debrief.beforeCount, before),
        count(WorkshopDebrief.confidence(debrief.after, in: row), total: debrief.afterCount, after),
      ]
    }
    rows.append([
      "records", count(debrief.beforeCount, total: debrief.beforeCount, before),
      count(debrief.afterCount, total: debrief.afterCount, after),
    ])
  }
}
