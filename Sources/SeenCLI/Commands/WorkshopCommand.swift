import SeenKit

/// `seen workshop NAME`: a facilitator's handout for a scenario, or with --steps the plan.
enum WorkshopCommand {
  static let spec = CommandSpec(
    name: "workshop",
    abstract: "Print a workshop handout for a training scenario, or the facilitator's plan.",
    discussion: """
      The handout holds the case, the key figures with their sources, the gap report of what was \
      known at the time, the learning from the source, the reflective questions, a box for up to \
      four agreed actions and a line for each participant's takeaway. --steps prints a numbered \
      plan with minutes for a 45- or 90-minute session.
      """,
    arguments: [
      ArgumentSpec(
        name: "scenario", help: "The scenario's name (see 'seen scenarios').", completion: .scenario
      )
    ],
    options: [
      .value(
        "format", "format", help: "The output format.",
        choices: SheetRenderer.formats.map(\.rawValue),
        defaultValue: "text"),
      .flag("steps", help: "Print the facilitator's plan instead of the handout."),
      .value(
        "minutes", "minutes", help: "The session's length, for --steps.",
        choices: WorkshopPlan.lengths.map(String.init), defaultValue: "45"),
      CommonOptions.output, CommonOptions.force, CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
    ],
    examples: [
      "seen workshop wiltshire", "seen workshop wiltshire --format pdf -o handout.pdf",
      "seen workshop wiltshire --format html -o handout.html",
      "seen workshop wiltshire --steps --minutes 90",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    if arguments.value("minutes") != nil && !arguments.flag("steps") {
      throw CommandError(.usage, "--minutes goes with --steps.")
    }
    try SheetOutput.check(format, arguments, console: console)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let scenario = try ScenariosCommand.find(
      arguments.positionals[0], in: content, console: console)
    let sheet: ReflectionSheet
    if arguments.flag("steps") {
      let minutes = Int(arguments.value("minutes") ?? "45") ?? 45
      guard let plan = WorkshopPlan(scenario: scenario, minutes: minutes) else {
        throw CommandError(.usage, "plans are for 45 or 90 minutes.")
      }
      sheet = .plan(plan, content: content)
    } else {
      sheet = .handout(scenario: scenario, content: content)
    }
    try SheetOutput.write(sheet, as: format, arguments, console: console)
    return .success
  }
}
