import SeenTestSupport
import Testing

@testable import SeenKit

/// The short cuts that make a summary of many files cheaper give what the plain definitions
/// give: each per-review figure, each man's picture, each answer allowed, each text trimmed.
@Suite struct SummarySpeedTests {
  let content = TestContent.bundled

  /// Records with every kind of answer, with and without notes and reasons, and with no man.
  private func generatedRecords(_ count: Int, seed: UInt64) -> [ReviewRecord] {
    var generator = SeededGenerator(state: seed)
    let values: [AnswerValue?] = [nil, .yes, .yes, .yes, .partly, .no, .unknown, .na]
    let knowledge: [AnswerValue?] = [nil, .present, .absent, .unknown]
    let reasons: [NotApplicableReason?] = [nil, .safety, .movedAway, .deceased, .other]
    func answers(_ positions: [Int]) -> [String: Answer] {
      var answers: [String: Answer] = [:]
      for position in positions {
        let item = content.checklist[position]
        let pool = item.kind == .knowledge ? knowledge : values
        guard let value = pool.randomElement(using: &generator)!,
          item.allowedAnswers.contains(value)
        else { continue }
        let note = Bool.random(using: &generator) ? "a note" : nil
        answers[item.id] = Answer(
          value, note: note, reason: reasons.randomElement(using: &generator)!)
      }
      return answers
    }
    return (0..<count).map { _ in
      let men = (0..<Int.random(in: 0...4, using: &generator)).map { index in
        var man = ManRecord(
          label: "Man \(index)",
          relationship: Relationship.allCases.randomElement(using: &generator)!,
          answers: answers(content.index.manPositions))
        // Half the men seen and detailed, but for what the other answers say.
        if Bool.random(using: &generator) {
          for id in Visibility.contactItems + Visibility.assessmentItems + ManPicture.items {
            man.answers[id] = Answer(.yes)
          }
        }
        return man
      }
      return ReviewRecord(men: men, answers: answers(content.index.casePositions))
    }
  }

  /// The per-review figures worked out the plain way: each definition applied to the men of
  /// each review, one figure at a time.
  private func plainGroup(_ reviews: [[ManRecord]]) -> PerReviewCounts.Group {
    var group = PerReviewCounts.Group()
    for men in reviews where !men.isEmpty {
      group.reviews += 1
      let visibility = men.map(Visibility.of)
      if visibility.allSatisfy({ $0 == .seen }) { group.everyManSeen += 1 }
      if visibility.contains(.unseen) { group.anyManUnseen += 1 }
      if visibility.contains(.contactPlannedForSafety) { group.anyContactPlannedForSafety += 1 }
      if men.allSatisfy({ plainPicture($0) == .detailed }) { group.everyManDetailed += 1 }
    }
    return group
  }

  /// `ManPicture`'s definition, asking each item.
  private func plainPicture(_ man: ManRecord) -> ManPicture {
    if Visibility.of(man) == .contactPlannedForSafety { return .contactPlannedForSafety }
    return ManPicture.items.allSatisfy { man.answers[$0]?.value == .yes }
      ? .detailed : .notDetailed
  }

  @Test func theSummaryCountsEachReviewAsTheDefinitionsSay() {
    let records = generatedRecords(600, seed: 7)
    var summary = TeamSummary()
    for record in records { summary.add(record, content: content) }
    let perReview = summary.perReview
    #expect(perReview.reviews == records.count)
    #expect(perReview.withoutMen == records.count { $0.men.isEmpty })
    #expect(perReview.allMen == plainGroup(records.map(\.men)))
    #expect(perReview.allMen.everyManDetailed > 0)
    #expect(perReview.allMen.everyManSeen > 0)
    #expect(perReview.complete > 0)
    for relationship in Relationship.allCases {
      #expect(
        perReview.group(relationship)
          == plainGroup(records.map { $0.men.filter { $0.relationship == relationship } }),
        "\(relationship)")
    }
    let complete = records.count { record in
      !record.men.isEmpty && record.men.allSatisfy { plainPicture($0) == .detailed }
        && content.index.casePositions.allSatisfy {
          record.answers[content.checklist[$0].id] != nil
        }
    }
    #expect(perReview.complete == complete)
    var gapCounts: [Int: Int] = [:]
    for record in records {
      gapCounts[GapAnalysis.report(for: record, content: content).gaps.count, default: 0] += 1
    }
    #expect(perReview.gapCounts == gapCounts)
    // The same figures as counting with the record-by-record definitions.
    var plain = PerReviewCounts()
    for record in records {
      plain.add(record, gaps: GapAnalysis.gapCount(for: record, content: content), content: content)
    }
    #expect(plain == perReview)
  }

  @Test func aManPictureFromHisVisibilityIsThePlainOne() {
    for record in generatedRecords(300, seed: 8) {
      for man in record.men {
        #expect(ManPicture.of(man) == plainPicture(man))
        #expect(ManPicture.of(man, visibility: Visibility.of(man)) == plainPicture(man))
      }
    }
  }

  @Test func eachKindAllowsItsListedAnswers() {
    for kind in ChecklistItem.Kind.allCases {
      for value in AnswerValue.allCases {
        #expect(kind.allows(value) == kind.allowedAnswers.contains(value), "\(kind) \(value)")
      }
    }
  }

  @Test func theIndexHoldsEachItemsIDKindAndScope() {
    let index = content.index
    #expect(index.ids == content.checklist.map(\.id))
    #expect(index.kinds == content.checklist.map(\.kind))
    #expect(index.scopes == content.checklist.map(\.scope))
    #expect(index.allowsNotApplicable == content.checklist.map(\.allowsNotApplicable))
  }

  /// Trimming with its ASCII short cut gives what trimming scalar by scalar gives.
  @Test func trimmingTakesTheShortCutOnlyWhereNothingIsTrimmed() {
    func plain(_ text: String) -> String {
      var scalars = Substring(text).unicodeScalars
      while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
      while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
      return String(scalars)
    }
    let texts = [
      "", " ", "a", " a", "a ", "\ta\n", "a\u{0B}", "\u{0C}a", "\r\na\r\n", "note", "a b",
      "\u{A0}a", "a\u{A0}", "\u{2003}a\u{3000}", "é", " é ", "a\u{301}", " \u{301}a", "\u{85}a",
      "a\u{1F}", "\u{1C}a",
    ]
    for text in texts {
      #expect(text.trimmingWhitespace().unicodeScalars.elementsEqual(plain(text).unicodeScalars))
    }
  }
}

/// The reader's short cuts: a key given twice is found whether it is compared by its bytes in
/// the file or as text, in a small object or a large one; an answer is read from its bytes as
/// it is from its text.
@Suite struct ReaderShortCutTests {
  private func refused(_ json: String) -> String? {
    do {
      _ = try JSONParser.parse(json)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func aKeyGivenTwiceIsRefusedHoweverItIsWritten() {
    for count in [1, 2, 15, 16, 17, 31, 32, 33, 100] {
      let keys = (0..<count).map { "\"key-\($0)\": \($0)" }
      let object = "{" + keys.joined(separator: ", ")
      #expect(refused(object + "}") == nil, "\(count) keys")
      for twice in ["\"key-0\"", "\"key-\(count - 1)\"", "\"k\\u0065y-0\""] {
        #expect(refused(object + ", \(twice): 0}")?.contains("appears twice") == true, "\(twice)")
      }
      // "é" as one scalar, then as "e" and a combining accent: the same text.
      #expect(
        refused(object + ", \"caf\u{E9}\": 1, \"cafe\u{301}\": 2}")?.contains("appears twice")
          == true, "\(count) keys")
      // The same letters in another case, or one byte longer, are another key.
      #expect(refused(object + ", \"KEY-0\": 0, \"key-00\": 0}") == nil)
    }
    // Keys of nested objects are each object's own.
    #expect(
      refused("{\"a\": {\"a\": 1, \"b\": {\"a\": 2}}, \"b\": [{\"a\": 1}, {\"a\": 2}]}") == nil)
    #expect(refused("{\"a\": {\"b\": 1}, \"b\": 2, \"a\": 3}")?.contains("appears twice") == true)
  }

  @Test func anAnswerReadFromItsBytesIsTheOneItsTextNames() {
    let texts =
      AnswerValue.allCases.map(\.rawValue) + [
        "", "n", "nO", "No", "YES", "yea", "ya", "nope", "partlY", "absenT", "unknowN", "presenT",
        "parted", "abound", "unknots", "preserve", "y\u{301}es", "na\u{301}", "\u{FF59}es",
      ]
    for text in texts {
      #expect(AnswerValue(recordText: text) == AnswerValue(rawValue: text), "\(text)")
    }
  }
}

/// A summary split into 20,000 groups holds the counts of every checklist item for each group:
/// they are kept small, and never wrap round.
@Suite struct AnswerCountsSizeTests {
  @Test func anItemsCountsTakeFortyBytes() {
    #expect(MemoryLayout<AnswerCounts>.stride == 40)
  }

  @Test func aCountPastThirtyTwoBitsStaysAtTheMost() {
    var counts = AnswerCounts()
    counts.yes = Int(Int32.max) - 1
    counts.add(Answer(.yes))
    counts.add(Answer(.yes))
    #expect(counts.yes == Int(Int32.max))
    counts.add(Answer(.yes), count: -1)
    #expect(counts.yes == Int(Int32.max) - 1)
    counts.no = -5
    #expect(counts.no == -5)
  }
}
