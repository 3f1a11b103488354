import Testing

@testable import SeenKit

/// Issue 18, review round 3: paper and screen in one order, a banner that tells a published
/// case from a composite, boxes that fit every width, safety advice credited to what it rests
/// on, and the plan's wording.
@Suite struct WorkshopRoundThreeKitTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 3)!

  private func scenario(_ id: String) throws -> Scenario {
    try #require(content.scenarios.first { $0.id == id })
  }

  /// The label of each row of the pack's review tables, in order.
  private func paperRows(_ sheet: ReflectionSheet) -> [String] {
    sheet.document.blocks.flatMap { block -> [String] in
      guard case .table(let table) = block else { return [] }
      return table.rows.compactMap { row in row.count > 1 ? row[0].text.plain : nil }
    }
  }

  /// "[Eva's father · 6 of 22] Tier 1: …" gives 6.
  private func position(_ prompt: String) -> Int? {
    guard let open = prompt.firstIndex(of: "["), let close = prompt.firstIndex(of: "]") else {
      return nil
    }
    let inside = prompt[prompt.index(after: open)..<close]
    guard let dot = inside.lastIndex(of: "·") else { return nil }
    return Int(inside[inside.index(after: dot)...].split(separator: " ").first ?? "")
  }

  @Test(arguments: ["wiltshire", "father-ab", "derbyshire", "care-leaver"])
  func thePapersItemsAreTheScreensInItsOrderAndNumbers(_ id: String) throws {
    let scenario = try scenario(id)
    let paper = paperRows(ReflectionSheet.participantPack(scenario: scenario, content: content))
    var session = ReviewSession(record: scenario.blankRecord, content: content, today: today)
    var screen: [String] = []
    for step in session.steps {
      switch step {
      case .item(let man, let id) where man == nil || man == 0:
        let item = try #require(content.item(id))
        session.step = step
        let number = try #require(position(session.prompt(width: 200)))
        screen.append("\(number). \(item.title). ")
      case .manStrengths(0):
        screen.append("What he brings. ")
      default:
        continue
      }
    }
    #expect(paper.count == screen.count)
    for (onPaper, onScreen) in zip(paper, screen) {
      #expect(onPaper.hasPrefix(onScreen), "paper \(onPaper) | screen \(onScreen)")
    }
    #expect(paper.first?.hasPrefix("1. ") == true)
  }

  @Test func theReflectionsKeepTheScreensNumbersAndConfidenceIsTheBox() throws {
    let pack = ReflectionSheet.participantPack(
      scenario: try scenario("wiltshire"), content: content)
    let text = TextWriter(width: 200, color: false).write(pack.document)
    let questions = content.questions
    #expect(questions.first?.id == "confidence")
    // Question 1 keeps its number and points at the box: the screen does not ask it.
    #expect(text.contains("1. \(questions[0].text) Your answer is the confidence box"))
    for (offset, question) in questions.enumerated().dropFirst() {
      #expect(text.contains("\(offset + 1). \(question.text)"), "\(question.id)")
    }
  }

  @Test func aBlankStartsManShowsNoAnswerForLivingWithTheBaby() throws {
    var session = ReviewSession(
      record: try scenario("wiltshire").blankRecord, content: content, today: today)
    session.step = .manLivesWithBaby(0)
    let prompt = session.prompt(width: 200)
    #expect(!prompt.contains("now: not known"), "\(prompt)")
    #expect(prompt.contains("(Enter: not known)"), "\(prompt)")
    _ = session.handle("n")
    session.step = .manLivesWithBaby(0)
    #expect(session.prompt(width: 200).contains("now: no"))
  }

  @Test func theBannerTellsAPublishedCaseFromAComposite() throws {
    #expect(
      WorkshopStart(scenario: "wiltshire", start: .blank).titleMark(in: content)
        == "Training scenario: wiltshire (a published case study)")
    #expect(
      WorkshopStart(scenario: "care-leaver", start: .blank).titleMark(in: content)
        == "Training scenario: care-leaver (a composite, not a real case)")
    for id in ["father-ab", "derbyshire"] {
      #expect(
        !WorkshopStart(scenario: id, start: .blank).titleMark(in: content).contains("not a real"))
    }
  }

  @Test func aReReviewOfAPracticeReviewIsPracticeToo() throws {
    let blank = try scenario("wiltshire").blankRecord
    let again = ReviewRecord.again(from: blank, id: "again-1")
    #expect(again.workshop == blank.workshop)
    #expect(again.workshop != nil)
  }

  @Test(arguments: ["participant", "facilitator", "key"])
  func everyBoxFitsEveryWidth(_ pack: String) throws {
    let scenario = try scenario("wiltshire")
    let plan = try #require(WorkshopPlan(scenario: scenario, minutes: 90))
    let sheet: ReflectionSheet =
      switch pack {
      case "participant": .participantPack(scenario: scenario, content: content)
      case "facilitator": .facilitatorPack(plan, content: content)
      default: .answerKey(scenario: scenario, content: content)
      }
    for width in 20...120 {
      let text = TextWriter(width: width, color: false).write(sheet.document)
      for line in text.split(separator: "\n") where line.hasPrefix("|") || line.hasPrefix("+") {
        #expect(line.count <= width, "width \(width): \(line)")
      }
    }
  }

  @Test func safetyAdviceInWhatToListenForIsCreditedToWhatItRestsOn() throws {
    let plan = try #require(WorkshopPlan(scenario: try scenario("father-ab"), minutes: 90))
    let text = TextWriter(width: 100_000, color: false).write(
      ReflectionSheet.facilitatorPack(plan, content: content).document)
    for phrase in [
      "keep her details out of records he may see (", "nothing about her in his record (",
      "he sees only a safe version (", "Check police, MARAC, probation and GP first (",
    ] {
      #expect(!text.contains(phrase), "\(phrase)")
    }
    #expect(text.contains("That rests on"))
    #expect(text.contains("SafeLives"))
  }

  @Test func thePlanAsksNoOneToDiscloseAndSaysWhatItDoes() throws {
    let plan = try #require(WorkshopPlan(scenario: try scenario("wiltshire"), minutes: 90))
    let text = TextWriter(width: 100_000, color: false).write(
      ReflectionSheet.facilitatorPack(plan, content: content).document)
    #expect(!text.contains("show of hands"))
    #expect(text.contains("without asking anyone what they answered"))
    #expect(text.contains("seen workshop wiltshire --pack key"))
    #expect(!text.contains("how many of the men lived with the baby"))
    #expect(text.contains("81 of the 92 children"))
    #expect(text.contains("Takeaway on paper, confidence after"))
    #expect(!text.contains("give the facilitator"))
    #expect(text.contains("copy their review and confidence files to the facilitator"))
  }
}
