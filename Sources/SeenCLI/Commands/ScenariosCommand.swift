import SeenKit

/// `seen scenarios`: the bundled training scenarios, listed or shown one at a time.
enum ScenariosCommand {
  static let spec = CommandSpec(
    name: "scenarios",
    abstract: "List the training scenarios, or show one.",
    discussion: """
      Scenarios are cases from the review's sources for workshops: what happened, the learning the \
      source draws, and a review record of what was known and done at the time.
      """,
    arguments: [
      ArgumentSpec(
        name: "action", help: "show, to show one scenario.", isOptional: true,
        completion: .words(["list", "show"])),
      ArgumentSpec(
        name: "name", help: "The scenario's name, such as wiltshire.", isOptional: true,
        completion: .scenario),
    ],
    options: CommonOptions.outputOptions,
    examples: [
      "seen scenarios", "seen scenarios show wiltshire",
      "seen scenarios show wiltshire --format pdf -o wiltshire.pdf",
      "seen review --scenario wiltshire --blank --save my-review.json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = CommonOptions.format(arguments)
    // As for every document command: a PDF is refused on a terminal, and a bad
    // SOURCE_DATE_EPOCH stops the command, before anything is read.
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "scenario.pdf")
    let content = try CommonOptions.loadContent(arguments, console: console)
    let renderer = ScenarioRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console),
      pdf: try CommonOptions.pdfOptions(format, console: console))
    switch arguments.positionals.first {
    case nil, "list"?:
      if arguments.positionals.count > 1 {
        throw CommandError(
          .usage, "'list' takes no name; to show one scenario, use: seen scenarios show NAME.")
      }
      try CommonOptions.emit(
        renderer.outputList(as: format), arguments, console: console, paged: !format.isBinary)
    case "show"?:
      guard arguments.positionals.count == 2 else {
        throw CommandError(
          .usage, "name the scenario to show: seen scenarios show NAME (see 'seen scenarios').")
      }
      let scenario = try find(arguments.positionals[1], in: content, console: console)
      try CommonOptions.emit(
        renderer.output(scenario, as: format), arguments, console: console,
        paged: !format.isBinary)
    case let other?:
      throw CommandError(
        .usage,
        "unknown action '\(other.shownInMessage)'; use 'seen scenarios' to list them or 'seen scenarios show NAME'."
      )
    }
    return .success
  }

  /// The scenario a user named, by the one rule for scenario names (`Content.findScenario`): a
  /// unique start of a name is taken, with a note on standard error naming the scenario taken; an
  /// unknown or ambiguous name is a usage error (it was typed on the command line).
  static func find(_ name: String, in content: Content, console: Console) throws(CommandError)
    -> Scenario
  {
    switch content.findScenario(name) {
    case .exact(let scenario):
      return scenario
    case .prefix(let scenario):
      console.writeErr(
        "note: '\(name.shownInMessage)' is taken as the scenario '\(scenario.id)'.\n")
      return scenario
    case .ambiguous(let ids):
      throw CommandError(
        .usage,
        "'\(name.shownInMessage)' starts the names of several scenarios (\(ids.joined(separator: ", "))); give more of the name."
      )
    case .none(let closest):
      let names = content.scenarios.map(\.id).joined(separator: ", ")
      let suggestion = closest.map { "did you mean '\($0)'? " } ?? ""
      throw CommandError(
        .usage,
        "there is no scenario '\(name.shownInMessage)'; \(suggestion)the scenarios are: \(names)."
      )
    }
  }
}
