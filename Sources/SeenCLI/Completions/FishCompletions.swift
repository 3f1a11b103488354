/// The fish completion script (`seen completions fish`), written from the command declarations:
/// one `complete` line per command, option and argument.
enum FishCompletions {
  static func script(_ tree: CommandTree) -> String {
    var text = header
    for command in tree.commands {
      let names = CommandTree.valueOptionNames(of: command)
      guard !names.isEmpty else { continue }
      text += "        case \(command.name)\n"
      text += "            printf '%s\\n' \(names.map(quoted).joined(separator: " "))\n"
    }
    text += helpers
    return text + completeLines(tree)
  }

  /// The script up to the cases of `__seen_value_options`.
  private static let header = """
    # Tab completion for seen in fish, written from seen's command declarations by
    # 'seen completions fish'.
    # Keep it: seen completions fish > ~/.config/fish/completions/seen.fish
    # Try it:  seen completions fish | source

    # True when no command has been typed yet.
    function __seen_needs_command
        test (count (commandline -opc)) -eq 1
    end

    # True when the command typed is $argv[1].
    function __seen_command
        set -l words (commandline -opc)
        test (count $words) -ge 2; and test "$words[2]" = "$argv[1]"
    end

    # The options of command $argv[1] that take a value.
    function __seen_value_options
        switch $argv[1]

    """

  /// The end of `__seen_value_options`, then the functions that do not depend on the commands.
  private static let helpers = """
        end
    end

    # True when the word being completed is argument $argv[2] of command $argv[1] (1 for the
    # first after the command; 2+ for the second or any after it).
    function __seen_argument
        set -l words (commandline -opc)
        test (count $words) -ge 2; and test "$words[2]" = "$argv[1]"; or return 1
        set -l value_options (__seen_value_options $argv[1])
        set -l position 1
        set -l skip 0
        set -l ended 0
        for word in $words[3..-1]
            if test $skip -eq 1
                set skip 0
            else if test $ended -eq 0 -a "$word" = --
                set ended 1
            else if test $ended -eq 0; and string match -q -- '-?*' $word
                contains -- $word $value_options; and set skip 1
            else
                set position (math $position + 1)
            end
        end
        set -l wanted (string trim -r -c + -- $argv[2])
        if string match -q -- '*+' $argv[2]
            test $position -ge $wanted
        else
            test $position -eq $wanted
        end
    end

    # Review records: *.json files, and the folders to find them in.
    function __seen_records
        set -l files (complete -C "__fish_command_without_completions "(commandline -ct))
        string match -r -- '^[^\\t]*(?:\\.json|/)(?:\\t.*)?$' $files
    end

    # Files are offered only where a file is expected.
    complete -c seen -f

    """

  /// One `complete` line per command, then per option and argument of each command.
  private static func completeLines(_ tree: CommandTree) -> String {
    var text = ""
    for command in tree.commands {
      text +=
        "complete -c seen -n __seen_needs_command -a \(quoted(command.name)) -d \(quoted(command.abstract))\n"
    }
    for option in CommandTree.options(of: tree.root) {
      text += "complete -c seen -n __seen_needs_command \(optionArguments(option, tree: tree))\n"
    }
    for command in tree.commands {
      text += "\n# seen \(command.name)\n"
      let condition = quoted("__seen_command \(command.name)")
      for option in CommandTree.options(of: command) {
        text += "complete -c seen -n \(condition) \(optionArguments(option, tree: tree))\n"
      }
      for (index, argument) in command.arguments.enumerated() {
        guard let completion = argument.completion else { continue }
        let position = "\(index + 1)\(argument.repeats ? "+" : "")"
        let condition = quoted("__seen_argument \(command.name) \(position)")
        text +=
          "complete -c seen -n \(condition) \(action(completion, tree: tree))  # <\(argument.name)>\n"
      }
    }
    return text
  }

  /// `-s o -l output -r -F -d '…'`.
  private static func optionArguments(_ option: OptionSpec, tree: CommandTree) -> String {
    var parts: [String] = []
    if let short = option.short { parts.append("-s \(short)") }
    parts.append("-l \(option.name)")
    if !option.isFlag {
      // -x: the option takes a value, and that value is not a file unless the action says so.
      parts.append(CommandTree.completion(of: option).map { action($0, tree: tree) } ?? "-x")
    }
    parts.append("-d \(quoted(CommandTree.summary(option.help)))")
    return parts.joined(separator: " ")
  }

  /// The completions for a value: fish's file and folder completers, or a list of words.
  private static func action(_ completion: ValueCompletion, tree: CommandTree) -> String {
    switch completion {
    case .file: return "-r -F"
    case .folder: return "-x -a '(__fish_complete_directories)'"
    case .records: return "-x -a '(__seen_records)'"
    case .words, .scenario, .scenarioOr, .command:
      return "-x -a " + quoted((tree.words(completion) ?? []).joined(separator: " "))
    }
  }

  /// Text in single quotes for fish, where only `\` and `'` are special.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
  }
}
