import SeenKit

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
    for option in ["resume", "answers", "scenario"] where arguments.value(option) != nil {
      throw CommandError(
        .usage,
        "--again and --\(option) each name a review to start from; give one (a re-review takes its answers from --set, or the earlier ones with --keep-earlier)."
      )
    }
    if again == "-" {
      throw CommandError(
        .usage,
        "--again needs the earlier review's file, not standard input, since the re-review is saved beside it; name the file."
      )
    }
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
    let today = try console.today()
    var record = ReviewRecord.again(
      from: earlier, id: ReviewRecord.id(random: ReviewCommand.randomBytes(16)),
      date: today.description, keepEarlier: arguments.flag("keep-earlier"))
    for man in arguments.values("no-longer-in-babys-life")
    where !record.markNoLongerInBabysLife(man, on: today) {
      throw CommandError(
        .usage,
        "--no-longer-in-babys-life \(man.quotedInMessage): the earlier review has no man of that label or number; give one of \(earlier.men.map(\.label.quotedInMessage).joined(separator: ", "))."
      )
    }
    return record
  }
}
