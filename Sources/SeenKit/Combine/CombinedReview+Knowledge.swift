/// What a review knows of an item, and where one knows what another does not (the rule in
/// `CombinedReview`'s documentation); which items are left out by default for safety.
extension CombinedReview {
  /// Whether a review records a safety condition for this man himself, rather than for the
  /// case: his safety concern yes, violence or control present, an item of his not applicable
  /// for safety.
  static func recordsSafety(for man: ManRecord) -> Bool {
    man.answers[SafetyItems.concern]?.value == .yes
      || man.answers[SafetyItems.violence]?.value == .present
      || man.answers.values.contains { $0.value == .na && $0.reason == .safety }
  }

  /// Whether an answer is knowledge of the item (the rule in `CombinedReview`'s documentation);
  /// nil for "not applicable", which is neither known nor lacking.
  static func knows(_ answer: Answer?, kind: ChecklistItem.Kind) -> Bool? {
    guard let value = answer?.value else { return false }
    switch (kind, value) {
    case (_, .na): return nil
    case (.practice, .yes), (.practice, .partly): return true
    case (.knowledge, .present), (.knowledge, .absent): return true
    case (.condition, .yes): return true
    default: return false
    }
  }

  /// Items about the practitioner's own work rather than the family, never a difference to
  /// share: whether a review was discussed in supervision, and the practitioner's fear of
  /// working with a man (raised with their manager now, not passed on).
  static let ownPracticeItems: Set<String> = ["supervision", SafetyItems.fear]

  /// The items whose answers are left out by default: those that decide when contact must be
  /// planned for safety (the safety question, violence or control, the mother asked alone, the
  /// practitioner's fear) and any other the content marks sensitive (domestic abuse).
  static func isSafetyItem(_ item: ChecklistItem) -> Bool {
    item.isSensitive || SafetyItems.required.contains { $0.0 == item.id }
  }

  /// The content's advice in its brief form with what it rests on, as `seen compare`'s
  /// headline gives it: "Decide contact with him with your manager first, … (17.2; guidance)."
  static func brief(_ advice: SafeAdvice, content: Content) -> String {
    let basis = content.briefBasis(advice)
    return basis.isEmpty
      ? advice.briefAdvice : "\(GapReport.withoutFullStop(advice.briefAdvice)) \(basis)."
  }

  /// The item's difference: some review knows it and another does not; nil otherwise.
  static func difference(_ row: Row) -> Difference? {
    guard !ownPracticeItems.contains(row.item.id) else { return nil }
    var known: [(review: Int, value: AnswerValue)] = []
    var notKnown: [Int] = []
    for (review, cell) in row.cells.enumerated() {
      // An answer kept as written, not one of the known ones: neither known nor lacking.
      if cell.written != nil { continue }
      guard cell.listed else {
        notKnown.append(review)
        continue
      }
      switch knows(cell.answer, kind: row.item.kind) {
      case true?: known.append((review, cell.answer?.value ?? .yes))
      case false?: notKnown.append(review)
      case nil: break
      }
    }
    guard !known.isEmpty, !notKnown.isEmpty else { return nil }
    return Difference(item: row.item, known: known, notKnown: notKnown)
  }
}
