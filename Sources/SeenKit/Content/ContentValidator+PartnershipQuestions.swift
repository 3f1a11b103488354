extension ContentValidator {
  /// `partnership-questions.json`: every question of every challenge listed exactly once, each
  /// either with figures that resolve (a per-review figure, a relationship, a practice or
  /// condition item, confidence levels) or with a reason the records cannot answer it; no
  /// text empty. Every problem is collected.
  func partnershipQuestionProblems() -> [DataError] {
    var problems: [DataError] = []
    func report(_ path: String, _ problem: DataError.Problem) {
      problems.append(
        DataError(
          file: name("partnership-questions.json"), position: nil, path: path, problem: problem))
    }
    let challenges = content.tiers.flatMap(\.challenges)
    var listed: [String: Set<Int>] = [:]
    for (offset, question) in content.partnershipQuestions.enumerated() {
      let path = "questions[\(offset)]"
      if let challenge = challenges.first(where: { $0.id == question.challenge }) {
        if !challenge.questions.indices.contains(question.index) {
          report(
            path + ".question",
            .other(
              "the challenge \(challenge.id.quotedInMessage) has \(challenge.questions.count) "
                + "questions, numbered 0 to \(challenge.questions.count - 1), not \(question.index)."
            ))
        } else if listed[challenge.id, default: []].insert(question.index).inserted == false {
          report(
            path,
            .other(
              "the question \(challenge.id) \(question.index) is listed more than once; list each "
                + "question once."))
        }
      } else {
        report(
          path + ".challenge",
          .invalidValue(question.challenge, valid: challenges.map(\.id)))
      }
      switch question.answer {
      case .cannot(let reason):
        if reason.trimmingWhitespace().isEmpty { report(path + ".cannot", .emptyText) }
      case .figures(let figures):
        if figures.isEmpty {
          report(
            path + ".figures",
            .other(
              "a question answered needs at least one figure; or say why the records cannot "
                + "answer it with \"cannot\"."))
        }
        for (index, figure) in figures.enumerated() {
          figureProblems(figure, path: "\(path).figures[\(index)]", report: report)
        }
      }
    }
    for challenge in challenges {
      for index in challenge.questions.indices where listed[challenge.id]?.contains(index) != true {
        report(
          "questions",
          .other(
            "the question \(challenge.id) \(index) (\(challenge.questions[index].prefix(40))…) is "
              + "not listed; list it with the figures that bear on it, or with \"cannot\" and why "
              + "the records cannot answer it."))
      }
    }
    return problems
  }

  private func figureProblems(
    _ figure: PanelFigure, path: String, report: (String, DataError.Problem) -> Void
  ) {
    if figure.how.trimmingWhitespace().isEmpty { report(path + ".how", .emptyText) }
    switch figure.measure {
    case .review(let id, let relationship):
      guard let review = ReviewFigure(rawValue: id) else {
        report(path + ".review", .invalidValue(id, valid: ReviewFigure.allCases.map(\.rawValue)))
        return
      }
      guard let relationship else { return }
      if Relationship(rawValue: relationship) == nil {
        report(
          path + ".relationship",
          .invalidValue(relationship, valid: Relationship.allCases.map(\.rawValue)))
      } else if review.count(in: PerReviewCounts.Group()) == nil {
        report(
          path + ".relationship",
          .other(
            "the figure \(id.quotedInMessage) is about the whole review and cannot be counted "
              + "over the men of one relationship."))
      }
    case .item(let id):
      guard let item = content.item(id) else {
        report(
          path + ".item",
          .unknownItem(
            id, valid: content.checklist.filter { $0.kind != .knowledge }.map(\.id)))
        return
      }
      if item.kind == .knowledge {
        report(
          path + ".item",
          .other(
            "\(id.quotedInMessage) is a knowledge item; a figure counts a practice item in place "
              + "or a condition item answered yes."))
      }
    case .confidence(let levels):
      if levels.isEmpty {
        report(path + ".confidence", .other("name at least one level of confidence."))
      }
      for (index, level) in levels.enumerated() where ConfidenceLevel(rawValue: level) == nil {
        report(
          "\(path).confidence[\(index)]",
          .invalidValue(level, valid: ConfidenceLevel.allCases.map(\.rawValue)))
      }
    }
  }
}
