import SeenKit

/// `seen review`: a self-review of one case, from an answers file and `--set`s, ending in the gap report.
enum ReviewCommand {
  static let spec = CommandSpec(
    name: "review",
    abstract: "Review one case and print its gap report.",
    discussion: """
      Answers come from a review record (--answers) and from --set, applied in order. Use case \
      references and labels such as "Father" or "Mother's partner", never names.
      --set takes MAN.ITEM=ANSWER[:note] for an item about one man (MAN is his label or number; a \
      new label adds him), ITEM=ANSWER[:note] for a case-level item, and MAN.relationship=… or \
      MAN.lives-with-baby=yes|no|unknown for his details. See 'seen content' for every item and its answers.
      """,
    options: [
      .value(
        "answers", "file", help: "Start from this review record (JSON), or - for standard input."),
      .value(
        "set", "assignment",
        help: "Set one answer, as MAN.ITEM=ANSWER[:note] or ITEM=ANSWER[:note]. Repeatable.",
        repeats: true),
      .value("case", "reference", help: "The case reference (not a name)."),
      .value("role", "role", help: "Your role, such as \"Health visitor\"."),
      .value("date", "date", help: "The date of the review, as you write it."),
      .flag(
        "no-input", help: "Never ask questions; report on what the answers file and --set give."),
      .value("save", "file", help: "Save the review record to this file (mode 0600)."),
      .flag("fail-on-gaps", help: "Exit with status 1 when the review has any gap (for scripts)."),
    ] + CommonOptions.outputOptions,
    examples: [
      "seen review --answers examples/unseen-father.json --no-input",
      "seen review --answers - --no-input --format json < answers.json",
      "seen review --case HV-0193 --set father.identified=yes --set father.contacted=no --no-input",
      "seen review --answers review.json --set father.contacted=yes --save review.json --force --no-input",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let scripted =
      arguments.value("answers") != nil || !arguments.values("set").isEmpty
      || arguments.flag("no-input")
    guard scripted else {
      throw CommandError(
        .usage,
        "the interactive review is not available yet; give --answers FILE, --set MAN.ITEM=ANSWER or --no-input."
      )
    }
    let content = try CommonOptions.loadContent(arguments, console: console)
    var record = ReviewRecord()
    if let answers = arguments.value("answers") {
      record = try RecordLoader.load(answers, content: content, console: console)
    }
    if let reference = arguments.value("case") { record.caseReference = reference }
    if let role = arguments.value("role") { record.role = role }
    if let date = arguments.value("date") { record.date = date }
    for text in arguments.values("set") {
      do {
        try record.apply(SetAssignment(parsing: text), content: content)
      } catch {
        throw CommandError(.dataError, error.description)
      }
    }
    if let save = arguments.value("save") {
      try FileStore.writeAtomically(record.encoded(), to: save, force: arguments.flag("force"))
    }
    return try ReportOutput.write(record, content: content, arguments, console: console)
  }
}
