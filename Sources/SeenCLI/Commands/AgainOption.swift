import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `seen review --again FILE`: a re-review of a saved review, as a new record that follows it,
/// saved as a new file beside it and never over it.
enum AgainOption {
  /// Refuses what cannot go with --again, and the re-review's options without it.
  static func checkCombination(_ arguments: ParsedArguments) throws(CommandError) {
    guard let again = arguments.value("again") else {
      for option in ["keep-earlier", "no-longer-in-babys-life"] where arguments.has(option) {
        throw CommandError(
          .usage,
          "--\(option) belongs to a re-review; add --again FILE (the earlier review), or leave --\(option) out."
        )
      }
      return
    }
    for option in ["resume", "scenario"] where arguments.value(option) != nil {
      throw CommandError(
        .usage,
        "--again and --\(option) each name a review to start from; give one (a re-review takes its answers from --answers FILE and --set, or the earlier ones with --keep-earlier)."
      )
    }
    if again == "-" {
      throw CommandError(
        .usage,
        "--again needs the earlier review's file, not standard input, since the re-review is saved beside it; name the file."
      )
    }
  }

  /// The lock on the earlier review, held while the re-review runs (`seen actions done` on it
  /// then exits 75); nil without --again, or where no lock can be made (a folder: `load` says so).
  static func lockEarlier(_ arguments: ParsedArguments) throws(CommandError) -> RecordLock? {
    guard let path = arguments.value("again"), path != "-", !FileStore.isFolder(path) else {
      return nil
    }
    return try RecordLock.acquire(path)
  }

  /// The earlier review, read, with its path; nil without --again.
  static func load(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> (
    path: String, record: ReviewRecord
  )? {
    guard let path = arguments.value("again") else { return nil }
    if FileStore.isFolder(path) {
      throw CommandError(
        .noInput,
        "cannot start a re-review of '\(path.shownInMessage)': it is a folder, not a saved review; name the review file inside it."
      )
    }
    let content = try CommonOptions.loadContent(arguments, console: console)
    return (path, try RecordLoader.load(path, content: content, console: console))
  }

  /// Where the re-review is saved: --save, never the earlier review itself; otherwise a new
  /// file beside the earlier one, named for its case and today, numbered if that name is taken.
  static func savePath(
    _ arguments: ParsedArguments, earlier: (path: String, record: ReviewRecord),
    console: Console
  ) throws(CommandError) -> String {
    if let save = arguments.value("save") {
      if save == earlier.path || FileStore.isSameFile(save, earlier.path) {
        throw CommandError(
          .cannotCreate,
          "'\(save.shownInMessage)' is the earlier review; a re-review is saved as a new file and never over it. Leave --save out (seen names the new file) or choose another name."
        )
      }
      return save
    }
    let today = try console.today()
    let folder = earlier.path.contains("/") ? FileStore.folderOf(earlier.path) + "/" : ""
    let stem =
      "seen-review-" + (fileNamePart(earlier.record.caseReference).map { $0 + "-" } ?? "")
      + "again-\(today)"
    var path = folder + stem + ".json"
    var number = 2
    while FileStore.exists(path) {
      path = folder + stem + "-\(number).json"
      number += 1
    }
    return path
  }

  /// A case reference as part of a file name: letters, digits, '-' and '_' only; nil when none
  /// is left.
  static func fileNamePart(_ reference: String?) -> String? {
    guard let reference else { return nil }
    let kept = String(
      reference.unicodeScalars.filter {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || $0 == "-" || $0 == "_"
      }.prefix(40))
    return kept.isEmpty ? nil : kept
  }

  /// The new record: it follows the earlier one, with its men; earlier answers only with
  /// --keep-earlier; the men named by --no-longer-in-babys-life marked from today.
  static func record(
    from earlier: ReviewRecord, _ arguments: ParsedArguments, console: Console
  ) throws(CommandError) -> ReviewRecord {
    try checkCaseAndDate(of: earlier, arguments)
    let today = try console.today()
    var record = ReviewRecord.again(
      from: earlier, id: ReviewRecord.id(random: ReviewCommand.randomBytes(16)),
      date: today.description, keepEarlier: arguments.flag("keep-earlier"))
    for man in arguments.values("no-longer-in-babys-life")
    where !record.markNoLongerInBabysLife(man, on: today, keepingFrom: earlier) {
      throw CommandError(
        .usage,
        "--no-longer-in-babys-life \(man.quotedInMessage): the earlier review has no man of that label or number; give one of \(earlier.men.map(\.label.quotedInMessage).joined(separator: ", "))."
      )
    }
    return record
  }

  /// A re-review keeps the earlier review's case reference, and is not dated before it: --case
  /// naming another case, or --date before the earlier review's date, is refused (64).
  static func checkCaseAndDate(of earlier: ReviewRecord, _ arguments: ParsedArguments)
    throws(CommandError)
  {
    if let given = arguments.value("case") {
      let ours = earlier.caseReference?.trimmed
      if ours?.lowercased() != given.trimmed.lowercased() {
        throw CommandError(
          .usage,
          "--case \(given.quotedInMessage): a re-review keeps the earlier review's case reference ("
            + (ours.map { $0.quotedInMessage } ?? "none")
            + "); leave --case out, or start a new review of the other case without --again.")
      }
    }
    if let given = arguments.value("date"), ISODate(given.trimmed) == nil {
      throw CommandError(
        .usage,
        "--date \(given.quotedInMessage): a re-review's date is written year-month-day, such as \(earlier.date.flatMap { ISODate($0.trimmed) }?.description ?? "2026-12-17"), so that it can be put after the earlier review's; or leave --date out (today)."
      )
    }
    if let given = arguments.value("date"), let day = ISODate(given.trimmed),
      let then = earlier.date.flatMap({ ISODate($0.trimmed) }), day < then
    {
      throw CommandError(
        .usage,
        "--date \(given.quotedInMessage) is before the earlier review's date, \(then); a re-review comes after it: give \(then) or later, or leave --date out (today)."
      )
    }
  }

  /// `--again FILE --answers OTHER`: the re-review takes what OTHER answers, as a scripted
  /// review would (ReviewRecord.takeAnswers); OTHER must be of the same case.
  static func takeAnswers(
    from path: String, into record: inout ReviewRecord, content: Content, console: Console
  ) throws(CommandError) {
    let file = try RecordLoader.load(path, content: content, console: console)
    if let theirs = file.caseReference, let ours = record.caseReference,
      theirs.lowercased() != ours.lowercased()
    {
      throw CommandError(
        .dataError,
        "the answers file '\(path.shownInMessage)' is of case \(theirs.quotedInMessage) and the earlier review of case \(ours.quotedInMessage); give answers for the same case."
      )
    }
    record.takeAnswers(from: file)
  }

  /// The first review in the folder of `path` (the folder itself, never its subfolders: a
  /// folder of many files still answers at once) that `matches`, other than `path` itself. Each
  /// .json file that is a regular file is read; what is not a review, or cannot be read, is
  /// passed over.
  static func firstReview(
    beside path: String, content: Content, matches: (ReviewRecord) -> Bool
  ) -> (path: String, record: ReviewRecord)? {
    let folder = FileStore.folderOf(path)
    guard let directory = PathBytes.withPath(folder, { opendir($0) }) else { return nil }
    defer { closedir(directory) }
    let prefix = path.contains("/") ? folder + "/" : ""
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { PathBytes.name($0) }
      }
      if !name.hasPrefix("."), name.hasSuffix(".json") { names.append(name) }
    }
    // In name order, so that the same folder always names the same review.
    for name in names.sorted() {
      let file = prefix + name
      guard !FileStore.isSameFile(file, path),
        let bytes = try? FileStore.readFile(file),
        let other = try? ReviewRecord.decode(bytes, file: file, content: content),
        matches(other)
      else { continue }
      return (file, other)
    }
    return nil
  }

  /// A review beside the earlier one that already follows it (a re-review of it, finished or
  /// left part way): a second re-review of one review would make two later versions of it.
  static func existingReReview(
    of earlier: (path: String, record: ReviewRecord), content: Content
  ) -> (path: String, record: ReviewRecord)? {
    guard let id = earlier.record.id else { return nil }
    return firstReview(beside: earlier.path, content: content) { $0.supersedes == id }
  }

  /// When a review beside the earlier one already re-reviews it: on a terminal, asks whether to
  /// resume that one (y: it is returned, to be resumed; n: another is started, with a warning);
  /// in a script, refuses (65) naming it and `--resume`, unless --force (a warning, and on).
  static func checkExistingReReview(
    of earlier: (path: String, record: ReviewRecord), interactive: Bool,
    _ arguments: ParsedArguments, reader: inout LineReader, console: Console
  ) throws(CommandError) -> (path: String, record: ReviewRecord)? {
    let content = try CommonOptions.loadContent(arguments, console: console)
    guard let later = existingReReview(of: earlier, content: content) else { return nil }
    let shown = PathBytes.shown(later.path.shownInMessage)
    let dated = later.record.date.map { " (dated \($0.shownInMessage))" } ?? ""
    let warning =
      "warning: starting a second re-review of '\(PathBytes.shown(earlier.path.shownInMessage))': '\(shown)' already follows it, and the two will be two later versions of one review.\n"
    guard interactive else {
      if arguments.flag("force") {
        console.writeErr(warning)
        return nil
      }
      throw CommandError(
        .dataError,
        "'\(PathBytes.shown(earlier.path.shownInMessage))' already has a re-review, '\(shown)'\(dated); continue it with 'seen review --resume \(shown)', or add --force to start another."
      )
    }
    // Ctrl-C at the question ends in one line, as in the guided review that follows (which
    // keeps the trap installed).
    SignalTrap.install()
    var attempts = 0
    while true {
      console.writeErr(
        "'\(shown)'\(dated) is already a re-review of this review. Resume it? y resume it, n start another re-review\n> "
      )
      let line: String
      do {
        line = try reader.readLine()
      } catch .endOfInput {
        console.writeErr("\n")
        throw CommandError(.usage, "no answer given; nothing was started. Type y or n.")
      } catch .lineTooLong {
        throw CommandError(.usage, "an answer is too long; type y or n.")
      } catch {
        throw CommandError(.interrupted, "interrupted; nothing was written.")
      }
      switch line.filter({ !$0.isWhitespace }).lowercased() {
      case "y", "yes":
        return later
      case "n", "no":
        console.writeErr(warning)
        return nil
      default:
        attempts += 1
        if attempts >= 5 {
          throw CommandError(.usage, "no y or n given; nothing was started.")
        }
        console.writeErr("Type y to resume '\(shown)', or n to start another re-review.\n")
      }
    }
  }

  /// The earlier review a resumed re-review follows, found by its id among the review files
  /// beside it (the same folder), so that each question shows "last time" again. When none is
  /// found, seen says so once on standard error and the review goes on without it.
  static func findEarlier(
    of record: ReviewRecord, beside path: String, content: Content, console: Console
  ) -> ReviewRecord? {
    guard let id = record.supersedes else { return nil }
    let folder = FileStore.folderOf(path)
    let found = firstReview(beside: path, content: content) { $0.id == id }?.record
    if found == nil {
      console.writeErr(
        "note: the earlier review this re-review follows (id \(id)) is not in '\(folder.shownInMessage)', beside it, so no \"last time\" answers are shown; the review goes on.\n"
      )
    }
    return found
  }

  /// In a script, a re-review whose answers close the gap of an open action carried over says
  /// so on standard error, with the command that marks it done: it is never marked silently.
  /// One whose item now records a safety condition is said so instead, never offered as done.
  static func noteClosedGaps(
    _ record: ReviewRecord, savedTo path: String?, content: Content, console: Console
  ) {
    let file = path.map { PathBytes.shown($0.shownInMessage) } ?? "the review"
    defer {
      // Then each open action for a man no longer in the baby's life: kept or dropped, never
      // carried over unseen.
      for index in record.actionsForMenNoLongerInLife() {
        console.writeErr(
          "note: \(record.noLongerInLifeSentence(index).shownInMessage): keep it, or drop it with 'seen actions drop \(file) \(index + 1) --reason \"no longer in the baby's life\"'.\n"
        )
      }
    }
    for index in record.actionsWithSafetyNowRecorded(content: content) {
      console.writeErr(record.safetyNowRecordedLine(index, content: content, script: true) + "\n")
    }
    let closed = record.actionsWithGapClosed(content: content)
    guard !closed.isEmpty else { return }
    let named = closed.map {
      "\($0 + 1) (\(record.actionHeading($0, content: content).shownInMessage))"
    }
    let command = closed.map { "seen actions done \(file) \($0 + 1)" }.joined(separator: "; ")
    console.writeErr(
      (closed.count == 1
        ? "note: the gap of action \(named[0]) is closed in this review; it is still open: mark it done with '\(command)'.\n"
        : "note: the gaps of actions \(named.joined(separator: ", ")) are closed in this review; they are still open: mark each done with '\(command)'.\n")
    )
  }
}

extension String {
  /// Without the spaces around it.
  fileprivate var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
