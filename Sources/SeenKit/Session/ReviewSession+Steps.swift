/// The questions of the session, and their order for the record as it stands.
extension ReviewSession {
  /// One question of the session.
  enum Step: Equatable, Hashable, Sendable {
    /// "How confident are you in your work with men?" on the five-point scale, asked first.
    case confidence
    /// The practitioner's role, from the content's list or typed.
    case role
    case caseReference
    /// The date of the review, today unless another is typed.
    case date
    /// A re-review (`seen review --again`): whether a man of the earlier review is still in the
    /// baby's life, asked before anything else about him; y or n, no default.
    case manStillInLife(Int)
    case manLabel(Int)
    case manRelationship(Int)
    case manLivesWithBaby(Int)
    case addAnotherMan
    case item(man: Int?, id: String)
    /// What he brings to the baby's care, in the practitioner's words; asked after his views.
    case manStrengths(Int)
    case reflection(String)
    /// Every answer on one page, to change any of them or finish.
    case review
    /// After the review screen: the gap report's next steps, numbered, to agree as actions
    /// (ReviewSession+Actions.swift); Enter finishes.
    case agreeActions
    /// One action being agreed: what, for which man or the case, its owner and due date, and
    /// the due date echoed back to keep or change.
    case actionWhat
    case actionFor
    case actionOwner
    case actionDue
    case actionDueConfirm
    /// A re-review, after the actions: an open action whose gap this review has closed, offered
    /// to be marked done today (y/n, Enter = no); never marked done silently.
    case closedGap(Int)
  }

  /// Every step in order, for the record as it now stands.
  var steps: [Step] {
    var steps: [Step] = asksConfidence ? [.confidence] : []
    // A re-review takes the role and the case from the earlier review without asking (the
    // review screen changes them); asked only where the earlier review had none.
    if earlier?.role == nil { steps.append(.role) }
    if earlier?.caseReference == nil { steps.append(.caseReference) }
    steps.append(.date)
    let menCount = max(record.men.count, 1)
    for index in 0..<menCount {
      if isEarlierMan(index) { steps.append(.manStillInLife(index)) }
      // A man no longer in the baby's life stays listed, and is asked one thing only: whether
      // there is a safety concern about him, which can arise or remain after he leaves.
      if isNoLongerInLife(index) {
        if index < record.men.count, content.item(SafetyItems.concern)?.scope == .man {
          steps.append(.item(man: index, id: SafetyItems.concern))
        }
        continue
      }
      steps += [.manLabel(index), .manRelationship(index), .manLivesWithBaby(index)]
    }
    steps.append(.addAnotherMan)
    let manItems = content.items(scope: .man)
    let strengthsAfter = manItems.contains { $0.id == Self.strengthsFollow }
    for index in record.men.indices where !isNoLongerInLife(index) {
      for item in manItems {
        steps.append(.item(man: index, id: item.id))
        if item.id == Self.strengthsFollow { steps.append(.manStrengths(index)) }
      }
      // A content folder without the views item asks it after his last item.
      if !strengthsAfter { steps.append(.manStrengths(index)) }
    }
    steps += content.items(scope: .case).map { .item(man: nil, id: $0.id) }
    // The first question is asked at the start, with its scale.
    steps += content.questions.filter { $0.id != "confidence" }.map { .reflection($0.id) }
    steps.append(.review)
    return steps
  }

  /// What he brings is asked right after his own views: both are about him as a person, not
  /// about a risk.
  static let strengthsFollow = "views"
}
