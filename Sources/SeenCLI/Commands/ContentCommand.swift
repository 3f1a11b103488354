import SeenKit

/// `seen content`: the questions, risk factors, tiers, figures, checklist and recommendations,
/// with sources, and the local file in use; `seen content --check FILE` checks a local file or
/// a content folder.
enum ContentCommand {
  static let check = OptionSpec.value(
    "check", "file",
    help:
      "Check a local file (seen-local/1) or a content folder and list every problem, each with its place in the file; exit 65 if there is any."
  )

  static let spec = CommandSpec(
    name: "content",
    abstract: "Show the review's content that seen uses, with the source of every item.",
    discussion: """
      Prints the reflective questions, the risk factors, the four tier model, the key figures, \
      the checklist and the recommendations of the review and the Foundations briefing, each \
      citing the paragraph of the review or briefing it comes from, and which local file of \
      your partnership's procedures and contacts is in use, if any, with what it adds. \
      With --check FILE, checks a local file (or a content folder, as --content takes) instead \
      and lists every problem in one run.
      """,
    options: CommonOptions.contentOptions + [check],
    examples: [
      "seen content", "seen content --format json > content.json",
      "seen content --format markdown -o content.md",
      "seen content --format html -o content.html",
      "seen content --check examples/local/anyshire.json",
      "seen content --local examples/local/anyshire.json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    if let path = arguments.value("check") { return try check(path, arguments, console: console) }
    let content = try CommonOptions.loadContent(arguments, console: console)
    let renderer = ContentRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console))
    try CommonOptions.emit(
      renderer.render(as: CommonOptions.format(arguments)), arguments, console: console,
      paged: true)
    return .success
  }

  /// Every problem of a local file or a content folder, one to a line on standard output, and
  /// one error line; or one line saying there is none.
  static func check(_ path: String, _ arguments: ParsedArguments, console: Console)
    throws(CommandError) -> ExitCode
  {
    if arguments.value("local") != nil || arguments.value("output") != nil {
      throw CommandError(
        .usage,
        "--check FILE checks that one file and prints what it finds; leave out --local and --output."
      )
    }
    // Its problems are lines of text; a --format that it would not honour is refused, never
    // passed over.
    if let format = arguments.value("format"), format != "text" {
      throw CommandError(
        .usage,
        "--check FILE lists its problems as lines of text, not as \(format.quotedInMessage); leave out --format."
      )
    }
    let lines: [String]
    var warningLines: [String] = []
    let summary: String
    if FileStore.folderProblem(path) == nil {
      let files = try CommonOptions.contentFiles(path, console: console)
      switch Result(catching: { () throws(ContentError) in
        try Content.load(files: files, folder: path)
      }) {
      case .success(let content):
        try console.writeOut(
          "\(path.shownInMessage): no problems (content \(content.contentVersion))\n")
        return .success
      case .failure(let error):
        lines = error.problemLines
        summary = "the content folder"
      }
    } else {
      let content = try CommonOptions.baseContent(arguments, console: console)
      let bytes = try FileStore.read(path, console: console)
      let (local, problems, warnings) = LocalProcedures.checked(
        bytes, file: path, content: content)
      // Warnings follow the problems, each marked "warning:", and never change the exit status.
      warningLines = warnings.map { "warning: \($0.description)" }
      if let local, problems.isEmpty {
        let warned =
          warnings.isEmpty
          ? ""
          : "; \(warnings.count) \(warnings.count == 1 ? "warning" : "warnings"), listed above"
        try console.writeOut(
          warningLines.map { $0 + "\n" }.joined()
            + "\(path.shownInMessage): no problems (partnership \(local.partnership), version \(local.version))\(warned)\n"
        )
        return .success
      }
      lines = problems.map(\.description)
      summary = "the local file"
    }
    try console.writeOut((lines + warningLines).map { $0 + "\n" }.joined())
    let warned =
      warningLines.isEmpty
      ? ""
      : " (with \(warningLines.count) \(warningLines.count == 1 ? "warning" : "warnings"))"
    throw CommandError(
      .dataError,
      "\(summary) '\(path.shownInMessage)' has \(lines.count) \(lines.count == 1 ? "problem" : "problems")\(warned), listed above; fix \(lines.count == 1 ? "it" : "them") and check again."
    )
  }
}
