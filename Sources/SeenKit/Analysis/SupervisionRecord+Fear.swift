/// Fear raised in supervision (17.5), reconciled with the practitioner's own answer to
/// "Practitioner fear": where a supervision recorded that fear or anxiety about working with a
/// man was raised, the next step is what that supervision agreed, not "raise it with your
/// manager now" as if it had not been raised; where the two answers differ, both are shown.
extension ReviewRecord {
  /// The latest supervision that recorded whether fear or anxiety was raised.
  var latestFearAnswer: SupervisionRecord? {
    supervisionsByDate.last { $0.fearRaised != nil }
  }

  /// The practitioner's own answer to "Practitioner fear", where it differs from what the latest
  /// supervision that answered it recorded. nil where they agree, or no supervision recorded it.
  public var fearAnswerDiffers: FearAnswerDifference? {
    guard let raised = latestFearAnswer?.fearRaised else { return nil }
    let answer = answers[SafetyItems.fear]?.value
    guard (answer == .yes) != raised else { return nil }
    return FearAnswerDifference(practitioner: answer?.words ?? "not answered", supervision: raised)
  }
}

/// The practitioner's own answer to "Practitioner fear" ("no", "not answered") beside what a
/// supervision recorded about fear or anxiety being raised: both are shown, neither changed.
public struct FearAnswerDifference: Equatable, Sendable {
  public var practitioner: String
  public var supervision: Bool

  var words: String {
    "The practitioner's own answer to \"Practitioner fear\" is \(practitioner); the latest "
      + "supervision recorded fear or anxiety about working with a man as \(supervision ? "" : "not ")"
      + "raised. Both are kept: the practitioner's answer is changed only by the practitioner."
  }
}

extension SafeAdvice {
  /// What to do about fear once a supervision recorded it as raised (`supervision.fearRaised`):
  /// keep to the support agreed, or agree it now where none was recorded; never visit him
  /// alone. The supervisor's own words for other support are a sensitive note, so only "other
  /// support" is said. Rests on the paragraphs `original` (the advice it replaces) rests on.
  static func fearRaised(in supervision: SupervisionRecord, original: SafeAdvice) -> SafeAdvice {
    // "Do not visit him alone" is lone-working practice, not a finding of the review: named as
    // guidance, while the paragraphs cited stay for what they say.
    let guidance =
      "Not visiting him alone: your employer's lone-working policy, not a finding of the review."
    let kinds =
      supervision.support.map(\.words) + (supervision.otherSupport == nil ? [] : ["other support"])
    let when = "in the supervision of \(supervision.date) (\(supervision.role))"
    // The men it was raised about, where the supervision named them, so that "him" is never
    // left to be guessed: "about Mother's partner".
    let about = supervision.fearRaisedAbout
    let aboutWords = about.isEmpty ? "" : " about \(listed(about))"
    let manWords = about.isEmpty ? "a man" : listed(about)
    let alone = about.isEmpty ? "him" : listed(about)
    guard !kinds.isEmpty else {
      return SafeAdvice(
        advice:
          "Fear or anxiety about working with \(manWords) was raised \(when), but no support is recorded as agreed. Agree it with your manager now: co-working, reflective supervision and discussion, or joint visits. Do not visit \(alone) alone until it is agreed.",
        brief:
          "Fear was raised in supervision (\(supervision.date))\(aboutWords), no support recorded: agree it with your manager now; do not visit \(alone) alone.",
        sources: original.sources, guidance: guidance)
    }
    let support = kinds.joined(separator: ", ")
    return SafeAdvice(
      advice:
        "Fear or anxiety about working with \(manWords) was raised \(when), and support was agreed: \(support). Keep to it and do not visit \(alone) alone; if the fear grows or anything changes, talk to your manager straight away, without waiting for the next supervision.",
      brief:
        "Fear was raised in supervision (\(supervision.date))\(aboutWords); support agreed: \(support). Keep to it, do not visit \(alone) alone; talk to your manager again if anything changes.",
      sources: original.sources, guidance: guidance)
  }

  /// "Mother's partner", "Father and Mother's partner", "A, B and C".
  private static func listed(_ labels: [String]) -> String {
    guard let last = labels.last, labels.count > 1 else { return labels.first ?? "" }
    return labels.dropLast().joined(separator: ", ") + " and " + last
  }
}

extension GapReport {
  /// "You": what to do about the practitioner's own fear, where the safety section says it: the
  /// content's "talk to your manager now", or what the supervision that recorded it as raised
  /// agreed.
  func fearAdvice(content: Content) -> SafeAdvice {
    guard let fearSupervision else { return content.safety.fearNow }
    return .fearRaised(in: fearSupervision, original: content.safety.fearNow)
  }
}
