import Testing

@testable import SeenKit

@Suite struct SetAssignmentTests {
  let content = TestContent.bundled

  @Test func parsesManItemAnswerAndNote() throws {
    let assignment = try SetAssignment(parsing: "Mother's partner.contacted=No: he declined: twice")
    #expect(assignment.target == .man("Mother's partner"))
    #expect(assignment.key == "contacted")
    #expect(assignment.value == "no")
    #expect(assignment.note == "he declined: twice")
  }

  @Test func parsesCaseLevelItem() throws {
    let assignment = try SetAssignment(parsing: "supervision=yes")
    #expect(assignment.target == .caseLevel)
    #expect(assignment.note == nil)
  }

  @Test func rejectsMalformedAssignments() {
    for text in ["father.contacted", "=yes", "father.contacted=", ".contacted=yes", "father.=yes"] {
      #expect(throws: (any Error).self, Comment(rawValue: text)) {
        try SetAssignment(parsing: text)
      }
    }
  }

  @Test func addsAManNamedByANewLabel() throws {
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "father.identified=yes"), content: content)
    try record.apply(SetAssignment(parsing: "FATHER.contacted=no:letter sent"), content: content)
    try record.apply(SetAssignment(parsing: "father.relationship=birth-father"), content: content)
    try record.apply(SetAssignment(parsing: "father.lives-with-baby=no"), content: content)
    try record.apply(SetAssignment(parsing: "Man B.identified=partly"), content: content)
    #expect(record.men.map(\.label) == ["Father", "Man B"])
    #expect(record.men[0].answers["contacted"] == Answer(.no, note: "letter sent"))
    #expect(record.men[0].relationship == .birthFather)
    #expect(record.men[0].livesWithBaby == false)
  }

  @Test func addressesMenByNumber() throws {
    var record = try TestContent.example("two-men")
    try record.apply(SetAssignment(parsing: "2.contacted=yes"), content: content)
    #expect(record.men[1].answers["contacted"] == Answer(.yes))
    if let error = #expect(
      throws: (any Error).self,
      performing: { try record.apply(SetAssignment(parsing: "3.contacted=yes"), content: content) })
    {
      #expect("\(error)".contains("there is no man number 3"))
    }
  }

  @Test func unknownItemsAndAnswersAreNamed() throws {
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
      if let error = #expect(
        throws: (any Error).self, Comment(rawValue: text),
        performing: { try record.apply(SetAssignment(parsing: text), content: content) })
      {
        #expect("\(error)".contains(message), "\(text): \(error)")
        #expect("\(error)".contains("--set"), "\(text): \(error)")
      }
    }
  }
}

extension SetAssignmentTests {
  @Test func relationshipsAreTheOnesOffered() throws {
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "Man B.relationship=ex-partner"), content: content)
    #expect(record.men[0].relationship == .exPartner)
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try record.apply(SetAssignment(parsing: "Man B.relationship=step-father"), content: content)
      })
    {
      #expect(
        "\(error)".contains(
          "use one of: birth-father, partner, ex-partner, other-male-carer, unknown."), "\(error)")
    }
  }
}

extension SetAssignmentTests {
  @Test func strengthsAreTakenWholeAndNeverRepeatedInAnError() throws {
    var record = ReviewRecord()
    try record.apply(
      SetAssignment(parsing: "father.strengths= Gives the night feeds: most nights "),
      content: content)
    #expect(record.men[0].strengths == "Gives the night feeds: most nights")
    if let error = #expect(
      throws: (any Error).self,
      performing: {
        try record.apply(SetAssignment(parsing: "3.strengths=Visits on Tuesdays"), content: content)
      })
    {
      #expect("\(error)".contains("--set 3.strengths"), "\(error)")
      #expect(!"\(error)".contains("Tuesdays"), "\(error)")
    }
  }
}
