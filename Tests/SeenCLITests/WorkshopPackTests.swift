import Foundation
import SeenTestSupport
import XCTest

/// The two workshop packs (issue 18, point 2): the participant pack never holds the answer key,
/// in any format, for any scenario; the facilitator pack holds it, with the plan, what to listen
/// for and the learning quoted from the source.
final class WorkshopPackTests: XCTestCase {
  private let scenarioIDs = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]
  private let keyHeading = "What was known and done at the time"

  private func scenario(_ id: String) throws -> [String: Any] {
    let url = PackagePaths.root.appendingPathComponent("Resources/scenarios.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    let list = try XCTUnwrap((object as? [String: Any])?["scenarios"] as? [[String: Any]])
    return try XCTUnwrap(list.first { $0["id"] as? String == id }, "no scenario \(id)")
  }

  /// Every note of the scenario's record: each man's answers and the case's.
  private func recordNotes(_ id: String) throws -> [String] {
    let record = try XCTUnwrap(try scenario(id)["record"] as? [String: Any])
    var answerSets = [record["answers"] as? [String: Any] ?? [:]]
    for man in record["men"] as? [[String: Any]] ?? [] {
      answerSets.append(man["answers"] as? [String: Any] ?? [:])
    }
    let notes = answerSets.flatMap { answers in
      answers.values.compactMap { ($0 as? [String: Any])?["note"] as? String }
    }
    XCTAssertFalse(notes.isEmpty, "\(id) has notes")
    return Array(Set(notes)).sorted()
  }

  /// Markdown text with its backslash escapes and strong marks removed.
  private func plainMarkdown(_ text: String) -> String {
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
    return result.replacingOccurrences(of: "**", with: "")
  }

  /// HTML as a reader sees it: tags removed (a block's a space, an inline one nothing), the
  /// entities the writer uses decoded.
  private func plainHTML(_ html: String) -> String {
    let inline: Set<String> = ["strong", "em", "code", "span", "small", "b", "i"]
    var text = ""
    var tag: String? = nil
    for character in html {
      if character == "<" {
        tag = ""
      } else if character == ">", let name = tag {
        let bare = name.drop { $0 == "/" }.prefix { $0.isLetter }
        if !inline.contains(String(bare)) { text.append(" ") }
        tag = nil
      } else if tag != nil {
        tag?.append(character)
      } else {
        text.append(character)
      }
    }
    for (entity, character) in [
      ("&#39;", "'"), ("&apos;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"),
      ("&nbsp;", " "), ("&#160;", " "), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
  }

  /// What a reader of `arguments`' output sees, in `format`, white space folded (a PDF through
  /// pdftotext).
  private func readable(_ arguments: [String], format: String) throws -> String {
    var text: String
    if format == "pdf" {
      let path = try makeTemporaryDirectory().appendingPathComponent("pack.pdf").path
      try assertExecuteCommand(arguments + ["--format", "pdf", "-o", path], expected: "")
      try assertQPDFAccepts(path)
      return normalizingWhitespace(
        try pdfText(path).replacingOccurrences(of: "\u{00A0}", with: " "))
    }
    text = try assertExecuteCommand(arguments + ["--format", format]).stdout
    if format == "markdown" { text = plainMarkdown(text) }
    if format == "html" { text = plainHTML(text) }
    return normalizingWhitespace(text.replacingOccurrences(of: "\u{00A0}", with: " "))
  }

  /// The answer key's entries as the facilitator pack lists them in Markdown ("Title (man):
  /// answer. note", and each man's line): everything between its heading and the next.
  private func keyLines(_ id: String) throws -> [String] {
    let markdown = try assertExecuteCommand(
      ["workshop", id, "--pack", "facilitator", "--format", "markdown"]
    ).stdout
    let lines = markdown.split(separator: "\n").map(String.init)
    let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("## \(keyHeading)") }, markdown)
    let end = try XCTUnwrap(lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") }, markdown)
    let entries = lines[(start + 1)..<end].filter { $0.hasPrefix("- ") }.map {
      normalizingWhitespace(plainMarkdown(String($0.dropFirst(2))))
    }
    XCTAssertGreaterThan(entries.count, 5, "\(id): the key's entries")
    return entries
  }

  func testTheParticipantPackHoldsNoTextOfTheAnswerKeyInAnyFormat() throws {
    for id in scenarioIDs {
      let notes = try recordNotes(id).map(normalizingWhitespace)
      let lines = try keyLines(id)
      for format in ["text", "markdown", "html", "pdf"] {
        let participant = try readable(["workshop", id, "--pack", "participant"], format: format)
        let facilitator = try readable(
          ["workshop", id, "--pack", "facilitator", "--minutes", "90"], format: format)
        let label = "\(id), \(format)"
        XCTAssertFalse(participant.contains(keyHeading), "\(label): the key's heading")
        XCTAssertTrue(facilitator.contains(keyHeading), "\(label): the facilitator's key")
        for note in notes {
          XCTAssertFalse(participant.contains(note), "\(label): the participant pack has \(note)")
          XCTAssertTrue(facilitator.contains(note), "\(label): the facilitator pack lacks \(note)")
        }
        // The key's lines as Markdown lists them; a PDF's text can part a line at a hyphen,
        // so the lines are looked for in the formats that keep them whole.
        if format != "pdf" {
          for line in lines {
            XCTAssertFalse(participant.contains(line), "\(label): the participant pack has \(line)")
            XCTAssertTrue(
              facilitator.contains(line), "\(label): the facilitator pack lacks \(line)")
          }
        }
      }
    }
  }

  func testWithoutPackTheParticipantPackIsPrinted() throws {
    let plain = try assertExecuteCommand(["workshop", "derbyshire"])
    let participant = try assertExecuteCommand(["workshop", "derbyshire", "--pack", "participant"])
    XCTAssertEqual(plain.stdout, participant.stdout)
    XCTAssertTrue(plain.stdout.hasPrefix("Participant pack: "), plain.stdout)
  }

  func testTheParticipantPackHoldsTheCaseTheMenAndTheBoxes() throws {
    for id in scenarioIDs {
      let text = normalizingWhitespace(try assertExecuteCommand(["workshop", id]).stdout)
      let narrative = try XCTUnwrap(try scenario(id)["narrative"] as? [String])
      for paragraph in narrative {
        XCTAssertTrue(text.contains(normalizingWhitespace(paragraph)), "\(id): \(paragraph)")
      }
      let record = try XCTUnwrap(try scenario(id)["record"] as? [String: Any])
      for man in try XCTUnwrap(record["men"] as? [[String: Any]]) {
        let label = try XCTUnwrap(man["label"] as? String)
        XCTAssertTrue(text.contains("Label (not a name): \(label)"), "\(id): \(label)")
      }
      for words in [
        "Content note:", "serious harm to babies", "your manager or supervisor",
        "your organisation's staff support", "Ground rule: no real case details are shared",
        "Key figures", "Questions for reflection", "Agreed actions", "One takeaway",
        "[ ] yes [ ] partly [ ] no [ ] not known [ ] n/a",
      ] {
        XCTAssertTrue(text.contains(words), "\(id): \(words)")
      }
      // No box is ticked: the review is the participant's.
      XCTAssertFalse(text.contains("[x]"), "\(id): a ticked box")
    }
  }

  func testTheFacilitatorPackHoldsThePlanTheKeyTheLearningAndWhatToListenFor() throws {
    for id in scenarioIDs {
      for minutes in ["45", "90", "120"] {
        let text = normalizingWhitespace(
          try assertExecuteCommand(["workshop", id, "--pack", "facilitator", "--minutes", minutes])
            .stdout)
        for words in [
          "Content note:", "Ground rule:", "The plan: \(minutes) minutes",
          "Total: \(minutes) minutes.", "Facilitator says:", keyHeading, "What to listen for",
          "Did anyone ask:", "Learning from the source",
        ] {
          XCTAssertTrue(text.contains(words), "\(id), \(minutes): \(words)")
        }
        let points = try XCTUnwrap(try scenario(id)["learningPoints"] as? [[String: Any]])
        for point in points {
          let quote = try XCTUnwrap(point["quote"] as? String)
          XCTAssertTrue(text.contains(normalizingWhitespace(quote)), "\(id): \(quote)")
        }
      }
    }
  }

  func testAFacilitatorPackWithoutMinutesHasTheFortyFiveMinutePlan() throws {
    let plain = try assertExecuteCommand(["workshop", "wiltshire", "--pack", "facilitator"])
    XCTAssertTrue(plain.stdout.contains("Total: 45 minutes."), plain.stdout)
  }

  func testPackAndStepsTogetherOrMinutesForTheParticipantPackAreUsageErrors() throws {
    try assertUsageError(
      ["workshop", "wiltshire", "--steps", "--pack", "facilitator"],
      messages: ["--steps", "--pack"])
    try assertUsageError(
      ["workshop", "wiltshire", "--pack", "participant", "--minutes", "90"],
      messages: ["--minutes", "--pack facilitator"])
    try assertUsageError(["workshop", "wiltshire", "--pack", "trainer"], messages: ["participant"])
    try assertUsageError(["workshop", "wiltshire", "--format", "json"], messages: ["--steps"])
  }

  /// A browser breaks a line after a hyphen: a printed command's words with dashes are kept
  /// whole, so that "--blank" never reads as "--" and "blank".
  func testAnHTMLPlanKeepsEachWordOfACommandWhole() throws {
    let html = try assertExecuteCommand(["workshop", "wiltshire", "--steps", "--format", "html"])
      .stdout
    XCTAssertTrue(html.contains("<span style=\"white-space: nowrap\">--blank</span>"), html)
    XCTAssertTrue(
      html.contains("<span style=\"white-space: nowrap\">wiltshire-review-1.json</span>"), html)
  }
}
