/// The one rule for sensitive notes, used by every output: notes on items the content marks
/// sensitive (her disclosures, domestic abuse findings) and the note of any "not applicable"
/// for safety are left out unless the user asks for them; where a safety condition is
/// recorded, every note and reflection is, and what each man brings to the baby's care.
extension ReviewRecord {
  /// What stands where a sensitive note was, so the reader knows there is one.
  static let sensitiveNoteLeftOut = "[sensitive note left out]"

  /// The record with its sensitive notes replaced by `sensitiveNoteLeftOut`, and how many were
  /// replaced. Answers and reasons are kept: only the words are left out.
  ///
  /// - Parameter asIfSafety: treat the record as one with a safety condition recorded, as when
  ///   it is shown beside a later review of the case that records one (`seen compare`).
  func withoutSensitiveNotes(content: Content, asIfSafety: Bool = false)
    -> (record: ReviewRecord, removed: Int)
  {
    var copy = self
    var removed = 0
    // Where abuse, a threat or fear is recorded, any note may say where she is or what she said.
    let everything = asIfSafety || hasRecordedSafetyCondition
    func redact(_ answers: inout [String: Answer]) {
      for (id, answer) in answers where answer.note != nil {
        let sensitive =
          everything || content.item(id)?.isSensitive == true
          || (answer.value == .na && answer.reason == .safety)
        if sensitive {
          answers[id]?.note = Self.sensitiveNoteLeftOut
          removed += 1
        }
      }
    }
    for index in copy.men.indices {
      redact(&copy.men[index].answers)
      // What he brings (his visits, the feeds he gives) can say where the baby is.
      if everything && copy.men[index].strengths != nil {
        copy.men[index].strengths = Self.sensitiveNoteLeftOut
        removed += 1
      }
    }
    redact(&copy.answers)
    for index in copy.actions.indices {
      removed += copy.actions[index].redact(everything: everything, content: content)
    }
    // What a supervisor said is always a sensitive note (`seen supervise`), counted apart
    // (`supervisionNoteCount`): the line that counts these names domestic abuse and the mother's
    // disclosures, which a supervisor's comment is not.
    for index in copy.supervisions.indices {
      copy.supervisions[index].redact()
    }
    if everything {
      for key in copy.reflections.keys {
        copy.reflections[key] = Self.sensitiveNoteLeftOut
        removed += 1
      }
    }
    return (copy, removed)
  }

  /// How many supervision notes the record holds (each comment, each supervision's words of
  /// other support): left out with the sensitive notes, and counted apart from them.
  var supervisionNoteCount: Int {
    supervisions.reduce(0) {
      $0 + $1.discussed.filter { $0.comment != nil }.count + ($1.otherSupport == nil ? 0 : 1)
    }
  }

  /// Whether a safety condition is recorded for the case or any man (not merely unanswered).
  var hasRecordedSafetyCondition: Bool {
    SafetyReason.caseReasons(in: self).contains { $0.isRecorded }
      || men.contains { man in SafetyReason.reasons(for: man, in: self).contains { $0.isRecorded } }
  }
}

extension AgreedAction {
  /// The sensitive-field rule for an action: what was done and why it was dropped are notes,
  /// left out where a safety condition is recorded or the action came from a sensitive item; so
  /// is what is to be done, once the practitioner has put it in their own words (the content's
  /// next step it was prefilled with, or its safe form, says nothing of the family). Returns how many were left
  /// out.
  mutating func redact(everything: Bool, content: Content) -> Int {
    let sensitiveItem = item.flatMap { content.item($0) }?.isSensitive == true
    guard everything || sensitiveItem || sensitive else { return 0 }
    var removed = 0
    // The content's own words, in either form (the safe form is what the guided review offers
    // where a safety condition holds), say nothing of the family.
    let source = item.flatMap { content.item($0) }
    let contentWords = [source?.next, source?.next(safetyConditionHolds: true).advice]
    if !contentWords.contains(what) {
      what = Self.wordsLeftOut(about: source)
      removed += 1
    }
    switch state {
    case .open: break
    case .done(let day, let note):
      if note != nil {
        state = .done(on: day, note: ReviewRecord.sensitiveNoteLeftOut)
        removed += 1
      }
    case .dropped:
      state = .dropped(reason: ReviewRecord.sensitiveNoteLeftOut)
      removed += 1
    }
    return removed
  }
}

extension AgreedAction {
  /// What stands for an action's words once left out: never an action with no content, but the
  /// item it is about, where its step is: "[sensitive: words left out] Safety concern: see its
  /// safe step; the full words with --include-sensitive".
  static func wordsLeftOut(about item: ChecklistItem?) -> String {
    let about =
      item.map {
        " \($0.title): see its \($0.safeNext == nil ? "next" : "safe") step in the report;"
      }
      ?? ";"
    return "\(wordsLeftOutMarker)\(about) the full words with --include-sensitive"
  }

  static let wordsLeftOutMarker = "[sensitive: words left out]"
}

extension SupervisionRecord {
  /// Every comment and the words of other support are sensitive notes, whatever the record
  /// records. Returns how many were left out.
  @discardableResult
  mutating func redact() -> Int {
    var removed = 0
    for index in discussed.indices where discussed[index].comment != nil {
      discussed[index].comment = ReviewRecord.sensitiveNoteLeftOut
      removed += 1
    }
    if otherSupport != nil {
      otherSupport = ReviewRecord.sensitiveNoteLeftOut
      removed += 1
    }
    return removed
  }
}
