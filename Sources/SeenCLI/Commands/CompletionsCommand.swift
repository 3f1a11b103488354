import SeenKit

/// `seen completions SHELL`: the Tab-completion script for bash, zsh or fish, written from the
/// command declarations.
enum CompletionsCommand {
  static let shells = ["bash", "zsh", "fish"]

  static let spec = CommandSpec(
    name: "completions",
    abstract: "Print the Tab-completion script for bash, zsh or fish.",
    discussion: """
      Tab then completes seen's commands, their options, the values an option takes (formats, \
      levels), scenario names, review files (*.json) and folders. Save the script where your \
      shell reads completions (README, "Tab completion", says where), or try it at once with: \
      source <(seen completions bash)
      """,
    arguments: [
      ArgumentSpec(
        name: "shell", help: "bash, zsh or fish.", completion: .words(shells))
    ],
    examples: [
      "seen completions bash > ~/.local/share/bash-completion/completions/seen",
      "seen completions zsh > ~/.zsh/completions/_seen",
      "seen completions fish > ~/.config/fish/completions/seen.fish",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let shell = arguments.positionals[0]
    let tree = try SeenCommand.tree()
    switch shell {
    case "bash": try console.writeOut(BashCompletions.script(tree))
    case "zsh": try console.writeOut(ZshCompletions.script(tree))
    case "fish": try console.writeOut(FishCompletions.script(tree))
    default:
      throw CommandError(
        .usage,
        "the value '\(shell.shownInMessage)' is invalid for '<shell>'; use one of: \(shells.joined(separator: ", "))."
      )
    }
    return .success
  }
}
