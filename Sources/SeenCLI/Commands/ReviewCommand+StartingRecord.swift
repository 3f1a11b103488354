import SeenKit

/// The record `seen review` starts from: read, a re-review's or a scenario's, with its own id, the
/// details given, each `--set` and each `--action`.
extension ReviewCommand {
  /// The record the review starts from: read, or a scenario's, with the details and --sets given.
  static func startingRecord(
    _ arguments: ParsedArguments, content: Content, earlier: ReviewRecord?, console: Console
  ) throws(CommandError) -> ReviewRecord {
    var record = ReviewRecord()
    if let earlier {
      record = try AgainOption.record(from: earlier, arguments, console: console)
    }
    if let path = arguments.value("resume") ?? arguments.value("answers") {
      if earlier != nil {
        try AgainOption.takeAnswers(from: path, into: &record, content: content, console: console)
      } else {
        record = try RecordLoader.load(path, content: content, console: console)
      }
    }
    if let name = arguments.value("scenario") {
      let scenario = try ScenariosCommand.find(name, in: content, console: console)
      // A scenario's record is a new review each time it is practised; a blank start has the
      // scenario's men and case details only. Either remembers the scenario (`workshop`).
      record = arguments.flag("blank") ? scenario.blankRecord : scenario.practiceRecord
      // A scenario's own record is its answer key: said first, before any warning, question or
      // report, so that a participant who left out --blank knows they are not reviewing anything.
      if !arguments.flag("blank") {
        console.writeErr(
          "note: this review starts from the scenario's answer key (what was known and done at the time), for facilitators; participants start blank with: seen review --scenario \(scenario.id) --blank\n"
        )
      }
    }
    // A new review gets its own id; a resumed one (or --answers) keeps the one it has.
    if record.id == nil { record.id = ReviewRecord.id(random: Self.randomBytes(16)) }
    // A re-review keeps the earlier review's reference as written (AgainOption checked that
    // --case names the same case), so that compare and the summary see one case.
    if let reference = arguments.value("case"), arguments.value("again") == nil {
      record.caseReference = reference
    }
    if let role = arguments.value("role") { record.role = content.normalisedRole(role) }
    if let date = arguments.value("date") { record.date = date }
    if let cohort = arguments.value("cohort") { record.cohort = cohort }
    for text in arguments.values("set") {
      try applySet(text, to: &record, content: content, console: console)
    }
    let actions = arguments.values("action")
    if !actions.isEmpty {
      let today = try console.today()
      for (offset, text) in actions.enumerated() {
        try ActionOption.apply(
          text, number: offset + 1, to: &record, content: content, today: today, console: console)
      }
    }
    return record
  }

  /// `count` bytes from the system's secure random source (getrandom, or arc4random).
  static func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
  }

  /// Applies one `--set`. A mistake in it is a usage error (it was typed on the command line),
  /// with the closest item when the item is misspelt; a man it adds whose label is close to one
  /// already in the record is named in a warning, since a misspelt label makes a second man.
  private static func applySet(
    _ text: String, to record: inout ReviewRecord, content: Content, console: Console
  ) throws(CommandError) {
    let labels = record.men.map(\.label)
    do {
      let assignment = try SetAssignment(parsing: text)
      try record.apply(assignment, content: content)
      if case .man(let reference) = assignment.target, record.men.count > labels.count,
        let near = ArgumentParser.closest(
          to: reference.lowercased(), in: labels.map { $0.lowercased() }),
        let existing = labels.first(where: { $0.lowercased() == near })
      {
        console.writeErr(
          "warning: at --set \(text.shownInMessage.prefix(60)): there was no man \(reference.quotedInMessage), so a new man was added; did you mean \(existing.quotedInMessage)?\n"
        )
      }
    } catch {
      var shown = error
      if case .unknownItem(let id, let valid) = error.problem,
        let suggestion = ArgumentParser.closest(to: id, in: valid)
      {
        shown.problem = .other(
          "unknown checklist item \(id.quotedInMessage); did you mean \(suggestion.quotedInMessage)? (seen content lists every item)"
        )
      }
      throw CommandError(.usage, shown.description)
    }
  }
}
