import SeenKit

/// Writes `--help` in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS.
enum HelpFormatter {
  static func usage(_ spec: CommandSpec) -> String {
    if !spec.subcommands.isEmpty {
      return "\(spec.commandName) <command> [<options>]"
    }
    var parts = [spec.commandName]
    for argument in spec.arguments {
      let name = "<\(argument.name)>" + (argument.repeats ? " ..." : "")
      parts.append(argument.isOptional ? "[\(name)]" : name)
    }
    if !spec.options.isEmpty { parts.append("[<options>]") }
    return parts.joined(separator: " ")
  }

  static func help(_ spec: CommandSpec, width: Int = 80) -> String {
    var output = "OVERVIEW: \(spec.abstract)\n"
    if let discussion = spec.discussion {
      output +=
        "\n"
        + discussion.split(separator: "\n", omittingEmptySubsequences: false).map {
          TextWrapping.wrap(String($0), width: width)
        }.joined(separator: "\n") + "\n"
    }
    output += "\nUSAGE: \(usage(spec))\n"
    if !spec.arguments.isEmpty {
      output += "\nARGUMENTS:\n"
      for argument in spec.arguments {
        output += row("<\(argument.name)>", argument.help, width: width)
      }
    }
    output += "\nOPTIONS:\n"
    // With --help (and seen's --version), as the completions and the man page list them.
    for option in CommandTree.options(of: spec) {
      let name = (option.short.map { "-\($0), " } ?? "") + option.display
      var help = option.help
      if let choices = option.choices { help += " (values: \(choices.joined(separator: ", ")))" }
      if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
      output += row(name, help, width: width)
    }
    if !spec.subcommands.isEmpty {
      output += "\nCOMMANDS:\n"
      for command in spec.subcommands {
        output += row(command.name, command.abstract, width: width)
      }
      output += "\n  See 'seen help <command>' for detailed help.\n"
    }
    if !spec.examples.isEmpty {
      output += "\nEXAMPLES:\n"
      for example in spec.examples {
        output += "  \(example)\n"
      }
    }
    return output
  }

  private static func row(_ name: String, _ help: String, width: Int) -> String {
    let column = 26
    let indent = String(repeating: " ", count: column)
    let lines = TextWrapping.wrap(help, width: max(20, width - column)).split(separator: "\n")
      .map { indent + $0 }
    let lead = "  " + name
    if lead.count < column - 1, let first = lines.first {
      let padded = lead + String(repeating: " ", count: column - lead.count)
      return ([padded + first.dropFirst(column)] + lines.dropFirst()).joined(separator: "\n") + "\n"
    }
    return ([lead] + lines).joined(separator: "\n") + "\n"
  }
}
