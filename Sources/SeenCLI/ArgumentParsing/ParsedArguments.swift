/// The result of parsing a command line against a `CommandSpec`.
struct ParsedArguments: Equatable, Sendable {
  var flags: Set<String> = []
  var values: [String: [String]] = [:]
  var positionals: [String] = []

  func flag(_ name: String) -> Bool {
    flags.contains(name)
  }

  /// The value given for an option (the parser refuses a single-value option given twice).
  func value(_ name: String) -> String? {
    values[name]?.last
  }

  /// Whether a flag or an option was given.
  func has(_ name: String) -> Bool {
    flags.contains(name) || values[name] != nil
  }

  func values(_ name: String) -> [String] {
    values[name] ?? []
  }
}
