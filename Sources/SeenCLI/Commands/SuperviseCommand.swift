import SeenKit

/// `seen supervise FILE`: a supervision of a saved review, recorded in it: on a terminal, a
/// session that walks supervisor and practitioner through the review (`InteractiveSupervision`);
/// from a script, options or an answers file. `seen supervise --team DIR` lists the cases of a
/// team's folder that need attention (`TeamAttentionOutput`).
enum SuperviseCommand {
  /// The options that record a supervision from a script.
  static let scriptOptions = [
    "role", "date", "comment", "discussed", "men-discussed", "fear-raised", "fear-about",
    "support", "action", "answers",
  ]
  /// The options only --team takes.
  static let teamOptions = ["format", "output"]

  static let spec = CommandSpec(
    name: "supervise",
    abstract: "Record a supervision of a saved review; --team lists the cases that need attention.",
    discussion: """
      seen supervise FILE on a terminal walks supervisor and practitioner through the saved \
      review: the first steps (safety checks first), each man's state and safety, then each gap, where the supervisor \
      can record a comment or challenge (c) and agree an action (a), staying there until it is \
      marked discussed (d) or Enter moves on; then the tier 3 questions (17.1, 17.5): were the \
      men discussed, was any fear or anxiety about working with a man raised, what support was \
      agreed. What is recorded is saved into FILE after each answer, so that Ctrl-C (exit 130) \
      and Ctrl-D (exit 1, as in seen review) keep it; run again the same day, a supervision \
      stopped before its tier 3 questions is offered to be continued (c) or started anew (n).
      From a script, --role and what was recorded (--comment, --discussed, --men-discussed, \
      --fear-raised, --support, --action), or --answers FILE (a supervision kept elsewhere, as \
      JSON; see the README), record one supervision; it must record something, and is dated \
      on or after the review and never after today. A bar inside a comment's or an action's \
      words is written \\|. A supervision the review already holds (the same notes imported \
      twice) is refused unless --force, and an action the same as one still open is not added \
      twice. The supervisor is a role, never a name. \
      The record is saved in place, atomically, while no other seen session has it open; a \
      review that a later review beside it supersedes is not changed. Where the practitioner's \
      own answer to "Discussed in supervision" differs from what the supervision recorded, both \
      are kept and shown: the session asks whether to change the answer, a script warns and \
      leaves it.
      Comments, and the words of other support, are sensitive notes: seen report and seen sheet \
      leave them out unless --include-sensitive is given.
      seen supervise --team DIR lists the cases in a folder of reviews (the latest review of \
      each case) that need attention: a man unseen, or contact with him planned for safety, no \
      supervision recorded, or overdue actions (today is the computer's date or SEEN_TODAY). It \
      shows case references and reasons, never notes.
      """,
    arguments: [
      ArgumentSpec(
        name: "file", help: "The saved review to supervise.", isOptional: true,
        completion: .records)
    ],
    options: [
      .value(
        "role", "role",
        help:
          "The supervisor's role, one of the roles an action can have (\"Team manager\"), never a name."
      ),
      .value(
        "date", "date",
        help: "The day of the supervision: year-month-day, today or yesterday (default: today)."),
      .value(
        "comment", "comment",
        help:
          "A comment or challenge, as \"ITEM|FOR|TEXT\" (ITEM a checklist item's id, FOR a man; either may be empty; a bar in TEXT is written \\|). Repeatable: a second on the same item and man is kept after the first.",
        repeats: true),
      .value(
        "discussed", "item",
        help: "An item discussed, as ITEM or \"ITEM|FOR\" (or \"|FOR\" for a man). Repeatable.",
        repeats: true),
      .value(
        "men-discussed", "yes|no", help: "Were the men in the case discussed?",
        choices: ["yes", "no"]),
      .value(
        "fear-raised", "yes|no",
        help: "Was any fear or anxiety about working with a man raised?", choices: ["yes", "no"]),
      .value(
        "fear-about", "men",
        help:
          "Whom the fear raised was about, for the sheet's box for each man: a man's number or label (several with commas), all, or none (not about one man). Needs --fear-raised yes."
      ),
      .value(
        "support", "kinds",
        help:
          "The support agreed: co-working, joint-visits, reflective-supervision, \"other: WORDS\" (several with commas)."
      ),
      .value(
        "action", "action",
        help:
          "Agree an action, as \"WHAT|FOR|OWNER|DUE\" (WHAT may be an item's id; a bar in WHAT is written \\|). Repeatable.",
        repeats: true),
      .value(
        "answers", "file",
        help:
          "A supervision kept elsewhere, as JSON (seen-supervision/1); options add to its lists, and an answer both give must agree."
      ),
      .value(
        "team", "folder",
        help:
          "List the cases in this folder of reviews that need attention, instead of supervising one."
      ),
      .value(
        "format", "format", help: "With --team: the output format.",
        choices: TeamAttention.formats.map(\.rawValue), defaultValue: "text"),
      CommonOptions.output,
      .flag(
        "force",
        help:
          "With --team and -o: replace a file that exists. Otherwise: add a supervision identical to one already recorded, or supervise a review beside an unreadable re-review of its case."
      ),
      CommonOptions.content, CommonOptions.local,
      CommonOptions.noLocal,
    ],
    examples: [
      "seen supervise reviews/hv-0193.json",
      "seen supervise hv-0193.json --role \"Team manager\" --comment \"contacted|Father|Why only by text?\" --fear-raised yes --support co-working --action \"contacted|Father|Health visitor|in 2 weeks\"",
      "seen supervise hv-0193.json --answers supervision.json",
      "seen supervise --team reviews/",
      "SEEN_TODAY=2026-12-17 seen supervise --team reviews/ --format csv -o attention.csv",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    if let folder = arguments.value("team") {
      if let option = scriptOptions.first(where: arguments.has) {
        throw CommandError(
          .usage,
          "--\(option) records a supervision of one review, and --team lists a folder's cases; give one."
        )
      }
      guard arguments.positionals.isEmpty else {
        throw CommandError(
          .usage,
          "--team names the folder to list; leave out '\(arguments.positionals[0].shownInMessage)', or supervise it without --team."
        )
      }
      return try TeamAttentionOutput.run(folder: folder, arguments, console: console)
    }
    if let option = teamOptions.first(where: arguments.has) {
      throw CommandError(
        .usage,
        "--\(option) goes with --team DIR, not with a supervision of one review; leave it out.")
    }
    guard arguments.positionals.count == 1 else {
      throw CommandError(
        .usage,
        arguments.positionals.isEmpty
          ? "name the saved review to supervise, such as 'seen supervise review.json', or a team's folder with --team DIR."
          : "'seen supervise' takes one review file; found \(arguments.positionals.count).")
    }
    let path = arguments.positionals[0]
    if path == "-" {
      throw CommandError(
        .usage,
        "'seen supervise' saves the review it records the supervision in, so it must be a file, not standard input (-); name the review file."
      )
    }
    let scripted = scriptOptions.contains(where: arguments.has)
    if !scripted && !console.stdinIsTerminal {
      throw CommandError(
        .usage,
        "standard input is not a terminal, so seen cannot ask questions; give --role and what was recorded (--comment, --discussed, --men-discussed, --fear-raised, --support, --action), or --answers FILE."
      )
    }
    if scripted && arguments.value("role") == nil && arguments.value("answers") == nil {
      throw CommandError(
        .usage,
        "a supervision needs the supervisor's role: add --role, such as --role \"Team manager\" (a role, never a name)."
      )
    }
    if FileStore.isFolder(path) {
      throw CommandError(
        .noInput,
        "cannot supervise '\(path.shownInMessage)': it is a folder, not a saved review; name the review file inside it, or list the folder's cases with 'seen supervise --team \(path.shownInMessage)'."
      )
    }
    // A review nobody may read (chmod 000) is input seen cannot read (66), before it is a file
    // seen may not replace.
    try FileStore.checkReadable(path)
    try FileStore.checkWritable(
      path, force: true, elsewhere: "leave it as it is",
      elsewhereFolder: "copy the review to a folder you can write to and supervise the copy")
    let lock = try RecordLock.acquire(path)
    defer { lock?.release() }
    let content = try CommonOptions.loadContent(arguments, console: console)
    let record = try RecordLoader.load(path, content: content, console: console)
    if let later = ActionsCommand.laterReview(superseding: record, at: path, content: content) {
      throw CommandError(
        .dataError,
        "'\(path.shownInMessage)' is superseded by '\(later.shownInMessage)' (a later review of the same case), so it is not changed; supervise the later review."
      )
    }
    try checkUnreadableLaterReview(
      of: record, at: path, content: content, force: arguments.has("force"), console: console)
    let today = try console.today()
    // A supervision takes place on or after the review it is of, and never after today: with a
    // review dated after today no day is left, and one recorded anyway would make the review
    // unreadable to every command after.
    if let reviewed = record.date.flatMap(ISODate.init), reviewed > today {
      throw CommandError(
        .dataError,
        "'\(path.shownInMessage)' is dated \(reviewed), after today (\(today)), so no supervision of it can be recorded yet and nothing was changed; correct the review's date (seen review --resume \(path.shownInMessage)), or the computer's date."
      )
    }
    guard scripted else {
      var session = InteractiveSupervision(
        session: SupervisionSession(record: record, content: content, today: today),
        console: console, path: path)
      return try session.run()
    }
    var changed = record
    var repeats: [String] = []
    let supervision = try scriptedSupervision(
      arguments, record: &changed, content: content, today: today, console: console,
      repeats: &repeats)
    if let earlier = changed.supervision(identicalTo: supervision), !arguments.has("force") {
      throw CommandError(
        .usage,
        "'\(path.shownInMessage)' already holds this supervision: supervision \(earlier.number) (\(earlier.supervision.role), \(earlier.supervision.date)) records the same items, comments, answers and actions, so it is not added twice and nothing was changed. If it is a second supervision that recorded the same, add --force to keep both."
      )
    }
    for note in repeats { console.writeErr(note) }
    changed.supervisions.append(supervision)
    if let differs = changed.supervisionAnswerDiffers {
      console.writeErr(
        "warning: the review answers \"Discussed in supervision\" \(differs.practitioner), and the latest supervision records the men as \(differs.supervision ? "" : "not ")discussed; both are kept and shown. The review's answer is left as it is: the practitioner changes it with seen review --resume \(path.shownInMessage).\n"
      )
    }
    let encoded = changed.encoded()
    // Saved larger than seen reads back, the review would be refused by every command after.
    guard encoded.utf8.count <= FileDescriptorIO.maximumInputSize else {
      throw CommandError(
        .dataError,
        "'\(path.shownInMessage)' with this supervision would be larger than \(FileDescriptorIO.maximumInputSize / 1024 / 1024) MB, more than seen can read back, so nothing was changed; keep long notes in the case notes and record shorter or fewer comments."
      )
    }
    if let warning = try FileStore.writeAtomically(
      encoded, to: path, force: true, inPlace: true,
      elsewhereFolder: "copy the review to a folder you can write to and supervise the copy"
    ).ownerWarning {
      console.writeErr(warning + "\n")
    }
    // Its place among the review's supervisions in the order they took place.
    let number = changed.supervisions.filter { $0.date <= supervision.date }.count
    var parts: [String] = []
    let comments = supervision.discussed.filter { $0.comment != nil }.count
    if comments > 0 { parts.append("\(comments) comment\(comments == 1 ? "" : "s")") }
    let discussed = supervision.discussed.count - comments
    if discussed > 0 { parts.append("\(discussed) more discussed") }
    let actions = supervision.actions.count
    if actions > 0 { parts.append("\(actions) action\(actions == 1 ? "" : "s") agreed") }
    let which = record.caseReference.map { " of case \($0.shownInMessage)" } ?? ""
    try console.writeOut(
      "Supervision \(number)\(which) (\(supervision.role), \(supervision.date)) saved to \(PathBytes.shown(path.shownInMessage))"
        + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + ".\n")
    return .success
  }
}
