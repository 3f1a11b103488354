/// Writes the agreed actions of `seen actions` in every format: text, Markdown, HTML and PDF
/// from one layout (`ActionList.document`), JSON and CSV as data. Pure: the same list gives
/// the same bytes.
public struct ActionListRenderer: Sendable {
  /// The formats `seen actions` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html, .pdf, .csv]
  /// The JSON export's format.
  static let jsonFormat = "seen-actions/1"

  var text: TextOptions
  var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = .init()) {
    self.text = text
    self.pdf = pdf
  }

  /// The list's bytes, with what the reader should know (characters a PDF cannot show).
  public func output(_ list: ActionList, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(list)).utf8))
    case .csv: return RenderedOutput(bytes: Array(csv(list).utf8))
    case .text, .markdown, .html, .pdf:
      return DocumentOutput.render(list.document(), as: format, text: text, pdf: pdf)
    }
  }

  /// The list as text; a PDF is plain ASCII, so it is text too.
  package func render(_ list: ActionList, as format: OutputFormat) -> String {
    String(decoding: output(list, as: format).bytes, as: UTF8.self)
  }

  private func json(_ list: ActionList) -> JSONValue {
    let (entries, superseded) = list.listing
    return .object([
      ("format", .string(Self.jsonFormat)),
      ("today", .string(list.today.description)),
      (
        "filter",
        .object([
          ("owner", .optionalString(list.filter.owner)),
          ("open", .bool(list.filter.openOnly)),
          ("dueBefore", .optionalString(list.filter.dueBefore?.description)),
        ])
      ),
      ("reviews", .number(list.reviews)),
      ("duplicates", .number(list.duplicates)),
      ("allVersions", .bool(list.allVersions)),
      ("supersededReviews", .number(superseded)),
      ("actionsRead", .number(list.actionsRead)),
      ("sensitiveNotesLeftOut", .number(list.sensitiveLeftOut)),
      (
        "actions",
        .array(
          entries.map { entry in
            let action = entry.action
            var note: String?
            var reason: String?
            var done: String?
            switch action.state {
            case .open: break
            case .done(let day, let text):
              done = day.description
              note = text
            case .dropped(let text): reason = text
            }
            return .object([
              ("case", .optionalString(entry.caseReference)),
              ("number", .number(entry.number)),
              ("what", .string(action.what)),
              ("for", .optionalString(action.man)),
              ("owner", .string(action.owner)),
              ("due", .string(action.due.description)),
              ("item", .optionalString(action.item)),
              ("state", .string(action.state.word)),
              ("overdueDays", entry.overdueDays(today: list.today).map { .number($0) } ?? .null),
              ("done", .optionalString(done)),
              ("note", .optionalString(note)),
              ("reason", .optionalString(reason)),
              ("file", .string(entry.file)),
              ("reviewDate", .optionalString(entry.reviewDate)),
              ("superseded", .bool(entry.superseded)),
            ])
          })
      ),
    ])
  }

  /// One row for each action, under a header row; the state in seen's own words.
  private func csv(_ list: ActionList) -> String {
    var rows = [
      [
        "case", "number", "what", "for", "owner", "due", "state", "overdue_days", "done",
        "note", "reason", "file", "review_date", "superseded",
      ]
    ]
    for entry in list.entries {
      let action = entry.action
      var note = ""
      var reason = ""
      var done = ""
      switch action.state {
      case .open: break
      case .done(let day, let text):
        done = day.description
        note = text ?? ""
      case .dropped(let text): reason = text
      }
      rows.append([
        entry.caseReference ?? "", String(entry.number), action.what, action.man ?? "",
        action.owner, action.due.description, action.state.word,
        entry.overdueDays(today: list.today).map(String.init) ?? "", done, note, reason,
        entry.file, entry.reviewDate ?? "", entry.superseded ? "1" : "0",
      ])
    }
    return CSVWriter.write(rows)
  }
}
