/// The manual page (`seen man`), in mdoc(7), written from the command declarations: a section
/// on each command with its arguments and options, then the environment, files, exit statuses
/// and privacy.
enum ManPage {
  /// The page's date: the last change to what it says outside the declarations. A fixed date, so
  /// that the same seen always prints the same page.
  static let date = "December 3, 2026"

  /// The exit statuses, as README's "Errors and exit codes" gives them.
  static let exitStatuses: [(codes: [ExitCode], meaning: String)] = [
    ([.success], "Done."),
    (
      [.gapsFound],
      "--fail-on-gaps was given and the review has gaps; or a guided review's input ended with Ctrl-D (the answers so far are saved)."
    ),
    (
      [.usage],
      "The command line is wrong, including an --output that names the review record being read or saved."
    ),
    (
      [.dataError],
      "An input file is malformed, names an unknown item or answer, or is over a limit; or a line of the guided review is over its limit."
    ),
    ([.noInput], "An input file does not exist or cannot be read."),
    (
      [.cannotCreate],
      "An output file cannot be created, already exists (add --force), or is not a regular file (a device or a pipe)."
    ),
    (
      [.ioError],
      "Reading or writing failed part way, for example on a full disk; in a guided review, the message names the file where the answers were kept instead."
    ),
    (
      [.tempFail],
      "The review record is open in another seen session; finish that session and try again."
    ),
    (
      [.interrupted, .terminated, .hangUp],
      "A guided review was stopped by Ctrl-C, SIGTERM or a closed terminal; the answers so far are saved."
    ),
  ]

  /// The environment variables seen reads, and what each does.
  static let environment: [(name: String, meaning: String)] = [
    (
      "COLUMNS",
      "The width the guided review's questions are wrapped to, when it is not a terminal's."
    ),
    ("FORCE_COLOR", "Set and not 0: colour the output even when it is not a terminal."),
    (
      "HOME",
      "When a guided review cannot save its record, the answers are kept in a private file here (else in TMPDIR, else /tmp); ~/.config/seen/local.json is the local file when XDG_CONFIG_HOME is unset."
    ),
    ("LESS", "Left as it is; when unset, the pager is given FRX."),
    ("LINES", "The screen's height, when the terminal does not tell, to decide whether to page."),
    ("NO_COLOR", "Set and not empty: never colour the output, as --no-color does."),
    (
      "PAGER",
      "The pager for output longer than the screen, when SEEN_PAGER is unset; empty or cat prints straight to the terminal."
    ),
    ("PATH", "Where less is looked for."),
    (
      "SEEN_LOCAL",
      "The local file of your partnership's procedures and contacts (seen-local/1), when --local does not name one; --no-local ignores it."
    ),
    ("SEEN_PAGER", "The pager for seen only; it wins over PAGER."),
    (
      "SEEN_TODAY",
      "The day to take as today (year-month-day), for due dates such as \"in 2 weeks\" and overdue actions: a trainer's script or a test then gives the same output on any day."
    ),
    (
      "SOURCE_DATE_EPOCH",
      "The date written into a PDF, in seconds since 1970; without it a PDF has no date, so the same sheet always gives the same bytes."
    ),
    ("TERM", "dumb: no colour, and no less."),
    ("TMPDIR", "Where the answers are kept when the home folder cannot be written."),
    (
      "XDG_CONFIG_HOME",
      "The configuration folder: $XDG_CONFIG_HOME/seen/local.json is the local file when neither --local nor SEEN_LOCAL names one and it exists."
    ),
  ]

  static func page(_ tree: CommandTree, version: String) -> String {
    var lines = [
      #".\" The manual page of seen, written from its command declarations by 'seen man'."#,
      #".\" Keep it: seen man > ~/.local/share/man/man1/seen.1 (then: man seen)"#,
      ".Dd \(date)",
      ".Dt SEEN 1",
      ".Os seen \(version)",
      ".Sh NAME",
      ".Nm seen",
      ".Nd " + text(lowercasedFirst(tree.root.abstract.dropLast(".".count))),
      ".Sh SYNOPSIS",
    ]
    for command in tree.commands {
      lines += [".Nm", ".Cm \(command.name)"] + command.arguments.map(synopsis)
      if !command.options.isEmpty { lines.append(".Op Ar options") }
    }
    lines += [".Nm", ".Op Fl h | Fl -help | Fl -version"]
    lines +=
      [".Sh DESCRIPTION"] + paragraphs(tree.root.discussion ?? tree.root.abstract).dropFirst()
    let widest = tree.commands.map(\.name).max { $0.count < $1.count } ?? "Ds"
    lines += [".Pp", "The commands:", ".Bl -tag -width \(widest)"]
    for command in tree.commands {
      lines += [".It Cm \(command.name)", text(command.abstract)]
    }
    lines += [".El"] + options(tree.root, tree: tree)
    lines.append(".Sh COMMANDS")
    for command in tree.commands {
      lines += section(command, tree: tree)
    }
    lines += [".Sh ENVIRONMENT", ".Bl -tag -width Ds"]
    for variable in environment {
      lines += [".It Ev \(variable.name)", text(variable.meaning)]
    }
    lines += [".El"] + files() + [".Sh EXIT STATUS", ".Bl -tag -width Ds"]
    for status in exitStatuses {
      lines.append(".It " + status.codes.map { "\($0.rawValue)" }.joined(separator: " , "))
      lines.append(text(status.meaning))
    }
    lines += [".El", ".Sh EXAMPLES"] + examples(tree.root.examples)
    lines += privacy() + seeAlso()
    return lines.joined(separator: "\n") + "\n"
  }

  /// `.Ar file`, `.Op Ar name`, `.Ar path ...`.
  private static func synopsis(_ argument: ArgumentSpec) -> String {
    let name = "Ar \(argument.name)" + (argument.repeats ? " ..." : "")
    return argument.isOptional ? ".Op \(name)" : ".\(name)"
  }

  /// A command's section: what it does, its arguments, its options and examples.
  private static func section(_ command: CommandSpec, tree: CommandTree) -> [String] {
    var lines = [".Ss seen \(command.name)", text(command.abstract)]
    if let discussion = command.discussion {
      lines += paragraphs(discussion)
    }
    if !command.arguments.isEmpty {
      lines += [".Pp", "Arguments:", ".Bl -tag -width Ds"]
      for argument in command.arguments {
        let help = argument.help + (argument.completion.map { values($0, tree: tree) } ?? "")
        lines += [".It Ar \(argument.name)" + (argument.repeats ? " ..." : ""), text(help)]
      }
      lines.append(".El")
    }
    lines += options(command, tree: tree)
    if !command.examples.isEmpty {
      lines += [".Pp", "Examples:"] + examples(command.examples)
    }
    return lines
  }

  /// The options of a command (with --help, and seen's --version) as a tagged list.
  private static func options(_ command: CommandSpec, tree: CommandTree) -> [String] {
    var lines = [".Pp", "Options:", ".Bl -tag -width Ds"]
    for option in CommandTree.options(of: command) {
      var item =
        option.short.map { ".It Fl \($0) , Fl -\(option.name)" } ?? ".It Fl -\(option.name)"
      if let valueName = option.valueName { item += " Ar \(valueName)" }
      var help = option.help
      if let completion = CommandTree.completion(of: option) {
        help += values(completion, tree: tree)
      }
      if let defaultValue = option.defaultValue { help += " Default: \(defaultValue)." }
      lines += [item, text(help)]
    }
    return lines + [".El"]
  }

  /// The words a value may be, as a sentence after its help: " Values: text, markdown, json."
  private static func values(_ completion: ValueCompletion, tree: CommandTree) -> String {
    guard let words = tree.words(completion), !words.isEmpty else { return "" }
    let list = words.joined(separator: ", ")
    switch completion {
    case .scenario: return " The built-in scenarios: \(list)."
    case .scenarioOr(let extra):
      return " The built-in scenarios: \(tree.scenarios.joined(separator: ", ")); or "
        + extra.joined(separator: ", ") + "."
    case .command: return " The commands: \(list)."
    default: return " Values: \(list)."
    }
  }

  private static func examples(_ examples: [String]) -> [String] {
    [".Bd -literal -offset indent"] + examples.map { escaped($0) } + [".Ed"]
  }

  private static func files() -> [String] {
    [
      ".Sh FILES",
      ".Bl -tag -width Ds",
      ".It Pa seen-review-<case>.json",
      text(
        "The review record (JSON, seen-review/4) a guided review saves after each answer, unless --save names another file. It holds the case reference, labels such as \"Father\", the answers and their notes; never names."
      ),
      ".It Pa .seen-<hash>.lock",
      text(
        "A small hidden file beside a review record while a session may write it, so that two sessions never save over each other; removed when seen ends."
      ),
      ".It Pa ~/.config/seen/local.json",
      text(
        "Your partnership's local procedures and contacts (seen-local/1), added to every output when neither --local nor SEEN_LOCAL names another file ($XDG_CONFIG_HOME/seen/local.json where that is set); seen content --check checks it."
      ),
      ".It Pa seen-review-<date>-unsaved-XXXXXX.json",
      text(
        "Where a guided review keeps the answers, in HOME or TMPDIR, when it cannot save its record; the message says so."
      ),
      ".El",
    ]
  }

  private static func privacy() -> [String] {
    [".Sh PRIVACY"]
      + paragraphs(
        """
        Case notes are sensitive. seen has no network code at all: nothing leaves this computer. \
        It asks for no names. Files it writes are created with mode 0600 (readable by you only), \
        written to a temporary file and renamed into place, and never written over an existing \
        file unless --force is given. Notes marked sensitive are left out of reports and sheets \
        unless --include-sensitive is given, and case notes never go to standard error.
        """
      ).dropFirst()
  }

  private static func seeAlso() -> [String] {
    [
      ".Sh SEE ALSO",
      ".Xr less 1 ,",
      ".Xr lpr 1",
      ".Pp",
      ".Rs",
      ".%Q Child Safeguarding Practice Review Panel",
      ".%T The Myth of Invisible Men: safeguarding children under 1 from non-accidental injury caused by male carers",
      ".%D 2021",
      ".Re",
    ]
  }

  /// Paragraphs separated by a line break in the declarations, each after `.Pp`.
  private static func paragraphs(_ text: String) -> [String] {
    text.split(separator: "\n").flatMap { [".Pp", self.text(String($0))] }
  }

  /// Running text: one sentence to a line (as mdoc asks), escaped.
  static func text(_ text: String) -> String {
    var lines: [String] = []
    var line = ""
    var previous: Character?
    for character in text {
      if character == " ", let previous, ".?!".contains(previous), !line.isEmpty {
        lines.append(line)
        line = ""
      } else {
        line.append(character)
      }
      previous = character
    }
    lines.append(line)
    return lines.flatMap(wrapped).map(escaped).joined(separator: "\n")
  }

  /// A sentence in lines of at most 80 characters once escaped, broken at spaces (as mandoc's
  /// lint asks; a word longer than that keeps its own line).
  private static func wrapped(_ sentence: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in sentence.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if !line.isEmpty && escaped(candidate).utf8.count > 80 {
        lines.append(line)
        line = String(word)
      } else {
        line = candidate
      }
    }
    return lines + [line]
  }

  /// One line of text for roff: `\` as `\e`, `-` as a minus (so options copy as typed), other
  /// than ASCII as `\[uXXXX]`, and `\&` before a leading `.` or `'`, which would be a request.
  static func escaped(_ line: String) -> String {
    var result = ""
    for scalar in line.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case _ where scalar.value > 0x7E || scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      default: result.unicodeScalars.append(scalar)
      }
    }
    if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
    return result
  }

  private static func lowercasedFirst(_ text: Substring) -> String {
    guard let first = text.first else { return "" }
    return first.lowercased() + text.dropFirst()
  }
}
