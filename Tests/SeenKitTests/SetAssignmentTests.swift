import XCTest

@testable import SeenKit

final class SetAssignmentTests: XCTestCase {
  let content = TestContent.bundled

  func testParsesManItemAnswerAndNote() throws {
    let assignment = try SetAssignment(parsing: "Mother's partner.contacted=No: he declined: twice")
    XCTAssertEqual(assignment.target, .man("Mother's partner"))
    XCTAssertEqual(assignment.key, "contacted")
    XCTAssertEqual(assignment.value, "no")
    XCTAssertEqual(assignment.note, "he declined: twice")
  }

  func testParsesCaseLevelItem() throws {
    let assignment = try SetAssignment(parsing: "supervision=yes")
    XCTAssertEqual(assignment.target, .caseLevel)
    XCTAssertNil(assignment.note)
  }

  func testRejectsMalformedAssignments() {
    for text in ["father.contacted", "=yes", "father.contacted=", ".contacted=yes", "father.=yes"] {
      XCTAssertThrowsError(try SetAssignment(parsing: text), text)
    }
  }

  func testAddsAManNamedByANewLabel() throws {
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "father.identified=yes"), content: content)
    try record.apply(SetAssignment(parsing: "FATHER.contacted=no:letter sent"), content: content)
    try record.apply(SetAssignment(parsing: "father.relationship=birth-father"), content: content)
    try record.apply(SetAssignment(parsing: "father.lives-with-baby=no"), content: content)
    try record.apply(SetAssignment(parsing: "Man B.identified=partly"), content: content)
    XCTAssertEqual(record.men.map(\.label), ["Father", "Man B"])
    XCTAssertEqual(record.men[0].answers["contacted"], Answer(.no, note: "letter sent"))
    XCTAssertEqual(record.men[0].relationship, .birthFather)
    XCTAssertEqual(record.men[0].livesWithBaby, false)
  }

  func testAddressesMenByNumber() throws {
    var record = try TestContent.example("two-men")
    try record.apply(SetAssignment(parsing: "2.contacted=yes"), content: content)
    XCTAssertEqual(record.men[1].answers["contacted"], Answer(.yes))
    XCTAssertThrowsError(
      try record.apply(SetAssignment(parsing: "3.contacted=yes"), content: content)
    ) { error in
      XCTAssert("\(error)".contains("there is no man number 3"))
    }
  }

  func testUnknownItemsAndAnswersAreNamed() throws {
    var record = ReviewRecord()
    let cases: [(String, String)] = [
      ("father.histroy=yes", "unknown checklist item \"histroy\""),
      (
        "father.contacted=maybe",
        "\"maybe\" is not allowed here; use one of: yes, partly, no, unknown, na."
      ),
      ("father.impulsivity=yes", "use one of: present, absent, unknown."),
      ("father.supervision=yes", "asked once for the case"),
      ("identified=yes", "asked about each man"),
      ("bogus=yes", "unknown checklist item \"bogus\""),
      ("father.relationship=uncle", "use one of: birth-father"),
      ("father.lives-with-baby=sometimes", "use one of: yes, no, unknown."),
    ]
    for (text, message) in cases {
      XCTAssertThrowsError(try record.apply(SetAssignment(parsing: text), content: content), text) {
        error in
        XCTAssert("\(error)".contains(message), "\(text): \(error)")
        XCTAssert("\(error)".contains("--set"), "\(text): \(error)")
      }
    }
  }
}

extension SetAssignmentTests {
  func testRelationshipsAreTheOnesOffered() throws {
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "Man B.relationship=ex-partner"), content: content)
    XCTAssertEqual(record.men[0].relationship, .exPartner)
    XCTAssertThrowsError(
      try record.apply(SetAssignment(parsing: "Man B.relationship=step-father"), content: content)
    ) { error in
      XCTAssert(
        "\(error)".contains(
          "use one of: birth-father, partner, ex-partner, other-male-carer, unknown."), "\(error)")
    }
  }
}

extension SetAssignmentTests {
  func testStrengthsAreTakenWholeAndNeverRepeatedInAnError() throws {
    var record = ReviewRecord()
    try record.apply(
      SetAssignment(parsing: "father.strengths= Gives the night feeds: most nights "),
      content: content)
    XCTAssertEqual(record.men[0].strengths, "Gives the night feeds: most nights")
    XCTAssertThrowsError(
      try record.apply(SetAssignment(parsing: "3.strengths=Visits on Tuesdays"), content: content)
    ) { error in
      XCTAssert("\(error)".contains("--set 3.strengths"), "\(error)")
      XCTAssertFalse("\(error)".contains("Tuesdays"), "\(error)")
    }
  }
}
