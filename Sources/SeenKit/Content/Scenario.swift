/// A training case from the review's sources: what happened, what was known and done at the
/// time (as a review record), and the learning the source draws from it.
public struct Scenario: Equatable, Sendable, Identifiable {
  public var id: String
  var title: String
  var source: SourceReference
  var alsoSee: [SourceReference]
  /// True for a case built from the review's findings rather than a real one; it says so.
  var composite: Bool
  /// What harm the case involves, in words that follow "This case involves" ("the death of a
  /// baby"); nil for a case that describes none (the care-leaver composite), which the content
  /// note then says, never linking the case's subject to harm.
  var involves: String?
  /// Paragraphs written from the source, adding nothing to it.
  var narrative: [String]
  /// Verbatim learning from the source.
  var learningPoints: [Quotation]
  /// What was known and done at the time; `unknown` wherever the source is silent.
  public var record: ReviewRecord
}

extension Scenario {
  /// A participant's blank start (`seen review --scenario NAME --blank`): the scenario's men
  /// (label, relationship, whether he lives with the baby, and a date he left the baby's life)
  /// and its case reference and date, no answer, reflection, confidence or role; the record
  /// remembers the scenario and the blank start.
  public var blankRecord: ReviewRecord {
    var blank = ReviewRecord(caseReference: record.caseReference, date: record.date)
    blank.men = record.men.map { man in
      var copy = ManRecord(
        label: man.label, relationship: man.relationship, livesWithBaby: man.livesWithBaby)
      copy.noLongerInBabysLife = man.noLongerInBabysLife
      return copy
    }
    blank.workshop = WorkshopStart(scenario: id, start: .blank)
    return blank
  }

  /// The scenario's own record of what was known and done at the time, as a new practice review
  /// (no id yet) that remembers where it started.
  public var practiceRecord: ReviewRecord {
    var practice = record
    practice.id = nil
    practice.workshop = WorkshopStart(scenario: id, start: .atTheTime)
    return practice
  }
}

extension Scenario {
  /// The content note's first words, from the scenario: what harm it involves, or, for a case
  /// that describes none, that it describes none (without naming its subject beside harm).
  var contentNoteWords: String {
    guard let involves else {
      return (composite ? "this case is a composite and describes" : "this case describes")
        + " no harm to a baby. The review it is drawn from is about babies who were seriously "
        + "harmed, and the discussion may touch on that."
    }
    return "this case involves \(involves)."
  }

  /// What the facilitator says of the case when the session opens.
  var spokenContentNote: String {
    guard let involves else {
      return "This case describes no harm to a baby, but the review it comes from is about "
        + "babies who were seriously harmed, and our discussion may touch on that."
    }
    return "This case involves \(involves)."
  }
}

/// What a scenario name typed by a user finds (`Content.findScenario`).
public enum ScenarioMatch: Equatable, Sendable {
  /// The name is a scenario's id (in any case).
  case exact(Scenario)
  /// The name is the start of one scenario's id only: it is taken, and the user told which.
  case prefix(Scenario)
  /// The name starts the ids of several scenarios: refused, naming them.
  case ambiguous([String])
  /// No scenario: the closest id, when one is close.
  case none(closest: String?)
}

extension Content {
  /// The one rule for a scenario name, wherever one is read: an id in any case; else the start of
  /// exactly one id; several are ambiguous; none is unknown, with the closest id when there is one.
  public func findScenario(_ name: String) -> ScenarioMatch {
    let wanted = name.lowercased()
    if let exact = scenarios.first(where: { $0.id.lowercased() == wanted }) {
      return .exact(exact)
    }
    let matches = wanted.isEmpty ? [] : scenarios.filter { $0.id.lowercased().hasPrefix(wanted) }
    if matches.count == 1 { return .prefix(matches[0]) }
    if matches.count > 1 { return .ambiguous(matches.map(\.id)) }
    let scored = scenarios.map { ($0.id, wanted.editDistance(to: $0.id.lowercased())) }
      .filter { $0.1 <= max(2, $0.0.count / 3) }
    return .none(closest: scored.min { $0.1 < $1.1 }?.0)
  }

}
