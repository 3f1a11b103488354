/// What seen says when a safety condition holds: the safe-practice points, the line for immediate
/// danger, the referral route, and what to do about fear. Loaded from `safety.json`.
struct SafetyContent: Equatable, Sendable {
  /// What "contact planned for safety" means, and how he is still assessed.
  var plannedForSafety: SafeAdvice
  /// Printed at the head of every filled report and sheet: who it is not for.
  var notForTheFamily: SafeAdvice
  /// Beside "no gaps" or "seen" when a safety concern is recorded: the checklist is not safety.
  var stillCurrent: SafeAdvice
  /// Shown at the top of a report when any safety condition holds.
  var points: [SafeAdvice]
  /// The first line of "If you have a concern".
  var immediateDanger: SafeAdvice
  /// The referral route, after immediate danger.
  var concernRoute: [SafeAdvice]
  /// Where the practitioner records fear of a man: talk to the manager now.
  var fearNow: SafeAdvice
  /// What `seen combine` quotes and says about sharing what one review knows and another does not.
  var combine: Combine

  /// `seen combine`'s words: the review's finding (9.7) and how to share.
  struct Combine: Equatable, Sendable {
    /// The review's words on what one agency knew and another did not, verbatim.
    var finding: Quotation
    /// What the review calls lack of information sharing (9.1), verbatim: a phrase.
    var keyFactor: Quotation
    /// What the 9.7 case illustrates, verbatim: a phrase.
    var failureToSeek: Quotation
    /// Seeking information, not only sharing it (9.8), verbatim: a phrase.
    var seeking: Quotation
    /// The closing "Next": share what one review knows and another does not.
    var next: SafeAdvice
    /// After each difference: "share it, following your local information-sharing procedures".
    var share: SafeAdvice
    /// The same for an item whose notes are sensitive: with the agencies involved, never with him.
    var shareSensitive: SafeAdvice
  }
}
