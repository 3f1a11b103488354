/// The commands as the shell completions and the manual page show them: the declarations, with
/// the --help that every command takes and the --version of seen itself, and the names that
/// Tab offers where a value is a scenario or a command.
struct CommandTree: Sendable {
  var root: CommandSpec
  /// The built-in training scenarios' names.
  var scenarios: [String]

  var commands: [CommandSpec] { root.subcommands }

  static let helpFlag = OptionSpec.flag("help", short: "h", help: "Show help information.")
  static let versionFlag = OptionSpec.flag("version", help: "Show the version.")

  /// A command's options as its help lists them: its own, then --help (and seen's --version).
  static func options(of spec: CommandSpec) -> [OptionSpec] {
    spec.options + [helpFlag] + (spec.name == "seen" ? [versionFlag] : [])
  }

  /// The options that take a value, by every name they can be typed as (`-o` and `--output`).
  static func valueOptionNames(of spec: CommandSpec) -> [String] {
    options(of: spec).filter { !$0.isFlag }.flatMap(names)
  }

  /// `-o`, `--output`: the ways an option is typed.
  static func names(_ option: OptionSpec) -> [String] {
    (option.short.map { ["-\($0)"] } ?? []) + ["--\(option.name)"]
  }

  /// What Tab offers for an option's value: its declared completion, else its choices, else a
  /// file or folder by its value's name; nil for free text (and for a flag).
  static func completion(of option: OptionSpec) -> ValueCompletion? {
    guard !option.isFlag else { return nil }
    if let completion = option.completion { return completion }
    if let choices = option.choices { return .words(choices) }
    switch option.valueName {
    case "file": return .file
    case "folder": return .folder
    default: return nil
    }
  }

  /// The words Tab offers for a completion that is a fixed set of words, with the scenario and
  /// command names filled in; nil for files and folders.
  func words(_ completion: ValueCompletion) -> [String]? {
    switch completion {
    case .words(let words): return words
    case .scenario: return scenarios
    case .scenarioOr(let words): return words + scenarios
    case .command: return commands.map(\.name)
    case .file, .records, .folder: return nil
    }
  }

  /// The first sentence of a help text: what a completion menu shows beside a name.
  static func summary(_ help: String) -> String {
    guard let end = help.firstRange(of: ". ") else { return help }
    return String(help[..<end.lowerBound]) + "."
  }

  /// The text in single quotes for a POSIX shell (bash and zsh): `'it'\''s'`.
  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: #"'\''"#) + "'"
  }
}
