import SeenKit

/// `seen report FILE`: the gap report of a saved review.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report",
    abstract: "Print the gap report of a saved review.",
    discussion:
      "Reads a review record (seen-review/1 to /5) and prints what to do first, then for each man and for the case what is in place and each gap with its next step, then the review's agreed actions, if any, each open, overdue (counted from today, or SEEN_TODAY), done or dropped. The first steps (at most five) follow one rule: "
      + FirstStep.Level.rule.joined(separator: " ")
      + " Where a safety condition holds, the report opens with what to do if you have a concern and how to plan contact for safety, and every next step takes its safe form.",
    arguments: [
      ArgumentSpec(
        name: "file", help: "The saved review, or - for standard input.", completion: .records)
    ],
    options: CommonOptions.reportOptions + [
      .flag("fail-on-gaps", help: "Exit with status 1 when the review has any gap (for scripts).")
    ],
    examples: [
      "seen report review.json", "seen report review.json --detail full",
      "seen report review.json --format markdown -o report.md",
      "seen report review.json --format pdf -o report.pdf",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    try ReportOutput.check(arguments, console: console)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let path = arguments.positionals[0]
    try CommonOptions.refuseOutputOverRecords([("the review being reported on", path)], arguments)
    let record = try RecordLoader.load(path, content: content, console: console)
    return try ReportOutput.write(
      record, content: content, arguments, console: console)
  }
}

/// Reading a review record from a file or standard input.
enum RecordLoader {
  static func load(_ path: String, content: Content, console: Console) throws(CommandError)
    -> ReviewRecord
  {
    let bytes = try FileStore.read(path, console: console)
    let record: ReviewRecord
    // A supervision dated after today is refused; where SEEN_TODAY cannot be read, the command
    // that needs today says so, and a reading that does not is not stopped by it.
    let today = try? console.today()
    do {
      record = try ReviewRecord.decode(bytes, file: path, content: content, today: today)
    } catch {
      throw CommandError(.dataError, error.description)
    }
    warnOfUndefinedLocalItems(record, path: path, console: console)
    return record
  }

  /// Once for a record: its answers to local items this content does not define are kept (and
  /// saved back), never refused.
  static func warnOfUndefinedLocalItems(_ record: ReviewRecord, path: String, console: Console) {
    let ids = record.undefinedLocalItems
    guard !ids.isEmpty else { return }
    let name = path == "-" ? "the review on standard input" : path.shownInMessage
    let items = ids.count == 1 ? "1 local item" : "\(ids.count) local items"
    console.writeErr(
      "warning: \(name) has answers to \(items) not defined here (\(ids.joined(separator: ", "))); they are kept. Use the local file that defines them (--local FILE) to see them.\n"
    )
  }
}

/// Rendering a record's gap report and writing it out, shared by `review` and `report`.
enum ReportOutput {
  /// Refuses, before any work, a PDF on a terminal or a bad SOURCE_DATE_EPOCH.
  static func check(_ arguments: ParsedArguments, console: Console) throws(CommandError) {
    try SheetOutput.check(
      isBinary: CommonOptions.format(arguments).isBinary, arguments, console: console,
      example: "report.pdf")
  }

  static func write(
    _ record: ReviewRecord, content: Content, _ arguments: ParsedArguments, console: Console
  ) throws(CommandError) -> ExitCode {
    // Overdue actions are counted from today (or SEEN_TODAY); a record without actions needs no
    // day, so its report never depends on one.
    let report = GapAnalysis.report(
      for: record, content: content, includeSensitive: arguments.flag("include-sensitive"),
      today: record.actions.isEmpty ? nil : try console.today())
    let format = CommonOptions.format(arguments)
    let renderer = GapReportRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console),
      detail: CommonOptions.detail(arguments),
      // As for sheets: seen without its version, dated only by SOURCE_DATE_EPOCH.
      pdf: try CommonOptions.pdfOptions(format, console: console))
    let rendered = renderer.output(report, as: format)
    try CommonOptions.emit(rendered, arguments, console: console, paged: !format.isBinary)
    return arguments.flag("fail-on-gaps") && report.hasGaps ? .gapsFound : .success
  }
}
