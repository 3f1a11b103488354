import SeenKit

/// `seen workshop NAME`: a facilitator's handout for a scenario, or with --steps the plan;
/// `seen workshop debrief NAME DIR`: the group debrief of the participants' blank-start reviews.
enum WorkshopCommand {
  static let spec = CommandSpec(
    name: "workshop",
    abstract:
      "Print a workshop handout for a training scenario, the facilitator's plan, or the group debrief.",
    discussion: """
      The handout holds the case, the key figures with their sources, the gap report of what was \
      known at the time, the learning from the source, the reflective questions, a box for up to \
      four agreed actions and a line for each participant's takeaway. --steps prints a numbered \
      plan with minutes for a 45- or 90-minute session.
      debrief NAME DIR reads every *.json under DIR as seen summary does (a file that is not a \
      review record is skipped with a warning). It counts the participants' blank-start reviews \
      of scenario NAME (seen review --scenario NAME --blank; copies of one review count once) \
      and, for each gap in the answer key (the scenario's gap report of what was known and done \
      at the time, per man by his label and per case item), how many spotted it: their review \
      answers the same item, for the man with the same label or for the case, with an answer \
      that is itself a gap (a practice no, partly, not known, or not applicable without a \
      reason; a fact not known); an item left unanswered is not spotted. Then the gaps most \
      missed, and confidence before and after side by side from the records of the cohorts \
      "NAME before" and "NAME after" (any case) that give one. Other records are left out and \
      counted on standard error. Aggregate only, with the small-number rule of seen summary: \
      every figure of fewer than 10 reviews withheld, 1 to 4 as "<5", other counts rounded to \
      the nearest 5; --no-suppress shows exact counts.
      """,
    arguments: [
      ArgumentSpec(
        name: "scenario",
        help: "The scenario's name (see 'seen scenarios'), or debrief for the group debrief.",
        completion: .scenarioOr(["debrief"])),
      ArgumentSpec(
        name: "name", help: "With debrief: the scenario's name.", isOptional: true,
        completion: .scenario),
      ArgumentSpec(
        name: "folder", help: "With debrief: the folder of the participants' saved reviews.",
        isOptional: true, completion: .records),
    ],
    options: [
      .value(
        "format", "format",
        help:
          "The output format (a handout or plan: text, markdown, html or pdf; a debrief also json and csv).",
        choices: DebriefRenderer.formats.map(\.rawValue),
        defaultValue: "text"),
      .flag("steps", help: "Print the facilitator's plan instead of the handout."),
      .value(
        "minutes", "minutes", help: "The session's length, for --steps.",
        choices: WorkshopPlan.lengths.map(String.init), defaultValue: "45"),
      .flag(
        "no-suppress",
        help:
          "With debrief: show every count exactly, for the facilitator only (otherwise small numbers are withheld as in seen summary)."
      ),
      CommonOptions.output, CommonOptions.force, CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
    ],
    examples: [
      "seen workshop wiltshire", "seen workshop wiltshire --format pdf -o handout.pdf",
      "seen workshop wiltshire --format html -o handout.html",
      "seen workshop wiltshire --steps --minutes 90",
      "seen workshop debrief wiltshire reviews/",
      "seen workshop debrief wiltshire reviews/ --format pdf -o debrief.pdf",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    if arguments.positionals.first == "debrief" {
      return try DebriefCommand.run(format: format, arguments, console: console)
    }
    if arguments.positionals.count > 1 {
      throw CommandError(
        .usage,
        "a handout takes one scenario name; for the group debrief use: seen workshop debrief NAME DIR."
      )
    }
    if arguments.flag("no-suppress") {
      throw CommandError(
        .usage, "--no-suppress goes with debrief (seen workshop debrief NAME DIR).")
    }
    if !SheetRenderer.formats.contains(format) {
      throw CommandError(
        .usage,
        "a handout or plan is text, markdown, html or pdf; \(format.rawValue) is for the debrief.")
    }
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
