import SeenKit

/// `seen actions done` and `seen actions drop`: one agreed action of a saved review marked done
/// or dropped, and the review saved in place.
extension ActionsCommand {
  static func change(_ arguments: ParsedArguments, drop: Bool, console: Console)
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
