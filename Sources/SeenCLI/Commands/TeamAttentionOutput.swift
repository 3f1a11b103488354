import SeenKit

/// `seen supervise --team DIR`: reads every review in the folder (a file that is not a review,
/// such as a supervision's answers file without "format", is skipped with a warning naming it,
/// never its text) and lists the cases that need attention.
enum TeamAttentionOutput {
  static func run(folder: String, _ arguments: ParsedArguments, console: Console)
    throws(CommandError) -> ExitCode
  {
    guard FileStore.isFolder(folder) else {
      throw CommandError(
        .noInput,
        "--team '\(folder.shownInMessage)' is not a folder; name the team's folder of saved reviews, or supervise one review with 'seen supervise FILE'."
      )
    }
    let format = CommonOptions.format(arguments)
    try CommonOptions.checkOutput(arguments)
    try CommonOptions.refuseOutputOverReviews(in: [folder], arguments)
    let today = try console.today()
    let content = try CommonOptions.loadContent(arguments, console: console)
    var records: [(file: String, record: ReviewRecord)] = []
    var files = 0
    var skipped = 0
    func skipFolder(_ sub: String, _ reason: String) throws(CommandError) {
      console.writeErr(
        "warning: skipped the folder '\(PathBytes.shown(sub.shownInMessage))': \(reason); the reviews in it are not listed.\n"
      )
    }
    try ReviewFiles.forEachFile(in: [folder], skipFolder: skipFolder) {
      (path, regular) throws(CommandError) in
      files += 1
      do {
        let bytes = try FileStore.readFile(path, regular: regular)
        records.append(
          (path, try ReviewRecord.decodeSaved(bytes, file: path, content: content, today: today)))
      } catch let error as DataError {
        skipped += 1
        console.writeErr("warning: skipped \(PathBytes.shown(error.descriptionWithoutFileText))\n")
      } catch let error as CommandError {
        skipped += 1
        console.writeErr("warning: skipped \(PathBytes.shown(error.message))\n")
      } catch {
        skipped += 1
      }
    }
    if files == 0 {
      throw CommandError(
        .noInput, "no review files (*.json) were found in '\(folder.shownInMessage)'.")
    }
    if records.isEmpty {
      throw CommandError(
        .dataError,
        "none of the \(files) file\(files == 1 ? "" : "s") found is a valid review record (see the warnings above)."
      )
    }
    let attention = TeamAttention(records, today: today)
    let width = console.terminalWidth.map { min(max($0, 40), 100) } ?? 80
    try CommonOptions.emit(attention.render(as: format, width: width), arguments, console: console)
    return .success
  }
}
