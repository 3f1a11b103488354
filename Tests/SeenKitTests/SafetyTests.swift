import XCTest

@testable import SeenKit

/// Safe advice: where abuse, a protective order, a threat or fear is recorded, the advice takes
/// its planned-for-safety form, the man is not "unseen" but "contact planned for safety", and
/// nothing reads as clearance while a risk is known present.
final class SafetyTests: XCTestCase {
  let content = TestContent.bundled

  /// The items the safe-advice issue names as unsafe in their ordinary form.
  static let itemsNeedingSafeForms = [
    "identified", "contacted", "views", "history", "substance-use", "mental-health",
    "domestic-abuse", "frustration", "pressures", "crying-coping", "plan", "violence-control",
    "external-pressures", "all-men-identified", "health-information", "supervision",
  ]

  /// Words that must never reach advice given where a safety condition holds
  /// (shared/practice-safety.md, "Words to avoid").
  static let unsafePhrases = [
    "share it with him", "share the plan with him", "a time he can attend", "letter to the home",
    "ask him about the relationship", "at your next supervision", "to share and seek",
    "a contact he can attend", "yourself, at a contact",
  ]

  func testEveryNamedItemHasACitedSafeForm() throws {
    for id in Self.itemsNeedingSafeForms {
      let item = try XCTUnwrap(content.item(id), id)
      XCTAssert(item.needsSafeForm, "\(id) should be marked needsSafeForm")
      let safe = try XCTUnwrap(item.safeNext, "\(id) has no safeNext")
      XCTAssert(!safe.sources.isEmpty || safe.guidance != nil, "\(id)'s safe form cites nothing")
      XCTAssertNotEqual(safe.advice, item.next, id)
    }
  }

  func testEveryItemMarkedPossiblyUnsafeHasASafeForm() {
    for item in content.checklist where item.needsSafeForm {
      XCTAssertNotNil(item.safeNext, item.id)
    }
  }

  func testSafeFormsAvoidTheWordsToAvoid() {
    let texts =
      content.checklist.compactMap(\.safeNext?.advice) + content.safety.points.map(\.advice)
      + [content.safety.plannedForSafety.advice, content.safety.fearNow.advice]
    for text in texts {
      for phrase in Self.unsafePhrases {
        XCTAssertFalse(text.lowercased().contains(phrase), "\"\(phrase)\" in: \(text)")
      }
    }
  }

  func testDomesticAbuseAndViolenceRefuseNotApplicable() throws {
    for id in ["domestic-abuse", "violence-control"] {
      let item = try XCTUnwrap(content.item(id))
      XCTAssertFalse(item.allowedAnswers.contains(.na), id)
      let error = TestContent.decodingError(
        #"{"format": "seen-review/2", "men": [{"label": "Father", "answers": {"\#(id)": "na"}}]}"#)
      XCTAssertEqual(
        error?.problem, .invalidValue("na", valid: item.allowedAnswers.map(\.rawValue)))
    }
  }

  func testAnOldRecordsNotApplicableDomesticAbuseReadsAsNotYetChecked() throws {
    let record = try TestContent.record(
      #"{"format": "seen-review/1", "men": [{"label": "Father", "answers": {"domestic-abuse": {"answer": "na", "note": "mother says no DA"}}}]}"#
    )
    XCTAssertEqual(
      record.men[0].answers["domestic-abuse"], Answer(.unknown, note: "mother says no DA"))
  }

  func testANewerRecordIsRefusedNamingItsVersion() {
    let error = TestContent.decodingError(#"{"format": "seen-review/4"}"#)
    XCTAssertEqual(error?.problem, .newerFormat("seen-review/4", newest: "seen-review/3"))
  }

  func testNotApplicableReasonsRoundTrip() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "answers": {"contacted": {"answer": "na", "reason": "safety", "note": "order"}}}]}"#
    )
    XCTAssertEqual(record.men[0].answers["contacted"], Answer(.na, note: "order", reason: .safety))
    XCTAssert(record.encoded().contains(#""reason": "safety""#))
    XCTAssertEqual(
      try ReviewRecord.decode(Array(record.encoded().utf8), file: nil, content: content), record)
    XCTAssertNotNil(
      TestContent.decodingError(
        #"{"men": [{"label": "F", "answers": {"contacted": {"answer": "no", "reason": "safety"}}}]}"#
      ))
  }

  func testANewerRecordWithNewKeysIsStillRefusedAsNewer() {
    let error = TestContent.decodingError(#"{"format": "seen-review/4", "newField": 1}"#)
    XCTAssertEqual(error?.problem, .newerFormat("seen-review/4", newest: "seen-review/3"))
    XCTAssertEqual(
      TestContent.decodingError(#"{"format": "seen-review/02"}"#)?.problem,
      .unsupportedFormat("seen-review/02", expected: "seen-review/3"))
  }

  func testTheReasonLettersWorkOnOneLineAndOnTheCommandLine() throws {
    XCTAssertEqual(
      Answer.notApplicable(typed: "s: order"), Answer(.na, note: "order", reason: .safety))
    XCTAssertEqual(Answer.notApplicable(typed: "d"), Answer(.na, reason: .deceased))
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "father.contacted=na:s:order"), content: content)
    XCTAssertEqual(record.men[0].answers["contacted"], Answer(.na, note: "order", reason: .safety))
  }

  func testSetErrorsNeverEchoTheNote() {
    for text in ["father.domestic-abuse:she said he hit her", "father.contacted=:she said"] {
      do {
        _ = try SetAssignment(parsing: text)
        XCTFail("accepted \(text)")
      } catch {
        XCTAssertFalse(error.description.contains("she said"), error.description)
      }
    }
    var record = ReviewRecord()
    XCTAssertThrowsError(
      try record.apply(SetAssignment(parsing: "father.relationship=partner:NOTE"), content: content)
    )
  }

  func testTypedNotApplicableReasons() {
    XCTAssertEqual(
      Answer.notApplicable(typed: "safety: order"), Answer(.na, note: "order", reason: .safety))
    XCTAssertEqual(Answer.notApplicable(typed: "Moved away"), Answer(.na, reason: .movedAway))
    XCTAssertEqual(
      Answer.notApplicable(typed: "he is in prison"),
      Answer(.na, note: "he is in prison", reason: .other))
    XCTAssertFalse(Answer.notApplicable(typed: nil).hasReason)
    XCTAssertFalse(Answer.notApplicable(typed: "other").hasReason)
  }

  // MARK: The refuge case

  func testRefugeCaseIsContactPlannedForSafetyWithSafeAdviceOnly() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-refuge"), content: content)
    let father = report.men[0]
    XCTAssertEqual(father.visibility, .contactPlannedForSafety)
    XCTAssertFalse(father.visibility.isEngaged)
    XCTAssertEqual(
      father.safetyReasons, [.concernRecorded, .violenceOrControl, .notApplicableForSafety])
    XCTAssert(report.hasRecordedSafetyCondition)
    XCTAssert(report.safetyConditionHolds)
    XCTAssertFalse(
      report.inPlace.contains { $0.item.id == "contacted" }, "contact is never in place")
    let contact = try XCTUnwrap(report.gaps.first { $0.item.id == "contacted" })
    XCTAssertEqual(contact.kind, .plannedForSafety)
    for gap in report.gaps {
      if gap.item.safeNext != nil { XCTAssert(gap.isSafeForm, gap.item.id) }
      for phrase in Self.unsafePhrases {
        XCTAssertFalse(gap.advice.advice.lowercased().contains(phrase), "\(gap.item.id): \(phrase)")
      }
    }
  }

  func testReportOpensWithTheConcernAndSafetyWhenAConditionHolds() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-refuge"), content: content)
    let text = GapReportRenderer(content: content).render(report, as: .text)
    let concern = try XCTUnwrap(text.range(of: "If you have a concern"))
    let safety = try XCTUnwrap(text.range(of: "Safety first"))
    let men = try XCTUnwrap(text.range(of: "Do this first"))
    XCTAssert(concern.lowerBound < safety.lowerBound && safety.lowerBound < men.lowerBound)
    let immediate = try XCTUnwrap(text.range(of: "Immediate danger"))
    XCTAssert(immediate.lowerBound < safety.lowerBound, "immediate danger comes first")
    XCTAssertFalse(text.contains("unseen ("), "he is not unseen but contact planned for safety")
  }

  // MARK: No false clearance

  func testAllYesWithARiskPresentIsNeverPlainClearance() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-all-yes"), content: content)
    XCTAssertEqual(report.gaps.count, 0)
    XCTAssertEqual(report.men[0].visibility, .seen)
    let violence = try XCTUnwrap(content.riskFactor("violence-control")).title
    for format in [OutputFormat.text, .markdown, .html] {
      let text = GapReportRenderer(content: content).render(report, as: format)
      XCTAssertFalse(text.contains("No gaps: every item"), format.rawValue)
      XCTAssert(text.contains("not clearance"), format.rawValue)
      XCTAssert(text.contains("Known present: \(violence)"), format.rawValue)
    }
    let sheet = SheetRenderer().renderText(
      .filled(record: try TestContent.example("safety-all-yes"), content: content), as: .text)
    XCTAssertFalse(sheet.contains("No gaps: every item"))
    XCTAssert(sheet.contains("Known present: \(violence)"), sheet)
  }

  func testNoSafetyConditionKeepsTheOrdinaryAdvice() throws {
    let report = GapAnalysis.report(for: try TestContent.example("few-gaps"), content: content)
    XCTAssertFalse(report.safetyConditionHolds)
    for gap in report.gaps {
      XCTAssertFalse(gap.isSafeForm, gap.item.id)
      XCTAssertEqual(gap.advice.advice, gap.item.next, gap.item.id)
    }
  }

  func testFearMakesSupervisionUrgentAndAdviceSafe() throws {
    var record = try TestContent.example("few-gaps")
    record.answers["practitioner-fear"] = Answer(.yes)
    record.answers["supervision"] = Answer(.no)
    let report = GapAnalysis.report(for: record, content: content)
    XCTAssertEqual(report.caseSafetyReasons, [.practitionerFear])
    let supervision = try XCTUnwrap(report.gaps.first { $0.item.id == "supervision" })
    XCTAssert(supervision.isSafeForm)
    XCTAssertFalse(supervision.advice.advice.lowercased().contains("next supervision"))
    let text = GapReportRenderer(content: content).render(report, as: .text)
    XCTAssert(text.contains(content.safety.fearNow.briefAdvice.prefix(30)))
    let full = GapReportRenderer(content: content, detail: .full).render(report, as: .text)
    XCTAssert(full.contains(content.safety.fearNow.advice.prefix(30)))
  }

  func testSafetyIsDecidedByFieldsNeverByWordsInANote() throws {
    var record = try TestContent.example("few-gaps")
    record.men[0].answers["contacted"] = Answer(
      .na, note: "Non-molestation order; mother in refuge", reason: .other)
    let report = GapAnalysis.report(for: record, content: content)
    XCTAssertFalse(report.men[0].safetyConditionHolds)
  }

  // MARK: Sensitive notes

  func testSensitiveNotesAreLeftOutByOneRule() throws {
    // Without a recorded safety condition: the notes of sensitive items only.
    var ordinary = try TestContent.example("few-gaps")
    ordinary.men[0].answers["domestic-abuse"] = Answer(.yes, note: "asked her alone at 6 weeks")
    let (plain, count) = ordinary.withoutSensitiveNotes(content: content)
    XCTAssertEqual(count, 1)
    XCTAssertEqual(plain.men[0].answers["domestic-abuse"]?.note, ReviewRecord.sensitiveNoteLeftOut)
    XCTAssertEqual(plain.men[0].answers["pressures"], ordinary.men[0].answers["pressures"])
    XCTAssertEqual(plain.reflections, ordinary.reflections)

    // With one recorded: every note and reflection, since any may say where she is.
    let record = try TestContent.example("safety-refuge")
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    let notes =
      record.men.flatMap(\.answers.values).filter { $0.note != nil }.count
      + record.answers.values.filter { $0.note != nil }.count + record.reflections.count
    XCTAssertEqual(removed, notes)
    for answer in Array(redacted.men[0].answers.values) + Array(redacted.answers.values)
    where answer.note != nil {
      XCTAssertEqual(answer.note, ReviewRecord.sensitiveNoteLeftOut)
    }
    XCTAssert(redacted.reflections.values.allSatisfy { $0 == ReviewRecord.sensitiveNoteLeftOut })
    XCTAssertEqual(redacted.men[0].answers["contacted"]?.reason, .safety, "answers are kept")
    let report = GapAnalysis.report(for: record, content: content)
    XCTAssertEqual(report.sensitiveNotesLeftOut, notes)
    let full = GapAnalysis.report(for: record, content: content, includeSensitive: true)
    XCTAssertEqual(full.sensitiveNotesLeftOut, 0)
    XCTAssertEqual(full.sensitiveNotesIncluded, notes)
  }

  func testAnUnansweredSafetyQuestionGivesTheSafeForms() throws {
    let report = GapAnalysis.report(for: try TestContent.example("unseen-father"), content: content)
    XCTAssertEqual(report.men[0].safetyReasons.first, .notYetKnown)
    XCTAssertFalse(report.hasRecordedSafetyCondition)
    let contact = try XCTUnwrap(report.gaps.first { $0.item.id == "contacted" })
    XCTAssert(contact.isSafeForm, "no letter or appointment before anyone has looked")
    var record = try TestContent.example("unseen-father")
    // "No" is not yet a finding while the mother has not been asked alone.
    record.men[0].answers["safety"] = Answer(.no)
    let unasked = GapAnalysis.report(for: record, content: content)
    XCTAssertEqual(unasked.men[0].safetyReasons, [.motherNotYetAskedAlone])
    XCTAssert(try XCTUnwrap(unasked.gaps.first { $0.item.id == "contacted" }).isSafeForm)
    record.answers["mother-asked-alone"] = Answer(.yes)
    let checked = GapAnalysis.report(for: record, content: content)
    XCTAssertFalse(checked.men[0].safetyConditionHolds)
  }
}

extension SafetyTests {
  /// What he brings is kept like a note: left out, and counted, where every note is.
  func testWhatHeBringsIsLeftOutWhereASafetyConditionIsRecorded() throws {
    var ordinary = try TestContent.example("few-gaps")
    ordinary.men[0].strengths = "Gives the night feeds"
    let (plain, count) = ordinary.withoutSensitiveNotes(content: content)
    XCTAssertEqual(plain.men[0].strengths, "Gives the night feeds")
    XCTAssertEqual(count, 0)

    var record = try TestContent.example("safety-refuge")
    let (_, before) = record.withoutSensitiveNotes(content: content)
    record.men[0].strengths = "Visits at the family centre on Tuesdays"
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    XCTAssertEqual(redacted.men[0].strengths, ReviewRecord.sensitiveNoteLeftOut)
    XCTAssertEqual(removed, before + 1)
    XCTAssertEqual(GapAnalysis.report(for: record, content: content).sensitiveNotesLeftOut, removed)
  }
}
