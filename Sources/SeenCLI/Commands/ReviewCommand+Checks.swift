import SeenKit

/// What `seen review` checks before it reads anything: whether it asks the questions, --quiet's
/// needs, and every file it reads or writes.
extension ReviewCommand {
  /// Whether seen asks the questions; a usage error when it can neither ask nor take the answers
  /// from the command line, or is given more than one review to start from.
  static func asksQuestions(_ arguments: ParsedArguments, console: Console)
    throws(CommandError) -> Bool
  {
    let answersFromStandardInput = arguments.value("answers") == "-"
    if answersFromStandardInput && arguments.flag("interactive") {
      throw CommandError(
        .usage,
        "--answers - reads the answers from standard input, so seen cannot also ask there (--interactive); give one."
      )
    }
    let interactive =
      !arguments.flag("no-input") && !answersFromStandardInput
      && (console.stdinIsTerminal || arguments.flag("interactive"))
    let scripted =
      arguments.value("again") != nil || arguments.value("answers") != nil
      || !arguments.values("set").isEmpty
      || !arguments.values("action").isEmpty || arguments.flag("no-input")
      || arguments.value("resume") != nil || arguments.value("scenario") != nil
    guard interactive || scripted else {
      throw CommandError(
        .usage,
        "standard input is not a terminal, so seen cannot ask questions; give --answers FILE or --no-input (or --interactive to answer line by line)."
      )
    }
    let starts = ["answers", "resume", "scenario"].filter { arguments.value($0) != nil }
    if starts.count > 1 {
      throw CommandError(
        .usage,
        starts.map { "--" + $0 }.joined(separator: " and ")
          + " each name a review to start from; give one.")
    }
    return interactive
  }

  /// --quiet prints no gap report, only what was saved: it needs a review without questions and
  /// a file to save to, or it would say nothing at all.
  static func checkQuiet(_ arguments: ParsedArguments, interactive: Bool)
    throws(CommandError)
  {
    guard arguments.flag("quiet") else { return }
    if interactive {
      throw CommandError(
        .usage,
        "--quiet is for a review without questions (it prints no gap report); add --no-input, or leave --quiet out to be asked."
      )
    }
    // A workshop's confidence step with no confidence would save an empty file that the
    // debrief leaves out, without a word to the participant: refused, saying what to add.
    let answersSomething =
      !arguments.values("set").isEmpty || !arguments.values("action").isEmpty
      || ["answers", "resume", "again", "scenario"].contains { arguments.value($0) != nil }
    if arguments.value("cohort") != nil && !answersSomething {
      throw CommandError(
        .usage,
        "--quiet --cohort records a workshop participant's confidence, but nothing is answered; add --set confidence=LEVEL (not-at-all, not-very, somewhat, very or extremely)."
      )
    }
    if arguments.value("save") == nil && arguments.value("resume") == nil
      && arguments.value("again") == nil
    {
      throw CommandError(
        .usage,
        "--quiet prints no gap report, so without --save nothing would be kept or shown; add --save FILE, or leave --quiet out."
      )
    }
  }

  /// Checks every file the review reads or writes, before anything is read, saved or written.
  static func checkFiles(
    _ arguments: ParsedArguments, savePath: String?, ownsSaveFile: Bool, console: Console
  ) throws(CommandError) {
    let resume = arguments.value("resume")
    // A folder given to --resume is something to read that is not a review: say so (66) before
    // the checks of what will be written would call it a file that cannot be written.
    if let resume, FileStore.isFolder(resume) {
      throw CommandError(
        .noInput,
        "cannot resume '\(resume.shownInMessage)': it is a folder, not a saved review; name the review file inside it."
      )
    }
    try CommonOptions.refuseOutputOverRecords(
      [
        ("the review record being saved (--save)", arguments.value("save")),
        ("the review being resumed (--resume)", resume),
        ("the review record read with --answers", arguments.value("answers")),
        ("the earlier review (--again)", arguments.value("again")),
      ],
      arguments)
    try ReportOutput.check(arguments, console: console)
    if let savePath, FileStore.isFolder(savePath) {
      throw CommandError(
        .cannotCreate,
        "cannot save to '\(savePath.shownInMessage)': it is a folder; name a file inside it, such as \((savePath.hasSuffix("/") ? savePath : savePath + "/").shownInMessage)seen-review.json."
      )
    }
    if let savePath, !ownsSaveFile, FileStore.exists(savePath),
      Self.recordsConfidenceOnly(arguments)
    {
      // A confidence record holds one answer: there is nothing to continue with --resume.
      throw CommandError(
        .cannotCreate,
        "'\(savePath.shownInMessage)' already exists; to record a confidence, choose another name (such as your own number in it), or add --force to replace it."
      )
    }
    if let savePath, !ownsSaveFile, FileStore.exists(savePath) {
      throw CommandError(
        .cannotCreate,
        "'\(savePath.shownInMessage)' already exists; continue it with --resume \(savePath.shownInMessage), add --force to replace it, or choose another name."
      )
    }
    // Every file this review may write is checked before anything is read, saved or written:
    // a bad --output never leaves a record saved and then the command failed.
    if let savePath {
      try FileStore.checkWritable(
        savePath, force: ownsSaveFile, elsewhere: "save the review to another file with --save")
    }
    try CommonOptions.checkOutput(arguments)
  }

  /// Whether the command records a confidence level alone (a workshop's confidence step):
  /// `--quiet`, a cohort, only `--set confidence=…`, and nothing read.
  static func recordsConfidenceOnly(_ arguments: ParsedArguments) -> Bool {
    let sets = arguments.values("set")
    return arguments.flag("quiet") && arguments.value("cohort") != nil && !sets.isEmpty
      && sets.allSatisfy { $0.hasPrefix("confidence=") } && arguments.values("action").isEmpty
      && ["answers", "resume", "again", "scenario"].allSatisfy { arguments.value($0) == nil }
  }
}
