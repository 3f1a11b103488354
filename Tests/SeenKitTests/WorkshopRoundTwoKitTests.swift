import Testing

@testable import SeenKit

/// Issue 18, review round 2, point 5: paper and screen offer the same answers; a blank start
/// asks no confidence; a scenario's prompts for typed text say it is about the scenario only.
@Suite struct WorkshopRoundTwoKitTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 2)!

  private func scenario(_ id: String) throws -> Scenario {
    try #require(content.scenarios.first { $0.id == id })
  }

  /// Each row of the pack's review tables: the item's id (found by its title) and the boxes of
  /// its first column.
  private func rows(_ sheet: ReflectionSheet) -> [(title: String, choices: [String])] {
    sheet.document.blocks.flatMap { block -> [(title: String, choices: [String])] in
      guard case .table(let table) = block else { return [] }
      return table.rows.compactMap { row in
        guard row.count > 1, let answer = row[1].answer else { return nil }
        return (row[0].text.plain, answer.choices)
      }
    }
  }

  @Test func theParticipantPackOffersForEachItemTheAnswersTheScreenAccepts() throws {
    let pack = ReflectionSheet.participantPack(
      scenario: try scenario("wiltshire"), content: content)
    let rows = rows(pack)
    // Each item, and the box for what he brings (round 3), which has no tick boxes.
    #expect(rows.count == content.checklist.count + 1)
    #expect(
      rows.filter { $0.choices.isEmpty }.map(\.title).allSatisfy { $0.hasPrefix("What he brings") })
    for item in content.checklist {
      let row = try #require(rows.first { $0.title.contains(item.title + ". ") }, "\(item.id)")
      let offered = AnswerChoice.offered(for: item)
      #expect(row.choices == offered.map(\.words), "\(item.id)")
      // Each word on paper reads back on the screen as the same answer.
      for choice in offered {
        #expect(AnswerChoice.parse(choice.words, kind: item.kind) == choice.value, "\(item.id)")
        #expect(AnswerChoice.parse(choice.letter, kind: item.kind) == choice.value, "\(item.id)")
      }
      #expect(!row.choices.contains("not known") || item.kind != .practice, "\(item.id)")
      #expect(
        row.choices.contains("not applicable") == item.allowsNotApplicable
          || item.kind != .practice, "\(item.id)")
    }
    // The practitioner's fear is a condition: yes, no or don't know, as on the screen.
    let fear = try #require(content.items(scope: .case, kind: .condition).first)
    let fearRow = try #require(rows.first { $0.title.contains(fear.title + ". ") })
    #expect(fearRow.choices == ["yes", "no", "don't know"])
    #expect(AnswerChoice.legend(for: fear) == "y yes, n no, u don't know")
  }

  @Test func aBlankStartAsksNoConfidenceAndAnAnswerKeyStartDoes() throws {
    let wiltshire = try scenario("wiltshire")
    let blank = ReviewSession(record: wiltshire.blankRecord, content: content, today: today)
    #expect(blank.step == .role)
    #expect(!blank.steps.contains(.confidence))
    #expect(!blank.reviewEntries.contains { $0.step == .confidence })
    var resumed = wiltshire.blankRecord
    resumed.men = []
    #expect(ReviewSession(resuming: resumed, content: content, today: today).step == .role)
    let key = ReviewSession(record: wiltshire.practiceRecord, content: content, today: today)
    #expect(key.step == .confidence)
    #expect(ReviewSession(content: content, today: today).steps.first == .confidence)
  }

  @Test func aScenarioReviewsPromptsForTypedTextSayScenarioOnly() throws {
    let words = "about this scenario only; no real case details"
    let wiltshire = try scenario("wiltshire")
    var session = ReviewSession(record: wiltshire.blankRecord, content: content, today: today)
    var seen: Set<String> = []
    for step in session.steps {
      session.step = step
      let prompt = session.prompt(width: 200)
      switch step {
      case .item, .manStrengths, .reflection:
        #expect(prompt.contains(words), "\(step)")
        seen.insert("\(step)".prefix { $0 != "(" }.description)
      default: break
      }
    }
    #expect(seen == ["item", "manStrengths", "reflection"])
    let welcome = ReviewSession.welcome(
      savePath: nil,
      scenarioMark: wiltshire.blankRecord.workshop?.titleMark(in: content), width: 200)
    #expect(welcome.contains("Training scenario: wiltshire (a published case study)"))
    #expect(welcome.contains("no real case details"))
    // A real case's prompts say nothing of it.
    var real = ReviewSession(record: ReviewRecord(), content: content, today: today)
    for step in real.steps {
      real.step = step
      #expect(!real.prompt(width: 200).contains("scenario"), "\(step)")
    }
  }
}
