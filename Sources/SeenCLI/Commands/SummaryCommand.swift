import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `seen summary`: team figures from many saved reviews, the figures a partnership asks for.
enum SummaryCommand {
  static let spec = CommandSpec(
    name: "summary",
    abstract: "Summarise many saved reviews into team figures.",
    discussion: """
      Reads every *.json under each folder (and each file) named, one at a time, and counts: men by \
      relationship, how they were seen, each practice item (weakest first, and by tier), and what \
      is known and not known about the men. Aggregate only: no case reference, label or note is \
      shown. A file that is not a review record is skipped with a warning; --strict makes it an error.
      What is counted: every regular *.json file, and every link to one, below each folder; hidden \
      files and folders are passed over, and links to folders are not followed. Each file counts \
      once, however many names (hard links), links or paths reach it. A folder that cannot be read \
      is skipped with a warning naming it, and so is a *.json that is not a regular file (a named \
      pipe, a device, a socket, or a link to one), which is never opened; --strict makes each an \
      error too.
      One review, one count: every review seen saves has an id, kept when it is resumed (a record \
      saved without one gets the digest of its file as its id). Copies of one review (the same \
      id) count once, whatever their names, folders and order; of copies that differ, the one \
      with more answers counts. Reviews of one case with different ids (a re-review, another \
      agency's) are different reviews and each counts. The summary says how many duplicate \
      copies were left out and how many cases have more than one review, never which.
      Counted once per review: how many reviews have every man seen, at least one man unseen, a detailed \
      picture of every man, contact with a man planned for safety, are complete, or record no \
      man; the median gaps per review; and the same for the men of each relationship to the baby.
      """ + "\n" + ReviewFigureDefinitions.text + "\n" + """
        The Panel's questions to partnerships: the summary quotes each question of the review \
        (18.4) its records can speak to, with the figures that bear on it, each labelled "from N \
        self-reviews made with seen" (practitioners' self-reviews of their own cases, not audits \
        of assessments), and lists the questions they cannot answer, with the reason. JSON has \
        them as partnershipQuestions; CSV leaves them out.
        Re-reviews: a review made with seen review --again supersedes the earlier one (its \
        supersedes names the earlier review's id). Each case counts by its latest review: a \
        review a later one supersedes is left out, whichever file comes first, and the summary \
        says how many were (--all-versions counts them all). A supersedes naming a review in no \
        file read is counted and reported, never an error; reviews whose links go round in a \
        circle are each counted, and reported. For each pair of consecutive reviews of a case \
        the summary counts the gaps of the earlier review and how many of them the next review \
        closed (no longer a gap for the same item and man).
        Agreed actions: how many were agreed, done by their date, done late, open, overdue \
        (open after their due date, counted from today or SEEN_TODAY) and dropped, in all and \
        by the role that owns them.
        """,
    arguments: [
      ArgumentSpec(
        name: "path", help: "Review files or folders of them (several may be given).",
        repeats: true,
        completion: .records)
    ],
    options: [
      .value(
        "format", "format", help: "The output format.",
        choices: SummaryRenderer.formats.map(\.rawValue),
        defaultValue: "text"),
      .value(
        "by", "field",
        help:
          "Split the figures by this field of the records, the groups side by side (with the "
          + "difference when there are two): the reviewer's role (as the content lists it, in "
          + "any case), the date, the month, quarter or year of the date (a date that is not "
          + "year-month-day goes with the reviews without one, and is counted), the cohort, or "
          + "the men's relationship to the baby (a review counts in the group of each "
          + "relationship it records a man of, so the groups can add up to more than the "
          + "reviews; there, figures about men count only the men of that relationship, case "
          + "items and per-review figures the whole review; reviews with no man recorded are "
          + "\"No man recorded\").",
        choices: SummaryField.allCases.map(\.rawValue)),
      .value(
        "baseline", "name",
        help:
          "With --by: the group to put first, the one the difference is counted from (the "
          + "second group's share minus the baseline's); with more than two groups it just "
          + "comes first, in the tables and in JSON and CSV. Named as the split names it, in "
          + "any case: a role as typed or as the content lists it, a cohort, a date, a period "
          + "as titled (\"2026 Q3\"), a relationship (\"birth father\"), or the group without "
          + "one as titled (\"(no cohort)\"). Without it, groups are in the order of their "
          + "names (periods in time order)."),
      .flag(
        "no-suppress",
        help:
          "Show every figure, exactly, for use within the team only. Without it small numbers "
          + "are withheld: every figure of a group (or a summary) of fewer than 10 reviews is "
          + "withheld; a count of 1 to 4 reviews or men reads \"<5\"; every other count is "
          + "rounded to the nearest 5, so that a withheld count cannot be worked out from the "
          + "others; shares are of the rounded counts, in whole percents, \"few\" for 1 to 4 "
          + "and \"nearly all\" for all but 1 to 4 (null in JSON)."),
      .flag(
        "all-versions",
        help:
          "Count every review of a re-review chain. Without it, a review that a later review "
          + "supersedes (the later one's supersedes names its id) is left out, so that each "
          + "case counts by its latest review, and the summary says how many were left out."),
      .flag(
        "strict", help: "Stop with an error at the first file that is not a valid review record."),
      CommonOptions.output, CommonOptions.force, CommonOptions.content, CommonOptions.local,
      CommonOptions.noLocal,
    ],
    examples: [
      "seen summary reviews/",
      "seen summary a.json b.json --format csv > team.csv",
      "seen summary reviews/ --by role --format html --output summary.html",
      "seen summary reviews/ --by role --format pdf --output summary.pdf",
      "seen summary reviews/ --by quarter",
      "seen summary reviews/ --by relationship --format markdown",
      "seen summary reviews/ --format json",
      "seen summary reviews/ --all-versions",
    ])

  /// The device and inode of the regular file at `path` (links followed), or nil.
  private static func identity(of path: String) -> [UInt64]? {
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFREG
    else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    // As for a report: a PDF is refused on a terminal, and a bad SOURCE_DATE_EPOCH stops the
    // command, before any file is read.
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "summary.pdf")
    try CommonOptions.refuseOutputOverReviews(in: arguments.positionals, arguments)
    if arguments.value("baseline") != nil && arguments.value("by") == nil {
      throw CommandError(
        .usage,
        "--baseline names a group of a split, and there is no split without --by; add --by FIELD (such as --by cohort), or leave --baseline out."
      )
    }
    let content = try CommonOptions.loadContent(arguments, console: console)
    var counter = try count(arguments, content: content, console: console)
    if let baseline = arguments.value("baseline") {
      try counter.chooseBaseline(baseline, content: content)
    }
    let renderer = SummaryRenderer(
      content: content,
      // Small numbers withheld unless asked for (`--no-suppress`).
      // As for sheets and reports: seen without its version, dated only by SOURCE_DATE_EPOCH.
      pdf: try CommonOptions.pdfOptions(format, console: console),
      suppress: !arguments.flag("no-suppress"))
    if !format.isBinary {
      // A group at a time, to standard output or to the file, so that a split into many groups
      // is never held whole (the formats with no warning to give first).
      if let output = CommonOptions.outputFile(arguments) {
        try FileStore.writeAtomically(
          to: output, force: arguments.flag("force"), stopOnSignal: true
        ) {
          (write) throws(CommandError) in
          try writeInParts(counter.summary, renderer: renderer, as: format, console: console) {
            (part) throws(CommandError) in
            var bytes = Array(part.utf8)
            try write(&bytes)
          }
        }
      } else {
        try writeInParts(counter.summary, renderer: renderer, as: format, console: console) {
          (part) throws(CommandError) in try console.writeOut(part)
        }
      }
    } else {
      let rendered = renderer.output(counter.summary, as: format)
      try CommonOptions.emit(rendered, arguments, console: console)
    }
    if counter.summary.skipped > 0 {
      let skipped = counter.summary.skipped
      let counted = counter.summary.overall.reviews
      let copies = counter.summary.duplicates
      // So that the numbers add up to the files found; with small numbers withheld the exact
      // number of reviews is not said here either, since a group's could be worked out from it.
      let left =
        copies == 0
        ? ""
        : " ("
          + TeamAttention.copiesLeftOut(
            copies, differing: counter.summary.reviewsWithDifferingCopies, kept: "counted") + ")"
      // With small numbers withheld neither the files found nor the reviews counted are said:
      // either, with the duplicates shown, gives the exact number of reviews back.
      if renderer.suppress {
        console.writeErr(
          "\(skipped) file\(skipped == 1 ? "" : "s") skipped and left out of the figures.\n")
      } else {
        console.writeErr(
          "\(skipped) of \(counter.files) files skipped and left out of the figures; "
            + "\(counted) review\(counted == 1 ? " was" : "s were") counted\(left).\n")
      }
    }
    if counter.practiceRecords > 0 {
      console.writeErr(Self.practiceNote(counter.practiceRecords, suppress: renderer.suppress))
    }
    // Links that lead nowhere, or round in a circle: said once each, with no count (a count
    // of reviews on standard error would escape the small-number rule) and no id.
    if counter.summary.chains.notFound > 0 {
      console.writeErr(
        "warning: a review supersedes one that is in none of the files read; it is counted as "
          + "the latest of its case, and the summary says how many such links there are.\n")
    }
    if counter.summary.chains.inCycles > 0 {
      console.writeErr(
        "warning: some reviews supersede each other in a circle, so that none is the latest; "
          + "each is counted; look at their supersedes.\n")
    }
    if counter.summary.field == .date, counter.summary.groupCount > Self.manyDates {
      console.writeErr(
        "warning: \(counter.summary.groupCount) groups, one for each date; --by month, "
          + "--by quarter or --by year gives fewer.\n")
    }
    return .success
  }

  /// The one note on practice records left out: fewer than 5 is not said exactly with small
  /// numbers withheld (the small-number rule).
  static func practiceNote(_ count: Int, suppress: Bool) -> String {
    let number = suppress && count < 5 ? "Fewer than 5" : "\(count)"
    let records = count == 1 && !(suppress && count < 5) ? "record" : "records"
    let were = count == 1 && !(suppress && count < 5) ? "was" : "were"
    return "\(number) practice \(records) from training scenarios \(were) left out (seen summary "
      + "counts real reviews; seen workshop debrief reads practice records).\n"
  }

  /// More groups by exact date than this, and the summary suggests a period instead.
  static let manyDates = 24

  /// The most group titles a message about --baseline lists.
  static let mostGroupsListed = 20

  /// The groups of a message about --baseline: "after, before", or the first
  /// `mostGroupsListed` and how many more.
  static func listed(_ titles: [String]) -> String {
    let shown = titles.prefix(mostGroupsListed).map(\.quotedInMessage)
    let more = titles.count - shown.count
    return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
  }

  /// Writes the summary with `write` in parts of about 64 KB; the first failed write stops the
  /// rest and is the error.
  private static func writeInParts(
    _ summary: GroupedSummary, renderer: SummaryRenderer, as format: OutputFormat,
    console: Console, to write: (String) throws(CommandError) -> Void
  ) throws(CommandError) {
    var pending = ""
    var failure: CommandError?
    func flush() {
      guard failure == nil, !pending.isEmpty else { return }
      do throws(CommandError) { try write(pending) } catch { failure = error }
      pending = ""
    }
    let warnings = renderer.write(summary, as: format) { part in
      pending += part
      if pending.utf8.count >= 1 << 16 { flush() }
    }
    flush()
    for warning in warnings { console.writeErr("warning: \(warning)\n") }
    if let failure { throw failure }
  }

  /// Every review in the files and folders given, counted; an error when there is none.
  private static func count(_ arguments: ParsedArguments, content: Content, console: Console)
    throws(CommandError) -> SummaryCounter
  {
    let field = arguments.value("by").flatMap(SummaryField.init(rawValue:))
    var counter = SummaryCounter(
      content: content, field: field, strict: arguments.flag("strict"),
      today: try console.today(), allVersions: arguments.flag("all-versions"))
    let strict = arguments.flag("strict")
    let skipFolder = ReviewFiles.folderSkipper(
      strict: strict, reviewsNot: "counted", console: console)
    let outputIdentity = CommonOptions.outputFile(arguments).flatMap { Self.identity(of: $0) }
    try ReviewFiles.forEachFile(in: arguments.positionals, skipFolder: skipFolder) {
      (path, regular) throws(CommandError) in
      // A link inside a folder may lead to the very file --output names: refused before
      // anything is written, whatever path the walk took to it.
      if let outputIdentity, Self.identity(of: path) == outputIdentity {
        throw CommandError(
          .usage,
          "--output '\(CommonOptions.outputFile(arguments)?.shownInMessage ?? "")' is a review record this summary reads (through '\(path.shownInMessage)'); writing there would replace it. Choose another file for --output."
        )
      }
      try counter.add(path, regular: regular, console: console)
    }
    try counter.finish(console: console)
    if counter.files == 0 {
      throw CommandError(
        .noInput,
        "no review files (*.json) were found in \(arguments.positionals.joined(separator: ", ").shownInMessage)."
      )
    }
    if let problem = counter.onlyFileProblem {
      throw CommandError(
        problem.unreadable ? .noInput : .dataError,
        PathBytes.shown(problem.message)
          + (problem.unreadable ? "" : " It is the only file found, so nothing was counted."))
    }
    if counter.summary.overall.reviews == 0, counter.practiceRecords > 0 {
      throw CommandError(
        .dataError,
        "every review found is a practice record from a training scenario (a --scenario run); "
          + "seen summary counts real reviews only: use seen workshop debrief for practice records."
      )
    }
    if counter.summary.overall.reviews == 0, counter.unreadableFiles == counter.summary.skipped {
      throw CommandError(
        .noInput,
        "none of the \(counter.files) files found could be read (see the warnings above); let seen read them, or name others."
      )
    }
    if counter.summary.overall.reviews == 0 {
      throw CommandError(
        .dataError,
        "none of the \(counter.files) file\(counter.files == 1 ? "" : "s") found is a valid review record (see the warnings above)."
      )
    }
    return counter
  }
}

extension SummaryCounter {
  /// Puts the group `typed` names first (`--baseline`); a name that is no group of the summary
  /// is a usage error naming the groups there are (their titles: aggregate labels, never case
  /// data).
  mutating func chooseBaseline(_ typed: String, content: Content) throws(CommandError) {
    let field = summary.field?.rawValue ?? ""
    switch chooseBaselineGroup(typed, content: content) {
    case .chosen: return
    case .noSuchGroup:
      let titles = summary.groupTitles
      throw CommandError(
        .usage,
        "--baseline \(typed.quotedInMessage) is no group of this summary by \(field); the group\(titles.count == 1 ? " is" : "s are") \(SummaryCommand.listed(titles)). Name one of them."
      )
    case .several(let titles):
      throw CommandError(
        .usage,
        "--baseline \(typed.quotedInMessage) names more than one group by \(field) when case is ignored: \(SummaryCommand.listed(titles)); type it in the case of the one you mean."
      )
    }
  }
}
