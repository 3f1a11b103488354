/// The commands participants type, as the participant pack prints them: those of the plans that
/// collect files (90 and 120 minutes), each with the step it belongs to, so that the pack and
/// the plan give the same words and one test runs them all.
extension WorkshopPlan {
  /// A command a participant types, and the step of the plan it belongs to.
  public struct ParticipantCommand: Equatable, Sendable {
    public var step: String
    public var command: Command
  }

  /// The participants' commands of the 90-minute plan (the 120-minute plan's are the same), in
  /// the plan's order.
  public static func participantCommands(_ scenario: Scenario) -> [ParticipantCommand] {
    guard let plan = WorkshopPlan(scenario: scenario, minutes: 90) else { return [] }
    return plan.steps.flatMap { step in
      step.commands.filter { $0.who == .participant }.map {
        ParticipantCommand(step: step.title, command: $0)
      }
    }
  }
}
