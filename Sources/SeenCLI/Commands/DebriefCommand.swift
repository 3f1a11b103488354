import SeenKit

/// `seen workshop debrief NAME DIR`: the group debrief over the participants' blank-start
/// reviews of a scenario (`WorkshopDebrief`), aggregate only.
enum DebriefCommand {
  static func run(format: OutputFormat, _ arguments: ParsedArguments, console: Console)
    throws(CommandError) -> ExitCode
  {
    // The options of the packs and the plan, refused first and all alike, whatever else is
    // given or missing.
    for option in ["pack", "steps", "minutes"] where arguments.has(option) {
      throw CommandError(
        .usage,
        "--\(option) is for a pack or plan (seen workshop NAME), not for the debrief; leave it out."
      )
    }
    // The parser checks the choice; this keeps the rule in one place.
    let partText = arguments.value("part") ?? WorkshopDebrief.Part.all.rawValue
    guard let part = WorkshopDebrief.Part(rawValue: partText) else {
      throw CommandError(
        .usage,
        "the value '\(partText.shownInMessage)' is invalid for '--part'; use confidence, gaps or all."
      )
    }
    guard arguments.positionals.count == 3 else {
      throw CommandError(
        .usage,
        "name the scenario and the folder of the participants' reviews: seen workshop debrief NAME DIR."
      )
    }
    let folder = arguments.positionals[2]
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "debrief.pdf")
    try CommonOptions.refuseOutputOverReviews(in: [folder], arguments)
    try CommonOptions.checkOutput(arguments)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let scenario = try ScenariosCommand.find(
      arguments.positionals[1], in: content, console: console)
    let suppress = !arguments.flag("no-suppress")
    let debrief = try read(
      folder, scenario: scenario, content: content, suppress: suppress, console: console)
    let renderer = DebriefRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console),
      pdf: try CommonOptions.pdfOptions(format, console: console), suppress: suppress,
      part: part)
    try CommonOptions.emit(renderer.output(debrief, as: format), arguments, console: console)
    return .success
  }

  /// Every review record under `folder`, counted; as `seen summary` does, a file that is not
  /// one is skipped with a warning naming it (never with text from inside it), but only with
  /// --no-suppress: file names carry participants' numbers, so with small numbers withheld the
  /// files left out are counted by the rule of the figures, and one of seen's own outputs is
  /// named by what it is ("a seen workshop plan"), not by its file.
  private static func read(
    _ folder: String, scenario: Scenario, content: Content, suppress: Bool, console: Console
  ) throws(CommandError) -> WorkshopDebrief {
    var debrief = WorkshopDebrief(scenario: scenario, content: content)
    var files = 0
    var skipped = 0
    var ownKinds: [String] = []
    let skipFolder = ReviewFiles.folderSkipper(
      strict: false, reviewsNot: "counted", console: console)
    func warn(_ text: @autoclosure () -> String) {
      if !suppress { console.writeErr("warning: \(PathBytes.shown(text()))\n") }
    }
    try ReviewFiles.forEachFile(in: [folder], skipFolder: skipFolder) {
      (path, regular) throws(CommandError) in
      files += 1
      var bytes: [UInt8] = []
      do {
        bytes = try FileStore.readFile(path, regular: regular)
        let record = try ReviewRecord.decode(bytes, file: path, content: content)
        // An empty record ("{}") is no one's review: left out, and named with --no-suppress,
        // so that a file saved empty by mistake is found.
        if record.isEmptyForDebrief {
          skipped += 1
          warn(
            "left out '\(path.shownInMessage)': it holds no review (no men, answers, cohort or confidence)."
          )
          return
        }
        debrief.add(record)
      } catch let error as DataError {
        // A partnership's local file kept beside the reviews is no review: passed over.
        if case .unsupportedFormat(let found, _) = error.problem, found.hasPrefix("seen-local/") {
          return
        }
        // One of seen's own outputs (a plan, a scenario, a gap report): said what it is.
        if let kind = SeenOwnFile.kind(of: bytes) {
          skipped += 1
          if suppress {
            if !ownKinds.contains(kind) {
              ownKinds.append(kind)
              console.writeErr(
                "warning: left out a file that is \(kind), not a review record.\n")
            }
          } else {
            console.writeErr(
              "warning: left out '\(PathBytes.shown(path.shownInMessage))': it is \(kind), not a review record.\n"
            )
          }
          return
        }
        skipped += 1
        warn("skipped a file that cannot be counted: \(error.descriptionWithoutFileText)")
      } catch let error as CommandError {
        skipped += 1
        warn("skipped a file that cannot be counted: \(error.message)")
      } catch {
        skipped += 1
        warn("skipped a file that cannot be counted: \(path.shownInMessage): \(error)")
      }
    }
    if files == 0 {
      throw CommandError(
        .noInput,
        "no review files (*.json) were found in \(folder.shownInMessage); name the folder the participants saved their reviews in."
      )
    }
    if debrief.participants == 0 && debrief.beforeCount + debrief.afterCount == 0
      && debrief.unanswered > 0
    {
      // How many, only with --no-suppress: a small count points at people.
      let count = debrief.unanswered
      let reviews =
        suppress
        ? "the blank-start reviews of '\(scenario.id)' in \(folder.shownInMessage) hold"
        : "the \(count) blank-start review\(count == 1 ? "" : "s") of '\(scenario.id)' in \(folder.shownInMessage) \(count == 1 ? "holds" : "hold")"
      throw CommandError(
        .dataError,
        "\(reviews) no answer yet, and nothing else there is counted; participants answer with: seen review --resume FILE."
      )
    }
    if debrief.participants == 0 && debrief.beforeCount + debrief.afterCount == 0 {
      let none =
        suppress
        ? "none of the files in \(folder.shownInMessage) is"
        : files == 1
          ? "the 1 file in \(folder.shownInMessage) is not"
          : "none of the \(files) files in \(folder.shownInMessage) is"
      throw CommandError(
        .dataError,
        "\(none) a blank-start review of the scenario '\(scenario.id)' or a confidence of its cohorts; participants start theirs with: seen review --scenario \(scenario.id) --blank --save FILE."
      )
    }
    // How many reviews had a man matched by his place, or not at all: never which, and by the
    // rule of the figures.
    if let sentence = debrief.matchingSentence(content: content, suppress: suppress) {
      console.writeErr("note: \(sentence.prefix(1).lowercased() + sentence.dropFirst())\n")
    }
    func howManyFiles(_ count: Int) -> String {
      let number = debrief.howManyFiles(count, content: content, suppress: suppress)
      return number.prefix(1).uppercased() + number.dropFirst()
    }
    func were(_ count: Int) -> String { howManyFiles(count).hasPrefix("1 ") ? "was" : "were" }
    let unanswered = debrief.unanswered
    if unanswered > 0 {
      console.writeErr(
        "\(howManyFiles(unanswered)) \(were(unanswered)) left out: a blank start with no answer does not count towards the group.\n"
      )
    }
    let other = debrief.otherRecords
    if other > 0 {
      console.writeErr(
        "\(howManyFiles(other)) \(were(other)) left out: not a blank-start review of '\(scenario.id)' nor a confidence of its cohorts.\n"
      )
    }
    if skipped > 0 {
      console.writeErr(
        "\(howManyFiles(skipped)) \(were(skipped)) left out: one of seen's own outputs, not a review record that can be read, or holding no review"
          + (suppress ? "; with --no-suppress each is named, with the reason.\n" : ".\n"))
    }
    return debrief
  }
}
