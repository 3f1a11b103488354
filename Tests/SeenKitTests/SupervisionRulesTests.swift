import Testing

@testable import SeenKit

/// The rules of a recorded supervision found in review round 1 (issue 19): the latest is the
/// last to take place, an empty one is not counted, every other support is kept, a copy that
/// was supervised is the copy `--team` lists, and a supervisor's notes are counted apart from
/// the family's sensitive notes.
@Suite struct SupervisionRulesTests {
  static func record(supervisions: String, answer: String = "yes", id: String = "sup-rule-0001")
    throws -> ReviewRecord
  {
    try TestContent.record(
      """
      {"format": "seen-review/7", "id": "\(id)", "case": "RULE-1", "date": "2026-11-18",
       "men": [{"label": "Father", "answers": {"identified": "yes", "contacted": "yes",
         "safety": "no"}}],
       "answers": {"supervision": "\(answer)", "mother-asked-alone": "yes"},
       "supervisions": [\(supervisions)]}
      """)
  }

  /// The one imported last, of a supervision a week earlier, is not "the latest".
  @Test func theLatestSupervisionIsTheLastToTakePlaceNotTheLastAdded() throws {
    let record = try Self.record(
      supervisions: """
        {"date": "2026-12-02", "role": "Team manager", "menDiscussed": true},
        {"date": "2026-11-25", "role": "Safeguarding lead", "menDiscussed": false}
        """)
    #expect(record.supervisionsByDate.map(\.role) == ["Safeguarding lead", "Team manager"])
    #expect(record.supervisionAnswerDiffers == nil, "the latest, on 2 December, agrees")
    let reversed = try Self.record(
      supervisions: """
        {"date": "2026-11-25", "role": "Safeguarding lead", "menDiscussed": true},
        {"date": "2026-12-02", "role": "Team manager", "menDiscussed": false}
        """)
    #expect(
      reversed.supervisionAnswerDiffers
        == SupervisionAnswerDifference(practitioner: "yes", supervision: false))
    // The same day: the order they were added in.
    let sameDay = try Self.record(
      supervisions: """
        {"date": "2026-12-02", "role": "Team manager", "menDiscussed": false},
        {"date": "2026-12-02", "role": "Safeguarding lead", "menDiscussed": true}
        """)
    #expect(sameDay.supervisionAnswerDiffers == nil)
    let report = GapAnalysis.report(for: record, content: TestContent.bundled)
    #expect(report.supervisions.map(\.date.description) == ["2026-11-25", "2026-12-02"])
  }

  @Test func aSupervisionThatRecordsNothingIsNotCounted() throws {
    var supervision = SupervisionRecord(date: TestContent.today, role: "Team manager")
    #expect(supervision.recordsNothing)
    var counts = SupervisionCounts()
    counts.add([supervision], count: 1)
    #expect(counts.reviewsSupervised == 0)
    supervision.fearRaised = false
    #expect(!supervision.recordsNothing)
    counts.add([supervision], count: 1)
    #expect(counts.reviewsSupervised == 1)
    var withAction = SupervisionRecord(date: TestContent.today, role: "Team manager")
    withAction.actions = [1]
    #expect(!withAction.recordsNothing)
  }

  @Test func everyOtherSupportIsKept() throws {
    let first = SupervisionRecord.joiningOtherSupport(nil, "peer support")
    let both = SupervisionRecord.joiningOtherSupport(first, "time with the DA lead")
    #expect(both == "peer support; time with the DA lead")
    #expect(SupervisionRecord.joiningOtherSupport(both, "peer support") == both)
    let answers = try SupervisionAnswers.decode(
      Array(#"{"support": ["other: peer support", "co-working", "other: a mentor"]}"#.utf8),
      file: "a.json", record: try Self.record(supervisions: ""), content: TestContent.bundled)
    #expect(answers.otherSupport == "peer support; a mentor")
    #expect(answers.support == [.coWorking])
  }

  /// An answers file says whom the fear raised was about as `--fear-about` does, and only
  /// with "fearRaised": true.
  @Test func anAnswersFileSaysWhomTheFearWasAbout() throws {
    let record = try Self.record(supervisions: "")
    func decode(_ json: String) throws -> SupervisionAnswers {
      try SupervisionAnswers.decode(
        Array(json.utf8), file: "a.json", record: record, content: TestContent.bundled)
    }
    #expect(try decode(#"{"fearRaised": true, "fearAbout": ["1"]}"#).fearAbout == ["Father"])
    #expect(try decode(#"{"fearRaised": true, "fearAbout": ["father"]}"#).fearAbout == ["Father"])
    #expect(try decode(#"{"fearRaised": true, "fearAbout": ["none"]}"#).fearAbout == [])
    #expect(try decode(#"{"fearRaised": true}"#).fearAbout == nil)
    #expect(throws: DataError.self) { try decode(#"{"fearRaised": true, "fearAbout": ["3"]}"#) }
    #expect(throws: DataError.self) { try decode(#"{"fearAbout": ["1"]}"#) }
    #expect(throws: DataError.self) { try decode(#"{"fearRaised": false, "fearAbout": ["1"]}"#) }
  }

  /// A man labelled "all" or "none" is that man, not the word's meaning.
  @Test func aMansLabelWinsOverAWordWithAMeaningThere() throws {
    let record = try TestContent.record(
      """
      {"format": "seen-review/8", "id": "sup-rule-0002", "case": "RULE-2", "date": "2026-11-18",
       "men": [{"label": "Father", "answers": {}}, {"label": "all", "answers": {}},
               {"label": "none", "answers": {}}]}
      """)
    #expect(SupervisionSession.fearAbout("all", men: record.men) == ["all"])
    #expect(SupervisionSession.fearAbout("None", men: record.men) == ["none"])
    #expect(SupervisionSession.fearAbout("all,none", men: record.men) == ["all", "none"])
    #expect(SupervisionSession.fearAbout("1", men: record.men) == ["Father"])
    #expect(SupervisionSession.fearAbout("a", men: record.men) == ["Father", "all", "none"])
  }

  /// Of two copies of one review, the one a supervision was added to is the one that grew:
  /// it is listed by `--team`, whatever the file names, and counted by the summary.
  @Test func theCopyThatWasSupervisedIsTheOneListed() throws {
    let plain = try Self.record(supervisions: "")
    let supervised = try Self.record(
      supervisions: #"{"date": "2026-12-02", "role": "Team manager", "menDiscussed": true}"#)
    #expect(supervised.isCountedCopy(over: plain))
    #expect(!plain.isCountedCopy(over: supervised))
    for (first, second) in [(plain, supervised), (supervised, plain)] {
      let attention = TeamAttention(
        [(file: "a.json", record: first), (file: "b.json", record: second)],
        today: TestContent.today)
      #expect(attention.duplicates == 1)
      #expect(attention.reviewsWithDifferingCopies == 1)
      let text = attention.render(as: .text, width: 200)
      #expect(
        text.contains(
          "1 duplicate copy left out (copies of 1 review differ: the fuller is listed; compare them with seen compare)"
        ), "\(text)")
      #expect(
        attention.cases.allSatisfy { !$0.reasons.contains(.noSupervision) },
        "the supervised copy is the one listed")
    }
    let same = TeamAttention(
      [(file: "a.json", record: plain), (file: "b.json", record: plain)], today: TestContent.today)
    #expect(same.duplicates == 1 && same.reviewsWithDifferingCopies == 0)
    #expect(same.render(as: .text).contains("1 duplicate copy left out;"))
    let alone = TeamAttention([(file: "a.json", record: plain)], today: TestContent.today)
    #expect(alone.cases.first?.reasons.contains(.noSupervision) == true)
  }

  /// A file without "format" (a supervision's answers file) is no review to `--team`.
  @Test func aFileWithoutFormatIsNotASavedReview() throws {
    let answers = #"{"date": "2026-12-01", "role": "Team manager"}"#
    #expect(throws: DataError.self) {
      try ReviewRecord.decodeSaved(
        Array(answers.utf8), file: "a.json", content: TestContent.bundled)
    }
    do {
      _ = try ReviewRecord.decodeSaved(
        Array(answers.utf8), file: "a.json", content: TestContent.bundled)
    } catch {
      #expect(error.description.contains("not a saved review"), "\(error.description)")
    }
    let record = try ReviewRecord.decodeSaved(
      Array(#"{"format": "seen-review/7", "case": "X-1"}"#.utf8), file: "r.json",
      content: TestContent.bundled)
    #expect(record.caseReference == "X-1")
  }

  /// The line that counts the family's sensitive notes (domestic abuse, her disclosures) does
  /// not count a supervisor's comments: they have a line of their own.
  @Test func supervisionNotesAreCountedApart() throws {
    let content = TestContent.bundled
    let record = try Self.record(
      supervisions: """
        {"date": "2026-12-02", "role": "Team manager", "menDiscussed": true,
         "discussed": [{"for": "Father", "comment": "Why only by text?"}],
         "otherSupport": "peer support"}
        """)
    #expect(record.supervisionNoteCount == 2)
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    #expect(removed == 0)
    #expect(redacted.supervisions[0].discussed[0].comment == ReviewRecord.sensitiveNoteLeftOut)
    let lines = ReflectionSheet.privacyLines(
      leftOut: removed, included: 0, content: content, supervisionNotes: 2)
    #expect(!lines.contains { $0.contains("domestic abuse") })
    #expect(lines.contains { $0.hasPrefix("2 supervision notes (the supervisor's comments") })
    let report = GapAnalysis.report(for: record, content: content)
    #expect(report.sensitiveNotesLeftOut == 0)
    #expect(report.supervisionNotes == 2 && !report.supervisionNotesIncluded)
  }

  /// An action in the practitioner's own words where contact is planned for safety is marked
  /// as the guided review marks it; an item's step, or a case without a safety question
  /// open, is not.
  @Test func ownWordsWhereContactIsPlannedForSafetyAreFound() throws {
    let content = TestContent.bundled
    let safe = try Self.record(supervisions: "")
    let refuge = try TestContent.example("safety-refuge")
    let own = try ActionAssignment.parse(
      "Meet him at the office|1|Social worker|in 2 weeks", record: refuge, content: content,
      today: TestContent.today)
    #expect(ActionAssignment.isOwnWordsForSafety(own, record: refuge, content: content))
    let step = try ActionAssignment.parse(
      "contacted|1|Social worker|in 2 weeks", record: refuge, content: content,
      today: TestContent.today)
    #expect(!ActionAssignment.isOwnWordsForSafety(step, record: refuge, content: content))
    let plain = try ActionAssignment.parse(
      "Meet him at the office|Father|Social worker|in 2 weeks", record: safe, content: content,
      today: TestContent.today)
    #expect(!ActionAssignment.isOwnWordsForSafety(plain, record: safe, content: content))
  }

  /// Fear raised in the latest supervision with no support is listed (17.5); contact is said
  /// as planned for safety only where an answer planned it, and otherwise as still to plan.
  @Test func theTeamListSaysFearWithoutSupportAndWhatContactMeans() throws {
    let record = try Self.record(
      supervisions:
        #"{"date": "2026-12-02", "role": "Team manager", "menDiscussed": true, "fearRaised": true}"#
    )
    let reasons = TeamAttention.reasons(record, today: TestContent.today)
    #expect(reasons.contains(.fearRaisedNoSupport))
    #expect(
      TeamAttention.Reason.fearRaisedNoSupport.words
        == "fear raised in supervision, no support recorded")
    var supported = record
    supported.supervisions[0].support = [.coWorking]
    #expect(
      !TeamAttention.reasons(supported, today: TestContent.today).contains(.fearRaisedNoSupport))
    let refuge = try TestContent.example("safety-refuge")
    let words = TeamAttention.reasons(refuge, today: TestContent.today).map(\.words)
    #expect(
      words.allSatisfy { !$0.hasSuffix(": contact planned for safety") }
        || refuge.men.contains { Visibility.of($0) == .contactPlannedForSafety })
    let unknown = TeamAttention.Reason.contactToPlanForSafety("Father").words
    #expect(
      unknown
        == "Father: contact to plan for safety (a safety concern recorded, or not yet known whether there is one)"
    )
  }
}
