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
        "Content note:", "your manager or supervisor",
        "your organisation's staff support", "Ground rule: no real case details are shared",
        "Key figures", "Questions for reflection", "Agreed actions", "One takeaway",
        "[ ] done [ ] partly [ ] not yet",
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

/// Issue 18, review round 1: what the packs and plans say, checked against what is true of the
/// tool and the sources.
final class WorkshopPackWordingTests: XCTestCase {
  private let scenarioIDs = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]
  private var anyshire: String {
    PackagePaths.root.appendingPathComponent("examples/local/anyshire.json").path
  }

  private func text(_ arguments: [String]) throws -> String {
    normalizingWhitespace(try assertExecuteCommand(arguments).stdout)
  }

  private func facilitator(_ id: String, _ minutes: String = "90", local: Bool = false) throws
    -> String
  {
    try text(
      ["workshop", id, "--pack", "facilitator", "--minutes", minutes]
        + (local ? ["--local", anyshire] : []))
  }

  func testTheContentNoteAndTheFirstStepAreWordedFromTheScenario() throws {
    for (id, involves) in [
      ("father-ab", "the death of a baby"), ("wiltshire", "the death of a baby"),
      ("derbyshire", "two babies who suffered serious harm following non-accidental injuries"),
    ] {
      let pack = try text(["workshop", id])
      XCTAssertTrue(pack.contains("Content note: this case involves \(involves)."), pack)
      XCTAssertTrue(
        try facilitator(id).contains("Facilitator says: This case involves \(involves)."), id)
    }
    let participant = try text(["workshop", "care-leaver"])
    let plan = try facilitator("care-leaver", "45")
    for page in [participant, plan] {
      XCTAssertTrue(page.contains("describes no harm to a baby"), page)
      for words in ["involves serious harm", "a baby's death", "harm to a care leaver"] {
        XCTAssertFalse(page.contains(words), words)
      }
    }
    for id in scenarioIDs {
      let pack = try text(["workshop", id])
      for words in [
        "such as domestic abuse or the loss of a baby", "employee assistance programme",
      ] {
        XCTAssertTrue(pack.contains(words), "\(id): \(words)")
      }
    }
  }

  func testLocalReferralContactsAreForAConcernAboutAChildNotStaffSupport() throws {
    let pack = try text(["workshop", "wiltshire", "--local", anyshire])
    XCTAssertFalse(pack.contains("or the local contacts below"), pack)
    XCTAssertTrue(pack.contains("If this raises a concern about a child"), pack)
    XCTAssertTrue(pack.contains("they are not staff support"), pack)
    let support = try XCTUnwrap(pack.range(of: "For support, talk to"))
    let concern = try XCTUnwrap(pack.range(of: "If this raises a concern about a child"))
    let front = try XCTUnwrap(pack.range(of: "Children's services front door"))
    XCTAssertLessThan(support.lowerBound, concern.lowerBound)
    XCTAssertLessThan(concern.lowerBound, front.lowerBound)
  }

  func testThePlansPromiseOnlyWhatIsTrueOfTheFiles() throws {
    for minutes in ["90", "120"] {
      let plan = try facilitator("wiltshire", minutes)
      XCTAssertFalse(plan.contains("nobody sees one person's answer"), plan)
      for words in [
        "Your file carries your number, not your name",
        "the room sees only the group's figures, rounded, with small numbers withheld",
        "I delete the files after the session", "Have a number for each participant",
        "none overwrites another when they are collected",
        "a shared folder or a removable drive, as your organisation allows. seen sends nothing",
        "seen installed on it before the session (as seen's README says, under Install)",
        "Facilitator does:",
      ] {
        XCTAssertTrue(plan.contains(words), "\(minutes): \(words)")
      }
    }
  }

  func testTheKeyIsShownFromTheFacilitatorPackWithLocalStepsKeepingTheirCondition() throws {
    for minutes in ["45", "90", "120"] {
      let plan = try text(["workshop", "wiltshire", "--steps", "--minutes", minutes])
      XCTAssertFalse(
        plan.contains("--no-input Participants")
          || plan.contains("--scenario wiltshire --no-input"), plan)
      XCTAssertTrue(
        plan.contains(
          "Show the answer key: the key printed alone (--pack key), or the section \"What was known and done at the time\""
        ),
        plan)
    }
    let pack = try facilitator("wiltshire", local: true)
    XCTAssertTrue(
      pack.contains(
        "Where contact is to be planned for safety: Do not invite him until contact is planned for safety;"
      ),
      pack)
    XCTAssertFalse(pack.contains("Partnership): Do not invite him"), pack)
  }

  func testThePlansSayHowToAnswerOnScreenAndOnPaperAndMeasureConfidenceHonestly() throws {
    for minutes in ["45", "90", "120"] {
      let plan = try facilitator("derbyshire", minutes)
      for words in [
        "Where the case does not say it was done, answer not yet; where it does not say what was known, don't know: that is a finding too, on paper and on a laptop alike.",
        "press q to leave it",
      ] {
        XCTAssertTrue(plan.contains(words), "\(minutes): \(words)")
      }
      XCTAssertFalse(plan.contains("answer not known: that is a finding too"), plan)
    }
    let short = try facilitator("derbyshire", "45")
    XCTAssertFalse(short.contains("--cohort"), short)
    XCTAssertTrue(short.contains("45 minutes leaves no time to collect files"), short)
    for minutes in ["90", "120"] {
      let plan = try facilitator("derbyshire", minutes)
      XCTAssertTrue(plan.contains("--quiet"), plan)
      XCTAssertTrue(plan.contains("With fewer than 10 records every figure is withheld"), plan)
      XCTAssertTrue(plan.contains("compare their own Before and After boxes on paper"), plan)
    }
    let long = try facilitator("derbyshire", "120")
    let before = try XCTUnwrap(long.range(of: "Before the session"))
    let leaders = try XCTUnwrap(long.range(of: "seen sheet --leaders"))
    let steps = try XCTUnwrap(long.range(of: "The steps"))
    XCTAssertLessThan(before.lowerBound, leaders.lowerBound)
    XCTAssertLessThan(leaders.lowerBound, steps.lowerBound)
    let pack = try text(["workshop", "derbyshire"])
    XCTAssertTrue(
      pack.contains("How confident are you in your work with fathers and male carers?"), pack)
    XCTAssertTrue(pack.contains("Before [ ] not at all"), "confidence box")
    XCTAssertTrue(pack.contains("After [ ] not at all"), "confidence box")
  }

  func testWhatToListenForAsksQuestionsWithTheirGuidanceAndSafetyLink() throws {
    let wiltshire = try facilitator("wiltshire")
    XCTAssertFalse(wiltshire.contains("Did anyone ask: He "), wiltshire)
    XCTAssertTrue(wiltshire.contains("Did anyone ask whether he uses alcohol or drugs"), wiltshire)
    XCTAssertTrue(
      wiltshire.contains("Also rests on: Asking the mother alone: NICE guideline PH50"), wiltshire)
    XCTAssertTrue(
      wiltshire.contains(
        "Where there is a safety concern: Do not contact him until contact is planned for safety; he must still be assessed. That rests on: The review, where it speaks to this (Myth of Invisible Men, 17.2"
      ), wiltshire)
    let derbyshire = try facilitator("derbyshire")
    XCTAssertTrue(derbyshire.contains("The source does not say which parent."), derbyshire)
  }

  func testTheScriptsKeepTheSourcesWords() throws {
    let plan = try facilitator("father-ab")
    XCTAssertTrue(
      plan.contains("Do you routinely check in with fathers as you do with mums?"), plan)
    XCTAssertTrue(plan.contains("Is there substance misuse, has this been normalised?"), plan)
    XCTAssertFalse(plan.contains("has any of it been normalised"), plan)
    XCTAssertTrue(
      plan.contains(
        "The key figures say how many serious incidents were notified to the Panel, and that most of the babies harmed (81 of the 92 children in the review's cohort) were living with their birth father at the point of the abuse."
      ), plan)
    XCTAssertFalse(plan.contains("how often babies are harmed"), plan)
  }

  func testTheFooterCreditsEverySourceQuoted() throws {
    for arguments in [
      ["workshop", "wiltshire"], ["workshop", "wiltshire", "--pack", "facilitator"],
      ["workshop", "wiltshire", "--steps"], ["scenarios", "show", "wiltshire"],
    ] {
      let page = try text(arguments)
      for words in [
        "Open Government Licence", "Foundations, Working with male carers",
        "Hillingdon 7-minute briefing", "Pan Bedfordshire briefing",
        "quoted under their own terms, credited where quoted",
      ] {
        XCTAssertTrue(page.contains(words), "\(arguments): \(words)")
      }
    }
  }

  func testTheScenarioPagesPointToTheBlankStartAndCarryTheContentNote() throws {
    let list = try text(["scenarios"])
    XCTAssertTrue(list.contains("Review it with: seen review --scenario NAME --blank"), list)
    let help = try text(["help", "scenarios"])
    XCTAssertTrue(help.contains("seen review --scenario wiltshire --blank"), help)
    XCTAssertFalse(help.contains("--no-input"), help)
    for id in scenarioIDs {
      let page = try text(["scenarios", "show", id])
      XCTAssertTrue(page.contains("Content note:"), page)
      XCTAssertFalse(page.contains("--no-input"), page)
      XCTAssertTrue(page.contains("seen review --scenario \(id) --blank"), page)
    }
  }

  func testTheScenariosKeepTheirOwnWords() throws {
    let wiltshire = try text(["workshop", "wiltshire"])
    XCTAssertFalse(wiltshire.contains("Its learning themes were"), wiltshire)
    let careLeaver = try text(["workshop", "care-leaver"])
    XCTAssertEqual(careLeaver.components(separatedBy: "not a real case").count, 2, careLeaver)
    let key = try facilitator("care-leaver")
    XCTAssertTrue(key.contains("A young father, as the composite describes him (8.1)"), key)
    XCTAssertFalse(key.contains("A young father (8.1)"), key)
    let wiltshireKey = try facilitator("wiltshire")
    XCTAssertTrue(
      wiltshireKey.contains("Contacted directly (Eva's father): not known."), wiltshireKey)
    XCTAssertTrue(
      wiltshireKey.contains("nothing shows his use was explored with him"), wiltshireKey)
  }
}
