import Testing

@testable import SeenKit

/// The supervisions in the review record (`seen-review/7`) and the session that records one
/// (issue 19).
@Suite struct SupervisionRecordTests {
  static let record = """
    {"format": "seen-review/7", "id": "sup-test-0001",
     "men": [{"label": "Father", "answers": {"identified": "yes"}}],
     "answers": {"supervision": "no"},
     "actions": [{"what": "Ask the GP", "owner": "GP", "due": "2026-12-10"}],
     "supervisions": [{"date": "2026-12-03", "role": "team manager",
       "discussed": [{"item": "contacted", "for": "father", "comment": "Why?"}, {"for": "Father"}],
       "menDiscussed": true, "fearRaised": false, "support": ["co-working"],
       "otherSupport": "Peer support", "actions": [1]}]}
    """

  @Test func aSupervisionIsReadAndWrittenBackTheSame() throws {
    let record = try TestContent.record(Self.record)
    let supervision = try #require(record.supervisions.first)
    #expect(supervision.role == "Team manager")
    #expect(supervision.discussed.first?.man == "Father")
    #expect(supervision.discussed.first?.comment == "Why?")
    #expect(supervision.actions == [1])
    let again = try TestContent.record(record.encoded())
    #expect(again == record)
  }

  @Test func anOlderRecordMayNotHoldSupervisions() {
    let error = TestContent.decodingError(
      #"{"format": "seen-review/6", "supervisions": []}"#)
    #expect(error?.description.contains("unknown key \"supervisions\"") == true)
  }

  /// seen-review/8: a supervision's "fearAbout" (the men fear was raised about). A /7 record
  /// reads as before and is written as /8; a /7 record holding "fearAbout" was not written by seen.
  @Test func fearAboutCameWithVersionEightAndOlderRecordsReadUnchanged() throws {
    let older = try TestContent.record(Self.record)
    #expect(older.supervisions.first?.fearAbout == nil)
    #expect(older.encoded().contains("\"format\": \"seen-review/8\""))
    #expect(try TestContent.record(older.encoded()) == older)
    let refused = TestContent.decodingError(
      #"{"format": "seen-review/7", "men": [{"label": "Father"}], "supervisions": [{"date": "2026-12-03", "role": "GP", "fearRaised": true, "fearAbout": ["Father"]}]}"#
    )
    #expect(refused?.description.contains("unknown key \"fearAbout\"") == true)
    let current = try TestContent.record(
      #"{"format": "seen-review/8", "men": [{"label": "Father"}, {"label": "Partner"}], "supervisions": [{"date": "2026-12-03", "role": "GP", "fearRaised": true, "fearAbout": ["partner"]}]}"#
    )
    #expect(current.supervisions.first?.fearAbout == ["Partner"], "as the record spells him")
    #expect(
      current.supervisions.first?.answersWords.contains("raised: yes (about Partner).") == true)
    #expect(try TestContent.record(current.encoded()) == current)
    let notRaised = TestContent.decodingError(
      #"{"format": "seen-review/8", "men": [{"label": "Father"}], "supervisions": [{"date": "2026-12-03", "role": "GP", "fearRaised": false, "fearAbout": ["Father"]}]}"#
    )
    #expect(notRaised?.description.contains("give it only with \"fearRaised\": true") == true)
    let unknown = TestContent.decodingError(
      #"{"format": "seen-review/8", "men": [{"label": "Father"}], "supervisions": [{"date": "2026-12-03", "role": "GP", "fearRaised": true, "fearAbout": ["Uncle"]}]}"#
    )
    #expect(unknown?.description.contains("Uncle") == true)
  }

  @Test func aSupervisionsActionMustBeTheReviews() {
    let error = TestContent.decodingError(
      #"{"supervisions": [{"date": "2026-12-03", "role": "GP", "actions": [2]}]}"#)
    #expect(error?.description.contains("this review has none") == true)
  }

  @Test func commentsAndOtherSupportAreAlwaysSensitiveNotes() throws {
    let record = try TestContent.record(Self.record)
    let (redacted, removed) = record.withoutSensitiveNotes(content: TestContent.bundled)
    // Counted apart from the family's sensitive notes (`supervisionNoteCount`).
    #expect(removed == 0)
    #expect(record.supervisionNoteCount == 2)
    #expect(redacted.supervisions[0].discussed[0].comment == ReviewRecord.sensitiveNoteLeftOut)
    #expect(redacted.supervisions[0].otherSupport == ReviewRecord.sensitiveNoteLeftOut)
    #expect(redacted.supervisions[0].discussed[1].comment == nil)
  }

  @Test func thePractitionersDifferentAnswerIsShownBesideTheSupervisions() throws {
    let record = try TestContent.record(Self.record)
    #expect(
      record.supervisionAnswerDiffers
        == SupervisionAnswerDifference(practitioner: "no", supervision: true))
  }

  /// The session: the role, a comment on the man, the tier 3 questions; the practitioner's
  /// answer is changed only when asked and confirmed.
  @Test func theSessionRecordsAndAsksBeforeChangingThePractitionersAnswer() throws {
    var record = try TestContent.record(Self.record)
    record.supervisions = []
    var session = SupervisionSession(
      record: record, content: TestContent.bundled, today: TestContent.today)
    #expect(session.handle("7").event == .changed)
    // The first steps come first, then the man.
    if session.prompt(width: 80).contains("[First steps]") { _ = session.handle("") }
    #expect(session.prompt(width: 80).contains("[Man 1 of 1 · Father]"))
    #expect(session.handle("c").event == .unchanged)
    let kept = session.handle("Not yet met")
    #expect(kept.event == .changed)
    #expect(kept.message?.contains("Not yet met") == false)
    #expect(session.handle("t").event == .unchanged)
    #expect(session.handle("y").event == .changed)
    #expect(session.prompt(width: 80).contains("Change the practitioner's answer?"))
    #expect(session.handle("").event == .unchanged)
    #expect(session.record.answers["supervision"]?.value == .no, "kept unless confirmed")
    #expect(session.handle("y").event == .changed)
    #expect(session.handle("1,3").event == .finished)
    let supervision = try #require(session.supervision)
    #expect(supervision.role == "Team manager")
    #expect(supervision.menDiscussed == true)
    #expect(supervision.fearRaised == true)
    #expect(supervision.support == [.coWorking, .reflectiveSupervision])
    #expect(supervision.discussed == [.init(item: nil, man: "Father", comment: "Not yet met")])
  }
}
