import SeenKit

/// `seen actions`: the agreed actions of saved reviews, overdue first; `seen actions done` and
/// `seen actions drop` change one.
enum ActionsCommand {
  /// The options only the list takes, and those only a change takes.
  static let listOptions = [
    "owner", "open", "due-before", "format", "output", "force", "include-sensitive", "strict",
    "width", "no-color", "all-versions",
  ]
  static let changeOptions = ["note", "on", "reason"]

  static let spec = CommandSpec(
    name: "actions",
    abstract: "List the agreed actions of saved reviews, overdue first; mark one done or dropped.",
    discussion: """
      seen actions PATH... reads every *.json under each folder (and each file) named, as seen \
      summary reads them (a file that is not a review record is skipped with a warning; --strict \
      makes it an error), and lists every agreed action: overdue ones first, the most overdue \
      first, then by due date, then by case reference and number. Each shows its case reference \
      (your own caseload), its number in its review, what is to be done, who it is for (a man or \
      the case), the owner's role, the due date, its state (open, overdue by N days, done DATE, \
      or dropped) and the file.
      Re-reviews: a review made with seen review --again supersedes the earlier one and carries \
      its open actions over. Each case lists the actions of its latest review only, as they \
      stand now, and the list says how many superseded reviews were left out, as seen summary \
      counts them; --all-versions lists every version's actions, each with its review's date.
      An action is overdue when it is still open after its due date. Today is the computer's \
      date, or the day SEEN_TODAY names (yyyy-mm-dd), so that a script or a trainer gets the same \
      list on any day.
      An action's words are left out where a safety condition is recorded or where it comes from \
      a sensitive item, as the report leaves notes out; --include-sensitive shows them.
      seen actions done FILE N [--note TEXT] [--on DATE] marks action N of the review in FILE \
      done (on today unless --on names a day), and seen actions drop FILE N --reason TEXT marks \
      it dropped: the record is saved in place, atomically, while no other seen session has it \
      open. A review that a later review beside it supersedes is not changed: change the \
      action in the later one, which carried it over. (To list a folder named done or drop, \
      write ./done.)
      """,
    arguments: [
      ArgumentSpec(
        name: "path",
        help:
          "Review files or folders of them (several may be given); or done FILE N, or drop FILE N.",
        repeats: true, completion: .records)
    ],
    options: [
      .value(
        "format", "format", help: "The output format.",
        choices: ActionListRenderer.formats.map(\.rawValue), defaultValue: "text"),
      .value(
        "owner", "role",
        help:
          "Only the actions this role owns, in any case (\"health visitor\"): one of the "
          + "content's roles."),
      .flag("open", help: "Only the actions still open (overdue ones included)."),
      .value(
        "due-before", "date",
        help:
          "Only the actions due before this day: year-month-day, or a time from today such as "
          + "\"in 2 weeks\"."),
      .flag(
        "include-sensitive",
        help:
          "Show every action's words, note and reason; without it they are left out where a "
          + "safety condition is recorded in the review, or where the action comes from a "
          + "sensitive item (domestic abuse, the mother's disclosures)."),
      .flag(
        "strict", help: "Stop with an error at the first file that is not a valid review record."),
      .flag(
        "all-versions",
        help:
          "List the actions of every review of a re-review chain, each with its review's date. "
          + "Without it, a review that a later review supersedes is left out, so that an action "
          + "carried over is listed once, as it stands now."),
      CommonOptions.output, CommonOptions.force, CommonOptions.width, CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
      .value("note", "text", help: "With done: what was done, kept with the action."),
      .value(
        "on", "date",
        help: "With done: the day it was done, year-month-day, today or yesterday (default: today)."
      ),
      .value(
        "reason", "text", help: "With drop (and needed there): why it is no longer to be done."),
    ],
    examples: [
      "seen actions reviews/",
      "seen actions reviews/ --open --owner \"health visitor\"",
      "seen actions reviews/ --due-before \"in 2 weeks\" --format csv -o due.csv",
      "seen actions reviews/ --format pdf -o actions.pdf",
      "seen actions done reviews/hv-0193.json 2 --note \"GP replied\"",
      "seen actions drop reviews/hv-0193.json 3 --reason \"He has moved away\"",
      "SEEN_TODAY=2026-12-17 seen actions reviews/",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    switch arguments.positionals.first {
    case "done": return try change(arguments, drop: false, console: console)
    case "drop": return try change(arguments, drop: true, console: console)
    default: return try list(arguments, console: console)
    }
  }

  // MARK: The list

  private static func list(_ arguments: ParsedArguments, console: Console) throws(CommandError)
    -> ExitCode
  {
    if let option = changeOptions.first(where: arguments.has) {
      throw CommandError(
        .usage,
        "--\(option) belongs to 'seen actions \(option == "reason" ? "drop" : "done") FILE N', not to the list; leave it out, or write 'seen actions \(option == "reason" ? "drop" : "done") FILE N --\(option) ...'."
      )
    }
    let format = CommonOptions.format(arguments)
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "actions.pdf")
    try CommonOptions.refuseOutputOverReviews(in: arguments.positionals, arguments)
    let today = try console.today()
    let content = try CommonOptions.loadContent(arguments, console: console)
    let filter = try self.filter(arguments, content: content, today: today)
    let text = try CommonOptions.textOptions(arguments, console: console)
    var list = ActionList(
      today: today, filter: filter, includeSensitive: arguments.flag("include-sensitive"),
      allVersions: arguments.flag("all-versions"))
    let (files, skipped) = try read(arguments, into: &list, content: content, console: console)
    if files == 0 {
      throw CommandError(
        .noInput,
        "no review files (*.json) were found in \(arguments.positionals.joined(separator: ", ").shownInMessage)."
      )
    }
    if list.reviews == 0 {
      throw CommandError(
        .dataError,
        "none of the \(files) file\(files == 1 ? "" : "s") found is a valid review record (see the warnings above)."
      )
    }
    let renderer = ActionListRenderer(
      text: text,
      pdf: try CommonOptions.pdfOptions(format, console: console))
    let rendered = renderer.output(list, as: format)
    try CommonOptions.emit(rendered, arguments, console: console)
    if skipped > 0 {
      let copies = list.duplicates
      let left =
        copies == 0 ? "" : " (\(copies) duplicate cop\(copies == 1 ? "y" : "ies") left out)"
      console.writeErr(
        "\(skipped) of \(files) files skipped and left out of the list; \(list.reviews) review\(list.reviews == 1 ? " was" : "s were") read\(left).\n"
      )
    }
    return .success
  }

  /// --owner, --open and --due-before, checked: an owner that is none of the content's roles
  /// and a day seen cannot read are usage errors that say what is accepted.
  private static func filter(_ arguments: ParsedArguments, content: Content, today: ISODate)
    throws(CommandError) -> ActionList.Filter
  {
    var filter = ActionList.Filter(openOnly: arguments.flag("open"))
    if let typed = arguments.value("owner") {
      guard let owner = content.canonicalRole(typed) else {
        throw CommandError(
          .usage,
          "--owner '\(typed.shownInMessage)' is not one of the roles an action can have; use one of: \(content.actionOwners.joined(separator: ", ")) (in any case)."
        )
      }
      filter.owner = owner
    }
    if let typed = arguments.value("due-before") {
      let shown = "--due-before '\(typed.shownInMessage)'"
      // A due date ("in 2 weeks", tomorrow), or else any word --on takes (yesterday).
      var reading = DueDate.read(typed, today: today)
      if reading == .unreadable, let day = ActionChange.doneDay(typed, today: today) {
        reading = .date(day)
      }
      switch reading {
      case .date(let day):
        filter.dueBefore = day
      case .tooFarBack(_, let earliest):
        // Not a due date being kept, so not the guided review's words about a past date.
        throw CommandError(
          .usage,
          "\(shown) is more than ten years ago (the earliest date it takes is \(earliest)): check the year, and write it as \(DueDate.examples)."
        )
      case .tooFarAhead, .vague:
        throw CommandError(
          .usage,
          DueDate.problem(typed, today: today, shown: shown)
            ?? "\(shown) is not a date seen can read; write it as \(DueDate.examples).")
      case .unreadable:
        throw CommandError(
          .usage,
          "\(shown) is not a date seen can read; write it as \(DueDate.examples).")
      }
    }
    return filter
  }

  /// Reads every review of the paths named into the list: a file that is not a review is
  /// skipped with a warning naming it (never its text), or stops the list with --strict.
  /// Returns how many files were found and how many skipped.
  private static func read(
    _ arguments: ParsedArguments, into list: inout ActionList, content: Content, console: Console
  ) throws(CommandError) -> (files: Int, skipped: Int) {
    let strict = arguments.flag("strict")
    var files = 0
    var skipped = 0
    func skip(_ problem: String) throws(CommandError) {
      if strict {
        throw CommandError(
          .dataError, problem + " (--strict stops at the first file that is not a review)")
      }
      console.writeErr("warning: skipped \(PathBytes.shown(problem))\n")
      skipped += 1
    }
    let skipFolder = ReviewFiles.folderSkipper(
      strict: strict, reviewsNot: "listed", console: console)
    // A batch of files at a time, read on every core; problems are reported in file order.
    var batch: [(path: String, regular: Bool)] = []
    // The file each review (by id) is listed from: a copy in another file is left out, the
    // copy kept chosen as seen summary chooses it, whatever the order the files are read in.
    var listedFrom: [String: String] = [:]
    func flush() throws(CommandError) {
      guard !batch.isEmpty else { return }
      let read = ActionReading.read(batch, list: list, content: content)
      let paths = batch.map(\.path)
      batch = []
      for problem in read.problems.compactMap({ $0 }) { try skip(problem) }
      for partial in read.lists.compactMap({ $0 }) { list.merge(partial) }
      for (index, id) in read.ids.enumerated() {
        guard let id else { continue }
        guard let earlier = listedFrom[id] else {
          listedFrom[id] = paths[index]
          continue
        }
        let old = try reread(earlier, content: content)
        let new = try reread(paths[index], content: content)
        if new.isCountedCopy(over: old) {
          list.leaveOutCopy(old, file: earlier)
          listedFrom[id] = paths[index]
        } else {
          list.leaveOutCopy(new, file: paths[index])
        }
      }
    }
    try ReviewFiles.forEachFile(in: arguments.positionals, skipFolder: skipFolder) {
      (path, regular) throws(CommandError) in
      files += 1
      batch.append((path, regular))
      if batch.count == ActionReading.batchSize { try flush() }
    }
    try flush()
    return (files, skipped)
  }

  /// A review read again to choose between two copies of it; it was read once already, so a
  /// failure here means the file changed while the list was being made.
  private static func reread(_ path: String, content: Content) throws(CommandError)
    -> ReviewRecord
  {
    try ReviewFiles.reread(
      path, content: content, whileMaking: "the list", rerun: "run seen actions again")
  }
}
