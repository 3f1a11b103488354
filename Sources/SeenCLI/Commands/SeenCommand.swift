import SeenKit

/// The `seen` command: dispatches to its subcommands, prints help and the version, and turns
/// every failure into one line on standard error and a sysexits code.
public enum SeenCommand {
  public static let version = "0.1.0"

  static let commands: [CommandSpec] = [
    // In the order people meet them: review a case, read its report, take it to supervision,
    // sum up a team, then the trainers' commands and the content itself.
    ReviewCommand.spec, ReportCommand.spec, SheetCommand.spec, SuperviseCommand.spec,
    ActionsCommand.spec,
    CompareCommand.spec, CombineCommand.spec,
    SummaryCommand.spec,
    ScenariosCommand.spec, WorkshopCommand.spec, ContentCommand.spec, helpSpec,
    // Setting seen up: Tab completion and the manual page.
    CompletionsCommand.spec, ManCommand.spec,
  ]

  static let helpSpec = CommandSpec(
    name: "help", abstract: "Show help for seen or one of its commands.",
    arguments: [
      ArgumentSpec(
        name: "command", help: "The command to explain.", isOptional: true, completion: .command)
    ])

  static let spec = CommandSpec(
    name: "seen",
    abstract: "A self-review of how the fathers and male carers in a baby's life have been seen.",
    discussion: """
      Built on the Child Safeguarding Practice Review Panel's review "The Myth of Invisible Men" \
      (2021). A reflection aid, not a risk assessment: it shows what you know and do not yet know \
      about each man, and what to do next. Nothing leaves this computer.
      """,
    examples: [
      "seen review",
      "seen review --answers examples/unseen-father.json --no-input",
      "seen report saved-review.json --format markdown",
      "seen sheet saved-review.json --format pdf -o sheet.pdf",
      "seen summary reviews/ --format html -o summary.html",
      "seen workshop wiltshire --steps --minutes 90",
    ],
    subcommands: commands)

  /// Runs seen with the arguments after the program name and returns the exit status.
  public static func run(_ arguments: [String], console: Console) -> ExitCode {
    do {
      return try dispatch(arguments, console: console)
    } catch let error as UsageError {
      // One line, as every error is, and one hint: where the command's options are explained.
      console.writeErr("error: \(error.message.shownInMessage)\n\(hint(error.commandName))\n")
      return .usage
    } catch let error as CommandError {
      console.writeErr("error: \(PathBytes.shown(error.message))\n")
      return error.code
    } catch {
      console.writeErr("error: \(error)\n")
      return .ioError
    }
  }

  /// The commands for the completion scripts and the manual page, with the built-in scenarios'
  /// names.
  static func tree() throws(CommandError) -> CommandTree {
    do {
      return CommandTree(root: spec, scenarios: try Content.bundled().scenarios.map(\.id))
    } catch {
      throw CommandError(
        .dataError, "the built-in content is invalid (please report this): \(error)")
    }
  }

  /// The one hint line under a usage error.
  static func hint(_ commandName: String) -> String {
    commandName == "seen"
      ? "Run 'seen --help' for the commands."
      : "Run 'seen help \(commandName.dropFirst(5))' for the options."
  }

  private static func dispatch(_ arguments: [String], console: Console) throws -> ExitCode {
    let width = console.terminalWidth.map { min(max($0, 40), 100) } ?? 80
    guard let first = arguments.first else {
      try console.writeOut(HelpFormatter.help(spec, width: width))
      return .success
    }
    switch first {
    case "--help", "-h":
      // "seen --help review" is "seen help review"; anything else after it is refused.
      return try help(
        ArgumentParser.parse(Array(arguments.dropFirst()), spec: helpSpec), width: width,
        console: console)
    case "--version":
      // Nothing is ignored: "seen --version extra" is a mistake, not a version.
      if arguments.count > 1 {
        throw UsageError(
          message: "--version takes nothing else; found '\(arguments[1])'.", command: spec)
      }
      try console.writeOut("seen \(version)\n")
      return .success
    default:
      break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      if first.hasPrefix("-") {
        throw UsageError(message: "unknown option '\(first)'", command: spec)
      }
      throw UsageError(message: unknownCommandMessage(first), command: spec)
    }
    let rest = Array(arguments.dropFirst())
    let options = rest.prefix { $0 != "--" }
    if options.contains("--help") || options.contains("-h") {
      try console.writeOut(HelpFormatter.help(command, width: width))
      return .success
    }
    let parsed = try ArgumentParser.parse(rest, spec: command)
    do {
      switch command.name {
      case "review": return try ReviewCommand.run(parsed, console: console)
      case "report": return try ReportCommand.run(parsed, console: console)
      case "sheet": return try SheetCommand.run(parsed, console: console)
      case "content": return try ContentCommand.run(parsed, console: console)
      case "summary": return try SummaryCommand.run(parsed, console: console)
      case "actions": return try ActionsCommand.run(parsed, console: console)
      case "supervise": return try SuperviseCommand.run(parsed, console: console)
      case "compare": return try CompareCommand.run(parsed, console: console)
      case "combine": return try CombineCommand.run(parsed, console: console)
      case "scenarios": return try ScenariosCommand.run(parsed, console: console)
      case "workshop": return try WorkshopCommand.run(parsed, console: console)
      case "completions": return try CompletionsCommand.run(parsed, console: console)
      case "man": return try ManCommand.run(parsed, console: console)
      default: return try help(parsed, width: width, console: console)
      }
    } catch let error as CommandError where error.code == .usage {
      // A command's own usage errors (a bad --width, nothing to review) show its usage too.
      throw UsageError(message: error.message, command: command)
    }
  }

  /// `seen help [COMMAND]`.
  private static func help(_ parsed: ParsedArguments, width: Int, console: Console) throws
    -> ExitCode
  {
    guard let name = parsed.positionals.first else {
      try console.writeOut(HelpFormatter.help(spec, width: width))
      return .success
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      throw UsageError(message: unknownCommandMessage(name), command: spec)
    }
    try console.writeOut(HelpFormatter.help(command, width: width))
    return .success
  }

  private static func unknownCommandMessage(_ name: String) -> String {
    var message = "unknown command '\(name)'"
    if let suggestion = ArgumentParser.closest(to: name, in: commands.map(\.name)) {
      message += "; did you mean '\(suggestion)'?"
    } else {
      message += "."
    }
    return message + " Commands: \(commands.map(\.name).joined(separator: ", "))."
  }
}
