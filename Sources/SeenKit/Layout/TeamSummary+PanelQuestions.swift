/// One figure under a question to partnerships, counted from a summary: what it counts, of how
/// many, in words. The same values for the laid-out section and the JSON export.
struct PanelFigureValue: Equatable, Sendable {
  /// "review", "item" or "confidence".
  var kind: String
  /// The per-review figure's or the item's id; nil for confidence.
  var id: String?
  var relationship: Relationship?
  /// For an item: "in-place" (a practice item) or "yes" (a condition item).
  var answer: String?
  var levels: [ConfidenceLevel] = []
  var count: Int
  var total: Int
  /// What `total` counts: "reviews", "reviews that record such a man" for a relationship's
  /// figure, or "men" for an item asked of each man.
  var unit: String
  /// The figure in words, before its value: "Reviews with every man seen", "Agency checks".
  var label: String
  /// The words before the value: "in place for " (an item asked of each man), "answered yes
  /// in " (a condition item asked once for each case); empty for a review figure.
  var valuePrefix = ""
  /// How many of `total` did not answer the item (or give a confidence level): said beside
  /// the figure, so that an item nobody answered never reads as 0% done. Nil for a review
  /// figure, which every review has.
  var notAnswered: Int?
  var how: String

  /// The figure counted from `summary`; nil for one that does not resolve (the content
  /// validator refuses such content, so the built-in content has none).
  init?(_ figure: PanelFigure, summary: TeamSummary, content: Content) {
    how = figure.how
    switch figure.measure {
    case .review(let figureId, let relationshipId):
      guard let review = ReviewFigure(rawValue: figureId) else { return nil }
      kind = "review"
      id = figureId
      if let relationshipId {
        guard let relationship = Relationship(rawValue: relationshipId) else { return nil }
        let group = summary.perReview.group(relationship)
        guard let value = review.count(in: group) else { return nil }
        self.relationship = relationship
        unit = "reviews that record such a man"
        count = value
        total = group.reviews
        label =
          "Reviews with \(review.words), counting only the men recorded as "
          + relationship.words
      } else {
        unit = "reviews"
        count = review.count(in: summary.perReview)
        total = summary.reviews
        label = "Reviews with \(review.words)"
      }
    case .item(let itemId):
      guard let item = content.item(itemId), item.kind != .knowledge else { return nil }
      let counts = summary.counts(itemId)
      kind = "item"
      id = itemId
      unit = item.scope == .man ? "men" : "reviews"
      total = counts.total
      notAnswered = counts.unanswered
      label = item.title
      let preposition = item.scope == .man ? "for" : "in"
      if item.kind == .practice {
        answer = "in-place"
        count = counts.inPlace
        valuePrefix = "in place \(preposition) "
      } else {
        answer = "yes"
        count = counts.yes
        valuePrefix = "answered yes \(preposition) "
      }
    case .confidence(let levelIds):
      let levels = levelIds.compactMap(ConfidenceLevel.init(rawValue:))
      guard !levels.isEmpty, levels.count == levelIds.count else { return nil }
      kind = "confidence"
      self.levels = levels
      unit = "reviews"
      count = levels.reduce(0) { $0 + (summary.confidence[$1] ?? 0) }
      total = summary.reviews
      notAnswered = summary.confidence[nil] ?? 0
      label =
        "Reviews whose reviewer is \(levels.map(\.words).joined(separator: " or ")) in their "
        + "work with men"
    }
  }
}

/// "The Panel's questions to partnerships" (issue 15, point 2): each question of 18.4 the
/// records can speak to, quoted and cited, with the figures that bear on it; then every other
/// question with the reason the records cannot answer it. Every question appears once
/// (`partnership-questions.json` lists each, the content validator checks it).
extension TeamSummaryLayout {
  static let panelHeading = "The Panel's questions to partnerships"

  /// Each question in the content's order, with its challenge.
  func partnershipQuestions() -> [(Challenge, String, PartnershipQuestion)] {
    let challenges = content.tiers.flatMap(\.challenges)
    return challenges.flatMap { challenge in
      content.partnershipQuestions
        .filter { $0.challenge == challenge.id && challenge.questions.indices.contains($0.index) }
        .sorted { $0.index < $1.index }
        .map { (challenge, challenge.questions[$0.index], $0) }
    }
  }

  /// What the records show of whether fear was raised and the response (18.4): the supervision
  /// counts where any supervision recorded fear raised, through the small-number rule; else
  /// that the practitioner's answer alone cannot show it.
  func fearResponse(_ summary: TeamSummary) -> String {
    let counts = summary.supervision
    guard counts.fearRaised > 0 else {
      return "It does not show whether they raised it or the response: no supervision recorded "
        + "with seen supervise in these reviews records fear raised."
    }
    let support = [
      ("co-working", counts.coWorking), ("joint visits", counts.jointVisits),
      ("reflective supervision", counts.reflectiveSupervision),
      ("other support", counts.otherSupport),
    ].map { "\($0.0) in \(count($0.1))" }
    return "The supervisions recorded with seen supervise show it was raised, and the response: "
      + "fear or anxiety about working with a man raised in \(count(counts.fearRaised)) "
      + "review\(counts.fearRaised == 1 && !suppress ? "" : "s"); support agreed in supervision: "
      + support.joined(separator: ", ") + " (the Supervision table)."
  }

  /// What the supervisions recorded with seen supervise show beside the practitioners' own
  /// answer to "Discussed in supervision", through the small-number rule.
  func discussedResponse(_ summary: TeamSummary) -> String {
    let counts = summary.supervision
    return "That is the practitioners' own answer; the supervisions recorded with seen supervise "
      + "record the men as discussed in \(count(counts.menDiscussed)) "
      + "review\(counts.menDiscussed == 1 && !suppress ? "" : "s") (the Supervision table)."
  }

  /// The figures of one answered question, counted from `summary`.
  func values(_ question: PartnershipQuestion, _ summary: TeamSummary) -> [PanelFigureValue] {
    guard case .figures(let figures) = question.answer else { return [] }
    return figures.compactMap { figure in
      guard var value = PanelFigureValue(figure, summary: summary, content: content) else {
        return nil
      }
      // The practitioner's fear, with what the supervisions show of the response (18.4).
      if value.kind == "item" && value.id == SafetyItems.fear {
        value.how += " " + fearResponse(summary)
      }
      // The practitioner's own answer, beside what the recorded supervisions show: the two can
      // differ, and a reader of one figure must not take it for the other.
      if value.kind == "item" && value.id == SupervisionItems.discussed,
        summary.supervision.reviewsSupervised > 0
      {
        value.how += " " + discussedResponse(summary)
      }
      return value
    }
  }

  /// "from 5 self-reviews made with seen", or with suppression on "from about 60
  /// self-reviews made with seen" (the count rounded): the label every figure carries. Plural
  /// by the words shown, never by the exact count they may stand for.
  func fromSelfReviews(_ summary: TeamSummary) -> String {
    let shown = count(summary.reviews)
    let about = suppress && shown != Self.withheld && shown != Self.under ? "about " : ""
    return "from \(about)\(shown) self-review\(shown == "1" ? "" : "s") made with seen"
  }

  /// The layout a figure is written through: a figure over the reviews that record a man of
  /// one relationship is withheld when they are fewer than 10, as the table by relationship is.
  func panelLayout(_ figure: PanelFigureValue) -> TeamSummaryLayout {
    figure.relationship == nil ? self : within(reviews: figure.total)
  }

  /// "in place in 3 of 10 reviews (30.0%), not answered in 2 of them", or "not answered in any
  /// of the 10 reviews": an item nobody answered is never shown as 0% done.
  func value(_ figure: PanelFigureValue) -> String {
    let layout = panelLayout(figure)
    return layout.valueText(figure)
  }

  private func valueText(_ figure: PanelFigureValue) -> String {
    let total = "\(count(figure.total)) \(figure.unit)"
    if let unanswered = figure.notAnswered, unanswered == figure.total, figure.total > 0 {
      return "not answered in any of the \(total)"
    }
    var text =
      "\(figure.valuePrefix)\(count(figure.count)) of \(total) "
      + "(\(percent(figure.count, of: figure.total)))"
    if let unanswered = figure.notAnswered, unanswered > 0 {
      text += ", not answered \(figure.unit == "men" ? "for" : "in") \(count(unanswered)) of them"
    }
    return text
  }

  /// The section's blocks; none for content without `partnership-questions.json`.
  func panelQuestions(_ summary: TeamSummary) -> [Block] {
    let questions = partnershipQuestions()
    guard !questions.isEmpty else { return [] }
    let citation = questions.first.map { self.content.citation($0.0.source) } ?? ""
    var blocks: [Block] = [
      .heading(Heading(level: 2, text: Self.panelHeading)),
      .paragraph(
        RichText(
          "The review sets local safeguarding partnerships questions across three dimensions: "
            + "culture and context; processes; tools, frameworks and services (\(citation)). "
            + "Below, each question these records can speak to is quoted with the figures that "
            + "bear on it, then the questions they cannot answer, with the reason. The figures "
            + "come from practitioners' self-reviews of their own cases, made with seen; they "
            + "are not audits of assessments. In place: yes, or not applicable with a reason."
        )),
    ]
    var answered: [String: [(String, [PanelFigureValue])]] = [:]
    var cannot: [String: [(String, String)]] = [:]
    var order: [Challenge] = []
    for (challenge, text, question) in questions {
      if !order.contains(where: { $0.id == challenge.id }) { order.append(challenge) }
      switch question.answer {
      case .figures: answered[challenge.id, default: []].append((text, values(question, summary)))
      case .cannot(let reason): cannot[challenge.id, default: []].append((text, reason))
      }
    }
    for challenge in order {
      guard let entries = answered[challenge.id] else { continue }
      blocks.append(.heading(Heading(level: 3, text: challenge.title)))
      for (text, figures) in entries {
        var question: [Block] = [
          .quote(Quote(text: RichText(text), source: content.citation(challenge.source)))
        ]
        question.append(
          .list(
            List(
              entries: figures.map { figure in
                ListEntry(
                  marker: .bullet, lead: RichText(figure.label),
                  text: RichText(
                    "\(value(figure)), \(fromSelfReviews(summary)). \(figure.how)"))
              })))
        blocks.append(.group(Group(arrangement: .together, blocks: question)))
      }
    }
    guard !cannot.isEmpty else { return blocks }
    blocks.append(.heading(Heading(level: 3, text: "Questions these records cannot answer")))
    blocks.append(
      .paragraph(
        RichText(
          "The review's other questions to partnerships (\(citation)), quoted, each with "
            + "why the records cannot answer it.")))
    var entries: [ListEntry] = []
    for challenge in order {
      guard let questions = cannot[challenge.id] else { continue }
      entries.append(ListEntry(marker: .bullet, lead: RichText(challenge.title), text: ""))
      for (text, reason) in questions {
        entries.append(
          ListEntry(
            marker: .bullet, lead: nil, text: RichText("\u{201C}\(text)\u{201D}"), level: 1,
            fields: [Field(label: "Why not", value: RichText(reason))]))
      }
    }
    blocks.append(.list(List(entries: entries)))
    return blocks
  }
}
