/// Why contact and advice about a man must be planned for safety. Each is a field the
/// practitioner chose, never a word found in a note, so the advice cannot change by accident.
enum SafetyReason: String, Equatable, Hashable, Sendable, CaseIterable {
  /// "Is there known or suspected domestic abuse, a protective order or a threat…?" yes.
  case concernRecorded = "safety-concern"
  /// Violence or control, including domestic abuse, known present.
  case violenceOrControl = "violence-or-control"
  /// An item answered "not applicable" because contact must be planned for safety.
  case notApplicableForSafety = "not-applicable-for-safety"
  /// The practitioner recorded fear or anxiety about working with the men in this case.
  case practitionerFear = "practitioner-fear"
  /// The safety question is not answered, or not known: until it is, contact is planned as if
  /// it must be, because "no concern known" is also true when nobody has looked.
  case notYetKnown = "not-yet-known"
  /// The safety question is answered "no", but the mother has not been asked alone: a "no"
  /// she could not safely contradict is not yet a finding.
  case motherNotYetAskedAlone = "mother-not-yet-asked-alone"

  var words: String {
    switch self {
    case .concernRecorded:
      return "a safety concern is recorded (domestic abuse, a protective order or a threat)"
    case .violenceOrControl: return "violence or control is known present"
    case .notApplicableForSafety:
      return "an item is not applicable because contact must be planned for safety"
    case .practitionerFear: return "you recorded fear or anxiety about working with the men"
    case .notYetKnown:
      return
        "it is not yet known whether there is domestic abuse, a protective order or a threat; until it is, plan contact as if there were"
    case .motherNotYetAskedAlone:
      return
        "the mother has not yet been asked, alone and in a safe place, about her relationship and any fear; until she has, plan contact as if there were a concern"
    }
  }

  /// The reason in fewer words, under a heading that already says contact is planned for safety.
  var briefWords: String {
    switch self {
    case .notYetKnown:
      return
        "not yet known whether there is domestic abuse, a protective order or a threat: plan as if there were"
    case .motherNotYetAskedAlone:
      return
        "the mother not yet asked alone about her relationship and any fear: plan as if there were a concern"
    default: return words
    }
  }

  /// Whether this reason is a recorded concern, rather than a question not yet answered.
  var isRecorded: Bool { self != .notYetKnown && self != .motherNotYetAskedAlone }

  /// The reasons that hold for one man of a record, in a fixed order.
  static func reasons(for man: ManRecord, in record: ReviewRecord) -> [SafetyReason] {
    var reasons: [SafetyReason] = []
    switch man.answers[SafetyItems.concern]?.value {
    case .yes?: reasons.append(.concernRecorded)
    case .no?:
      if record.answers[SafetyItems.askedAlone]?.value != .yes {
        reasons.append(.motherNotYetAskedAlone)
      }
    default: reasons.append(.notYetKnown)
    }
    if man.answers[SafetyItems.violence]?.value == .present { reasons.append(.violenceOrControl) }
    if man.answers.values.contains(where: { $0.value == .na && $0.reason == .safety }) {
      reasons.append(.notApplicableForSafety)
    }
    for reason in caseReasons(in: record) where !reasons.contains(reason) {
      reasons.append(reason)
    }
    return reasons
  }

  /// The reasons that hold for the whole case, whichever man the advice is about.
  static func caseReasons(in record: ReviewRecord) -> [SafetyReason] {
    var reasons: [SafetyReason] = []
    if record.answers[SafetyItems.fear]?.value == .yes { reasons.append(.practitionerFear) }
    if record.answers.values.contains(where: { $0.value == .na && $0.reason == .safety }) {
      reasons.append(.notApplicableForSafety)
    }
    return reasons
  }
}

extension SafetyReason {
  /// The recorded reasons of a record, for the case and any man, each once, in a fixed order:
  /// what a "Safety:" line and a rewording note say, as the record says it (fear alone is not
  /// "a safety concern").
  static func recorded(in record: ReviewRecord) -> [SafetyReason] {
    var found = Set(SafetyReason.caseReasons(in: record).filter(\.isRecorded))
    for man in record.men {
      found.formUnion(SafetyReason.reasons(for: man, in: record).filter(\.isRecorded))
    }
    return SafetyReason.allCases.filter(found.contains)
  }

  /// "a safety concern is recorded", "you recorded fear or anxiety about working with the men",
  /// "violence or control is known present and you recorded fear …": the recorded reasons in
  /// words, a recorded concern in the fewest; nil when none is recorded.
  static func recordedWords(_ reasons: [SafetyReason]) -> String? {
    let recorded = reasons.filter(\.isRecorded)
    guard !recorded.isEmpty else { return nil }
    if recorded.contains(.concernRecorded) { return "a safety concern is recorded" }
    return recorded.map(\.words).joined(separator: " and ")
  }
}

extension ReviewRecord {
  /// The recorded safety reasons in words (`SafetyReason.recordedWords`); nil when none is.
  var recordedSafetyWords: String? { SafetyReason.recordedWords(SafetyReason.recorded(in: self)) }
}
