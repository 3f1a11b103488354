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
      anyway. The same review twice (the same file, or the same id) is refused too (exit 65). \
      Two reviews given the wrong way round (the first supersedes the second, or is dated \
      after it) are read the right way round, with a line on standard error saying so. A safety \
      condition recorded since the earlier review (a safety concern, violence or control, your \
      fear) comes first, and is never counted as a gap closed. Notes and actions' words are left out as the report leaves them out; \
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
    var old = try RecordLoader.load(oldPath, content: content, console: console)
    var new = try RecordLoader.load(newPath, content: content, console: console)
    let order = RecordComparison.order(old, new)
    if order == .sameReview {
      let what = old.id.map { "the same review (id \($0))" } ?? "the same review"
      throw CommandError(
        .dataError,
        oldPath == newPath
          ? "'\(oldPath.shownInMessage)' is given twice, so there is nothing to compare; give an earlier review and the later one (seen review --again makes a re-review)."
          : "'\(oldPath.shownInMessage)' and '\(newPath.shownInMessage)' are \(what), so there is nothing to compare; give an earlier review and the later one (seen review --again makes a re-review)."
      )
    }
    if RecordComparison.differentCases(old, new) && !arguments.flag("force-pair") {
      throw CommandError(
        .dataError,
        "'\(oldPath.shownInMessage)' is case \((old.caseReference ?? "").quotedInMessage) and '\(newPath.shownInMessage)' is case \((new.caseReference ?? "").quotedInMessage), so they are not two reviews of one case; compare two reviews of the same case, or add --force-pair to compare them anyway."
      )
    }
    // Given the wrong way round: read as it is, with a line saying so.
    switch order {
    case .firstSupersedesSecond:
      console.writeErr(
        "compare: reading '\(PathBytes.shown(newPath.shownInMessage))' as the earlier review: '\(PathBytes.shown(oldPath.shownInMessage))' supersedes it.\n"
      )
      swap(&old, &new)
    case .secondDatedEarlier:
      console.writeErr(
        "compare: reading '\(PathBytes.shown(newPath.shownInMessage))' as the earlier review: it is dated \(new.date ?? ""), before '\(PathBytes.shown(oldPath.shownInMessage))' (\(old.date ?? "")).\n"
      )
      swap(&old, &new)
    case .asGiven, .sameReview: break
    }
    let today = try console.today()
    let comparison = RecordComparison(
      earlier: old, later: new, content: content,
      includeSensitive: arguments.flag("include-sensitive"), today: today)
    let renderer = ComparisonRenderer(
      text: try CommonOptions.textOptions(arguments, console: console),
      pdf: try CommonOptions.pdfOptions(format, console: console))
    let rendered = renderer.output(comparison, as: format)
    try CommonOptions.emit(rendered, arguments, console: console, paged: !format.isBinary)
    return .success
  }
}
