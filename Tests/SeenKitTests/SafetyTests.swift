import Testing

@testable import SeenKit

/// Safe advice: where abuse, a protective order, a threat or fear is recorded, the advice takes
/// its planned-for-safety form, the man is not "unseen" but "contact planned for safety", and
/// nothing reads as clearance while a risk is known present.
@Suite struct SafetyTests {
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

  @Test func everyNamedItemHasACitedSafeForm() throws {
    for id in Self.itemsNeedingSafeForms {
      let item = try #require(content.item(id), Comment(rawValue: id))
      #expect(item.needsSafeForm, "\(id) should be marked needsSafeForm")
      let safe = try #require(item.safeNext, "\(id) has no safeNext")
      #expect(!safe.sources.isEmpty || safe.guidance != nil, "\(id)'s safe form cites nothing")
      #expect(safe.advice != item.next, Comment(rawValue: id))
    }
  }

  @Test func everyItemMarkedPossiblyUnsafeHasASafeForm() {
    for item in content.checklist where item.needsSafeForm {
      #expect(item.safeNext != nil, Comment(rawValue: item.id))
    }
  }

  @Test func safeFormsAvoidTheWordsToAvoid() {
    let texts =
      content.checklist.compactMap(\.safeNext?.advice) + content.safety.points.map(\.advice)
      + [content.safety.plannedForSafety.advice, content.safety.fearNow.advice]
    for text in texts {
      for phrase in Self.unsafePhrases {
        #expect(!text.lowercased().contains(phrase), "\"\(phrase)\" in: \(text)")
      }
    }
  }

  @Test func domesticAbuseAndViolenceRefuseNotApplicable() throws {
    for id in ["domestic-abuse", "violence-control"] {
      let item = try #require(content.item(id))
      #expect(!item.allowedAnswers.contains(.na), Comment(rawValue: id))
      let error = TestContent.decodingError(
        #"{"format": "seen-review/2", "men": [{"label": "Father", "answers": {"\#(id)": "na"}}]}"#)
      // Issue 17 round 3: a safety item's answer is never quoted back.
      let valid = item.allowedAnswers.map(\.rawValue).joined(separator: ", ")
      #expect(
        error?.problem
          == .other(
            "an answer that is not one of \(valid) (not repeated here, as it may be sensitive); use one of them."
          ))
    }
  }

  @Test func anOldRecordsNotApplicableDomesticAbuseReadsAsNotYetChecked() throws {
    let record = try TestContent.record(
      #"{"format": "seen-review/1", "men": [{"label": "Father", "answers": {"domestic-abuse": {"answer": "na", "note": "mother says no DA"}}}]}"#
    )
    #expect(record.men[0].answers["domestic-abuse"] == Answer(.unknown, note: "mother says no DA"))
  }

  @Test func aNewerRecordIsRefusedNamingItsVersion() {
    let error = TestContent.decodingError(#"{"format": "seen-review/9"}"#)
    #expect(error?.problem == .newerFormat("seen-review/9", newest: "seen-review/8"))
  }

  @Test func notApplicableReasonsRoundTrip() throws {
    let record = try TestContent.record(
      #"{"men": [{"label": "Father", "answers": {"contacted": {"answer": "na", "reason": "safety", "note": "order"}}}]}"#
    )
    #expect(record.men[0].answers["contacted"] == Answer(.na, note: "order", reason: .safety))
    #expect(record.encoded().contains(#""reason": "safety""#))
    #expect(
      try ReviewRecord.decode(Array(record.encoded().utf8), file: nil, content: content) == record)
    #expect(
      TestContent.decodingError(
        #"{"men": [{"label": "F", "answers": {"contacted": {"answer": "no", "reason": "safety"}}}]}"#
      ) != nil)
  }

  @Test func aNewerRecordWithNewKeysIsStillRefusedAsNewer() {
    let error = TestContent.decodingError(#"{"format": "seen-review/9", "newField": 1}"#)
    #expect(error?.problem == .newerFormat("seen-review/9", newest: "seen-review/8"))
    #expect(
      TestContent.decodingError(#"{"format": "seen-review/02"}"#)?.problem
        == .unsupportedFormat("seen-review/02", expected: "seen-review/8"))
  }

  @Test func theReasonLettersWorkOnOneLineAndOnTheCommandLine() throws {
    #expect(Answer.notApplicable(typed: "s: order") == Answer(.na, note: "order", reason: .safety))
    #expect(Answer.notApplicable(typed: "d") == Answer(.na, reason: .deceased))
    var record = ReviewRecord()
    try record.apply(SetAssignment(parsing: "father.contacted=na:s:order"), content: content)
    #expect(record.men[0].answers["contacted"] == Answer(.na, note: "order", reason: .safety))
  }

  @Test func setErrorsNeverEchoTheNote() {
    for text in ["father.domestic-abuse:she said he hit her", "father.contacted=:she said"] {
      do {
        _ = try SetAssignment(parsing: text)
        Issue.record("accepted \(text)")
      } catch {
        #expect(!error.description.contains("she said"), Comment(rawValue: error.description))
      }
    }
    var record = ReviewRecord()
    #expect(throws: (any Error).self) {
      try record.apply(SetAssignment(parsing: "father.relationship=partner:NOTE"), content: content)
    }
  }

  @Test func typedNotApplicableReasons() {
    #expect(
      Answer.notApplicable(typed: "safety: order") == Answer(.na, note: "order", reason: .safety))
    #expect(Answer.notApplicable(typed: "Moved away") == Answer(.na, reason: .movedAway))
    #expect(
      Answer.notApplicable(typed: "he is in prison")
        == Answer(.na, note: "he is in prison", reason: .other))
    #expect(!Answer.notApplicable(typed: nil).hasReason)
    #expect(!Answer.notApplicable(typed: "other").hasReason)
  }

  // MARK: The refuge case

  @Test func refugeCaseIsContactPlannedForSafetyWithSafeAdviceOnly() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-refuge"), content: content)
    let father = report.men[0]
    #expect(father.visibility == .contactPlannedForSafety)
    #expect(!father.visibility.isEngaged)
    #expect(
      father.safetyReasons == [.concernRecorded, .violenceOrControl, .notApplicableForSafety])
    #expect(report.hasRecordedSafetyCondition)
    #expect(report.safetyConditionHolds)
    #expect(!(report.inPlace.contains { $0.item.id == "contacted" }), "contact is never in place")
    let contact = try #require(report.gaps.first { $0.item.id == "contacted" })
    #expect(contact.kind == .plannedForSafety)
    for gap in report.gaps {
      if gap.item.safeNext != nil { #expect(gap.isSafeForm, Comment(rawValue: gap.item.id)) }
      for phrase in Self.unsafePhrases {
        #expect(!gap.advice.advice.lowercased().contains(phrase), "\(gap.item.id): \(phrase)")
      }
    }
  }

  @Test func reportOpensWithTheConcernAndSafetyWhenAConditionHolds() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-refuge"), content: content)
    let text = GapReportRenderer(content: content).render(report, as: .text)
    let concern = try #require(text.range(of: "If you have a concern"))
    let safety = try #require(text.range(of: "Safety first"))
    let men = try #require(text.range(of: "Do this first"))
    #expect(concern.lowerBound < safety.lowerBound && safety.lowerBound < men.lowerBound)
    let immediate = try #require(text.range(of: "Immediate danger"))
    #expect(immediate.lowerBound < safety.lowerBound, "immediate danger comes first")
    #expect(!text.contains("unseen ("), "he is not unseen but contact planned for safety")
  }

  // MARK: No false clearance

  @Test func allYesWithARiskPresentIsNeverPlainClearance() throws {
    let report = GapAnalysis.report(
      for: try TestContent.example("safety-all-yes"), content: content)
    #expect(report.gaps.count == 0)
    #expect(report.men[0].visibility == .seen)
    let violence = try #require(content.riskFactor("violence-control")).title
    for format in [OutputFormat.text, .markdown, .html] {
      let text = GapReportRenderer(content: content).render(report, as: format)
      #expect(!text.contains("No gaps: every item"), Comment(rawValue: format.rawValue))
      #expect(text.contains("not clearance"), Comment(rawValue: format.rawValue))
      #expect(text.contains("Known present: \(violence)"), Comment(rawValue: format.rawValue))
    }
    let sheet = SheetRenderer().renderText(
      .filled(record: try TestContent.example("safety-all-yes"), content: content), as: .text)
    #expect(!sheet.contains("No gaps: every item"))
    #expect(sheet.contains("Known present: \(violence)"), Comment(rawValue: sheet))
  }

  @Test func noSafetyConditionKeepsTheOrdinaryAdvice() throws {
    let report = GapAnalysis.report(for: try TestContent.example("few-gaps"), content: content)
    #expect(!report.safetyConditionHolds)
    for gap in report.gaps {
      #expect(!gap.isSafeForm, Comment(rawValue: gap.item.id))
      #expect(gap.advice.advice == gap.item.next, Comment(rawValue: gap.item.id))
    }
  }

  @Test func fearMakesSupervisionUrgentAndAdviceSafe() throws {
    var record = try TestContent.example("few-gaps")
    record.answers["practitioner-fear"] = Answer(.yes)
    record.answers["supervision"] = Answer(.no)
    let report = GapAnalysis.report(for: record, content: content)
    #expect(report.caseSafetyReasons == [.practitionerFear])
    let supervision = try #require(report.gaps.first { $0.item.id == "supervision" })
    #expect(supervision.isSafeForm)
    #expect(!supervision.advice.advice.lowercased().contains("next supervision"))
    let text = GapReportRenderer(content: content).render(report, as: .text)
    #expect(text.contains(content.safety.fearNow.briefAdvice.prefix(30)))
    let full = GapReportRenderer(content: content, detail: .full).render(report, as: .text)
    #expect(full.contains(content.safety.fearNow.advice.prefix(30)))
  }

  @Test func safetyIsDecidedByFieldsNeverByWordsInANote() throws {
    var record = try TestContent.example("few-gaps")
    record.men[0].answers["contacted"] = Answer(
      .na, note: "Non-molestation order; mother in refuge", reason: .other)
    let report = GapAnalysis.report(for: record, content: content)
    #expect(!report.men[0].safetyConditionHolds)
  }

  // MARK: Sensitive notes

  @Test func sensitiveNotesAreLeftOutByOneRule() throws {
    // Without a recorded safety condition: the notes of sensitive items only.
    var ordinary = try TestContent.example("few-gaps")
    ordinary.men[0].answers["domestic-abuse"] = Answer(.yes, note: "asked her alone at 6 weeks")
    let (plain, count) = ordinary.withoutSensitiveNotes(content: content)
    #expect(count == 1)
    #expect(plain.men[0].answers["domestic-abuse"]?.note == ReviewRecord.sensitiveNoteLeftOut)
    #expect(plain.men[0].answers["pressures"] == ordinary.men[0].answers["pressures"])
    #expect(plain.reflections == ordinary.reflections)

    // With one recorded: every note and reflection, since any may say where she is.
    let record = try TestContent.example("safety-refuge")
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    let notes =
      record.men.flatMap(\.answers.values).filter { $0.note != nil }.count
      + record.answers.values.filter { $0.note != nil }.count + record.reflections.count
    #expect(removed == notes)
    for answer in Array(redacted.men[0].answers.values) + Array(redacted.answers.values)
    where answer.note != nil {
      #expect(answer.note == ReviewRecord.sensitiveNoteLeftOut)
    }
    #expect(redacted.reflections.values.allSatisfy { $0 == ReviewRecord.sensitiveNoteLeftOut })
    #expect(redacted.men[0].answers["contacted"]?.reason == .safety, "answers are kept")
    let report = GapAnalysis.report(for: record, content: content)
    #expect(report.sensitiveNotesLeftOut == notes)
    let full = GapAnalysis.report(for: record, content: content, includeSensitive: true)
    #expect(full.sensitiveNotesLeftOut == 0)
    #expect(full.sensitiveNotesIncluded == notes)
  }

  @Test func anUnansweredSafetyQuestionGivesTheSafeForms() throws {
    let report = GapAnalysis.report(for: try TestContent.example("unseen-father"), content: content)
    #expect(report.men[0].safetyReasons.first == .notYetKnown)
    #expect(!report.hasRecordedSafetyCondition)
    let contact = try #require(report.gaps.first { $0.item.id == "contacted" })
    #expect(contact.isSafeForm, "no letter or appointment before anyone has looked")
    var record = try TestContent.example("unseen-father")
    // "No" is not yet a finding while the mother has not been asked alone.
    record.men[0].answers["safety"] = Answer(.no)
    let unasked = GapAnalysis.report(for: record, content: content)
    #expect(unasked.men[0].safetyReasons == [.motherNotYetAskedAlone])
    #expect(try #require(unasked.gaps.first { $0.item.id == "contacted" }).isSafeForm)
    record.answers["mother-asked-alone"] = Answer(.yes)
    let checked = GapAnalysis.report(for: record, content: content)
    #expect(!checked.men[0].safetyConditionHolds)
  }
}

extension SafetyTests {
  /// What he brings is kept like a note: left out, and counted, where every note is.
  @Test func whatHeBringsIsLeftOutWhereASafetyConditionIsRecorded() throws {
    var ordinary = try TestContent.example("few-gaps")
    ordinary.men[0].strengths = "Gives the night feeds"
    let (plain, count) = ordinary.withoutSensitiveNotes(content: content)
    #expect(plain.men[0].strengths == "Gives the night feeds")
    #expect(count == 0)

    var record = try TestContent.example("safety-refuge")
    let (_, before) = record.withoutSensitiveNotes(content: content)
    record.men[0].strengths = "Visits at the family centre on Tuesdays"
    let (redacted, removed) = record.withoutSensitiveNotes(content: content)
    #expect(redacted.men[0].strengths == ReviewRecord.sensitiveNoteLeftOut)
    #expect(removed == before + 1)
    #expect(GapAnalysis.report(for: record, content: content).sensitiveNotesLeftOut == removed)
  }
}
