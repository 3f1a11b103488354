/// The bash completion script (`seen completions bash`), written from the command declarations:
/// one function per command that completes its options, their values and its arguments.
/// It runs in bash 3.2 (macOS) as well as bash 5.
enum BashCompletions {
  static func script(_ tree: CommandTree) -> String {
    var text = helpers + dispatcher(tree)
    for command in tree.commands {
      text += "\n" + function(command, tree: tree)
    }
    text += "\ncomplete -F _seen seen\n"
    return text
  }

  /// The functions that do not depend on the commands.
  private static let helpers = """
    # Tab completion for seen in bash, written from seen's command declarations by
    # 'seen completions bash'.
    # Try it:  source <(seen completions bash)
    # Keep it: seen completions bash > ~/.local/share/bash-completion/completions/seen
    #          (read by the bash-completion package; without it, source that file from ~/.bashrc)

    # Adds each line of standard input to the completions.
    _seen_add() {
        local line
        while IFS= read -r line; do
            COMPREPLY+=("$line")
        done
    }

    # The words in $1 that start with the word being completed.
    _seen_words() {
        _seen_add < <(compgen -W "$1" -- "$cur")
    }

    _seen_files() {
        compopt -o filenames 2>/dev/null
        _seen_add < <(compgen -f -- "$cur")
    }

    _seen_folders() {
        compopt -o filenames 2>/dev/null
        _seen_add < <(compgen -d -- "$cur")
    }

    # Review records: *.json files, and the folders to find them in.
    _seen_records() {
        compopt -o filenames 2>/dev/null
        _seen_add < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
    }

    # Which argument of the command the word being completed is (1 for the first), passing over
    # options and the values of the options named in $1.
    _seen_position() {
        local position=1 index=2 ended="" word
        while [[ $index -lt $COMP_CWORD ]]; do
            word="${COMP_WORDS[index]}"
            if [[ -n "$ended" || "$word" == "-" || "$word" != -* ]]; then
                position=$((position + 1))
            elif [[ "$word" == "--" ]]; then
                ended=1
            elif [[ " $1 " == *" $word "* ]]; then
                index=$((index + 1))
                if [[ "${COMP_WORDS[index]}" == "=" ]]; then
                    index=$((index + 1))
                fi
            fi
            index=$((index + 1))
        done
        echo "$position"
    }

    """

  /// `_seen`, which completes a command's name, or hands the word to that command's function.
  private static func dispatcher(_ tree: CommandTree) -> String {
    let rootOptions = CommandTree.options(of: tree.root).flatMap(CommandTree.names)
    var text = """

      _seen() {
          local cur="${COMP_WORDS[COMP_CWORD]}" previous="${COMP_WORDS[COMP_CWORD-1]}"
          # bash splits --format=json at the '=': complete the value after it.
          if [[ "$cur" == "=" ]]; then
              cur=""
          elif [[ "$previous" == "=" && $COMP_CWORD -gt 2 ]]; then
              previous="${COMP_WORDS[COMP_CWORD-2]}"
          fi
          COMPREPLY=()
          if [[ $COMP_CWORD -eq 1 ]]; then
              if [[ "$cur" == -* ]]; then
                  _seen_words \(words(rootOptions))
              else
                  _seen_words \(words(tree.commands.map(\.name)))
              fi
              return 0
          fi
          case "${COMP_WORDS[1]}" in

      """
    for command in tree.commands {
      text += "        \(command.name)) \(functionName(command)) ;;\n"
    }
    text += """
          esac
          return 0
      }

      """
    return text
  }

  /// `_seen_report`, the function that completes `seen report`.
  static func functionName(_ command: CommandSpec) -> String {
    "_seen_" + command.name.replacing("-", with: "_")
  }

  private static func function(_ command: CommandSpec, tree: CommandTree) -> String {
    let options = CommandTree.options(of: command)
    var text = "\(functionName(command))() {\n"
    let valueOptions = options.filter { !$0.isFlag }
    if !valueOptions.isEmpty {
      text += "    case \"$previous\" in\n"
      var freeText: [String] = []
      for option in valueOptions {
        let pattern = CommandTree.names(option).joined(separator: "|")
        guard let completion = CommandTree.completion(of: option) else {
          freeText.append(pattern)
          continue
        }
        text += "        \(pattern)) \(action(completion, tree: tree)); return ;;\n"
      }
      if !freeText.isEmpty {
        // Values typed freely (a case reference, a number): nothing to offer.
        text += "        \(freeText.joined(separator: "|"))) return ;;\n"
      }
      text += "    esac\n"
    }
    text += """
          if [[ "$cur" == -* ]]; then
              _seen_words \(words(options.flatMap(CommandTree.names)))
              return
          fi

      """
    let arguments = command.arguments.compactMap { argument in
      argument.completion.map { (argument, $0) }
    }
    if !arguments.isEmpty {
      let valueNames = words(CommandTree.valueOptionNames(of: command))
      text += "    case \"$(_seen_position \(valueNames))\" in\n"
      for (index, (argument, completion)) in arguments.enumerated() {
        let number = command.arguments.firstIndex { $0.name == argument.name }.map { $0 + 1 }
        let pattern = argument.repeats ? "*" : "\(number ?? index + 1)"
        text += "        \(pattern)) \(action(completion, tree: tree)) ;;  # <\(argument.name)>\n"
      }
      text += "    esac\n"
    }
    return text + "}\n"
  }

  private static func action(_ completion: ValueCompletion, tree: CommandTree) -> String {
    switch completion {
    case .file: return "_seen_files"
    case .folder: return "_seen_folders"
    case .records: return "_seen_records"
    case .words, .scenario, .scenarioOr, .command:
      return "_seen_words " + words(tree.words(completion) ?? [])
    }
  }

  private static func words(_ words: [String]) -> String {
    CommandTree.shellQuoted(words.joined(separator: " "))
  }
}
