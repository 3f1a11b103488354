import SeenKit

/// `seen compare OLD NEW`: what changed between two reviews of one case.
enum CompareCommand {
  static let spec = CommandSpec(
    name: "compare",
    abstract: "Show what changed between two reviews of one case.",
    discussion: """
      Reads two review records of the same case (seen-review/1 to /5), usually a review and \
      its re-review (seen review --again), and shows: the men added, and those no longer in the \
      baby's life; each man's state then and now (unseen, contact planned for safety, partly \
      seen, seen); the gaps closed, still open and new; the risk factors that became known; and \
      the agreed actions done, overdue (counted from today, or SEEN_TODAY), open and dropped, \
      each earlier action followed into the later review when it was carried over.
      Records of different case references are refused (exit 65): --force-pair compares them \
      anyway. Notes and actions' words are left out as the report leaves them out; \
      --include-sensitive shows them.
      """,
    arguments: [
      ArgumentSpec(name: "old", help: "The earlier review.", completion: .records),
      ArgumentSpec(name: "new", help: "The later review (a re-review).", completion: .records),
    ],
    options: [
      .value(
        "format", "format", help: "The output format.",
        choices: ComparisonRenderer.formats.map(\.rawValue), defaultValue: "text"),
      CommonOptions.output, CommonOptions.force, CommonOptions.noColor, CommonOptions.noPager,
      CommonOptions.width, CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
      .flag(
        "include-sensitive",
        help:
          "Show the words of actions left out where a safety condition is recorded or where they come from a sensitive item."
      ),
      .flag(
        "force-pair",
        help: "Compare two records even when their case references differ."),
    ],
    examples: [
      "seen compare seen-review-SW-0457.json seen-review-SW-0457-2026-12-17.json",
      "seen compare old.json new.json --format html -o changes.html",
      "SEEN_TODAY=2026-12-17 seen compare old.json new.json --format json",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = CommonOptions.format(arguments)
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "changes.pdf")
    let oldPath = arguments.positionals[0]
    let newPath = arguments.positionals[1]
    try CommonOptions.refuseOutputOverRecords(
      [("the earlier review", oldPath), ("the later review", newPath)], arguments)
    try CommonOptions.checkOutput(arguments)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let old = try RecordLoader.load(oldPath, content: content, console: console)
    let new = try RecordLoader.load(newPath, content: content, console: console)
    if RecordComparison.differentCases(old, new) && !arguments.flag("force-pair") {
      throw CommandError(
        .dataError,
        "'\(oldPath.shownInMessage)' is case \((old.caseReference ?? "").quotedInMessage) and '\(newPath.shownInMessage)' is case \((new.caseReference ?? "").quotedInMessage), so they are not two reviews of one case; compare two reviews of the same case, or add --force-pair to compare them anyway."
      )
    }
    let today = try console.today()
    let comparison = RecordComparison(
      earlier: old, later: new, content: content,
      includeSensitive: arguments.flag("include-sensitive"), today: today)
    let renderer = ComparisonRenderer(
      text: try CommonOptions.textOptions(arguments, console: console),
      pdf: .init(
        producer: "seen",
        creationDate: format.isBinary ? try SheetOutput.sourceDateEpoch(console) : nil))
    let rendered = renderer.output(comparison, as: format)
    for warning in rendered.warnings { console.writeErr("warning: \(warning)\n") }
    try CommonOptions.emit(
      String(decoding: rendered.bytes, as: UTF8.self), arguments, console: console,
      paged: !format.isBinary)
    return .success
  }
}
