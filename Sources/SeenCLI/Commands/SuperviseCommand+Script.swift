import SeenKit

/// `seen supervise FILE` from a script: the supervision the options and an answers file give.
/// The lists (comments, items discussed, support, actions) add up; an answer given once
/// (the role, the date, men discussed, fear raised) given differently by both is refused,
/// naming it, rather than one silently taking the other's place.
extension SuperviseCommand {
  /// The options that record something (--role and --date say who and when).
  static let recordingOptions = [
    "--comment", "--discussed", "--men-discussed", "--fear-raised", "--support", "--action",
  ]

  /// The supervision the options (and --answers) give; its actions are added to `record`.
  ///
  /// - Parameter repeats: what is said of an action the same as one still open (not added
  ///   twice), shown once the supervision is to be saved.
  static func scriptedSupervision(
    _ arguments: ParsedArguments, record: inout ReviewRecord, content: Content, today: ISODate,
    console: Console, repeats: inout [String]
  ) throws(CommandError) -> SupervisionRecord {
    var answers = SupervisionAnswers()
    var answersFile: String?
    if let file = arguments.value("answers") {
      answersFile = file
      let bytes = try FileStore.read(file, console: console)
      do throws(DataError) {
        answers = try SupervisionAnswers.decode(bytes, file: file, record: record, content: content)
      } catch {
        throw CommandError(.dataError, error.description)
      }
    }
    let fileName = answersFile ?? ""
    let role = try self.role(arguments, answers: answers, file: fileName, content: content)
    let date = try self.date(
      arguments, answers: answers, file: fileName, record: record, today: today)
    var supervision = SupervisionRecord(date: date, role: role)
    // The file's entries, then the options', recorded together: a second comment on the same
    // item and man is kept after the first.
    var entries = answers.discussed
    supervision.menDiscussed = answers.menDiscussed
    supervision.fearRaised = answers.fearRaised
    supervision.support = answers.support
    supervision.otherSupport = answers.otherSupport
    for (offset, text) in arguments.values("comment").enumerated() {
      do throws(SupervisionAssignment.Problem) {
        entries.append(
          try SupervisionAssignment.comment(text, record: record, content: content))
      } catch {
        throw CommandError(.usage, "--comment \(offset + 1): \(error.message).")
      }
    }
    for (offset, text) in arguments.values("discussed").enumerated() {
      do throws(SupervisionAssignment.Problem) {
        entries.append(
          try SupervisionAssignment.discussed(text, record: record, content: content))
      } catch {
        throw CommandError(.usage, "--discussed \(offset + 1): \(error.message).")
      }
    }
    supervision.record(contentsOf: entries)
    supervision.menDiscussed = try answer(
      arguments, "men-discussed", key: "menDiscussed", file: fileName,
      given: answers.menDiscussed)
    supervision.fearRaised = try answer(
      arguments, "fear-raised", key: "fearRaised", file: fileName, given: answers.fearRaised)
    if let typed = arguments.value("fear-about") {
      guard supervision.fearRaised == true else {
        throw CommandError(
          .usage, "--fear-about says whom the fear raised was about: give --fear-raised yes too.")
      }
      guard let men = SupervisionSession.fearAbout(typed, men: record.men) else {
        let labels = record.men.enumerated().map { "\($0.offset + 1) \($0.element.label)" }
        throw CommandError(
          .usage,
          "--fear-about '\(typed.shownInMessage)' is not one of this review's men: give a number or label (\(labels.joined(separator: ", "))), several with commas, all, or none."
        )
      }
      if let given = answers.fearAbout, given != men {
        throw conflict("--fear-about", key: "fearAbout", file: fileName)
      }
      supervision.fearAbout = men
    } else if let given = answers.fearAbout {
      // The file gives it only with "fearRaised": true, and --fear-raised no beside that is
      // refused above as a conflict.
      supervision.fearAbout = given
    } else if supervision.fearRaised == true, record.men.count == 1 {
      // One man: the fear can only be about him, as at the terminal.
      supervision.fearAbout = [record.men[0].label]
    }
    if let typed = arguments.value("support") {
      do throws(SupervisionAssignment.Problem) {
        let (kinds, other) = try SupervisionAssignment.support(typed)
        for kind in kinds where !supervision.support.contains(kind) {
          supervision.support.append(kind)
        }
        // Every "other:" is kept, the file's and the option's.
        if let other {
          supervision.otherSupport = try SupervisionAssignment.otherSupport(
            adding: other, to: supervision.otherSupport)
        }
      } catch {
        throw CommandError(.usage, "--support: \(error.message).")
      }
    }
    // Each action as --action adds one (the same warnings), checked for safety; one identical
    // to an action still open is not added twice.
    for (offset, text) in answers.actions.enumerated() {
      let action: AgreedAction
      do throws(ActionAssignment.Problem) {
        action = try ActionAssignment.parse(text, record: record, content: content, today: today)
      } catch {
        throw CommandError(
          .dataError,
          "\(fileName.shownInMessage): actions[\(offset)]: \(error.message); fix the file and run seen supervise again."
        )
      }
      let number = ActionOption.add(
        action, source: "actions[\(offset)] in \(fileName.shownInMessage)", to: &record,
        content: content, today: today, console: console, supervisor: role, repeats: &repeats)
      if !supervision.actions.contains(number) { supervision.actions.append(number) }
    }
    for (offset, text) in arguments.values("action").enumerated() {
      let number = try ActionOption.apply(
        text, number: offset + 1, to: &record, content: content, today: today,
        console: console, supervisor: role, repeats: &repeats)
      if !supervision.actions.contains(number) { supervision.actions.append(number) }
    }
    if supervision.recordsNothing {
      throw CommandError(
        .usage,
        "nothing to record: give at least one of \(recordingOptions.joined(separator: ", ")), or an answers file (--answers) that records something."
      )
    }
    // 17.5: where fear was raised, support is what the supervision is for; said, not refused
    // (support may be agreed in the next one).
    if supervision.fearRaised == true && !supervision.agreedSupport {
      console.writeErr(
        "warning: fear or anxiety about working with a man was raised, and no support is recorded as agreed; 17.5 names \(SupervisionRecord.supportIn17Point5): record what was agreed with --support.\n"
      )
    }
    return supervision
  }

  /// The supervisor's role: --role or the file's; both, differently, is refused.
  private static func role(
    _ arguments: ParsedArguments, answers: SupervisionAnswers, file: String, content: Content
  ) throws(CommandError) -> String {
    let option = arguments.value("role")
    let fromFile = try answers.role.map { typed throws(CommandError) -> String in
      guard let role = content.canonicalRole(typed) else {
        throw CommandError(
          .dataError,
          "'role' in \(file.shownInMessage) '\(typed.shownInMessage)' is not one of the roles a supervisor can have; give one of: \(content.actionOwners.joined(separator: ", ")) (a role, never a name)."
        )
      }
      return role
    }
    guard let option else {
      guard let fromFile else {
        throw CommandError(
          .usage,
          "a supervision needs the supervisor's role: add --role, such as --role \"Team manager\" (a role, never a name)."
        )
      }
      return fromFile
    }
    guard let role = content.canonicalRole(option) else {
      throw CommandError(
        .usage,
        "--role '\(option.shownInMessage)' is not one of the roles a supervisor can have; give one of: \(content.actionOwners.joined(separator: ", ")) (a role, never a name)."
      )
    }
    if let fromFile, fromFile != role {
      throw conflict("--role", key: "role", file: file)
    }
    return role
  }

  /// The day of the supervision: --date or the file's (today when neither gives one), never
  /// before the review's own date nor after today.
  private static func date(
    _ arguments: ParsedArguments, answers: SupervisionAnswers, file: String,
    record: ReviewRecord, today: ISODate
  ) throws(CommandError) -> ISODate {
    func day(_ typed: String, shown: String, code: ExitCode) throws(CommandError) -> ISODate {
      guard let day = ActionChange.doneDay(typed, today: today) else {
        throw CommandError(
          code,
          "\(shown) '\(typed.shownInMessage)' is not a day seen can read; write it year-month-day, such as \(today), or today or yesterday."
        )
      }
      guard day <= today else {
        throw CommandError(
          code,
          "\(shown) \(day) is after today (\(today)); record a supervision once it has taken place."
        )
      }
      if let reviewed = record.date.flatMap({ ISODate($0) }), day < reviewed {
        throw CommandError(
          code,
          "\(shown) \(day) is before the review's own date (\(reviewed)); a supervision of this review took place on or after it: give the day it took place."
        )
      }
      return day
    }
    let fromFile = try answers.date.map { typed throws(CommandError) in
      try day(typed, shown: "'date' in \(file.shownInMessage)", code: .dataError)
    }
    guard let typed = arguments.value("date") else { return fromFile ?? today }
    let option = try day(typed, shown: "--date", code: .usage)
    if let fromFile, fromFile != option { throw conflict("--date", key: "date", file: file) }
    return option
  }

  /// A yes or no: the option's or the file's; both, differently, is refused.
  private static func answer(
    _ arguments: ParsedArguments, _ option: String, key: String, file: String, given: Bool?
  ) throws(CommandError) -> Bool? {
    guard let typed = arguments.value(option) else { return given }
    let value = SupervisionAssignment.yesNo(typed)
    if let given, let value, given != value {
      throw conflict("--\(option)", key: key, file: file)
    }
    return value ?? given
  }

  private static func conflict(_ option: String, key: String, file: String) -> CommandError {
    CommandError(
      .usage,
      "\(option) and '\(key)' in \(file.shownInMessage) give different answers; give it in one place (leave out \(option), or change the file)."
    )
  }
}
