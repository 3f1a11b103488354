import Foundation
import SeenTestSupport
import XCTest

/// The ESC byte that starts every terminal escape sequence.
private let escape: Character = "\u{1B}"

/// `seen workshop` in-process: the facilitator's plan and the participant pack, and confidence measured
/// before and after a workshop with `--cohort` and `seen summary --by cohort`. The binary's own
/// wiring is in seenTests/WorkshopCommandEndToEndTests.
final class WorkshopCommandTests: XCTestCase {
  private let scenarioIDs = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]

  /// The confidence levels as the summary's JSON names them, with "not-given" last.
  private let confidenceKeys = [
    "not-at-all", "not-very", "somewhat", "very", "extremely", "not-given",
  ]

  // MARK: Content read from Resources, to compare the handout with

  private struct ScenarioText {
    var firstParagraph: String
    var quotes: [String]
  }

  private func resource(_ name: String) throws -> [String: Any] {
    let url = PackagePaths.root.appendingPathComponent("Resources/\(name)")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try XCTUnwrap(object as? [String: Any], "Resources/\(name) is not a JSON object")
  }

  private func scenarioText(_ id: String) throws -> ScenarioText {
    let list = try XCTUnwrap(try resource("scenarios.json")["scenarios"] as? [[String: Any]])
    let scenario = try XCTUnwrap(list.first { $0["id"] as? String == id }, "no scenario \(id)")
    let narrative = try XCTUnwrap(scenario["narrative"] as? [String])
    let points = try XCTUnwrap(scenario["learningPoints"] as? [[String: Any]])
    let quotes = points.compactMap { $0["quote"] as? String }
    XCTAssertEqual(quotes.count, points.count)
    XCTAssertFalse(quotes.isEmpty, "\(id) has no learning points")
    return ScenarioText(firstParagraph: try XCTUnwrap(narrative.first), quotes: quotes)
  }

  private func reflectiveQuestions() throws -> [String] {
    let list = try XCTUnwrap(try resource("questions.json")["questions"] as? [[String: Any]])
    let texts = list.compactMap { $0["text"] as? String }
    XCTAssertEqual(texts.count, 8, "the briefing has 8 reflective questions")
    return texts
  }

  /// Markdown text with its backslash escapes removed, so that quoted text can be found in it.
  private func removingMarkdownEscapes(_ text: String) -> String {
    var result = ""
    var escaped = false
    for character in text {
      if character == "\\" && !escaped {
        escaped = true
        continue
      }
      escaped = false
      result.append(character)
    }
    return result
  }

  // MARK: --steps

  private struct Step: Equatable {
    var number: Int
    var title: String
    var minutes: Int
    var from: Int
    var to: Int
  }

  /// The numbered steps of a plan: "N. Title (M minutes, from minute A to B)".
  private func steps(in output: String) throws -> [Step] {
    let text = normalizingWhitespace(removingMarkdownEscapes(output))
    let pattern = #"(?:^|[ *])(\d+)\. ([^()]+?) \((\d+) minutes, from minute (\d+) to (\d+)\)"#
    let regex = try NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex.matches(in: text, range: range).compactMap { match in
      func group(_ index: Int) -> String? {
        Range(match.range(at: index), in: text).map { String(text[$0]) }
      }
      guard let number = group(1).flatMap(Int.init), let title = group(2),
        let minutes = group(3).flatMap(Int.init), let from = group(4).flatMap(Int.init),
        let to = group(5).flatMap(Int.init)
      else { return nil }
      return Step(number: number, title: title, minutes: minutes, from: from, to: to)
    }
  }

  private func assertPlan(
    _ id: String, minutes total: Int, format: String, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let run = try assertExecuteCommand(
      ["workshop", id, "--steps", "--minutes", String(total), "--format", format], file: file,
      line: line)
    let label = "\(id), \(total) minutes, \(format)"
    let plan = try steps(in: run.stdout)
    XCTAssertGreaterThanOrEqual(
      plan.count, 3, "\(label): steps found:\n\(run.stdout)", file: file, line: line)
    XCTAssertEqual(
      plan.map(\.number), Array(1...max(plan.count, 1)), "\(label): steps numbered from 1",
      file: file, line: line)
    XCTAssertEqual(
      plan.map(\.minutes).reduce(0, +), total, "\(label): the steps' minutes add up",
      file: file, line: line)
    XCTAssertEqual(
      plan.first?.from, 0, "\(label): the first step starts at 0", file: file, line: line)
    XCTAssertEqual(
      plan.last?.to, total, "\(label): the last step ends at the end", file: file, line: line)
    for (index, step) in plan.enumerated() {
      XCTAssertEqual(
        step.to - step.from, step.minutes, "\(label): step \(step.number)'s span", file: file,
        line: line)
      XCTAssertGreaterThan(step.minutes, 0, "\(label): step \(step.number)", file: file, line: line)
      if index > 0 {
        XCTAssertEqual(
          step.from, plan[index - 1].to, "\(label): step \(step.number) follows on", file: file,
          line: line)
      }
    }
    XCTAssertTrue(
      run.stdout.contains("Total: \(total) minutes."), "\(label):\n\(run.stdout)", file: file,
      line: line)
    XCTAssertTrue(
      normalizingWhitespace(run.stdout).contains("seen review --scenario \(id)"),
      "\(label): the plan names the scenario's review", file: file, line: line)
  }

  func testFortyFiveMinutePlanAddsUp() throws {
    for id in scenarioIDs {
      try assertPlan(id, minutes: 45, format: "text")
    }
    try assertPlan("wiltshire", minutes: 45, format: "markdown")
  }

  func testNinetyMinutePlanAddsUp() throws {
    for id in scenarioIDs {
      try assertPlan(id, minutes: 90, format: "text")
    }
    try assertPlan("wiltshire", minutes: 90, format: "markdown")
  }

  func testHundredTwentyMinutePlanAddsUp() throws {
    for id in scenarioIDs {
      try assertPlan(id, minutes: 120, format: "text")
    }
    try assertPlan("wiltshire", minutes: 120, format: "markdown")
  }

  /// Each length is its own sequence of steps, not the same steps with scaled minutes.
  func testPlansOfEachLengthAreTheirOwnSequence() throws {
    let plans = try [45, 90, 120].map { minutes in
      try steps(
        in: try assertExecuteCommand([
          "workshop", "derbyshire", "--steps", "--minutes", String(minutes),
        ]).stdout)
    }
    XCTAssertEqual(Set(plans.map { $0.map(\.title) }).count, 3, "\(plans)")
    for plan in plans {
      XCTAssertEqual(plan.first?.title, "Welcome, content note and ground rule")
      XCTAssertTrue(plan[1].title.hasPrefix("Confidence before"), "\(plan)")
      XCTAssertTrue(plan.last?.title.contains("confidence after") == true, "\(plan)")
      XCTAssertTrue(plan.contains { $0.title == "Individual review, blank start" })
      XCTAssertTrue(plan.contains { $0.title == "Compare with the key" })
    }
    XCTAssertFalse(plans[0].contains { $0.title == "Group debrief" }, "45 minutes: no debrief")
    XCTAssertTrue(plans[1].contains { $0.title == "Group debrief" })
    XCTAssertTrue(plans[2].contains { $0.title == "The partnership's questions" })
  }

  /// Every step says what participants do and what the facilitator says; the confidence steps
  /// save a "NAME before" and a "NAME after" cohort.
  func testEveryStepSaysWhatParticipantsDoAndWhatTheFacilitatorSays() throws {
    for minutes in ["45", "90", "120"] {
      let run = try assertExecuteCommand(
        ["workshop", "care-leaver", "--steps", "--minutes", minutes, "--format", "json"])
      let plan = try jsonObject(run.stdout)
      let steps = try XCTUnwrap(plan["steps"] as? [[String: Any]])
      XCTAssertEqual(steps.compactMap { $0["minutes"] as? Int }.reduce(0, +), Int(minutes))
      for step in steps {
        XCTAssertFalse((step["participants"] as? String ?? "").isEmpty, "\(step)")
        XCTAssertFalse((step["facilitator"] as? String ?? "").isEmpty, "\(step)")
      }
      let lines = steps.flatMap { ($0["commands"] as? [[String: Any]] ?? []) }
        .compactMap { $0["line"] as? String }
      // The 45-minute plan measures confidence on paper only; the others save both cohorts.
      let measured = minutes != "45"
      XCTAssertEqual(
        lines.contains { $0.contains("--cohort \"care-leaver before\"") }, measured, "\(lines)")
      XCTAssertEqual(
        lines.contains { $0.contains("--cohort \"care-leaver after\"") }, measured, "\(lines)")
      XCTAssertTrue(
        lines.contains(
          "seen review --scenario care-leaver --blank --save care-leaver-review-1.json"),
        "\(lines)")
    }
  }

  func testStepsWithoutMinutesIsTheFortyFiveMinutePlan() throws {
    let plain = try assertExecuteCommand(["workshop", "wiltshire", "--steps"])
    let explicit = try assertExecuteCommand(["workshop", "wiltshire", "--steps", "--minutes", "45"])
    XCTAssertEqual(plain.stdoutData, explicit.stdoutData)
  }

  func testOtherLengthsAreRefused() throws {
    try assertUsageError(
      ["workshop", "wiltshire", "--steps", "--minutes", "60"], messages: ["60", "45", "90", "120"])
  }

  func testMinutesWithoutStepsIsAUsageError() throws {
    try assertUsageError(["workshop", "wiltshire", "--minutes", "90"], messages: ["--steps"])
  }

  func testUnknownOrMissingScenario() throws {
    try assertUsageError(
      ["workshop", "nowhere"],
      messages: ["nowhere", "father-ab, wiltshire, derbyshire, care-leaver"])
    try assertUsageError(["workshop"])
  }

  // MARK: The participant pack (the default)

  private func assertHandout(
    _ id: String, format: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let run = try assertExecuteCommand(
      ["workshop", id, "--format", format], file: file, line: line)
    let label = "\(id) handout, \(format)"
    let markdown = format == "markdown"
    let text = normalizingWhitespace(markdown ? removingMarkdownEscapes(run.stdout) : run.stdout)
    let scenario = try scenarioText(id)

    XCTAssertTrue(
      text.contains(normalizingWhitespace(scenario.firstParagraph)),
      "\(label) should hold the narrative's first paragraph", file: file, line: line)
    for question in try reflectiveQuestions() {
      XCTAssertTrue(
        text.contains(question), "\(label) should ask: \(question)", file: file, line: line)
    }
    // The learning quoted from the source is the facilitator's: it tells the findings.
    let facilitatorRun = try assertExecuteCommand(
      ["workshop", id, "--pack", "facilitator", "--format", format], file: file, line: line)
    let facilitator = normalizingWhitespace(
      markdown ? removingMarkdownEscapes(facilitatorRun.stdout) : facilitatorRun.stdout)
    for quote in scenario.quotes {
      XCTAssertTrue(
        facilitator.contains(normalizingWhitespace(quote)), "\(label) should quote: \(quote)",
        file: file, line: line)
    }

    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let actionsStart = try XCTUnwrap(
      lines.firstIndex { $0.contains("Agreed actions") }, "\(label): no Agreed actions",
      file: file, line: line)
    let takeawayStart = try XCTUnwrap(
      lines.firstIndex { $0.contains("One takeaway") }, "\(label): no One takeaway",
      file: file, line: line)
    XCTAssertLessThan(actionsStart, takeawayStart, label, file: file, line: line)
    // An action row: its number, a line to write on, then "Who" and "By when" (inside the
    // text format's box, or as a Markdown list item with the number strong).
    let actionNumbers = lines[actionsStart..<takeawayStart].compactMap { line -> Int? in
      let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: "|-* "))
      guard let dot = trimmed.firstIndex(of: "."), let number = Int(trimmed[..<dot]),
        line.contains("Who:"), line.contains("By when:")
      else { return nil }
      return number
    }
    XCTAssertEqual(
      actionNumbers, [1, 2, 3, 4], "\(label): four numbered actions", file: file, line: line)

    if markdown {
      // Small print is the writer's own <small>; nothing else is raw HTML.
      let markup = run.stdout.replacingOccurrences(of: "<small>", with: "")
        .replacingOccurrences(of: "</small>", with: "")
      XCTAssertFalse(markup.contains("<"), "\(label) has a raw '<'", file: file, line: line)
      XCTAssertTrue(run.stdout.hasPrefix("# "), label, file: file, line: line)
    } else {
      XCTAssertFalse(run.stdout.contains(escape), "\(label) has colour", file: file, line: line)
    }
  }

  func testTextHandoutHoldsTheCaseQuestionsActionsAndTakeaways() throws {
    for id in scenarioIDs {
      try assertHandout(id, format: "text")
    }
  }

  func testMarkdownHandoutHoldsTheCaseQuestionsActionsAndTakeaways() throws {
    for id in scenarioIDs {
      try assertHandout(id, format: "markdown")
    }
  }

  func testCompositeHandoutSaysItIsNotARealCase() throws {
    let composite = try assertExecuteCommand(["workshop", "care-leaver"])
    XCTAssertTrue(
      normalizingWhitespace(composite.stdout).localizedCaseInsensitiveContains("composite"))
  }

  func testHandoutIsTheSameEveryRun() throws {
    let first = try assertExecuteCommand(["workshop", "father-ab", "--format", "markdown"])
    let second = try assertExecuteCommand(["workshop", "father-ab", "--format", "markdown"])
    XCTAssertEqual(first.stdoutData, second.stdoutData)
  }

  func testOutputFileIsPrivateAndNeverReplacedWithoutForce() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("handout.md").path
    let stdout = try assertExecuteCommand(["workshop", "wiltshire", "--format", "markdown"]).stdout
    try assertExecuteCommand(
      ["workshop", "wiltshire", "--format", "markdown", "--output", path], expected: "")
    XCTAssertEqual(permissions(of: path), 0o600)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), stdout)

    try assertFailure(
      ["workshop", "wiltshire", "--output", path], status: 73,
      messages: ["already exists", "--force"])
    XCTAssertEqual(
      try String(contentsOfFile: path, encoding: .utf8), stdout, "a refused write changes nothing")

    try assertExecuteCommand(
      ["workshop", "wiltshire", "--steps", "--output", path, "--force"], expected: "")
    XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains("Total: 45 minutes."))
    XCTAssertEqual(permissions(of: path), 0o600)
    XCTAssertEqual(try names(in: folder), ["handout.md"], "no temporary file is left behind")
  }

  // MARK: Confidence before and after

  /// Six reviews in two cohorts: before not-very, not-very, somewhat; after very, somewhat and
  /// one with no confidence given.
  private func writeCohortReviews(in folder: URL) throws {
    let reviews: [(cohort: String, confidence: String?)] = [
      ("Workshop before", "not-very"), ("Workshop before", "not-very"),
      ("Workshop before", "somewhat"), ("Workshop after", "very"),
      ("Workshop after", "somewhat"), ("Workshop after", nil),
    ]
    for (index, review) in reviews.enumerated() {
      let prefix = review.cohort.hasSuffix("before") ? "b" : "a"
      let path = folder.appendingPathComponent("\(prefix)\(index + 1).json").path
      var arguments = ["review", "--no-input"]
      if let confidence = review.confidence {
        arguments += ["--set", "confidence=\(confidence)"]
      }
      arguments += [
        "--cohort", review.cohort, "--set", "father.identified=yes", "--save", path,
      ]
      try assertExecuteCommand(arguments)
      XCTAssertEqual(permissions(of: path), 0o600, path)
    }
  }

  private let expectedConfidence: [String: [String: Int]] = [
    "Workshop before": [
      "not-at-all": 0, "not-very": 2, "somewhat": 1, "very": 0, "extremely": 0, "not-given": 0,
    ],
    "Workshop after": [
      "not-at-all": 0, "not-very": 0, "somewhat": 1, "very": 1, "extremely": 0, "not-given": 1,
    ],
    "all": [
      "not-at-all": 0, "not-very": 2, "somewhat": 2, "very": 1, "extremely": 0, "not-given": 1,
    ],
  ]

  func testSummaryByCohortCountsConfidenceBeforeAndAfterAsJSON() throws {
    let folder = try makeTemporaryDirectory()
    try writeCohortReviews(in: folder)
    let run = try assertExecuteCommand(
      ["summary", "--no-suppress", folder.path, "--by", "cohort", "--format", "json"])
    let summary = try jsonObject(run.stdout)
    XCTAssertEqual(summary["reviews"] as? Int, 6)
    XCTAssertEqual(summary["by"] as? String, "cohort")
    XCTAssertEqual(summary["confidence"] as? [String: Int], expectedConfidence["all"])
    let groups = try XCTUnwrap(summary["groups"] as? [[String: Any]], run.stdout)
    XCTAssertEqual(groups.map { $0["name"] as? String }, ["Workshop after", "Workshop before"])
    XCTAssertEqual(groups.map { $0["reviews"] as? Int }, [3, 3])
    for group in groups {
      let name = try XCTUnwrap(group["name"] as? String)
      let confidence = try XCTUnwrap(
        group["confidence"] as? [String: Int], "\(name) has no confidence counts")
      XCTAssertEqual(Set(confidence.keys), Set(confidenceKeys), name)
      XCTAssertEqual(confidence, expectedConfidence[name], name)
    }
  }

  func testSummaryByCohortCountsConfidenceAsCSV() throws {
    let folder = try makeTemporaryDirectory()
    try writeCohortReviews(in: folder)
    let run = try assertExecuteCommand(
      ["summary", "--no-suppress", folder.path, "--by", "cohort", "--format", "csv"])
    let rows = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
      .map { $0.components(separatedBy: ",") }
    XCTAssertEqual(rows.first, ["group", "value", "section", "id", "figure", "count", "percent"])
    var counts: [String: [String: Int]] = [:]
    for row in rows where row.count == 7 && row[2] == "confidence" {
      counts[row[0] == "value" ? row[1] : row[0], default: [:]][row[3]] = Int(row[5])
    }
    XCTAssertEqual(
      counts, expectedConfidence,
      "rows with section 'confidence':\n"
        + rows.filter { $0.count > 2 && $0[2] == "confidence" }.map { $0.joined(separator: ",") }
        .joined(separator: "\n"))
  }

  /// The "Confidence in work with men" table of a text summary section: level words to counts.
  private func confidenceTable(in section: Substring) -> [String: Int]? {
    let lines = section.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("Confidence in work with men") })
    else { return nil }
    var table: [String: Int] = [:]
    // The title, a blank line, the column headings and a rule, then a row a line.
    var started = false
    for line in lines[(start + 1)...] {
      let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
      if blank && started { break }
      started = started || !blank
      let words = line.split(separator: " ")
      guard words.count >= 2, let countIndex = words.lastIndex(where: { Int($0) != nil })
      else { continue }
      let name = words[..<countIndex].joined(separator: " ")
      table[name] = Int(words[countIndex])
    }
    return table
  }

  /// The overall confidence table as text, and the two cohorts side by side (issue 15, point
  /// 3): each cohort's confidence is in the JSON and CSV.
  func testSummaryByCohortShowsTheConfidenceTableAndTheCohortsSideBySideAsText() throws {
    let folder = try makeTemporaryDirectory()
    try writeCohortReviews(in: folder)
    let run = try assertExecuteCommand(["summary", "--no-suppress", folder.path, "--by", "cohort"])
    let text = run.stdout
    let words = [
      "not at all confident": "not-at-all", "not very confident": "not-very",
      "somewhat confident": "somewhat", "very confident": "very",
      "extremely confident": "extremely", "not given": "not-given",
    ]
    // The overall table's heading is underlined; the table follows a blank line.
    let table = try XCTUnwrap(
      confidenceTable(
        in: text.replacingOccurrences(
          of: "Confidence in work with men\n---------------------------\n",
          with: "Confidence in work with men\n")[...]), text)
    var counts: [String: Int] = [:]
    for (words, key) in words { counts[key] = table[words] }
    XCTAssertEqual(counts, expectedConfidence["all"], "\(table)")
    let side = try XCTUnwrap(text.range(of: "By cohort, side by side"), text)
    let header = try XCTUnwrap(
      text[side.upperBound...].split(separator: "\n").first { $0.contains("Workshop") }, text)
    let after = try XCTUnwrap(header.range(of: "Workshop"), text)
    XCTAssertTrue(header[after.upperBound...].contains("Workshop"), "both cohorts in one table")
    XCTAssertTrue(header.contains("difference"), String(header))
  }

  func testAnUnknownConfidenceIsRefusedWithTheFiveValues() throws {
    try assertFailure(
      ["review", "--no-input", "--set", "confidence=maybe"], status: 64,
      messages: ["maybe", "not-at-all", "not-very", "somewhat", "very", "extremely"])
    try assertFailure(["review", "--no-input", "--set", "confidence=6"], status: 64)
  }

  func testConfidenceThreeMeansSomewhat() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("three.json").path
    try assertExecuteCommand([
      "review", "--no-input", "--set", "confidence=3", "--set", "father.identified=yes",
      "--save", path,
    ])
    let record = try jsonObject(try String(contentsOfFile: path, encoding: .utf8))
    XCTAssertEqual(record["confidence"] as? String, "somewhat")

    let words = folder.appendingPathComponent("words.json").path
    try assertExecuteCommand([
      "review", "--no-input", "--set", "confidence=somewhat", "--set", "father.identified=yes",
      "--save", words,
    ])
    // Each review has its own id; the rest is the same record.
    func withoutID(_ path: String) throws -> String {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("  \"id\": ") }.joined(separator: "\n")
    }
    XCTAssertEqual(try withoutID(path), try withoutID(words), "3 and somewhat save the same record")
  }
}

/// Handouts and plans as PDF and HTML, checked as a user would: qpdf and pdftotext.
final class WorkshopPrintTests: XCTestCase {
  func testEveryHandoutIsAValidPDFWithEveryQuestion() throws {
    let folder = try makeTemporaryDirectory()
    let ids = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]
    let handouts = ids.map { folder.appendingPathComponent("\($0).pdf").path }
    for (id, pdf) in zip(ids, handouts) {
      try assertExecuteCommand(["workshop", id, "--format", "pdf", "--output", pdf], expected: "")
    }
    let plan = folder.appendingPathComponent("plan.pdf").path
    try assertExecuteCommand(
      ["workshop", "care-leaver", "--steps", "--minutes", "90", "--format", "pdf", "-o", plan],
      expected: "")
    try assertQPDFAccepts(handouts + [plan])
    var texts = try pdfTexts(handouts + [plan])
    XCTAssert(texts.removeLast().contains("Total: 90 minutes."))
    for (id, text) in zip(ids, texts) {
      for question in [
        "How confident are you in your work with men?",
        "What do you know about the history of the men you work with?",
        "What would you do if you had a concern?", "Agreed actions", "One takeaway",
      ] {
        XCTAssert(text.contains(question), "\(id): \(question)")
      }
    }
  }

  func testHTMLHandoutIsSelfContainedAndEscaped() throws {
    let run = try assertExecuteCommand(["workshop", "wiltshire", "--format", "html"])
    XCTAssert(run.stdout.hasPrefix("<!DOCTYPE html>"))
    XCTAssertFalse(run.stdout.contains("<script"))
    XCTAssertFalse(run.stdout.contains("src=\"http"))
    XCTAssert(
      run.stdout.contains("Eva&#39;s father") || run.stdout.contains("Eva’s father")
        || run.stdout.contains("Eva&apos;s father"))
  }
}
