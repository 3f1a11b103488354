import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// The figures counted once per review as the summary shows them (issue 15, point 1), and the
/// Panel's questions to partnerships (point 2): in the layout every writer draws, in JSON and in
/// CSV, on reviews whose figures are known.
@Suite struct TeamSummaryFiguresTests {
  let content = TestContent.bundled

  private func man(
    _ relationship: Relationship, yes: [String], answers: [String: Answer] = [:]
  ) -> ManRecord {
    var all = answers
    for id in yes { all[id] = Answer(.yes) }
    return ManRecord(label: "M", relationship: relationship, answers: all)
  }

  private var everyCaseItem: [String: Answer] {
    Dictionary(
      uniqueKeysWithValues: content.index.casePositions.map {
        let item = content.checklist[$0]
        return (item.id, Answer(item.kind == .condition ? .no : .yes))
      })
  }

  private var seenAndDetailed: [String] {
    Set(Visibility.contactItems + Visibility.assessmentItems + ManPicture.items).sorted()
  }

  /// Five reviews:
  /// a. a birth father seen and detailed, every case item answered (practice yes, conditions
  ///    no): complete;
  /// b. a birth father seen and detailed, a partner unseen; supervision yes;
  /// c. a birth father whose contact is planned for safety; practitioner fear yes;
  ///    reviewer not very confident;
  /// d. a partner identified and contacted only (partly seen); reviewer very confident;
  /// e. no man recorded.
  private var records: [ReviewRecord] {
    let detailed = seenAndDetailed
    return [
      ReviewRecord(men: [man(.birthFather, yes: detailed)], answers: everyCaseItem),
      ReviewRecord(
        men: [man(.birthFather, yes: detailed), man(.partner, yes: [])],
        answers: ["supervision": Answer(.yes)]),
      ReviewRecord(
        confidence: .notVery,
        men: [
          man(
            .birthFather, yes: ["identified"],
            answers: ["contacted": Answer(.na, reason: .safety)])
        ],
        answers: ["practitioner-fear": Answer(.yes)]),
      ReviewRecord(confidence: .very, men: [man(.partner, yes: ["identified", "contacted"])]),
      ReviewRecord(),
    ]
  }

  private func grouped(by field: SummaryField? = nil) -> GroupedSummary {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  private func rows(_ table: Table) -> [[String]] {
    table.rows.map { $0.map(\.text.plain) }
  }

  @Test func theReviewFiguresTableCountsEachReviewOnce() throws {
    let layout = TeamSummaryLayout(content: content, suppress: false)
    let tables = layout.reviewFigureTables(grouped().overall)
    #expect(
      tables.map(\.0) == [
        "Reviews, each counted once", "Reviews by the men's relationship to the baby",
      ])
    let figures = rows(tables[0].1)
    #expect(
      figures == [
        ["every man seen", "1", "20.0%"],
        ["at least one man unseen", "1", "20.0%"],
        ["a detailed picture of every man", "1", "20.0%"],
        ["contact with a man planned for safety", "1", "20.0%"],
        ["complete: every man detailed, every case item answered", "1", "20.0%"],
        ["no man recorded", "1", "20.0%"],
      ])
    let note = try #require(tables[0].1.note?.plain)
    let median = try #require(grouped().overall.perReview.medianGaps)
    #expect(
      note.hasPrefix("Median gaps per review: \(grouped().overall.perReview.medianGapsWords) "))
    #expect(median > 0)
    #expect(note.contains("a gap is an item the review's gap report lists"))
    // The relationships some review records, in Relationship's order; shares of those reviews.
    #expect(
      rows(tables[1].1) == [
        ["birth father", "3", "66.7%", "0.0%", "66.7%", "33.3%"],
        ["mother's current partner", "2", "0.0%", "50.0%", "0.0%", "0.0%"],
      ])
    #expect(
      tables[1].1.columns.map(\.title) == [
        "relationship", "reviews", "all seen", "any unseen", "all detailed", "safety",
      ])
    let relationshipNote = try #require(tables[1].1.note?.plain)
    for figure in ReviewFigure.relationshipFigures {
      #expect(relationshipNote.contains("\(figure.columnTitle): \(figure.words)"))
    }
  }

  @Test func theDefinitionsStandAloneInEveryLaidOutFormat() {
    let renderer = SummaryRenderer(content: content, suppress: false)
    for format in [OutputFormat.text, .markdown, .html] {
      let output = renderer.render(grouped(), as: format)
      let flat = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
      #expect(flat.contains("A man is seen when he is identified"), "\(format)")
      #expect(
        flat.contains("A review that records no man counts in none of the \"every man\" figures."),
        "\(format)")
      #expect(flat.contains("Reviews, each counted once"), "\(format)")
      #expect(flat.contains("Median gaps per review:"), "\(format)")
    }
  }

  @Test func jsonAndCSVCarryThePerReviewFigures() throws {
    let renderer = SummaryRenderer(content: content, suppress: false)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(grouped(), as: .json).utf8))
        as? [String: Any])
    let perReview = try #require(json["perReview"] as? [String: Any])
    #expect(perReview["every-man-seen"] as? Int == 1)
    #expect(perReview["any-man-unseen"] as? Int == 1)
    #expect(perReview["every-man-detailed"] as? Int == 1)
    #expect(perReview["any-contact-planned-for-safety"] as? Int == 1)
    #expect(perReview["complete"] as? Int == 1)
    #expect(perReview["no-man-recorded"] as? Int == 1)
    let median = try #require(grouped().overall.perReview.medianGaps)
    #expect(perReview["medianGaps"] as? Double == median)
    let byRelationship = try #require(perReview["byRelationship"] as? [String: [String: Int]])
    #expect(Set(byRelationship.keys) == Set(Relationship.allCases.map(\.rawValue)))
    #expect(
      byRelationship["birth-father"] == [
        "reviews": 3, "every-man-seen": 2, "any-man-unseen": 0, "every-man-detailed": 2,
        "any-contact-planned-for-safety": 1,
      ])
    #expect(byRelationship["partner"]?["any-man-unseen"] == 1)
    #expect(byRelationship["ex-partner"]?["reviews"] == 0)

    let csv = renderer.render(grouped(), as: .csv)
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.contains("all,,per-review,every-man-seen,reviews,1,20.0"))
    #expect(lines.contains("all,,per-review,no-man-recorded,reviews,1,20.0"))
    #expect(
      lines.contains(
        "all,,per-review,median-gaps,median,\(grouped().overall.perReview.medianGapsWords),"))
    #expect(lines.contains("all,,per-review-relationship,birth-father,reviews,3,"))
    #expect(lines.contains("all,,per-review-relationship,birth-father,every-man-detailed,2,66.7"))
    #expect(lines.contains("all,,per-review-relationship,partner,any-man-unseen,1,50.0"))
  }

  /// Small numbers are withheld in the exports as in the text: the per-review figures, the
  /// figures by relationship and the figures under the questions (a QA lead found the CSV and
  /// JSON giving counts the text withheld).
  @Test func theExportsWithholdWhatTheTextWithholds() throws {
    // Eleven reviews: enough to show the set, with figures counting 1 to 4 of them.
    var summary = GroupedSummary()
    for record in records + records + [records[0]] { summary.add(record, content: content) }
    let renderer = SummaryRenderer(content: content)
    let small: Set<String> = ["1", "2", "3", "4"]
    let csv = renderer.render(summary, as: .csv).components(separatedBy: "\r\n")
    let perReviewRows = csv.filter { $0.contains(",per-review") }.map {
      $0.components(separatedBy: ",")
    }
    #expect(perReviewRows.count > 10)
    for row in perReviewRows where row[4] != "median" {
      #expect(!small.contains(row[5]), "\(row)")
    }
    #expect(perReviewRows.contains { $0[5] == "<5" })
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(summary, as: .json).utf8))
        as? [String: Any])
    func counts(_ value: Any) -> [Int] {
      if let number = value as? Int { return [number] }
      if let object = value as? [String: Any] {
        return object.filter { $0.key != "index" && $0.key != "answerable" }.values.flatMap(counts)
      }
      if let array = value as? [Any] { return array.flatMap(counts) }
      return []
    }
    let perReview = try #require(json["perReview"])
    #expect(counts(perReview).allSatisfy { !(1...4).contains($0) }, "\(perReview)")
    let questions = try #require(json["partnershipQuestions"])
    #expect(counts(questions).allSatisfy { !(1...4).contains($0) }, "\(questions)")
  }

  @Test func theMedianIsWrittenAsAWholeNumberOrAHalf() {
    var counts = PerReviewCounts()
    #expect(counts.medianGapsWords == "none")
    counts.reviews = 2
    counts.gapCounts = [3: 1, 4: 1]
    #expect(counts.medianGapsWords == "3.5")
    counts.gapCounts = [3: 2]
    #expect(counts.medianGapsWords == "3")
  }

  // MARK: The Panel's questions to partnerships

  /// Every 18.4 question of the content, with its challenge id and index.
  private var allQuestions: [(challenge: String, index: Int, text: String)] {
    content.tiers.flatMap(\.challenges).flatMap { challenge in
      challenge.questions.enumerated().map { (challenge.id, $0.offset, $0.element) }
    }
  }

  @Test func everyQuestionIsEitherAnsweredOrListedOnce() throws {
    #expect(allQuestions.count == 21)
    #expect(content.partnershipQuestions.count == allQuestions.count)
    for question in allQuestions {
      let listed = content.partnershipQuestions.filter {
        $0.challenge == question.challenge && $0.index == question.index
      }
      #expect(listed.count == 1, "\(question.challenge) \(question.index)")
    }
    let renderer = SummaryRenderer(content: content, suppress: false)
    for format in [OutputFormat.text, .markdown, .html] {
      let output = renderer.render(grouped(by: .role), as: format)
        .replacingOccurrences(of: "&#39;", with: "'")
      let flat = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(flat.components(separatedBy: TeamSummaryLayout.panelHeading).count == 2, "\(format)")
      for question in allQuestions {
        let text = question.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
          flat.components(separatedBy: text).count == 2,
          "\(format): \(question.challenge) \(question.index) appears once")
      }
    }
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(renderer.render(grouped(by: .role), as: .json).utf8)) as? [String: Any])
    let questions = try #require(json["partnershipQuestions"] as? [[String: Any]])
    #expect(
      questions.map { "\($0["challenge"] ?? "") \($0["index"] ?? "")" }
        == allQuestions.map { "\($0.challenge) \($0.index)" })
    for (question, expected) in zip(questions, allQuestions) {
      #expect(question["text"] as? String == expected.text)
      let answerable = try #require(question["answerable"] as? Bool)
      #expect((question["figures"] != nil) == answerable)
      #expect((question["reason"] != nil) == !answerable)
    }
    // Only the overall figures: no group repeats the questions.
    let groups = try #require(json["groups"] as? [[String: Any]])
    #expect(groups.allSatisfy { $0["partnershipQuestions"] == nil })
  }

  @Test func theFiguresUnderTheQuestionsAreCountedFromTheReviews() throws {
    let renderer = SummaryRenderer(content: content, suppress: false)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(grouped(), as: .json).utf8))
        as? [String: Any])
    let questions = try #require(json["partnershipQuestions"] as? [[String: Any]])
    func figures(_ challenge: String, _ index: Int) -> [[String: Any]] {
      questions.first { $0["challenge"] as? String == challenge && $0["index"] as? Int == index }?[
        "figures"] as? [[String: Any]] ?? []
    }
    func values(_ figure: [String: Any]?) -> [Int] {
      [figure?["count"] as? Int ?? -1, figure?["total"] as? Int ?? -1]
    }
    // "comprehensive and detailed pictures of fathers"
    let pictures = figures("tools-frameworks-and-services", 5)
    let everyMan = pictures.first { $0["relationship"] is NSNull }
    #expect(everyMan?["id"] as? String == "every-man-detailed")
    #expect(values(everyMan) == [1, 5])
    #expect(everyMan?["unit"] as? String == "reviews")
    let fathers = pictures.first { $0["relationship"] as? String == "birth-father" }
    #expect(values(fathers) == [2, 3])
    // Men too dangerous to attend: contact planned for safety, and men in plans (case items).
    let meetings = figures("tools-frameworks-and-services", 4)
    #expect(
      values(meetings.first { $0["id"] as? String == "any-contact-planned-for-safety" }) == [1, 5])
    let plans = meetings.first { $0["id"] as? String == "men-in-plans" }
    #expect(plans?["answer"] as? String == "in-place")
    #expect(values(plans) == [1, 5])
    // Anxiety and fear: supervision in place, fear recorded, reviewers not (very) confident.
    let fear = figures("tools-frameworks-and-services", 6)
    #expect(values(fear.first { $0["id"] as? String == "supervision" }) == [2, 5])
    let recorded = fear.first { $0["id"] as? String == "practitioner-fear" }
    #expect(recorded?["answer"] as? String == "yes")
    #expect(values(recorded) == [1, 5])
    let confidence = fear.first { $0["kind"] as? String == "confidence" }
    #expect(confidence?["levels"] as? [String] == ["not-at-all", "not-very"])
    #expect(values(confidence) == [1, 5])
    // Information seeking: agency checks, once for each man (5 men).
    let seeking = figures("processes", 3)
    let checks = seeking.first { $0["id"] as? String == "agency-checks" }
    #expect(checks?["unit"] as? String == "men")
    #expect(values(checks) == [2, 5])

    // The same in the layout, each labelled with the reviews it comes from.
    let blocks = TeamSummaryLayout(content: content, suppress: false).panelQuestions(
      grouped().overall)
    let entries = blocks.flatMap { block -> [ListEntry] in
      switch block {
      case .group(let group):
        return group.blocks.flatMap { inner -> [ListEntry] in
          if case .list(let list) = inner { return list.entries }
          return []
        }
      default: return []
      }
    }
    #expect(entries.count == 9)
    for entry in entries {
      #expect(entry.text.plain.contains(", from 5 self-reviews made with seen. "))
    }
    #expect(
      entries.contains {
        $0.lead?.plain == "Agency checks"
          && $0.text.plain.hasPrefix("in place for 2 of 5 men (40.0%), not answered for")
      })
    #expect(
      entries.contains {
        $0.lead?.plain == "Reviews with a detailed picture of every man"
          && $0.text.plain.hasPrefix("1 of 5 reviews (20.0%)")
      })
  }

  @Test func theSectionSaysWhatTheFiguresAreAndAreNot() {
    let text = SummaryRenderer(content: content, suppress: false).render(grouped(), as: .markdown)
    #expect(text.contains("## The Panel's questions to partnerships"))
    #expect(
      text.contains(
        "The figures come from practitioners' self-reviews of their own cases, made with seen; they are not audits of assessments."
      ))
    #expect(text.contains("### Questions these records cannot answer"))
    #expect(
      text.contains("*Why not:* The records do not hold how Clare's Law is understood or promoted.")
    )
    #expect(text.contains("(Myth of Invisible Men, 18.4)"))
  }

  @Test func contentWithoutTheMappingHasNoSection() throws {
    var trimmed = content
    trimmed.partnershipQuestions = []
    let renderer = SummaryRenderer(content: trimmed, suppress: false)
    #expect(!renderer.render(grouped(), as: .text).contains(TeamSummaryLayout.panelHeading))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(grouped(), as: .json).utf8))
        as? [String: Any])
    #expect(json["partnershipQuestions"] == nil)
    #expect(json["perReview"] != nil)
  }
}
