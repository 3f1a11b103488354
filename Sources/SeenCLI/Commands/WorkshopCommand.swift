import SeenKit

/// `seen workshop NAME`: the participant pack for a scenario, the facilitator pack with
/// --pack facilitator, or with --steps the plan alone; `seen workshop debrief NAME DIR`: the
/// group debrief of the participants' blank-start reviews.
enum WorkshopCommand {
  static let packs = ["participant", "facilitator", "key"]

  static let spec = CommandSpec(
    name: "workshop",
    abstract:
      "Print a workshop's participant or facilitator pack for a training scenario, its plan, or the group debrief.",
    discussion: """
      The participant pack (the default) holds a content note and the ground rule that no real \
      case details are shared, the case, the key figures with their sources, a blank review \
      sheet for the scenario's men, the reflective questions, a box for agreed actions and a \
      line for one takeaway, and the commands participants type on a laptop; never the \
      answer key. --pack facilitator prints the plan, the answer key (the gap report of what \
      was known and done at the time) from a new page, what to listen for and the learning \
      quoted from the source. --pack key prints the answer key and the learning alone, to \
      show or hand over after the reviews. --steps prints the plan alone: a sequence \
      designed for 45, 90 or 120 minutes (--minutes), each step with what participants do, \
      what the facilitator says and the commands it runs; --format json gives them as data.
      debrief NAME DIR reads every *.json under DIR as seen summary does (hidden files and \
      folders passed over, *.JSON and other names left alone; a file that is not a review \
      record is skipped with a warning naming it and what it is). It counts the participants' \
      blank-start reviews of scenario NAME (seen review --scenario NAME --blank; of copies of \
      one review, the one with more answers counts once) and, for each gap in the answer key \
      (the scenario's gap report of what was known and done at the time), how the participants \
      answered the same item for the same man (by his label, in any case and with either \
      apostrophe; or, when the men are the scenario's in number, order and relationship, by his \
      place) or for the case: spotted (the answer is itself a gap, not applicable because \
      contact must be planned for safety first among them, or records a concern: a factor \
      recorded as present, a safety concern), answered as in place (done, not applicable for \
      another reason, none found so far, no concern), present where the case is silent (a \
      factor recorded as present where the key's note is "The source does not say.", counted \
      apart: a factor assumed of a man is not a finding), don't know (what Enter records on a \
      blank start, counted apart), or not answered. \
      The practitioner's own situation (their fear, supervision) is left out, with a line \
      saying why. Then the gaps most often answered as in place, and confidence before and \
      after side by side from the records of the cohorts "NAME before" and "NAME after" (any \
      case) that give one. Other records are left out and counted on standard error, and so \
      is how many reviews had a man matched by place or not at all (never which). Aggregate \
      only, with the small-number rule of seen summary: every figure of fewer than 10 reviews \
      withheld, other counts rounded to the nearest 5, and a count of 0 to 4 shown as "<5" \
      (0 too, so that two runs in one session tell nothing); --no-suppress shows exact counts. \
      --part confidence shows the confidence alone (the plan's second run, so that two runs \
      show the gaps only once), --part gaps the gaps alone.
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
          "The output format (a pack: text, markdown, html or pdf; a plan also json; a debrief also json and csv).",
        choices: DebriefRenderer.formats.map(\.rawValue),
        defaultValue: "text"),
      .value(
        "pack", "pack", help: "Which pack to print.", choices: packs,
        defaultValue: "participant"),
      .flag("steps", help: "Print the facilitator's plan alone instead of a pack."),
      .value(
        "minutes", "minutes", help: "The session's length, for --steps or --pack facilitator.",
        choices: WorkshopPlan.lengths.map(String.init), defaultValue: "45"),
      .flag(
        "no-suppress",
        help:
          "With debrief: show every count exactly, for the facilitator only (otherwise small numbers are withheld as in seen summary)."
      ),
      .value(
        "part", "part",
        help: "With debrief: the confidence alone, the gaps alone, or all.",
        choices: WorkshopDebrief.Part.allCases.map(\.rawValue), defaultValue: "all"),
      CommonOptions.width, CommonOptions.output, CommonOptions.force, CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
    ],
    examples: [
      "seen workshop wiltshire",
      "seen workshop wiltshire --pack participant --format pdf -o participant.pdf",
      "seen workshop wiltshire --pack facilitator --minutes 90 --format pdf -o facilitator.pdf",
      "seen workshop wiltshire --steps --minutes 120",
      "seen workshop wiltshire --pack key --format pdf -o key.pdf",
      "seen workshop wiltshire --steps --minutes 90 --format json",
      "seen workshop debrief wiltshire reviews/",
      "seen workshop debrief wiltshire reviews/ --format pdf -o debrief.pdf",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    // "Debrief" in any case: no scenario is named so.
    if arguments.positionals.first?.lowercased() == "debrief" {
      return try DebriefCommand.run(format: format, arguments, console: console)
    }
    if arguments.positionals.count > 1 {
      throw CommandError(
        .usage,
        "a pack or plan takes one scenario name; for the group debrief use: seen workshop debrief NAME DIR."
      )
    }
    for option in ["no-suppress", "part"] where arguments.has(option) {
      throw CommandError(
        .usage, "--\(option) goes with debrief (seen workshop debrief NAME DIR).")
    }
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
        "--minutes goes with --steps or --pack facilitator (the \(pack ?? "participant") pack has no plan)."
      )
    }
    if format == .json && !steps {
      throw CommandError(
        .usage, "--format json is for the plan: add --steps, or choose text, markdown, html or pdf."
      )
    }
    if !SheetRenderer.formats.contains(format) && format != .json {
      throw CommandError(
        .usage,
        "a pack or plan is text, markdown, html or pdf (a plan also json); \(format.rawValue) is for the debrief."
      )
    }
    try SheetOutput.check(format, arguments, console: console)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let scenario = try ScenariosCommand.find(
      arguments.positionals[0], in: content, console: console)
    let width = try textWidth(arguments)
    guard steps || facilitator else {
      let sheet: ReflectionSheet =
        pack == "key"
        ? .answerKey(scenario: scenario, content: content)
        : .participantPack(scenario: scenario, content: content)
      try SheetOutput.write(sheet, as: format, arguments, width: width, console: console)
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
      try SheetOutput.write(sheet, as: format, arguments, width: width, console: console)
    }
    return .success
  }

  /// The columns a pack or plan is wrapped to as text: --width, or 80 for paper whatever the
  /// terminal's width (a command longer than that is set on lines of its own).
  private static func textWidth(_ arguments: ParsedArguments) throws(CommandError) -> Int {
    guard let text = arguments.value("width") else { return 80 }
    guard let value = ArgumentParser.wholeNumber(text), CommonOptions.widthRange.contains(value)
    else {
      throw CommandError(
        .usage,
        "the value '\(text.shownInMessage)' is invalid for '--width <columns>'; use a whole number from \(CommonOptions.widthRange.lowerBound) to \(CommonOptions.widthRange.upperBound)."
      )
    }
    return value
  }
}
