import SeenKit

/// `seen workshop NAME`: the participant pack for a scenario, the facilitator pack with
/// --pack facilitator, or with --steps the plan alone.
enum WorkshopCommand {
  static let packs = ["participant", "facilitator"]

  static let spec = CommandSpec(
    name: "workshop",
    abstract:
      "Print a workshop's participant or facilitator pack for a training scenario, or its plan.",
    discussion: """
      The participant pack (the default) holds a content note and the ground rule that no real \
      case details are shared, the case, the key figures with their sources, a blank review \
      sheet for the scenario's men, the reflective questions, a box for agreed actions and a \
      line for one takeaway; never the answer key. --pack facilitator prints the plan, the \
      answer key (the gap report of what was known and done at the time), what to listen for \
      and the learning quoted from the source. --steps prints the plan alone: a sequence \
      designed for 45, 90 or 120 minutes (--minutes), each step with what participants do, \
      what the facilitator says and the commands it runs; --format json gives them as data.
      """,
    arguments: [
      ArgumentSpec(
        name: "scenario", help: "The scenario's name (see 'seen scenarios').", completion: .scenario
      )
    ],
    options: [
      .value(
        "format", "format", help: "The output format (json only with --steps).",
        choices: SheetRenderer.formats.map(\.rawValue) + [OutputFormat.json.rawValue],
        defaultValue: "text"),
      .value(
        "pack", "pack", help: "Which pack to print.", choices: packs,
        defaultValue: "participant"),
      .flag("steps", help: "Print the facilitator's plan alone instead of a pack."),
      .value(
        "minutes", "minutes", help: "The session's length, for --steps or --pack facilitator.",
        choices: WorkshopPlan.lengths.map(String.init), defaultValue: "45"),
      CommonOptions.output, CommonOptions.force, CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
    ],
    examples: [
      "seen workshop wiltshire",
      "seen workshop wiltshire --pack participant --format pdf -o participant.pdf",
      "seen workshop wiltshire --pack facilitator --minutes 90 --format pdf -o facilitator.pdf",
      "seen workshop wiltshire --steps --minutes 120",
      "seen workshop wiltshire --steps --minutes 90 --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    let pack = arguments.value("pack")
    let steps = arguments.flag("steps")
    if steps && pack != nil {
      throw CommandError(
        .usage, "--steps prints the plan alone and --pack a pack; give one of them.")
    }
    let facilitator = pack == "facilitator"
    if arguments.value("minutes") != nil && !steps && !facilitator {
      throw CommandError(
        .usage,
        "--minutes goes with --steps or --pack facilitator (the participant pack has no plan).")
    }
    if format == .json && !steps {
      throw CommandError(
        .usage, "--format json is for the plan: add --steps, or choose text, markdown, html or pdf."
      )
    }
    try SheetOutput.check(format, arguments, console: console)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let scenario = try ScenariosCommand.find(
      arguments.positionals[0], in: content, console: console)
    guard steps || facilitator else {
      try SheetOutput.write(
        .participantPack(scenario: scenario, content: content), as: format, arguments,
        console: console)
      return .success
    }
    let minutes = Int(arguments.value("minutes") ?? "45") ?? 45
    guard let plan = WorkshopPlan(scenario: scenario, minutes: minutes) else {
      throw CommandError(.usage, "plans are for 45, 90 or 120 minutes.")
    }
    if format == .json {
      try CommonOptions.emit(plan.json, arguments, console: console)
    } else {
      let sheet: ReflectionSheet =
        steps ? .plan(plan, content: content) : .facilitatorPack(plan, content: content)
      try SheetOutput.write(sheet, as: format, arguments, console: console)
    }
    return .success
  }
}
