/// Writes the content as text, Markdown or JSON (`seen content`).
public struct ContentRenderer: Sendable {
  /// The shape of `seen content --format json`. Version 2 (content 1.3.0): every `source` of a
  /// plain-English text is a list, and a risk factor's explanation has its own
  /// `explanationSource`; quotations keep one `source` object.
  static let jsonFormat = "seen-content-export/2"
  /// The formats `seen content` offers.
  public static let formats: [OutputFormat] = [.text, .markdown, .json, .html]

  var content: Content
  var text: TextOptions

  public init(content: Content, text: TextOptions = TextOptions()) {
    self.content = content
    self.text = text
  }

  public func render(as format: OutputFormat) -> String {
    switch format {
    case .json:
      return JSONWriter.write(json)
    default:
      return String(
        decoding: DocumentOutput.render(content.document(), as: format, text: text).bytes,
        as: UTF8.self)
    }
  }

  private func source(_ source: SourceReference) -> JSONValue {
    .object([
      ("document", .string(source.document)),
      ("section", .string(source.section)),
      ("citation", .string(content.citation(source))),
    ])
  }

  /// The paragraphs a plain-English text paraphrases: always a list, since `seen-content-export/2`.
  private func sources(_ sources: [SourceReference]) -> JSONValue {
    .array(sources.map(source))
  }

  private func strings(_ values: [String]) -> JSONValue {
    .array(values.map { .string($0) })
  }

  private func quotation(_ quotation: Quotation) -> JSONValue {
    .object([("quote", .string(quotation.text)), ("source", source(quotation.source))])
  }

  private var json: JSONValue {
    guard let local = content.local, case .object(var members) = contentJSON.kind else {
      return contentJSON
    }
    // Only where a local file is in use, so that the review's own content reads as before.
    let link = { (link: LocalProcedures.Link) -> JSONValue in
      .object([("title", .string(link.title)), ("url", .string(link.url))])
    }
    members.append(
      .init(
        key: "local",
        value: .object([
          ("format", .string(LocalProcedures.format)),
          ("path", .optionalString(local.path)),
          ("partnership", .string(local.partnership)), ("version", .string(local.version)),
          (
            "contacts",
            .array(
              local.contacts.map {
                .object([("role", .string($0.role)), ("how", .string($0.how))])
              })
          ),
          (
            "items",
            .object(
              local.additions.map { id, addition in
                (
                  id,
                  .object([
                    ("locally", .optionalString(addition.locally)),
                    ("locallyForSafety", .optionalString(addition.locallyForSafety)),
                    ("links", .array(addition.links.map(link))),
                  ])
                )
              })
          ),
          ("extraItems", .array(local.extraItems.map { .string($0.id) })),
          ("links", .array(local.links.map(link))),
        ])))
    return JSONValue(.object(members))
  }

  private var contentJSON: JSONValue {
    .object([
      ("format", .string(Self.jsonFormat)),
      ("version", .string(content.version)),
      (
        "documents",
        .array(
          content.documents.map { document in
            .object([
              ("id", .string(document.id)), ("short", .string(document.short)),
              ("title", .string(document.title)),
              ("publisher", .string(document.publisher)), ("date", .string(document.date)),
              ("licence", .string(document.licence)),
            ])
          })
      ),
      (
        "questions",
        .array(
          content.questions.map { question in
            .object([
              ("id", .string(question.id)), ("text", .string(question.text)),
              ("source", source(question.source)),
            ])
          })
      ),
      (
        "closing",
        .object([
          ("text", .string(content.closing.text)), ("source", source(content.closing.source)),
        ])
      ),
      ("riskFactors", .array(content.riskFactors.map(riskFactorJSON))),
      ("trigger", quotation(content.trigger)),
      ("combination", quotation(content.combination)),
      ("together", quotation(content.together)),
      ("tiers", .array(content.tiers.map(tierJSON))),
      (
        "figures",
        .array(
          content.figures.map { figure in
            .object([
              ("id", .string(figure.id)), ("value", .string(figure.value)),
              ("sentence", .string(figure.sentence)),
              ("quote", .string(figure.quote)), ("source", source(figure.source)),
            ])
          })
      ),
      ("checklist", .array(content.checklist.map(itemJSON))),
      ("recommendations", recommendations),
    ])
  }

  private func riskFactorJSON(_ factor: RiskFactor) -> JSONValue {
    .object([
      ("id", .string(factor.id)), ("title", .string(factor.title)),
      ("quote", .string(factor.quote)),
      ("source", source(factor.source)),
      ("explanation", .string(factor.explanation)),
      ("explanationSource", sources(factor.explanationSources)),
      ("questions", strings(factor.questions)),
    ])
  }

  private func tierJSON(_ tier: Tier) -> JSONValue {
    .object([
      ("number", .number(tier.number)), ("title", .string(tier.title)),
      ("points", strings(tier.points)),
      ("summary", .string(tier.summary)), ("quote", .string(tier.quote)),
      ("quoteSource", source(tier.quoteSource)), ("source", sources(tier.sources)),
      (
        "challenges",
        .array(
          tier.challenges.map { challenge in
            .object([
              ("id", .string(challenge.id)), ("title", .string(challenge.title)),
              ("questions", strings(challenge.questions)),
              ("source", source(challenge.source)),
            ])
          })
      ),
    ])
  }

  private func itemJSON(_ item: ChecklistItem) -> JSONValue {
    .object([
      ("id", .string(item.id)), ("scope", .string(item.scope.rawValue)),
      ("kind", .string(item.kind.rawValue)),
      ("tier", .number(item.tier)), ("title", .string(item.title)),
      ("prompt", .string(item.prompt)),
      ("promptNotFather", .optionalString(item.promptNotFather)),
      ("answers", strings(item.allowedAnswers.map(\.rawValue))),
      ("why", .string(item.why)), ("next", .string(item.next)),
      ("brief", .string(item.brief)),
      ("nextGuidance", .optionalString(item.nextGuidance)),
      ("source", sources(item.sources)),
      ("sensitive", .bool(item.isSensitive)),
      (
        "safeNext",
        item.safeNext.map { safe in
          .object([
            ("advice", .string(safe.advice)),
            ("brief", .string(safe.briefAdvice)),
            ("source", sources(safe.sources)),
            ("guidance", .optionalString(safe.guidance)),
          ])
        } ?? .null
      ),
      ("questions", strings(item.questions)), ("riskFactors", strings(item.riskFactors)),
    ])
  }

  /// Grouped as in the text: by document, the review first.
  private var recommendations: JSONValue {
    .array(
      content.recommendationsByDocument.flatMap(\.recommendations).map { recommendation in
        .object([
          ("id", .string(recommendation.id)), ("title", .string(recommendation.title)),
          ("for", .string(recommendation.addressedTo)), ("quote", .string(recommendation.quote)),
          ("source", source(recommendation.source)),
        ])
      })
  }
}
