/// Writes `seen compare` in every format of the document model (text, Markdown, HTML, PDF) from
/// one layout (`RecordComparison.document`), and JSON as data. Pure: the same comparison gives
/// the same bytes.
public struct ComparisonRenderer: Sendable {
  /// The formats `seen compare` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html, .pdf]
  /// The JSON export's format.
  static let jsonFormat = "seen-compare/1"

  var text: TextOptions
  var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = .init()) {
    self.text = text
    self.pdf = pdf
  }

  public func output(_ comparison: RecordComparison, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(comparison)).utf8))
    case .text, .markdown, .html, .pdf, .csv:
      return DocumentOutput.render(comparison.document(), as: format, text: text, pdf: pdf)
    }
  }

  /// The comparison as text; a PDF is plain ASCII, so it is text too.
  package func render(_ comparison: RecordComparison, as format: OutputFormat) -> String {
    String(decoding: output(comparison, as: format).bytes, as: UTF8.self)
  }

  private func side(_ side: RecordComparison.Side) -> JSONValue {
    .object([
      ("id", .optionalString(side.id)),
      ("case", .optionalString(side.caseReference)),
      ("date", .optionalString(side.date)),
      ("supersedes", .optionalString(side.supersedes)),
    ])
  }

  private func gaps(_ gaps: [RecordComparison.GapEntry]) -> JSONValue {
    .array(
      gaps.map { .object([("man", .optionalString($0.man)), ("item", .string($0.item.id))]) })
  }

  private func json(_ comparison: RecordComparison) -> JSONValue {
    .object([
      ("format", .string(Self.jsonFormat)),
      ("today", .string(comparison.today.description)),
      ("earlier", side(comparison.earlier)),
      ("later", side(comparison.later)),
      ("sensitiveNotesLeftOut", .number(comparison.sensitiveLeftOut)),
      (
        "newSafety",
        .array(
          comparison.newSafety.map { news in
            .object([
              ("man", .optionalString(news.man)),
              ("reasons", .array(news.reasons.map { .string($0.rawValue) })),
              ("advice", .string(news.advice)),
            ])
          })
      ),
      (
        "men",
        .array(
          comparison.men.map { man in
            .object([
              ("label", .string(man.label)),
              ("then", .optionalString(man.then?.rawValue)),
              ("now", .optionalString(man.now?.rawValue)),
              ("noLongerInBabysLife", .optionalString(man.noLongerInBabysLife?.description)),
            ])
          })
      ),
      (
        "gaps",
        .object([
          ("closed", gaps(comparison.closed)),
          ("safetyRecorded", gaps(comparison.answeredBySafety)),
          ("stillOpen", gaps(comparison.stillOpen)),
          ("new", gaps(comparison.new)),
          ("setAside", gaps(comparison.setAside)),
        ])
      ),
      (
        "riskFactorsBecameKnown",
        .array(
          comparison.becameKnown.map {
            .object([
              ("man", .string($0.man)), ("factor", .string($0.factor.id)),
              ("status", .string($0.status.rawValue)),
            ])
          })
      ),
      (
        "actions",
        .array(
          comparison.actions.map { entry in
            let action = entry.action
            return .object([
              ("earlierNumber", entry.earlierNumber.map { .number($0) } ?? .null),
              ("laterNumber", entry.laterNumber.map { .number($0) } ?? .null),
              ("what", .string(action.what)),
              ("for", .optionalString(action.man)),
              ("owner", .string(action.owner)),
              ("due", .string(action.due.description)),
              ("state", .string(action.state.word)),
              (
                "overdueDays",
                action.overdueDays(today: comparison.today).map { .number($0) } ?? .null
              ),
              ("safety", .optionalString(entry.safetyCheck)),
            ])
          })
      ),
    ])
  }
}
