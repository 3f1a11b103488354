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
      "seen review --scenario wiltshire --no-input",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let content = try CommonOptions.loadContent(arguments, console: console)
    let renderer = ScenarioRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console))
    let format = CommonOptions.format(arguments)
    switch arguments.positionals.first {
    case nil, "list"?:
      if arguments.positionals.count > 1 {
        throw CommandError(
          .usage, "'list' takes no name; to show one scenario, use: seen scenarios show NAME.")
      }
      try CommonOptions.emit(
        renderer.renderList(as: format), arguments, console: console, paged: true)
    case "show"?:
      guard arguments.positionals.count == 2 else {
        throw CommandError(
          .usage, "name the scenario to show: seen scenarios show NAME (see 'seen scenarios').")
      }
      let scenario = try find(arguments.positionals[1], in: content)
      try CommonOptions.emit(
        renderer.render(scenario, as: format), arguments, console: console, paged: true)
    case let other?:
      throw CommandError(
        .usage,
        "unknown action '\(other.shownInMessage)'; use 'seen scenarios' to list them or 'seen scenarios show NAME'."
      )
    }
    return .success
  }

  /// The scenario a user named, or an error listing the names there are.
  static func find(_ name: String, in content: Content) throws(CommandError) -> Scenario {
    guard let scenario = content.scenario(name) else {
      let names = content.scenarios.map(\.id).joined(separator: ", ")
      // A scenario is named on the command line: an unknown one is a usage error.
      throw CommandError(
        .usage, "there is no scenario '\(name.shownInMessage)'; the scenarios are: \(names).")
    }
    return scenario
  }
}
