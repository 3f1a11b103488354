import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

@Suite struct ReviewRecordTests {
  let content = TestContent.bundled

  /// Every invalid record in Fixtures/invalid-records is refused with the right sentence and place.
  @Test func invalidRecordFixturesAreRefusedWithFileLineAndPath() throws {
    let expectations: [String: (message: String, line: Int, path: String)] = [
      "unknown-item": (
        "unknown checklist item \"histry\"; valid items here: identified, safety, contacted", 4,
        "men[0].answers"
      ),
      "bad-answer": (
        "\"maybe\" is not allowed here; use one of: yes, partly, no, unknown, na.", 3,
        "men[0].answers.contacted"
      ),
      "practice-answer-to-knowledge-item": (
        "use one of: present, absent, unknown.", 3, "men[0].answers.childhood-adversity"
      ),
      "future-format": (
        "this record is \"seen-review/9\", written by a newer seen; this version reads up to \"seen-review/8\"",
        2, "format"
      ),
      "unknown-top-level-key": ("unknown key \"mne\"; expected one of: format, id, case", 3, ""),
      "bad-relationship": (
        "\"uncle\" is not allowed here; use one of: birth-father, step-father, partner", 3,
        "men[0].relationship"
      ),
      "empty-label": ("must not be empty", 3, "men[0].label"),
      "missing-label": ("the key \"label\" is required.", 3, "men[0]"),
      "men-not-a-list": ("expected a list, found an object.", 2, "men"),
      "man-item-at-case-level": (
        "unknown checklist item \"identified\"; valid items here: all-men-identified", 2, "answers"
      ),
      "unknown-question": ("unknown reflective question \"confidance\"", 2, "reflections"),
      "lives-with-baby-not-bool": (
        "expected true, false or null, found a string.", 3, "men[0].livesWithBaby"
      ),
      "answer-object-unknown-key": (
        "unknown key \"notes\"; expected one of: answer, note, reason.", 3,
        "men[0].answers.contacted"
      ),
      "answer-number": (
        "expected an answer (yes, partly, no, unknown, na)", 3, "men[0].answers.contacted"
      ),
      "truncated": ("the file ends where a value was expected", 4, ""),
      "not-an-object": ("expected an object, found a list.", 1, ""),
    ]
    let folder = PackagePaths.root.appendingPathComponent(
      "Tests/SeenKitTests/Fixtures/invalid-records")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }.sorted()
    #expect(
      Set(files.map { String($0.dropLast(5)) }) == Set(expectations.keys),
      "every fixture has an expectation")
    for file in files {
      let name = String(file.dropLast(5))
      guard let expected = expectations[name] else { continue }
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
      do {
        _ = try ReviewRecord.decode(bytes, file: file, content: content)
        Issue.record("\(file) was accepted")
      } catch {
        #expect(error.description.contains(expected.message), "\(file): \(error.description)")
        #expect(error.position?.line == expected.line, "\(file): \(error.description)")
        #expect(error.path == expected.path, "\(file): \(error.description)")
        #expect(
          error.description.hasPrefix("\(file):\(expected.line):"),
          Comment(rawValue: error.description))
      }
    }
  }

  @Test func readsAnswersAsWordsOrObjectsWithNotes() throws {
    let record = try TestContent.record(
      #"{"case": "X1", "men": [{"label": "Father", "relationship": "birth-father", "livesWithBaby": false, "#
        + #""answers": {"identified": "Yes", "contacted": {"answer": "no", "note": "  letter sent  "}, "history": null}}]}"#
    )
    #expect(record.caseReference == "X1")
    #expect(record.men.count == 1)
    #expect(record.men[0].relationship == .birthFather)
    #expect(record.men[0].livesWithBaby == false)
    #expect(record.men[0].answers["identified"] == Answer(.yes))
    #expect(record.men[0].answers["contacted"] == Answer(.no, note: "letter sent"))
    #expect(record.men[0].answers["history"] == nil)
  }

  @Test func formatIsOptionalInHandWrittenFiles() throws {
    var empty = try TestContent.record("{}")
    #expect(empty.id == ReviewRecord.derivedID(bytes: Array("{}".utf8)), "the id of its bytes")
    empty.id = nil
    #expect(empty == ReviewRecord())
  }

  @Test func encodingRoundTripsAndIsStable() throws {
    for example in ["few-gaps", "unseen-father", "two-men"] {
      let record = try TestContent.example(example)
      let encoded = record.encoded()
      let decoded = try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content)
      #expect(decoded == record, Comment(rawValue: example))
      #expect(decoded.encoded() == encoded, Comment(rawValue: example))
      #expect(encoded.hasPrefix("{\n  \"format\": \"seen-review/8\",\n  \"id\": \""))
    }
  }

  @Test func manIndexByLabelOrNumber() throws {
    let record = try TestContent.example("two-men")
    #expect(record.manIndex(named: "father") == 0)
    #expect(record.manIndex(named: "MOTHER'S PARTNER") == 1)
    #expect(record.manIndex(named: "2") == 1)
    #expect(record.manIndex(named: "3") == nil)
    #expect(record.manIndex(named: "Uncle") == nil)
  }
}

extension ReviewRecordTests {
  @Test func twoMenMayNotShareALabel() {
    let error = TestContent.decodingError(#"{"men": [{"label": "Father"}, {"label": "father"}]}"#)
    #expect(error?.path == "men[1].label")
    #expect(error?.description.contains("another man is already labelled \"Father\"") == true)
    #expect(error?.description.contains("\"father\" is the same label") == true)
  }

  @Test func aNoteOfControlCharactersIsNoReason() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "answers": {"plan": {"answer": "na", "note": "\u0000\u0007 "}}}]}"#
    )
    #expect(record.men[0].answers["plan"] == Answer(.na))
  }

  @Test func utf16IsNamed() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]
    if let error = #expect(
      throws: (any Error).self,
      performing: { try ReviewRecord.decode(bytes, file: "win.json", content: TestContent.bundled) }
    ) {
      #expect("\(error)".contains("save it as UTF-8"), "\(error)")
    }
  }
}

/// `seen-review/3`: what he brings to the baby's care, and the mother's ex-partner.
extension ReviewRecordTests {
  @Test func version3ReadsAndWritesStrengthsAndExPartner() throws {
    let record = try TestContent.record(
      #"{"format": "seen-review/3", "men": [{"label": "Man B", "relationship": "ex-partner", "#
        + #""strengths": "  Gives the night feeds\u0007: most nights \u001b[31m ", "answers": {}}]}"#
    )
    #expect(record.men[0].relationship == .exPartner)
    #expect(record.men[0].strengths == "Gives the night feeds: most nights")
    let encoded = record.encoded()
    #expect(encoded.hasPrefix("{\n  \"format\": \"seen-review/8\",\n"), Comment(rawValue: encoded))
    #expect(
      encoded.contains(
        "\"livesWithBaby\": null,\n      \"strengths\": \"Gives the night feeds: most nights\",\n"),
      Comment(rawValue: encoded))
    #expect(try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content) == record)
  }

  @Test func emptyStrengthsAreLeftOut() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "strengths": " \u0000 "}]}"#)
    #expect(record.men[0].strengths == nil)
    #expect(!record.encoded().contains("strengths"))
    var man = ManRecord(label: "Father", strengths: "\n\t")
    #expect(man.strengths == nil)
    man.strengths = "  takes him to clinic "
    #expect(man.strengths == "takes him to clinic")
  }

  @Test func versions1And2StillRead() throws {
    for version in [1, 2] {
      let record = try TestContent.record(
        #"{"format": "seen-review/\#(version)", "men": [{"label": "Man A", "#
          + #""relationship": "step-father", "answers": {"contacted": "unknown"}}]}"#)
      #expect(record.men[0].relationship == .stepFather, "version \(version)")
      #expect(record.men[0].answers["contacted"] == Answer(.unknown), "version \(version)")
      #expect(record.encoded().contains("\"seen-review/8\""), "saved as the current version")
    }
  }

  @Test func version9IsRefusedInOneLine() throws {
    let error = try #require(
      TestContent.decodingError(#"{"format": "seen-review/9", "men": [{"label": "F", "x": 1}]}"#))
    #expect(error.problem == .newerFormat("seen-review/9", newest: "seen-review/8"))
    #expect(!error.description.contains("\n"), Comment(rawValue: error.description))
  }
}

/// The limits that keep reading and reporting linear: refused in one line, never cut.
extension ReviewRecordTests {
  private func menJSON(_ count: Int) -> String {
    let men = (1...count).map { #"{"label": "M\#($0)"}"# }.joined(separator: ",")
    return #"{"men": [\#(men)]}"#
  }

  @Test func aRecordOfTheMostMenIsRead() throws {
    let record = try TestContent.record(menJSON(ReviewRecord.maximumMen))
    #expect(record.men.count == ReviewRecord.maximumMen)
  }

  @Test func aRecordOfMoreMenIsRefusedInOneLine() throws {
    let error = try #require(TestContent.decodingError(menJSON(ReviewRecord.maximumMen + 1)))
    #expect(error.path == "men")
    #expect(
      error.description.contains("the record has 1001 men; seen reads at most 1000"),
      Comment(rawValue: error.description))
    #expect(!error.description.contains("\n"), Comment(rawValue: error.description))
  }

  @Test func manyMenWithOneRepeatedLabelAreRefused() throws {
    let men = (1...500).map { #"{"label": "M\#($0)"}"# } + [#"{"label": "m250"}"#]
    let error = try #require(
      TestContent.decodingError(#"{"men": [\#(men.joined(separator: ","))]}"#))
    #expect(error.path == "men[500].label")
  }

  @Test func textAtTheLimitIsReadAndLongerTextRefused() throws {
    let most = String(repeating: "é", count: Answer.maximumNoteLength)
    let record = try TestContent.record(
      #"{"men": [{"label": "F", "strengths": "\#(most)", "answers": {"plan": {"answer": "no", "note": "\#(most)"}}}], "reflections": {"history": "\#(most)"}}"#
    )
    #expect(record.men[0].answers["plan"]?.note?.count == Answer.maximumNoteLength)
    let longer = most + "x"
    let cases: [(json: String, path: String, what: String)] = [
      (
        #"{"men": [{"label": "F", "answers": {"plan": {"answer": "no", "note": "\#(longer)"}}}]}"#,
        "men[0].answers.plan.note", "the note"
      ),
      (#"{"men": [{"label": "F", "strengths": "\#(longer)"}]}"#, "men[0].strengths", "strengths"),
      (#"{"reflections": {"history": "\#(longer)"}}"#, "reflections.history", "the reflection"),
    ]
    for (json, path, what) in cases {
      let error = try #require(TestContent.decodingError(json), Comment(rawValue: path))
      #expect(error.path == path)
      #expect(
        error.description.contains("\(what) is longer than 10000 characters"),
        Comment(rawValue: error.description))
      #expect(!error.description.contains("éé"), "the text itself is never repeated")
      #expect(!error.description.contains("\n"), Comment(rawValue: error.description))
    }
  }

  @Test func setRefusesANoteOrStrengthsOverTheLimit() throws {
    let longer = String(repeating: "a", count: Answer.maximumNoteLength + 1)
    if let error = #expect(
      throws: (any Error).self,
      performing: { try SetAssignment(parsing: "father.contacted=no:" + longer) })
    {
      #expect("\(error)".contains("the note is longer than 10000 characters"), "\(error)")
    }
    _ = try SetAssignment(parsing: "father.contacted=no:" + longer.dropLast())
    var record = ReviewRecord()
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try record.apply(
          SetAssignment(parsing: "father.strengths=" + longer), content: TestContent.bundled)
      })
    {
      #expect("\(error)".contains("strengths is longer than 10000 characters"), "\(error)")
    }
  }
}

extension ReviewRecordTests {
  /// Issue 13: the limit counts Unicode scalars, so combining marks cannot make a "short" note
  /// that costs a great deal to lay out.
  @Test func theNoteLimitCountsUnicodeScalarsNotCharacters() throws {
    // One Character of 1 + 300 scalars: 10,000 of them passed when Characters were counted.
    let heavy = "e" + String(repeating: "\u{0301}", count: 300)
    #expect(heavy.count == 1)
    #expect(!Answer.isWithinLimit(String(repeating: heavy, count: 40)))
    #expect(Answer.isWithinLimit(String(repeating: "\u{0301}", count: 10_000)))
    #expect(!Answer.isWithinLimit(String(repeating: "\u{0301}", count: 10_001)))
    // "é" as e + U+0301 is two characters for the limit.
    #expect(!Answer.isWithinLimit(String(repeating: "e\u{0301}", count: 5_001)))
    #expect(Answer.isWithinLimit(String(repeating: "e\u{0301}", count: 5_000)))
    let heavyNote = String(repeating: heavy, count: 40)
    let error = try #require(
      TestContent.decodingError(
        #"{"men": [{"label": "F", "answers": {"plan": {"answer": "no", "note": "\#(heavyNote)"}}}]}"#
      ))
    #expect(error.path == "men[0].answers.plan.note")
    #expect(throws: (any Error).self) {
      try SetAssignment(parsing: "father.contacted=no:" + heavyNote)
    }
  }

  /// Issue 13: --set cannot add a man beyond the most a record may hold, in the reader's words.
  @Test func setRefusesTheManAfterTheMost() throws {
    var record = ReviewRecord()
    record.men = (1...ReviewRecord.maximumMen).map { ManRecord(label: "M\($0)") }
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try record.apply(
          SetAssignment(parsing: "newman.identified=yes"), content: TestContent.bundled)
      })
    {
      #expect("\(error)".contains("seen reads at most 1000 in one review"), "\(error)")
    }
    #expect(record.men.count == ReviewRecord.maximumMen)
    // A man already in the record can still be answered for.
    try record.apply(SetAssignment(parsing: "m1000.identified=yes"), content: TestContent.bundled)
  }
}
