import Testing

@testable import SeenKit

/// Issue 19, found by newcomers: every screen of the guided review fits an 80x24 terminal (the
/// review screen a page at a time, the help with its question), and his details take a line
/// typed with a note as every other answer does.
@Suite struct ReviewSessionScreenTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 2)!

  /// A session of the two-men example on an 80x24 terminal, at `step`.
  private func twoMen(at step: ReviewSession.Step = .review) throws -> ReviewSession {
    var session = ReviewSession(
      record: try TestContent.example("two-men"), content: content, today: today)
    session.screenColumns = 80
    session.screenRows = 24
    session.step = step
    return session
  }

  private func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The entry numbers ("  12. ") at the start of the lines of a screen.
  private func numbers(in screen: String) -> [Int] {
    lines(screen).compactMap { line in
      let trimmed = line.drop { $0 == " " }
      guard let dot = trimmed.firstIndex(of: "."), trimmed.count < line.count else { return nil }
      return Int(trimmed[..<dot])
    }
  }

  @Test func theReviewScreenFitsEightyByTwentyFourAPageAtATime() throws {
    var session = try twoMen()
    let count = session.reviewEntries.count
    #expect(count > 40, "two men give more answers than 24 rows hold")
    let pages = session.reviewPages(width: 80).count
    #expect(pages > 1)
    var seen: [Int] = []
    for page in 0..<pages {
      let prompt = session.prompt(width: 80)
      // Room is left for a message of two lines above the screen (a refusal, the help).
      #expect(lines(prompt).count <= 24 - 2, "page \(page + 1):\n\(prompt)")
      #expect(lines(prompt).allSatisfy { $0.count <= 80 })
      #expect(prompt.contains("Your answers (page \(page + 1) of \(pages))"), "\(prompt)")
      #expect(prompt.contains("Page \(page + 1) of \(pages): n shows the next page"))
      seen += numbers(in: prompt)
      #expect(session.handle("n").event == .unchanged)
    }
    #expect(seen == Array(1...count), "every answer once, in order, none cut off")
    // n on the last page stays there; p goes back.
    #expect(session.prompt(width: 80).contains("(page \(pages) of \(pages))"))
    _ = session.handle("p")
    #expect(session.prompt(width: 80).contains("(page \(pages - 1) of \(pages))"))
  }

  @Test func anAnswerOnALaterPageIsChangedAndTheSamePageComesBack() throws {
    var session = try twoMen()
    _ = session.handle("n")
    let shown = numbers(in: session.prompt(width: 80))
    let number = try #require(shown.last)
    #expect(session.handle(String(number)).event == .unchanged)
    #expect(session.step == session.reviewEntries[number - 1].step)
    _ = session.handle("b")
    #expect(session.step == .review)
    #expect(numbers(in: session.prompt(width: 80)) == shown)
  }

  @Test func withoutKnownRowsTheReviewScreenIsWhole() throws {
    var session = try twoMen()
    session.screenRows = nil
    let prompt = session.prompt(width: 80)
    #expect(numbers(in: prompt) == Array(1...session.reviewEntries.count))
    #expect(!prompt.contains("page"))
    #expect(!prompt.contains("Page"))
  }

  @Test func theReviewScreensHelpNamesTheKeysThatTurnItsPages() throws {
    let session = try twoMen()
    #expect(
      session.help(for: .review).contains("n shows the next page of answers and p the one before"))
  }

  @Test func aLongNoteTakesAtMostThreeLinesOnTheReviewScreen() throws {
    var session = try twoMen()
    session.record.men[0].answers["contacted"] = Answer(
      .no, note: String(repeating: "a long note ", count: 150))
    for page in session.reviewPages(width: 80) {
      #expect(page.count <= 24 - 8)
    }
    #expect(session.reviewScreen(width: 80).contains("…"))
  }

  /// Every question of the session with its help (`?`) on screen: the help (a part of it at a
  /// time where it is long, `?` again giving the next), the blank line and the question again
  /// fit the 24 rows (only the line typed, "> ?", may scroll off), and the parts together are
  /// the whole help.
  @Test func theHelpAtEveryQuestionFitsWithTheQuestionBelowIt() throws {
    var session = try twoMen(at: .confidence)
    var split = 0
    for step in session.steps + [.agreeActions] {
      session.step = step
      _ = session.handle("")  // any other line starts the help again from its first part
      session.step = step
      var parts: [String] = []
      for _ in 0..<10 {
        let help = ReviewSession.wrapParagraphs(session.handle("?").message ?? "", width: 80)
        let rows = lines(help).count + lines(session.prompt(width: 80)).count
        #expect(rows <= 24, "\(step): \(rows) rows\n\(help)")
        #expect(session.step == step)
        if help.contains("(Help, part 1 of"), !parts.isEmpty { break }
        parts.append(help)
        if !help.contains("type ? again for the rest") { break }
      }
      if parts.count > 1 { split += 1 }
      let whole = ReviewSession.wrapParagraphs(session.help(for: step), width: 80)
      let joined = parts.flatMap { lines($0).filter { !$0.hasPrefix("(Help, part") } }
      #expect(joined.joined(separator: "\n") == whole, "\(step): the parts make the whole help")
    }
    #expect(split > 0, "the longest help comes in parts")
  }

  @Test func theStartScreenAndTheFirstQuestionFitTwentyFourRows() {
    let welcome = ReviewSession.welcome(
      savePath: "/home/practitioner/reviews/" + String(repeating: "x", count: 60) + ".json",
      width: 80)
    let session = ReviewSession(content: content, today: today)
    let rows = lines(welcome + session.prompt(width: 80)).count
    #expect(rows <= 24, "\(welcome)\(session.prompt(width: 80))")
  }

  // MARK: His details with a note

  /// A session at the first man's "lives with the baby".
  private func atLivesWithBaby() -> ReviewSession {
    var session = ReviewSession(content: content, today: today)
    for line in ["3", "", "HV-1", "", "", "1"] { _ = session.handle(line) }
    #expect(session.step == .manLivesWithBaby(0))
    return session
  }

  @Test func livesWithTheBabyTakesALineWithANoteAndSaysTheNoteIsNotKept() {
    var session = atLivesWithBaby()
    let outcome = session.handle("y: moved in last month")
    #expect(outcome.event == .changed)
    #expect(session.record.men[0].livesWithBaby == true)
    #expect(session.step == .addAnotherMan)
    let message = outcome.message ?? ""
    #expect(message.contains("Kept \"yes\""), "\(message)")
    #expect(message.contains("take no note"), "\(message)")
    #expect(message.contains("Identified"), "it names where the words can go: \(message)")
    #expect(!message.contains("moved in"), "the note is never repeated: \(message)")
    #expect(!session.record.encoded().contains("moved in"))
  }

  @Test func livesWithTheBabyReadsEachAnswerWithANote() {
    for (typed, expected) in [("Yes: x", true), ("n : x", false), ("no:x", false)] {
      var session = atLivesWithBaby()
      #expect(session.handle(typed).event == .changed, "\(typed)")
      #expect(session.record.men[0].livesWithBaby == expected, "\(typed)")
    }
    var unknown = atLivesWithBaby()
    unknown.record.men[0].livesWithBaby = true
    #expect(unknown.handle("u: ask the mother").event == .changed)
    #expect(unknown.record.men[0].livesWithBaby == nil)
    // A colon with nothing after it is the answer alone; nothing before it is refused.
    var plain = atLivesWithBaby()
    let outcome = plain.handle("y:")
    #expect(outcome.event == .changed)
    #expect(outcome.message == nil)
    var empty = atLivesWithBaby()
    #expect(empty.handle(": a note").event == .unchanged)
    #expect(empty.step == .manLivesWithBaby(0))
  }

  @Test func theRelationshipTakesANoteTheSameWay() {
    var session = ReviewSession(content: content, today: today)
    for line in ["3", "", "HV-1", "", ""] { _ = session.handle(line) }
    #expect(session.step == .manRelationship(0))
    let outcome = session.handle("1: on the birth certificate")
    #expect(outcome.event == .changed)
    #expect(session.record.men[0].relationship == .birthFather)
    #expect(outcome.message?.contains("take no note") == true)
    #expect(outcome.message?.contains("birth certificate") == false)
    #expect(session.step == .manLivesWithBaby(0))
  }
}
