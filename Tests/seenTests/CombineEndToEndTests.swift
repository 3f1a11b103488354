import Foundation
import SeenTestSupport
import XCTest

/// `seen combine` end to end through the binary (issue 17, acceptance 1): three generated
/// reviews of one case (a midwife's, a health visitor's, a social worker's, in
/// `Fixtures/combine`) with known differences; combine prints exactly those differences, the
/// men two reviews may share stay apart until --match or a confirmation, and the outputs are
/// golden files.
final class CombineEndToEndTests: XCTestCase {
  private let fixtures = PackagePaths.root.appendingPathComponent(
    "Tests/seenTests/Fixtures/combine")
  private var three: [String] {
    ["midwife", "health-visitor", "social-worker"].map {
      fixtures.appendingPathComponent("\($0).json").path
    }
  }
  private let partners = "midwife:Mother's partner=health visitor:Mum's partner"

  private func combined(_ arguments: [String], stdin: Data? = nil) throws -> [String: Any] {
    let run = try SeenExecutable.run(["combine"] + arguments + ["--format", "json"], stdin: stdin)
    XCTAssertEqual(run.status, 0, run.stderr)
    return try jsonObject(run.stdout)
  }

  /// Every difference as "man label: item" ("case: item" for the case).
  private func differences(_ json: [String: Any]) -> Set<String> {
    var found: Set<String> = []
    for man in json["men"] as? [[String: Any]] ?? [] {
      let label = ((man["listedAs"] as? [[String: Any]])?.first?["label"] as? String) ?? "?"
      for difference in man["differences"] as? [[String: Any]] ?? [] {
        found.insert("\(label): \(difference["item"] as? String ?? "?")")
      }
    }
    let caseItems = json["caseItems"] as? [String: Any] ?? [:]
    for difference in caseItems["differences"] as? [[String: Any]] ?? [] {
      found.insert("case: \(difference["item"] as? String ?? "?")")
    }
    return found
  }

  /// The fixtures were written with these differences and no others: what one review knows
  /// (done or partly done, a finding, a concern recorded) and another does not (unanswered,
  /// not known, no, or the man not listed). "Not applicable" (the social worker's plan), "no"
  /// on the safety question in every review and supervision (the practitioner's own work) are
  /// never differences; the safety items' differences (domestic abuse, the mother asked alone)
  /// are listed only with --include-sensitive.
  func testThreeReviewsPrintExactlyTheKnownDifferences() throws {
    let json = try combined(three)
    let known: Set<String> = [
      "Father: contacted", "Father: history", "Father: substance-use",
      "Father: substance-misuse", "Father: mental-health", "Father: mental-ill-health",
      "Father: agency-checks",
      "Mother's partner: identified", "Mum's partner: identified",
      "Grandfather: identified", "Grandfather: contacted",
      "case: health-information", "case: mother-supported",
    ]
    XCTAssertEqual(differences(json), known)
    XCTAssertEqual(
      differences(try combined(three + ["--include-sensitive"])),
      known.union(["Father: domestic-abuse", "case: mother-asked-alone"]))
    let text = try SeenExecutable.run(["combine"] + three)
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertEqual(text.stderr, "")
    let folded = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      folded.contains(
        "Substance use explored: done by the midwife (2026-10-02); not known to the health visitor or the social worker: share it with the agencies involved, following your local information-sharing procedures."
      ), text.stdout)
    // A safety item's answer is left out by default; shown, it is shared with the agencies,
    // never with him.
    XCTAssertFalse(folded.contains("Domestic abuse checked: partly done"), folded)
    let shown = try SeenExecutable.run(["combine"] + three + ["--include-sensitive"])
    XCTAssertTrue(
      shown.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "Domestic abuse checked: partly done by the health visitor (2026-10-20); not known to the midwife or the social worker: share it with the agencies involved, following your local information-sharing procedures, never with the father or male carer it concerns."
      ), shown.stdout)
    XCTAssertTrue(
      folded.contains(
        "Assumed: 'Father' (birth father) is the same man in all three reviews"), text.stdout)
    XCTAssertTrue(folded.contains("listed as 'Grandfather' by the social worker only"))
    XCTAssertTrue(folded.contains("(Myth of Invisible Men, 9.7)"))
    // The health visitor's note on domestic abuse is sensitive: left out by default.
    XCTAssertFalse(text.stdout.contains("arguments when he has been drinking"))
    XCTAssertTrue(folded.contains("[sensitive note left out]"))
  }

  func testGoldenFilesInTextMarkdownHTMLAndJSON() throws {
    for (format, fileExtension) in [
      ("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json"),
    ] {
      try assertExecuteCommand(
        ["combine"] + three + ["--format", format],
        snapshot: "combine-three-agencies.\(fileExtension)")
    }
    try assertExecuteCommand(
      ["combine"] + three + ["--match", partners],
      snapshot: "combine-three-agencies-matched.txt")
  }

  /// Two agencies' "Mother's partner" and "Mum's partner" may be different men: apart, each
  /// with "may be the same man as", until --match or a yes at the terminal says they are one.
  func testAmbiguousMenStayUnmergedUntilMatched() throws {
    let apart = try combined(three)
    let men = try XCTUnwrap(apart["men"] as? [[String: Any]])
    XCTAssertEqual(men.count, 4)
    XCTAssertEqual(men[0]["matchedBy"] as? String, "assumed")
    for index in [1, 2] {
      XCTAssertNil(men[index]["matchedBy"] as? String)
      let maybe = try XCTUnwrap(men[index]["mayBeSameAs"] as? [[String: Any]])
      XCTAssertEqual(maybe.first?["match"] as? String, "1:Mother's partner=2:Mum's partner")
    }
    XCTAssertEqual((men[3]["mayBeSameAs"] as? [Any])?.count, 0, "the grandfather has no match")

    for arguments in [
      ["--match", partners], ["--match", "1:Mother's partner=2:Mum's partner"],
      ["--match", "2:2=1:2"],
    ] {
      let matched = try combined(three + arguments)
      let together = try XCTUnwrap(matched["men"] as? [[String: Any]])
      XCTAssertEqual(together.count, 3, "\(arguments)")
      XCTAssertEqual(together[1]["matchedBy"] as? String, "matched")
      XCTAssertEqual((together[1]["listedAs"] as? [Any])?.count, 2)
      let difference = try XCTUnwrap((together[1]["differences"] as? [[String: Any]])?.first)
      XCTAssertEqual(difference["notKnownTo"] as? [Int], [3])
    }

    // Without a terminal nothing is asked; with --interactive, y confirms and n (or Enter)
    // keeps them apart.
    let quiet = try SeenExecutable.run(["combine"] + three, stdin: Data("y\n".utf8))
    XCTAssertEqual(quiet.stderr, "")
    let yes = try SeenExecutable.run(
      ["combine"] + three + ["--interactive", "--format", "json"], stdin: Data("y\n".utf8))
    XCTAssertEqual(yes.status, 0, yes.stderr)
    XCTAssertTrue(
      yes.stderr.contains(
        "Is Mother's partner (Midwife 2026-10-02) the same man as Mum's partner (Health visitor 2026-10-20)? y/n (Enter: no)"
      ), yes.stderr)
    let confirmed = try XCTUnwrap(try jsonObject(yes.stdout)["men"] as? [[String: Any]])
    XCTAssertEqual(confirmed.count, 3)
    XCTAssertEqual(confirmed[1]["matchedBy"] as? String, "confirmed")
    for answer in ["n\n", "\n", ""] {
      let no = try combined(three + ["--interactive"], stdin: Data(answer.utf8))
      XCTAssertEqual((no["men"] as? [Any])?.count, 4, "answer \(answer.debugDescription)")
    }

    // --no-auto-match: not even the birth fathers are taken as one.
    let none = try combined(three + ["--no-auto-match"])
    XCTAssertEqual((none["men"] as? [Any])?.count, 6)
    XCTAssertEqual((none["assumed"] as? [Any])?.count, 0)
  }

  /// A --match that names some of the birth fathers leaves the one it does not name assumed:
  /// he is still listed as an assumption, never as matched.
  func testAPartialMatchLeavesTheOtherBirthFatherAssumed() throws {
    let json = try combined(three + ["--match", "1:Father=2:Father"])
    let assumed = try XCTUnwrap(json["assumed"] as? [String])
    XCTAssertEqual(assumed.count, 1)
    let line = assumed.first ?? ""
    XCTAssertTrue(line.contains("as listed by the social worker"), line)
    let men = try XCTUnwrap(json["men"] as? [[String: Any]])
    XCTAssertEqual((men[0]["listedAs"] as? [Any])?.count, 3)
    let text = try SeenExecutable.run(
      ["combine"] + three + ["--match", "1:Father=2:Father", "--width", "1000"])
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertTrue(
      text.stdout.contains("Assumed: 'Father' (birth father) as listed by the social worker"),
      text.stdout)
    XCTAssertTrue(
      text.stdout.contains(
        "(the same man, as --match says; as listed by the social worker, assumed: see above)"),
      text.stdout)
  }

  /// After a --match, the "may be the same man" hint names a --match that works: the men
  /// already matched and the new one, in one --match.
  func testTheHintAfterAMatchIsAMatchThatWorks() throws {
    let given = ["--no-auto-match", "--match", "1:Father=2:Father"]
    let json = try combined(three + given)
    let men = try XCTUnwrap(json["men"] as? [[String: Any]])
    let hints = men.flatMap { ($0["mayBeSameAs"] as? [[String: Any]]) ?? [] }
      .compactMap { $0["match"] as? String }
    XCTAssertTrue(hints.contains("1:Father=2:Father=3:Father"), "\(hints)")
    for hint in hints {
      let run = try SeenExecutable.run(
        ["combine"] + three + ["--no-auto-match", "--match", hint, "--no-input"])
      XCTAssertEqual(run.status, 0, "\(hint): \(run.stderr)")
    }
  }

  /// On a terminal (standard input and output), seen asks for each pair of men who may be the
  /// same man, without --interactive; y takes them as one and says so.
  func testOnATerminalEachPairIsAskedAndAYesMatchesThem() throws {
    let folder = try makeTemporaryDirectory()
    let terminal = try PseudoTerminal(["combine"] + three + ["--width", "200"], in: folder)
    try terminal.answer(
      "y",
      at:
        "Is Mother's partner (Midwife 2026-10-02) the same man as Mum's partner (Health visitor 2026-10-20)? y/n (Enter: no)"
    )
    XCTAssertEqual(terminal.exitStatus(), 0)
    XCTAssertTrue(
      terminal.screen.contains("(the same man, as confirmed at the terminal)"), terminal.screen)
    XCTAssertFalse(terminal.screen.contains("May be the same man"), terminal.screen)
    // --no-input never asks.
    let quiet = try PseudoTerminal(["combine"] + three + ["--no-input"], in: folder)
    XCTAssertEqual(quiet.exitStatus(), 0)
    XCTAssertFalse(quiet.screen.contains("y/n (Enter: no)"), quiet.screen)
  }

  /// SIGINT (Ctrl-C) at a question about two men ends in one line and status 130, writing
  /// nothing.
  func testCtrlCAtAQuestionStopsWithOneLineAndWritesNothing() throws {
    let folder = try makeTemporaryDirectory()
    let out = folder.appendingPathComponent("out.txt")
    let terminal = try PseudoTerminal(["combine"] + three + ["-o", out.path], in: folder)
    try terminal.waitFor("y/n (Enter: no)")
    try terminal.waitForPrompt()
    terminal.sendSignal(SIGINT)
    XCTAssertEqual(terminal.exitStatus(), 130)
    XCTAssertTrue(terminal.screen.contains("interrupted; nothing was written."), terminal.screen)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
  }

  /// The PDF a strategy meeting would be handed: accepted by qpdf, written 0600.
  func testThePDFIsValidAndPrivate() throws {
    let folder = try makeTemporaryDirectory()
    let pdf = folder.appendingPathComponent("combined.pdf")
    let run = try SeenExecutable.run(
      ["combine"] + three + ["--format", "pdf", "-o", pdf.path],
      environment: ["SOURCE_DATE_EPOCH": "1790000000"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let attributes = try FileManager.default.attributesOfItem(atPath: pdf.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    try assertQPDFAccepts(pdf.path)
    let text = try pdfText(pdf.path)
    XCTAssertTrue(text.contains("Substance use explored: done by the midwife"), text)
    XCTAssertFalse(text.contains("drinking"))
    // Never over a file without --force.
    let again = try SeenExecutable.run(
      ["combine"] + three + ["--format", "pdf", "-o", pdf.path],
      environment: ["SOURCE_DATE_EPOCH": "1790000000"])
    XCTAssertEqual(again.status, 73, again.stderr)
  }

  /// A review that a later one given beside it supersedes is left out, with one note on
  /// standard error; the latest of each chain is combined.
  func testASupersededReviewIsLeftOutWithANote() throws {
    let folder = try makeTemporaryDirectory()
    let source = try String(contentsOfFile: three[1], encoding: .utf8)
    let later = source.replacingOccurrences(
      of: "\"id\": \"health-visitor-review-2026-10-20\",",
      with:
        "\"id\": \"health-visitor-review-2026-12-01\",\n  \"supersedes\": \"health-visitor-review-2026-10-20\","
    ).replacingOccurrences(of: "\"date\": \"2026-10-20\"", with: "\"date\": \"2026-12-01\"")
    let laterFile = folder.appendingPathComponent("hv-again.json")
    try later.write(to: laterFile, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(
      ["combine"] + three + [laterFile.path, "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("note: '\(three[1])' is left out"), run.stderr)
    let reviews = try XCTUnwrap(try jsonObject(run.stdout)["reviews"] as? [[String: Any]])
    XCTAssertEqual(
      reviews.map { $0["label"] as? String },
      ["Midwife 2026-10-02", "Social worker 2026-11-18", "Health visitor 2026-12-01"])
  }

  /// A man a review records as no longer in the baby's life is marked so, with the day.
  func testAManNoLongerInTheBabysLifeIsMarked() throws {
    let folder = try makeTemporaryDirectory()
    let source = try String(contentsOfFile: three[2], encoding: .utf8)
    let file = folder.appendingPathComponent("sw.json")
    try source.replacingOccurrences(
      of: "\"relationship\": \"other-male-carer\",",
      with:
        "\"relationship\": \"other-male-carer\",\n      \"noLongerInBabysLife\": \"2026-11-18\","
    ).write(to: file, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(["combine", three[0], three[1], file.path, "--width", "200"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      run.stdout.contains(
        "listed as 'Grandfather' by the social worker only; no longer in the baby's life, as the social worker recorded on 2026-11-18."
      ), run.stdout)
  }

  /// Where any review records a safety condition, every column is read as the stricter: the
  /// midwife's note (no concern in her review) is left out too; --include-sensitive shows it.
  func testASafetyConditionInOneReviewLeavesEveryNoteOut() throws {
    let folder = try makeTemporaryDirectory()
    let source = try String(contentsOfFile: three[2], encoding: .utf8)
    let safety = folder.appendingPathComponent("sw.json")
    try source.replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
      .write(to: safety, atomically: true, encoding: .utf8)
    let files = [three[0], three[1], safety.path]
    let strict = try SeenExecutable.run(["combine"] + files)
    XCTAssertEqual(strict.status, 0, strict.stderr)
    XCTAssertFalse(strict.stdout.contains("booking appointment"), strict.stdout)
    let folded = strict.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      folded.contains("is recorded by at least one review: the whole document"), folded)
    XCTAssertFalse(folded.contains("is recorded by the social worker"), folded)
    XCTAssertTrue(folded.contains("never with any man in this case"))
    XCTAssertFalse(folded.contains("Safety concern: recorded by"), folded)
    let json = try combined(files)
    XCTAssertEqual(json["readAsStricter"] as? Bool, true)
    let shown = try SeenExecutable.run(
      ["combine"] + files + ["--include-sensitive", "--format", "markdown"])
    XCTAssertTrue(
      shown.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "Safety concern: recorded by the social worker (2026-11-18)"), shown.stdout)
    XCTAssertTrue(shown.stdout.contains("Came to the booking appointment"), shown.stdout)
    XCTAssertTrue(shown.stdout.contains("arguments when he has been drinking"), shown.stdout)
  }

  /// Three reviews as a content reviewer found them (issue 17 follow-up): the midwife's note on
  /// his drug use is what the mother told her; the health visitor records a safety concern
  /// about the father and her own fear of working with him.
  private func reviewsWithSafety() throws -> [String] {
    let folder = try makeTemporaryDirectory()
    let midwife = try String(contentsOfFile: three[0], encoding: .utf8).replacingOccurrences(
      of: "\"substance-misuse\": \"present\"",
      with:
        "\"substance-misuse\": {\"answer\": \"present\", \"note\": \"mother told me he uses cocaine most weekends\"}"
    )
    let visitor = try String(contentsOfFile: three[1], encoding: .utf8)
      .replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
      .replacingOccurrences(
        of: "\"supervision\": \"no\"",
        with:
          "\"supervision\": \"no\",\n    \"practitioner-fear\": {\"answer\": \"yes\", \"note\": \"He shouted at me on the doorstep\"}"
      )
    let files = [
      folder.appendingPathComponent("mw.json"), folder.appendingPathComponent("hv.json"),
    ]
    try midwife.write(to: files[0], atomically: true, encoding: .utf8)
    try visitor.write(to: files[1], atomically: true, encoding: .utf8)
    return files.map(\.path) + [three[2]]
  }

  /// By default no note reaches the document, not even one on an item that is not sensitive,
  /// and the safety items' answers are left out: their cells read "[left out: safety]", their
  /// differences are not listed, and each man any review records a safety condition for gets
  /// one line on planning contact for safety. The document says truthfully who it is for.
  func testByDefaultEveryNoteAndEverySafetyAnswerIsLeftOut() throws {
    let files = try reviewsWithSafety()
    for format in ["text", "markdown", "html"] {
      let run = try SeenExecutable.run(["combine"] + files + ["--format", format])
      XCTAssertEqual(run.status, 0, run.stderr)
      XCTAssertEqual(run.stderr, "")
      XCTAssertFalse(run.stdout.contains("cocaine"), format)
      XCTAssertFalse(run.stdout.contains("shouted"), format)
      XCTAssertFalse(run.stdout.contains("Came to the booking appointment"), format)
      XCTAssertTrue(run.stdout.contains("left out: safety"), format)
    }
    let text = try SeenExecutable.run(["combine"] + files + ["--width", "200"])
    let folded = text.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for row in ["Safety concern", "Mother asked alone", "Practitioner fear"] {
      XCTAssertTrue(
        folded.range(of: "\(row) [left out: safety]") != nil
          || folded.range(of: "\(row) – [left out: safety]") != nil, "\(row): \(folded)")
      XCTAssertFalse(folded.contains("- \(row):"), "\(row) listed as a difference: \(folded)")
    }
    XCTAssertFalse(folded.contains("Safety concern yes"), folded)
    XCTAssertTrue(
      folded.contains(
        "A safety condition is recorded for him by at least one review (its answers are left out above): plan any contact with him, and any part he takes in a meeting, for safety beforehand. Decide contact with him with your manager first, with the mother's view asked alone (17.2; guidance)."
      ), folded)
    XCTAssertTrue(
      folded.contains(
        "A practitioners' document for the agencies involved in this case: not for the family, a meeting he attends, or his records."
      ), folded)
    XCTAssertFalse(folded.contains("may include him or his representatives"), folded)
    let json = try combined(files)
    XCTAssertTrue(
      differences(json).allSatisfy { !$0.hasSuffix(": safety") && !$0.hasSuffix("alone") },
      "\(differences(json))")
    let father = try XCTUnwrap((json["men"] as? [[String: Any]])?.first)
    let safety = try XCTUnwrap(
      (father["items"] as? [[String: Any]])?.first { $0["item"] as? String == "safety" })
    let cells = try XCTUnwrap(safety["answers"] as? [[String: Any]])
    XCTAssertEqual(cells.map { $0["leftOut"] as? String }, ["safety", "safety", "safety"])
    XCTAssertTrue(cells.allSatisfy { $0["answer"] is NSNull }, "\(cells)")
    XCTAssertNotNil(father["safetyLine"] as? String)
    // --include-sensitive shows the notes and the safety items' differences.
    let shown = try SeenExecutable.run(["combine"] + files + ["--include-sensitive"])
    XCTAssertTrue(shown.stdout.contains("cocaine"), shown.stdout)
    XCTAssertTrue(
      shown.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "Safety concern: recorded by the health visitor (2026-10-20)"), shown.stdout)
    // The PDF leaves them out too.
    let folder = try makeTemporaryDirectory()
    let pdf = folder.appendingPathComponent("c.pdf").path
    let printed = try SeenExecutable.run(["combine"] + files + ["--format", "pdf", "-o", pdf])
    XCTAssertEqual(printed.status, 0, printed.stderr)
    let printedText = try pdfText(pdf)
    XCTAssertFalse(printedText.contains("cocaine"))
    XCTAssertTrue(printedText.contains("[left out: safety]"), printedText)
  }

  /// Where any review records a safety condition every line is shared "never with him", and
  /// always with the agencies involved; the practitioner's fear is never a difference to pass
  /// on but a line on what to do now; Next asks for seeking information, not only sharing it.
  func testEveryLineSaysNeverWithHimAndFearIsNotPassedOn() throws {
    let files = try reviewsWithSafety()
    for arguments in [[], ["--include-sensitive"]] {
      let run = try SeenExecutable.run(["combine"] + files + arguments)
      XCTAssertEqual(run.status, 0, run.stderr)
      let folded = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      let shares =
        folded.components(
          separatedBy:
            "share it with the agencies involved, following your local information-sharing procedures"
        ).count - 1
      XCTAssertGreaterThan(shares, 0)
      // A man's lines: never with him; the case's, about no one man: never with any man.
      XCTAssertEqual(
        folded.components(
          separatedBy:
            "share it with the agencies involved, following your local information-sharing procedures, never with the father or male carer it concerns."
        ).count - 1
          + folded.components(
            separatedBy:
              "share it with the agencies involved, following your local information-sharing procedures, never with any man in this case."
          ).count - 1, shares, "\(arguments): \(folded)")
      XCTAssertFalse(folded.contains("- Practitioner fear:"), folded)
      let who = arguments.isEmpty ? "At least one review" : "The health visitor (2026-10-20)"
      XCTAssertTrue(
        folded.contains(
          "\(who) recorded fear or anxiety about working with a man in this case: not information to pass on, but a reason to act now, and across the agencies to agree joint visits or a lone-working check before anyone visits him. Talk to your manager now; do not wait for supervision."
        ), folded)
      XCTAssertTrue(folded.contains("(17.5, 15.3; guidance)"), folded)
      XCTAssertTrue(
        folded.contains(
          "Share what one review knows and another does not with the agencies involved, following your local information-sharing procedures, never with any man in this case. Ask the other agencies what they know too: the review speaks of \"the imperative of professionals actively seeking information from other agencies to secure a more rounded and fuller picture of what life is like for a family\" (Myth of Invisible Men, 9.8)."
        ), folded)
    }
    // Without a safety condition: with the agencies involved, and no "never with him" on a
    // line that is not a safety item's.
    let plain = try SeenExecutable.run(["combine"] + three)
    let folded = plain.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertFalse(folded.contains("share it, following"), folded)
    XCTAssertFalse(folded.contains("never with him"), folded)
    XCTAssertFalse(folded.contains("never with the father or male carer"), folded)
  }

  /// `seen help combine` says truthfully who the document is for and what the review found:
  /// no meeting he attends, and lack of information sharing "a key factor" (9.1), not that
  /// information "never" reached another agency.
  func testHelpSaysWhoTheDocumentIsForAndCitesTheReviewAsItIs() throws {
    let help = try SeenExecutable.run(["help", "combine"])
    XCTAssertEqual(help.status, 0, help.stderr)
    let folded = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertFalse(folded.contains("may include him or his representatives"), folded)
    XCTAssertFalse(folded.contains("strategy-meeting.pdf"), folded)
    XCTAssertTrue(
      folded.contains("not for the family, a meeting he attends, or his records"), folded)
    XCTAssertTrue(folded.contains("a key factor"), folded)
    XCTAssertTrue(folded.contains("(9.1)"), folded)
  }

  /// A safety item's cells read alike in every review that lists the man, answered or not:
  /// "[left out: safety]" beside "–" would say which agency asked the safety question.
  func testCombineLeavesOutEverySafetyCellAlike() throws {
    let text = try SeenExecutable.run(["combine"] + three + ["--width", "200"])
    XCTAssertEqual(text.status, 0, text.stderr)
    for title in ["Domestic abuse checked", "Mother asked alone", "Safety concern"] {
      let row = try XCTUnwrap(
        text.stdout.split(separator: "\n").first { $0.hasPrefix("  \(title) ") }, title)
      XCTAssertEqual(row.components(separatedBy: "[left out: safety]").count - 1, 3, String(row))
      XCTAssertFalse(row.contains("–"), String(row))
    }
    let json = try jsonObject(
      try SeenExecutable.run(["combine"] + three + ["--format", "json"]).stdout)
    let men = json["men"] as? [[String: Any]] ?? []
    let rows =
      men.flatMap { $0["items"] as? [[String: Any]] ?? [] }
      + ((json["caseItems"] as? [String: Any])?["items"] as? [[String: Any]] ?? [])
    var safetyRows = 0
    for row in rows {
      let answers = (row["answers"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
      guard answers.contains(where: { $0["leftOut"] as? String == "safety" }) else { continue }
      safetyRows += 1
      XCTAssertTrue(
        answers.allSatisfy { $0["leftOut"] as? String == "safety" }, "\(row["item"] ?? "")")
    }
    XCTAssertGreaterThanOrEqual(safetyRows, 6)
    // --include-sensitive shows them, "–" where not answered.
    let shown = try SeenExecutable.run(
      ["combine"] + three + ["--width", "200", "--include-sensitive"])
    XCTAssertFalse(shown.stdout.contains("[left out: safety]"), shown.stdout)
  }

  /// With a local file in use, combine shows its contacts as the report does: after immediate
  /// danger, before the national route, marked local; in every format.
  func testCombineShowsTheLocalContacts() throws {
    let example = PackagePaths.examples.appendingPathComponent("local/anyshire.json").path
    let arguments = ["combine"] + three + ["--local", example, "--width", "1000"]
    let text = try SeenExecutable.run(arguments)
    XCTAssertEqual(text.status, 0, text.stderr)
    let lines = text.stdout.split(separator: "\n").map(String.init)
    let heading = try XCTUnwrap(lines.firstIndex(of: "If you have a concern"), text.stdout)
    XCTAssertTrue(lines[heading + 2].hasPrefix("  - Immediate danger: "), lines[heading + 2])
    XCTAssertEqual(
      lines[heading + 3],
      "  - Locally (Anyshire Safeguarding Children Partnership): Children's services front door: 0300 000 0000, 24 hours; secure email front.door@anyshire.example"
    )
    XCTAssertTrue(
      lines[heading + 7].hasPrefix("  - Refer your concern about the baby"), lines[heading + 7])
    for format in ["markdown", "html"] {
      let run = try SeenExecutable.run(arguments + ["--format", format])
      XCTAssertTrue(
        run.stdout.contains("Domestic abuse hub (MARAC referrals): 0300 000 0002"), format)
      XCTAssertTrue(run.stdout.contains("Locally (Anyshire Safeguarding Children Partnership)"))
    }
    let json = try jsonObject(try SeenExecutable.run(arguments + ["--format", "json"]).stdout)
    let contacts = (json["local"] as? [String: Any])?["contacts"] as? [[String: Any]] ?? []
    XCTAssertEqual(contacts.first?["role"] as? String, "Children's services front door")
    XCTAssertEqual(contacts.count, 4)
    let pdf = try SeenExecutable.run(arguments + ["--format", "pdf"])
    XCTAssertEqual(pdf.status, 0, pdf.stderr)
    XCTAssertTrue(pdf.stdout.contains("Domestic abuse hub"))
    // Without a local file, no section of contacts.
    let plain = try SeenExecutable.run(["combine"] + three + ["--no-local"])
    XCTAssertFalse(plain.stdout.contains("If you have a concern"))
  }
}
