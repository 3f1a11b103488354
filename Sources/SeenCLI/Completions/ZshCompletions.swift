/// The zsh completion script (`seen completions zsh`), written from the command declarations in
/// the form of zsh's `_arguments`: one function per command.
enum ZshCompletions {
  static func script(_ tree: CommandTree) -> String {
    var text = dispatcher(tree)
    for command in tree.commands {
      text += "\n" + function(command, tree: tree)
    }
    return text + trailer
  }

  /// Runs `_seen` when zsh loads the file as a completion function, else registers it.
  private static let trailer = """

    if [[ $funcstack[1] == _seen ]]; then
        _seen "$@"
    else
        compdef _seen seen
    fi

    """

  /// The header, `_seen`, which completes a command's name or hands the words to that
  /// command's function, and `_seen_records`.
  private static func dispatcher(_ tree: CommandTree) -> String {
    var text = """
      #compdef seen
      # Tab completion for seen in zsh, written from seen's command declarations by
      # 'seen completions zsh'.
      # Keep it: seen completions zsh > ~/.zsh/completions/_seen
      #          and in ~/.zshrc, before compinit: fpath=(~/.zsh/completions $fpath)
      # Try it:  autoload -U compinit && compinit && source <(seen completions zsh)

      _seen() {
          local context state state_descr line
          local -A opt_args
          local -i ret=1
          _arguments -S -C \\

      """
    for option in CommandTree.options(of: tree.root) {
      text += "        \(spec(option, tree: tree, excludesAll: true)) \\\n"
    }
    text += """
              '(-): :->command' \\
              '(-)*:: :->argument' && ret=0
          case $state in
              command)
                  local -a commands=(

      """
    for command in tree.commands {
      let entry = command.name.replacing(":", with: "\\:") + ":" + command.abstract
      text += "                \(CommandTree.shellQuoted(entry))\n"
    }
    text += """
                  )
                  _describe -t commands 'seen command' commands && ret=0
                  ;;
              argument)
                  case $words[1] in

      """
    for command in tree.commands {
      text += "                \(command.name)) \(functionName(command)) && ret=0 ;;\n"
    }
    text += """
                  esac
                  ;;
          esac
          return ret
      }

      # Review records: *.json files, and the folders to find them in.
      _seen_records() {
          _files -g '*.json(-.)'
      }

      """
    return text
  }

  /// `_seen_report`, the function that completes `seen report`.
  static func functionName(_ command: CommandSpec) -> String {
    "_seen_" + command.name.replacing("-", with: "_")
  }

  private static func function(_ command: CommandSpec, tree: CommandTree) -> String {
    var specs = CommandTree.options(of: command).map {
      spec($0, tree: tree, excludesAll: $0.name == CommandTree.helpFlag.name)
    }
    for (index, argument) in command.arguments.enumerated() {
      let position = argument.repeats ? "*" : "\(index + 1)"
      let optional = argument.isOptional ? "::" : ":"
      let action = argument.completion.map { self.action($0, tree: tree) } ?? " "
      specs.append(
        CommandTree.shellQuoted("\(position)\(optional)\(escaped(argument.name)):\(action)"))
    }
    return "\(functionName(command))() {\n    _arguments -S \\\n"
      + specs.map { "        \($0)" }.joined(separator: " \\\n") + "\n}\n"
  }

  /// `'(-o --output)'{-o,--output}'[Write to this file …]:file:_files'`. `excludesAll`: once
  /// given, nothing else is offered (--help, --version).
  private static func spec(_ option: OptionSpec, tree: CommandTree, excludesAll: Bool) -> String {
    let names = CommandTree.names(option)
    let description = "[\(escaped(CommandTree.summary(option.help)))]"
    var value = ""
    if let valueName = option.valueName {
      let action = CommandTree.completion(of: option).map { self.action($0, tree: tree) } ?? " "
      value = ":\(escaped(valueName)):\(action)"
    }
    let exclusions = excludesAll ? "(- *)" : "(\(names.joined(separator: " ")))"
    if names.count == 1 {
      let prefix = option.repeats ? "*" : (excludesAll ? exclusions : "")
      return CommandTree.shellQuoted(prefix + names[0] + description + value)
    }
    let prefix = option.repeats ? "*" : exclusions
    return CommandTree.shellQuoted(prefix) + "{\(names.joined(separator: ","))}"
      + CommandTree.shellQuoted(description + value)
  }

  private static func action(_ completion: ValueCompletion, tree: CommandTree) -> String {
    switch completion {
    case .file: return "_files"
    case .folder: return "_files -/"
    case .records: return "_seen_records"
    case .words, .scenario, .scenarioOr, .command:
      return "(" + (tree.words(completion) ?? []).map(escapedWord).joined(separator: " ") + ")"
    }
  }

  /// Text inside an `_arguments` spec, where `\`, `:`, `[` and `]` have a meaning.
  private static func escaped(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing(":", with: "\\:")
      .replacing("[", with: "\\[").replacing("]", with: "\\]")
  }

  /// A word in an `(a b c)` action, where spaces and parentheses separate.
  private static func escapedWord(_ word: String) -> String {
    var result = ""
    for character in escaped(word) {
      if " ()".contains(character) { result += "\\" }
      result.append(character)
    }
    return result
  }
}
