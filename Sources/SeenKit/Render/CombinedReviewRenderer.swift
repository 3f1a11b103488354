/// Writes `seen combine` in every format of the document model (text, Markdown, HTML, PDF) from
/// one layout (`CombinedReview.document`), and JSON as data. No CSV: a table per man, one column
/// per review, is not one table of rows. Pure: the same reviews give the same bytes.
public struct CombinedReviewRenderer: Sendable {
  /// The formats `seen combine` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html, .pdf]
  /// The JSON export's format.
  static let jsonFormat = "seen-combine/1"

  var text: TextOptions
  var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = .init()) {
    self.text = text
    self.pdf = pdf
  }

  public func output(_ combined: CombinedReview, as format: OutputFormat) -> RenderedOutput {
    switch format {
    case .json: return RenderedOutput(bytes: Array(JSONWriter.write(json(combined)).utf8))
    case .text, .markdown, .html, .pdf, .csv:
      return DocumentOutput.render(combined.document(), as: format, text: text, pdf: pdf)
    }
  }

  /// The combined review as text; a PDF is plain ASCII, so it is text too.
  package func render(_ combined: CombinedReview, as format: OutputFormat) -> String {
    String(decoding: output(combined, as: format).bytes, as: UTF8.self)
  }

  private func answer(_ cell: CombinedReview.Cell) -> JSONValue {
    guard cell.listed else { return .null }
    if cell.leftOut {
      return .object([("answer", .null), ("note", .null), ("leftOut", .string("safety"))])
    }
    if let written = cell.written {
      return .object([("answer", .null), ("note", .null), ("written", .string(written))])
    }
    guard let answer = cell.answer else { return .object([("answer", .null), ("note", .null)]) }
    var members: [(String, JSONValue)] = [
      ("answer", .string(answer.value.rawValue)), ("note", .optionalString(answer.note)),
    ]
    if cell.reasonLeftOut {
      members.append(("leftOut", .string("safety")))
    } else if let reason = answer.reason {
      members.append(("reason", .string(reason.rawValue)))
    }
    return .object(members)
  }

  private func rows(_ rows: [CombinedReview.Row]) -> JSONValue {
    .array(
      rows.map { row in
        .object([("item", .string(row.item.id)), ("answers", .array(row.cells.map(answer)))])
      })
  }

  private func differences(
    _ differences: [CombinedReview.Difference], _ combined: CombinedReview, ofMan: Bool
  ) -> JSONValue {
    .array(
      differences.map { difference in
        .object([
          ("item", .string(difference.item.id)),
          (
            "knownTo",
            .array(
              difference.known.map {
                .object([
                  ("review", .number($0.review + 1)), ("answer", .string($0.value.rawValue)),
                ])
              })
          ),
          ("notKnownTo", .array(difference.notKnown.map { .number($0 + 1) })),
          ("safety", .bool(difference.item.isSensitive)),
          ("line", .string(combined.line(difference, ofMan: ofMan))),
        ])
      })
  }

  private func json(_ combined: CombinedReview) -> JSONValue {
    // The local file in use, as the report names it: only where there is one.
    let local: [(String, JSONValue)] =
      combined.local.map { local in
        [
          (
            "local",
            .object([
              ("partnership", .string(local.partnership)), ("version", .string(local.version)),
              (
                "contacts",
                .array(
                  local.contacts.map {
                    .object([("role", .string($0.role)), ("how", .string($0.how))])
                  })
              ),
            ])
          )
        ]
      } ?? []
    return .object(
      [
        ("format", .string(Self.jsonFormat)),
        ("case", .optionalString(combined.caseReference)),
        (
          "reviews",
          .array(
            combined.reviews.map { review in
              .object(
                [
                  ("number", .number(review.name.number)),
                  ("label", .string(review.name.label)),
                  ("id", .optionalString(review.id)),
                  ("role", .optionalString(review.name.role)),
                  ("date", .optionalString(review.date)),
                ]
                  // Which agency records a safety condition is left out by default, as its
                  // cells are.
                  + (combined.safetyAnswersLeftOut
                    ? [] : [("safetyConditionRecorded", .bool(review.recordsSafety))]))
            })
        ),
      ] + local + [
        ("readAsStricter", .bool(combined.safetyRecorded)),
        ("assumed", .array(combined.assumptions.map { .string($0) })),
        ("sensitiveNotesLeftOut", .number(combined.sensitiveLeftOut)),
        ("safetyAnswersLeftOut", .bool(combined.safetyAnswersLeftOut)),
        (
          "men",
          .array(
            combined.men.map { man in
              .object([
                (
                  "listedAs",
                  .array(
                    man.listings.map {
                      .object([
                        ("review", .number($0.review + 1)), ("label", .string($0.label)),
                        ("relationship", .string($0.relationship.rawValue)),
                      ])
                    })
                ),
                ("matchedBy", .optionalString(man.reason?.rawValue)),
                (
                  "mayBeSameAs",
                  .array(
                    man.mayBeSameAs.map {
                      .object([
                        ("man", .number($0.group + 1)), ("match", .string($0.matchArgument)),
                      ])
                    })
                ),
                ("items", rows(man.rows)),
                ("differences", differences(man.differences, combined, ofMan: true)),
                ("safetyLine", .optionalString(combined.safetyLine(man))),
                ("notYetKnownLine", .optionalString(combined.notYetKnownLine(man))),
              ])
            })
        ),
        (
          "caseItems",
          .object([
            ("items", rows(combined.caseRows)),
            ("differences", differences(combined.caseDifferences, combined, ofMan: false)),
            ("fearLine", .optionalString(combined.fearLine)),
          ])
        ),
      ])
  }
}
