import Dispatch
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

  // MARK: Done and drop

  private static func change(_ arguments: ParsedArguments, drop: Bool, console: Console)
    throws(CommandError) -> ExitCode
  {
    let word = drop ? "drop" : "done"
    let usage = "seen actions \(word) FILE N" + (drop ? " --reason TEXT" : "")
    if let option = listOptions.first(where: arguments.has) {
      throw CommandError(
        .usage, "--\(option) belongs to the list, not to '\(usage)'; leave it out.")
    }
    let wrong = drop ? ["note", "on"] : ["reason"]
    if let option = wrong.first(where: arguments.has) {
      throw CommandError(
        .usage,
        "--\(option) belongs to 'seen actions \(drop ? "done" : "drop") FILE N', not to '\(usage)'; leave it out."
      )
    }
    let rest = Array(arguments.positionals.dropFirst())
    guard rest.count == 2 else {
      throw CommandError(
        .usage,
        "'seen actions \(word)' takes a review file and an action's number, such as '\(usage.replacing("FILE N", with: "review.json 2"))'; found \(rest.count == 0 ? "neither" : rest.count == 1 ? "one of them" : "\(rest.count) words")."
      )
    }
    let path = rest[0]
    if path == "-" {
      throw CommandError(
        .usage,
        "'seen actions \(word)' saves the review it changes, so it must be a file, not standard input (-); name the review file."
      )
    }
    guard let number = ArgumentParser.wholeNumber(rest[1]), number >= 1 else {
      throw CommandError(
        .usage,
        "'\(rest[1].shownInMessage)' is not an action's number; give the number 'seen actions \(path.shownInMessage)' shows, such as 1."
      )
    }
    let today = try console.today()
    let change: ActionChange
    if drop {
      guard let reason = arguments.value("reason") else {
        throw CommandError(
          .usage,
          "'seen actions drop' needs --reason: say in a few words why the action is no longer to be done, such as --reason \"He has moved away\"."
        )
      }
      change = .dropped(reason: reason)
    } else {
      change = .done(on: try doneDay(arguments, today: today), note: arguments.value("note"))
    }
    if FileStore.isFolder(path) {
      throw CommandError(
        .noInput,
        "cannot change an action in '\(path.shownInMessage)': it is a folder, not a saved review; name the review file inside it ('seen actions \(path.shownInMessage)' lists its actions with their files)."
      )
    }
    // Checked before the record is read: a file seen could not save in place (a hard link) is
    // refused without a change.
    try FileStore.checkWritable(path, force: true, elsewhere: "leave it as it is")
    let lock = try RecordLock.acquire(path)
    defer { lock?.release() }
    let content = try CommonOptions.loadContent(arguments, console: console)
    let record = try RecordLoader.load(path, content: content, console: console)
    // A superseded review is never changed: the action as it stands now is in the later review
    // (which carried it over), and a change here would be lost from the list.
    if let later = laterReview(superseding: record, at: path, content: content) {
      throw CommandError(
        .dataError,
        "'\(path.shownInMessage)' is superseded by '\(later.shownInMessage)' (a later review of the same case), so it is not changed; change the action there ('seen actions \(later.shownInMessage)' lists it)."
      )
    }
    if case .done(let day, _) = change, arguments.value("on") != nil,
      let reviewed = record.date.flatMap({ ISODate($0) }), day < reviewed
    {
      throw CommandError(
        .usage,
        "--on \(day) is before the review's date (\(reviewed)), when the action was agreed; give the day it was done, \(reviewed) or later."
      )
    }
    let changed: ReviewRecord
    do {
      changed = try ActionChange.apply(change, toAction: number, of: record)
    } catch {
      var message = error.message
      if case .noSuchAction = error {
        message += " Run 'seen actions \(path.shownInMessage)' to see them."
      }
      throw CommandError(.usage, message)
    }
    // The review is changed in place: it keeps its mode, owner and group (a shared team folder).
    let saved = try FileStore.writeAtomically(
      changed.encoded(), to: path, force: true, inPlace: true)
    if let warning = saved.ownerWarning { console.writeErr(warning + "\n") }
    let action = changed.actions[number - 1]
    let which =
      "Action \(number)" + (record.caseReference.map { " of case \($0.shownInMessage)" } ?? "")
      + " (\(action.owner), due \(action.due))"
    switch action.state {
    case .done(let day, _):
      try console.writeOut(
        "\(which) is now done, on \(day)\(day > action.due ? ", after its due date" : ""); saved \(PathBytes.shown(path.shownInMessage)).\n"
      )
    default:
      try console.writeOut(
        "\(which) is now dropped; saved \(PathBytes.shown(path.shownInMessage)).\n")
    }
    return .success
  }

  /// A review beside `path` (in the same folder) that supersedes the record, if any: the first
  /// by name. Files that are not reviews are passed over without a word.
  static func laterReview(
    superseding record: ReviewRecord, at path: String, content: Content
  )
    -> String?
  {
    guard let id = record.id else { return nil }
    // Beside the path named and beside each file its links lead to: a link in another folder
    // names the same superseded review.
    var folders: Set<String> = []
    let besides = FileStore.linkChain(path).filter {
      folders.insert(FileStore.folderOf($0)).inserted
    }
    for sibling in besides.flatMap(ReviewFiles.siblings(of:)) {
      guard let bytes = try? FileStore.readFile(sibling),
        let other = try? ReviewRecord.decode(bytes, file: sibling, content: content)
      else { continue }
      if other.supersedes == id && other.id != id { return sibling }
    }
    return nil
  }

  /// The day --on names (year-month-day, today or yesterday), or today; never after today.
  private static func doneDay(_ arguments: ParsedArguments, today: ISODate) throws(CommandError)
    -> ISODate
  {
    guard let typed = arguments.value("on") else { return today }
    guard let day = ActionChange.doneDay(typed, today: today) else {
      throw CommandError(
        .usage,
        "--on '\(typed.shownInMessage)' is not a day seen can read; write it year-month-day, such as \(today), or today or yesterday."
      )
    }
    guard day <= today else {
      throw CommandError(
        .usage,
        "--on \(day) is after today (\(today)); an action is marked done once it is done. Give the day it was done."
      )
    }
    return day
  }
}

/// Reads a batch of review files on every core into lists of their actions: each worker takes a
/// chunk of files into a list of its own. Each slot is written by one worker only, and read once
/// all have finished (as `SummaryCounter` does).
enum ActionReading {
  static let batchSize = 512
  static let chunkSize = 32

  /// The lists of each chunk (to merge: the order of a list does not depend on the order its
  /// parts are merged in), and each file's problem and review id, in file order.
  static func read(
    _ files: [(path: String, regular: Bool)], list: ActionList, content: Content
  ) -> (lists: [ActionList?], problems: [String?], ids: [String?]) {
    let chunks = (files.count + chunkSize - 1) / chunkSize
    let slots = Slots(chunks: chunks, files: files.count)
    let empty = ActionList(
      today: list.today, filter: list.filter, includeSensitive: list.includeSensitive,
      allVersions: list.allVersions)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var partial = empty
      for index in (chunk * chunkSize)..<min(files.count, (chunk + 1) * chunkSize) {
        let (path, regular) = files[index]
        do {
          let bytes = try FileStore.readFile(path, regular: regular)
          let record = try ReviewRecord.decode(
            bytes, file: path, content: content, today: list.today)
          partial.add(record, file: path, content: content)
          slots.ids[index] = record.id
        } catch let error as DataError {
          // Named with the reason, never with text from inside the file (a note may be there).
          slots.problems[index] = error.descriptionWithoutFileText
        } catch let error as CommandError {
          slots.problems[index] = error.message
        } catch {
          slots.problems[index] = "\(error)"
        }
      }
      slots.lists[chunk] = partial
    }
    return (Array(slots.lists), Array(slots.problems), Array(slots.ids))
  }

  private final class Slots: @unchecked Sendable {
    let lists: UnsafeMutableBufferPointer<ActionList?>
    let problems: UnsafeMutableBufferPointer<String?>
    let ids: UnsafeMutableBufferPointer<String?>

    init(chunks: Int, files: Int) {
      lists = .allocate(capacity: chunks)
      lists.initialize(repeating: nil)
      problems = .allocate(capacity: files)
      problems.initialize(repeating: nil)
      ids = .allocate(capacity: files)
      ids.initialize(repeating: nil)
    }

    deinit {
      lists.deinitialize()
      lists.deallocate()
      problems.deinitialize()
      problems.deallocate()
      ids.deinitialize()
      ids.deallocate()
    }
  }
}
