/// The result of parsing a command line against a `CommandSpec`.
struct ParsedArguments: Equatable, Sendable {
  var flags: Set<String> = []
  var values: [String: [String]] = [:]
  var positionals: [String] = []

  func flag(_ name: String) -> Bool {
    flags.contains(name)
  }

  /// The last value given for an option (a repeated single-value option keeps the last, as
  /// swift-argument-parser does).
  func value(_ name: String) -> String? {
    values[name]?.last
  }

  func values(_ name: String) -> [String] {
    values[name] ?? []
  }
}
