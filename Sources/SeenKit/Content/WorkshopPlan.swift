/// A facilitator's plan for a workshop on one scenario: numbered steps with minutes that add up
/// to the session's length.
public struct WorkshopPlan: Equatable, Sendable {
  struct Step: Equatable, Sendable {
    var title: String
    var minutes: Int
    var detail: String
  }

  /// The session lengths a plan is written for.
  public static let lengths = [45, 90]

  var scenario: Scenario
  var minutes: Int
  var steps: [Step]

  /// The plan for a 45- or 90-minute session; nil for another length.
  public init?(scenario: Scenario, minutes: Int) {
    let timings: [Int]
    switch minutes {
    case 45: timings = [5, 10, 8, 12, 6, 4]
    case 90: timings = [10, 20, 15, 25, 12, 8]
    default: return nil
    }
    self.scenario = scenario
    self.minutes = minutes
    let id = scenario.id
    let details = [
      (
        "Read the case",
        "Hand out the narrative (seen scenarios show \(id)) and read it together. Say whether it is a real case or a composite, and name its source."
      ),
      (
        "Individual review",
        "Each participant reviews the case as if it were theirs: who are the men in this baby's life, what was known, what was done. On a laptop: seen review --scenario \(id)."
      ),
      (
        "Compare with the report",
        "Show the gap report of what was known at the time (seen review --scenario \(id) --no-input). Where did your review differ? What was not known, and who could have known it?"
      ),
      (
        "Discuss the reflective questions",
        "Take the briefing's questions in turn: how confident are you in your work with men; what do you know about their history; substance misuse, domestic abuse, mental ill health; do you check in with fathers as with mothers; what would you do if you had a concern?"
      ),
      (
        "Agree actions",
        "Agree up to four actions for the team's own practice, each with an owner and a date, and write them in the box on the handout."
      ),
      (
        "Takeaways",
        "Each participant writes one takeaway on the handout. If you are measuring confidence, ask everyone to record it again (seen review --set confidence=… --cohort \"… after\" --no-input --save after.json)."
      ),
    ]
    steps = zip(details, timings).map { Step(title: $0.0.0, minutes: $0.1, detail: $0.0.1) }
  }

  var totalMinutes: Int { steps.reduce(0) { $0 + $1.minutes } }
}
