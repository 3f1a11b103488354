import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

final class ReviewRecordTests: XCTestCase {
  let content = TestContent.bundled

  /// Every invalid record in Fixtures/invalid-records is refused with the right sentence and place.
  func testInvalidRecordFixturesAreRefusedWithFileLineAndPath() throws {
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
        "this record is \"seen-review/4\", written by a newer seen; this version reads up to \"seen-review/3\"",
        2, "format"
      ),
      "unknown-top-level-key": ("unknown key \"mne\"; expected one of: format, case", 3, ""),
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
    XCTAssertEqual(
      Set(files.map { String($0.dropLast(5)) }), Set(expectations.keys),
      "every fixture has an expectation")
    for file in files {
      let name = String(file.dropLast(5))
      guard let expected = expectations[name] else { continue }
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
      do {
        _ = try ReviewRecord.decode(bytes, file: file, content: content)
        XCTFail("\(file) was accepted")
      } catch {
        XCTAssert(error.description.contains(expected.message), "\(file): \(error.description)")
        XCTAssertEqual(error.position?.line, expected.line, "\(file): \(error.description)")
        XCTAssertEqual(error.path, expected.path, "\(file): \(error.description)")
        XCTAssert(error.description.hasPrefix("\(file):\(expected.line):"), error.description)
      }
    }
  }

  func testReadsAnswersAsWordsOrObjectsWithNotes() throws {
    let record = try TestContent.record(
      #"{"case": "X1", "men": [{"label": "Father", "relationship": "birth-father", "livesWithBaby": false, "#
        + #""answers": {"identified": "Yes", "contacted": {"answer": "no", "note": "  letter sent  "}, "history": null}}]}"#
    )
    XCTAssertEqual(record.caseReference, "X1")
    XCTAssertEqual(record.men.count, 1)
    XCTAssertEqual(record.men[0].relationship, .birthFather)
    XCTAssertEqual(record.men[0].livesWithBaby, false)
    XCTAssertEqual(record.men[0].answers["identified"], Answer(.yes))
    XCTAssertEqual(record.men[0].answers["contacted"], Answer(.no, note: "letter sent"))
    XCTAssertNil(record.men[0].answers["history"])
  }

  func testFormatIsOptionalInHandWrittenFiles() throws {
    XCTAssertEqual(try TestContent.record("{}"), ReviewRecord())
  }

  func testEncodingRoundTripsAndIsStable() throws {
    for example in ["few-gaps", "unseen-father", "two-men"] {
      let record = try TestContent.example(example)
      let encoded = record.encoded()
      let decoded = try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content)
      XCTAssertEqual(decoded, record, example)
      XCTAssertEqual(decoded.encoded(), encoded, example)
      XCTAssert(encoded.hasPrefix("{\n  \"format\": \"seen-review/3\",\n"))
    }
  }

  func testManIndexByLabelOrNumber() throws {
    let record = try TestContent.example("two-men")
    XCTAssertEqual(record.manIndex(named: "father"), 0)
    XCTAssertEqual(record.manIndex(named: "MOTHER'S PARTNER"), 1)
    XCTAssertEqual(record.manIndex(named: "2"), 1)
    XCTAssertNil(record.manIndex(named: "3"))
    XCTAssertNil(record.manIndex(named: "Uncle"))
  }
}

extension ReviewRecordTests {
  func testTwoMenMayNotShareALabel() {
    let error = TestContent.decodingError(#"{"men": [{"label": "Father"}, {"label": "father"}]}"#)
    XCTAssertEqual(error?.path, "men[1].label")
    XCTAssert(error?.description.contains("another man is already labelled \"Father\"") == true)
    XCTAssert(error?.description.contains("\"father\" is the same label") == true)
  }

  func testANoteOfControlCharactersIsNoReason() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "answers": {"plan": {"answer": "na", "note": "\u0000\u0007 "}}}]}"#
    )
    XCTAssertEqual(record.men[0].answers["plan"], Answer(.na))
  }

  func testUTF16IsNamed() {
    let bytes: [UInt8] = [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00]
    XCTAssertThrowsError(
      try ReviewRecord.decode(bytes, file: "win.json", content: TestContent.bundled)
    ) { error in
      XCTAssert("\(error)".contains("save it as UTF-8"), "\(error)")
    }
  }
}

/// `seen-review/3`: what he brings to the baby's care, and the mother's ex-partner.
extension ReviewRecordTests {
  func testVersion3ReadsAndWritesStrengthsAndExPartner() throws {
    let record = try TestContent.record(
      #"{"format": "seen-review/3", "men": [{"label": "Man B", "relationship": "ex-partner", "#
        + #""strengths": "  Gives the night feeds\u0007: most nights \u001b[31m ", "answers": {}}]}"#
    )
    XCTAssertEqual(record.men[0].relationship, .exPartner)
    XCTAssertEqual(record.men[0].strengths, "Gives the night feeds: most nights")
    let encoded = record.encoded()
    XCTAssert(encoded.hasPrefix("{\n  \"format\": \"seen-review/3\",\n"), encoded)
    XCTAssert(
      encoded.contains(
        "\"livesWithBaby\": null,\n      \"strengths\": \"Gives the night feeds: most nights\",\n"),
      encoded)
    XCTAssertEqual(
      try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content), record)
  }

  func testEmptyStrengthsAreLeftOut() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "strengths": " \u0000 "}]}"#)
    XCTAssertNil(record.men[0].strengths)
    XCTAssertFalse(record.encoded().contains("strengths"))
    var man = ManRecord(label: "Father", strengths: "\n\t")
    XCTAssertNil(man.strengths)
    man.strengths = "  takes him to clinic "
    XCTAssertEqual(man.strengths, "takes him to clinic")
  }

  func testVersions1And2StillRead() throws {
    for version in [1, 2] {
      let record = try TestContent.record(
        #"{"format": "seen-review/\#(version)", "men": [{"label": "Man A", "#
          + #""relationship": "step-father", "answers": {"contacted": "unknown"}}]}"#)
      XCTAssertEqual(record.men[0].relationship, .stepFather, "version \(version)")
      XCTAssertEqual(record.men[0].answers["contacted"], Answer(.unknown), "version \(version)")
      XCTAssert(record.encoded().contains("\"seen-review/3\""), "saved as the current version")
    }
  }

  func testVersion4IsRefusedInOneLine() throws {
    let error = try XCTUnwrap(
      TestContent.decodingError(#"{"format": "seen-review/4", "men": [{"label": "F", "x": 1}]}"#))
    XCTAssertEqual(error.problem, .newerFormat("seen-review/4", newest: "seen-review/3"))
    XCTAssertFalse(error.description.contains("\n"), error.description)
  }
}

/// The limits that keep reading and reporting linear: refused in one line, never cut.
extension ReviewRecordTests {
  private func menJSON(_ count: Int) -> String {
    let men = (1...count).map { #"{"label": "M\#($0)"}"# }.joined(separator: ",")
    return #"{"men": [\#(men)]}"#
  }

  func testARecordOfTheMostMenIsRead() throws {
    let record = try TestContent.record(menJSON(ReviewRecord.maximumMen))
    XCTAssertEqual(record.men.count, ReviewRecord.maximumMen)
  }

  func testARecordOfMoreMenIsRefusedInOneLine() throws {
    let error = try XCTUnwrap(TestContent.decodingError(menJSON(ReviewRecord.maximumMen + 1)))
    XCTAssertEqual(error.path, "men")
    XCTAssert(
      error.description.contains("the record has 1001 men; seen reads at most 1000"),
      error.description)
    XCTAssertFalse(error.description.contains("\n"), error.description)
  }

  func testManyMenWithOneRepeatedLabelAreRefused() throws {
    let men = (1...500).map { #"{"label": "M\#($0)"}"# } + [#"{"label": "m250"}"#]
    let error = try XCTUnwrap(
      TestContent.decodingError(#"{"men": [\#(men.joined(separator: ","))]}"#))
    XCTAssertEqual(error.path, "men[500].label")
  }

  func testTextAtTheLimitIsReadAndLongerTextRefused() throws {
    let most = String(repeating: "é", count: Answer.maximumNoteLength)
    let record = try TestContent.record(
      #"{"men": [{"label": "F", "strengths": "\#(most)", "answers": {"plan": {"answer": "no", "note": "\#(most)"}}}], "reflections": {"history": "\#(most)"}}"#
    )
    XCTAssertEqual(record.men[0].answers["plan"]?.note?.count, Answer.maximumNoteLength)
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
      let error = try XCTUnwrap(TestContent.decodingError(json), path)
      XCTAssertEqual(error.path, path)
      XCTAssert(
        error.description.contains("\(what) is longer than 10000 characters"), error.description)
      XCTAssertFalse(error.description.contains("éé"), "the text itself is never repeated")
      XCTAssertFalse(error.description.contains("\n"), error.description)
    }
  }

  func testSetRefusesANoteOrStrengthsOverTheLimit() throws {
    let longer = String(repeating: "a", count: Answer.maximumNoteLength + 1)
    XCTAssertThrowsError(try SetAssignment(parsing: "father.contacted=no:" + longer)) { error in
      XCTAssert("\(error)".contains("the note is longer than 10000 characters"), "\(error)")
    }
    _ = try SetAssignment(parsing: "father.contacted=no:" + longer.dropLast())
    var record = ReviewRecord()
    XCTAssertThrowsError(
      try record.apply(
        SetAssignment(parsing: "father.strengths=" + longer), content: TestContent.bundled)
    ) { error in
      XCTAssert("\(error)".contains("strengths is longer than 10000 characters"), "\(error)")
    }
  }
}

extension ReviewRecordTests {
  /// Issue 13: the limit counts Unicode scalars, so combining marks cannot make a "short" note
  /// that costs a great deal to lay out.
  func testTheNoteLimitCountsUnicodeScalarsNotCharacters() throws {
    // One Character of 1 + 300 scalars: 10,000 of them passed when Characters were counted.
    let heavy = "e" + String(repeating: "\u{0301}", count: 300)
    XCTAssertEqual(heavy.count, 1)
    XCTAssertFalse(Answer.isWithinLimit(String(repeating: heavy, count: 40)))
    XCTAssertTrue(Answer.isWithinLimit(String(repeating: "\u{0301}", count: 10_000)))
    XCTAssertFalse(Answer.isWithinLimit(String(repeating: "\u{0301}", count: 10_001)))
    // "é" as e + U+0301 is two characters for the limit.
    XCTAssertFalse(Answer.isWithinLimit(String(repeating: "e\u{0301}", count: 5_001)))
    XCTAssertTrue(Answer.isWithinLimit(String(repeating: "e\u{0301}", count: 5_000)))
    let heavyNote = String(repeating: heavy, count: 40)
    let error = try XCTUnwrap(
      TestContent.decodingError(
        #"{"men": [{"label": "F", "answers": {"plan": {"answer": "no", "note": "\#(heavyNote)"}}}]}"#
      ))
    XCTAssertEqual(error.path, "men[0].answers.plan.note")
    XCTAssertThrowsError(try SetAssignment(parsing: "father.contacted=no:" + heavyNote))
  }

  /// Issue 13: --set cannot add a man beyond the most a record may hold, in the reader's words.
  func testSetRefusesTheManAfterTheMost() throws {
    var record = ReviewRecord()
    record.men = (1...ReviewRecord.maximumMen).map { ManRecord(label: "M\($0)") }
    XCTAssertThrowsError(
      try record.apply(
        SetAssignment(parsing: "newman.identified=yes"), content: TestContent.bundled)
    ) { error in
      XCTAssert("\(error)".contains("seen reads at most 1000 in one review"), "\(error)")
    }
    XCTAssertEqual(record.men.count, ReviewRecord.maximumMen)
    // A man already in the record can still be answered for.
    try record.apply(SetAssignment(parsing: "m1000.identified=yes"), content: TestContent.bundled)
  }
}
