/// What a command accepts, declared once and used both to parse and to write its help.
struct CommandSpec: Sendable {
  var name: String
  /// One line: what the command does.
  var abstract: String
  /// Longer help shown below the overview.
  var discussion: String? = nil
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var examples: [String] = []
  var subcommands: [CommandSpec] = []
  /// Pairs of options (flags or values, named without "--") that contradict each other: giving
  /// both is a usage error.
  var conflicts: [(String, String)] = []

  /// The full command name as typed, such as "seen review".
  var commandName: String { name == "seen" ? "seen" : "seen \(name)" }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isOptional: Bool = false
  /// Takes every remaining argument (at least one unless optional); only the last may repeat.
  var repeats: Bool = false
  /// What the shell completions offer for it.
  var completion: ValueCompletion? = nil
}

/// What a shell offers on Tab for a value: the completion scripts and the man page read it.
/// Without one, an option's `choices` are offered, and a value named "file" or "folder" completes
/// as one.
enum ValueCompletion: Equatable, Sendable {
  /// Any file.
  case file
  /// Review records: `*.json` files, and the folders to find them in.
  case records
  case folder
  /// The names of the built-in training scenarios.
  case scenario
  /// The scenario names and these words (`seen workshop debrief`).
  case scenarioOr([String])
  /// seen's command names.
  case command
  /// A fixed set of words.
  case words([String])
}

/// A `--name` flag or `--name <value>` option.
struct OptionSpec: Sendable {
  var name: String
  var short: Character? = nil
  /// nil for a flag that takes no value.
  var valueName: String? = nil
  var help: String
  var repeats: Bool = false
  /// The values allowed, when there is a fixed set.
  var choices: [String]? = nil
  /// The whole numbers allowed, for an option that takes a number.
  var range: ClosedRange<Int>? = nil
  /// The value used when the option is not given, shown in help.
  var defaultValue: String? = nil
  /// What the shell completions offer for the value, when not derived (see `ValueCompletion`).
  var completion: ValueCompletion? = nil

  var isFlag: Bool { valueName == nil }

  /// Whether the value names a file or folder (an empty one is refused).
  var isPath: Bool { ["file", "folder"].contains(valueName) }

  /// `--format <format>`, as usage and errors show it.
  var display: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }

  static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, help: help)
  }

  static func value(
    _ name: String, short: Character? = nil, _ valueName: String, help: String,
    repeats: Bool = false,
    choices: [String]? = nil, range: ClosedRange<Int>? = nil, defaultValue: String? = nil,
    completion: ValueCompletion? = nil
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: valueName, help: help, repeats: repeats,
      choices: choices, range: range,
      defaultValue: defaultValue, completion: completion)
  }
}
