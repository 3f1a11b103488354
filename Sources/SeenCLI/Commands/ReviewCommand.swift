import SeenKit

/// `seen review`: a self-review of one case, asked on the terminal or scripted from an answers
/// file and `--set`s, ending in the gap report.
enum ReviewCommand {
  static let spec = CommandSpec(
    name: "review",
    abstract: "Review one case and print its gap report.",
    discussion: """
      On a terminal, seen asks the questions one by one, saves your answers after each one, and \
      ends with the gap report; --resume continues a saved review. Without a terminal, or with \
      --no-input, answers come only from the answers file and --set.
      Answers come from a review record (--answers) and from --set, applied in order. Use case \
      references and labels such as "Father" or "Mother's partner", never names.
      --set takes MAN.ITEM=ANSWER[:note] for an item about one man (MAN is his label or number; a \
      new label adds him), ITEM=ANSWER[:note] for a case-level item, and MAN.relationship=…, \
      MAN.lives-with-baby=yes|no|unknown or MAN.strengths=TEXT (what he brings to the baby's care) \
      for his details. See 'seen content' for every item and its answers.
      --action agrees an action, as "WHAT|FOR|OWNER|DUE": WHAT in your own words, or an item's id \
      (in any case, '_' or a dash for '-') to take its next step as the gap report gives it for \
      that man or the case (its safe form where contact is planned for safety; an item about the \
      case is agreed for the case, FOR empty); a word shaped like an id that is none, or one or \
      two letters from an id, is refused, so write your own words with spaces. Write \\| for a bar inside WHAT, and \\\\ for a \
      backslash. FOR a man's label or number, or "case" (or nothing) for the case as a whole; \
      where a man is labelled "Case", give his number for him and leave FOR empty for the case. \
      OWNER a role from the content's list (such as "Health visitor" or "Safeguarding lead"), \
      never a name; DUE a date (2026-12-17) or a time from today ("in 2 weeks"), counted from \
      today or SEEN_TODAY. A due date in the past is kept with a warning. A man recorded as no \
      longer in the baby's life takes no --action and no --set. On a terminal the guided \
      review offers the same at the end: each next step, to agree as an action. When the review \
      is saved, an open action still in its item's plain words takes its safe form wherever \
      contact is now planned for safety, and one in your own words is marked sensitive, to be \
      checked with your manager or safeguarding lead; a note on standard error names each.
      --again FILE starts a re-review of the same case: a new record with its own id that \
      follows (supersedes) the earlier one, saved as a new file beside it \
      (seen-review-CASE-again-DATE.json, never over an existing file; --save names another). The \
      earlier men are listed again and the earlier review is never changed. Nothing carries over \
      unconfirmed: on a terminal each question shows the earlier answer as "last time: …" and the \
      prompt says "Enter keeps last time"; pressing Enter there confirms it, typing an answer \
      changes it, and only confirmed answers are saved. For each earlier man seen first asks \
      whether he is still in the baby's life (y or n, no default); one who is not stays listed, \
      marked no longer in the baby's life from today, and is asked one thing more: whether there \
      is a safety concern about him (domestic abuse, a protective order or a threat can arise or \
      remain after he leaves); --set records only the safety items for him (MAN.safety, \
      MAN.violence-control). In a script, \
      earlier answers are kept only with --keep-earlier; --answers FILE answers as in any \
      scripted review (only what it answers), --set changes any of them, and \
      --no-longer-in-babys-life MAN marks a man. The open agreed actions carry over, in their \
      order (numbered 1, 2, … in the new review); those done or dropped stay with the earlier \
      review. seen compare OLD NEW shows what changed.
      """,
    options: [
      .value(
        "answers", "file", help: "Start from this review record (JSON), or - for standard input.",
        completion: .records),
      .value(
        "set", "assignment",
        help: "Set one answer, as MAN.ITEM=ANSWER[:note] or ITEM=ANSWER[:note]. Repeatable.",
        repeats: true),
      .value(
        "action", "action",
        help:
          "Agree an action, as \"WHAT|FOR|OWNER|DUE\" (WHAT may be an item's id). Repeatable.",
        repeats: true),
      .value("case", "reference", help: "The case reference (not a name)."),
      .value(
        "role", "role",
        help: "Your role, such as \"Health visitor\", or your own words."),
      .value("date", "date", help: "The date of the review, as you write it."),
      .value(
        "cohort", "name", help: "A workshop group or period, such as \"Workshop 2026-11 before\"."),
      .value(
        "scenario", "name",
        help:
          "Start from a training scenario's answer key (what was known at the time), for facilitators; participants add --blank.",
        completion: .scenario),
      .flag(
        "blank",
        help:
          "With --scenario: start from the scenario's men and case details with no answers (a workshop participant's own review)."
      ),
      .value(
        "resume", "file",
        help: "Continue a saved review at its first unanswered item, saving back to it.",
        completion: .records),
      .value(
        "again", "file",
        help:
          "Start a re-review of this saved review: a new record that follows it, saved beside it as a new file.",
        completion: .records),
      .flag(
        "keep-earlier",
        help:
          "With --again in a script: keep every earlier answer (without it, none carries over)."),
      .value(
        "no-longer-in-babys-life", "man",
        help:
          "With --again: this man (label or number) is no longer in the baby's life; he stays listed, marked with today's date. Repeatable.",
        repeats: true),
      .flag(
        "no-input", help: "Never ask questions; report on what the answers file and --set give."),
      .flag(
        "interactive",
        help:
          "Ask line by line even when standard input is not a terminal (for screen readers and scripts)."
      ),
      .value(
        "save", "file", help: "Save the review record to this file (mode 0600).",
        completion: .records),
      .flag("fail-on-gaps", help: "Exit with status 1 when the review has any gap (for scripts)."),
      .flag(
        "quiet",
        help:
          "Without questions (--no-input): print no gap report, only a note on standard error of the file saved (--save), such as a workshop participant's confidence level."
      ),
    ] + CommonOptions.reportOptions,
    examples: [
      "seen review",
      "seen review --resume seen-review-HV-0193.json",
      "seen review --answers examples/unseen-father.json --no-input",
      "seen review --scenario wiltshire --no-input",
      "seen review --scenario wiltshire --blank --role \"Health visitor\" --save my-review.json",
      "seen review --answers - --no-input --format json < answers.json",
      "seen review --case HV-0193 --set father.identified=yes --set father.contacted=no --no-input",
      "seen review --resume review.json --no-input --action \"agency-checks|Father|Health visitor|in 2 weeks\"",
      "seen review --answers review.json --set father.contacted=yes --save review.json --force --no-input",
      "seen review --again seen-review-SW-0457.json",
      "seen review --again review.json --keep-earlier --set father.contacted=yes --no-input",
      "seen review --case WORKSHOP --role Participant --set confidence=somewhat --cohort \"wiltshire before\" --no-input --quiet --save wiltshire-before-1.json",
    ],
    conflicts: [
      ("no-input", "interactive"), ("quiet", "format"), ("quiet", "output"),
      ("quiet", "interactive"),
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let interactive = try asksQuestions(arguments, console: console)
    try checkQuiet(arguments, interactive: interactive)
    if arguments.flag("blank"),
      let other = ["resume", "answers", "again"].first(where: { arguments.value($0) != nil })
    {
      throw CommandError(
        .usage,
        "--blank starts a new practice review of a scenario with no answers, and --\(other) continues from a saved one; give one (a blank start once saved resumes with --resume FILE alone)."
      )
    }
    if arguments.flag("blank") && arguments.value("scenario") == nil {
      throw CommandError(
        .usage,
        "--blank starts a practice review of a training scenario with no answers; add --scenario NAME (see 'seen scenarios'), or leave --blank out."
      )
    }
    try AgainOption.checkCombination(arguments)
    // The earlier review is held for the whole re-review, so that an action marked done in it
    // meanwhile is refused (in use), not lost when the re-review saves the actions it carried.
    let earlierLock = try AgainOption.lockEarlier(arguments)
    defer { earlierLock?.release() }
    // A re-review is read first, so that its new file can be named from its case reference.
    let again = try AgainOption.load(arguments, console: console)
    // A review already re-reviewed: its re-review is resumed (asked on a terminal), or a second
    // one is started only when asked for.
    var reader = LineReader()
    let resumeLater = try again.flatMap { (earlier) throws(CommandError) in
      try AgainOption.checkExistingReReview(
        of: earlier, interactive: interactive, arguments, reader: &reader, console: console)
    }
    // --resume saves back to the file it continues; --save names a new file, never replaced
    // without --force, and checked before any question is asked.
    let resume = resumeLater?.path ?? arguments.value("resume")
    let savePath =
      try again.map { (earlier) throws(CommandError) in
        if let resumeLater { return resumeLater.path }
        return try AgainOption.savePath(arguments, earlier: earlier, console: console)
      } ?? arguments.value("save") ?? resume
    let ownsSaveFile = arguments.flag("force") || (resume != nil && savePath == resume)
    try checkFiles(arguments, savePath: savePath, ownsSaveFile: ownsSaveFile, console: console)
    // Held until seen ends, so that another session cannot save over this one's answers.
    let lock = try savePath.flatMap { (path) throws(CommandError) in try RecordLock.acquire(path) }
    defer { lock?.release() }

    let content = try CommonOptions.loadContent(arguments, console: console)
    let earlier = again?.record
    var record: ReviewRecord
    if let resumeLater {
      record = resumeLater.record
    } else {
      record = try startingRecord(arguments, content: content, earlier: earlier, console: console)
    }

    if interactive && console.stdinClosed {
      throw CommandError(.ioError, "cannot ask questions: standard input is closed.")
    }
    guard interactive else {
      // A blank start piped in without --interactive asks nothing: said, so that an empty
      // review is never saved without a word.
      if arguments.flag("blank") && !arguments.flag("no-input") && arguments.values("set").isEmpty
        && arguments.values("action").isEmpty
      {
        console.writeErr(
          "note: standard input is not a terminal, so no question was asked and the review has no answers; add --interactive to answer line by line.\n"
        )
      }
      // The record is finished: an open action whose plain words are no longer safe to act on
      // takes its safe form, and one in the practitioner's own words is marked sensitive.
      for change in record.bringActionsToSafeWording(content: content) {
        console.writeErr(change.scriptNote + "\n")
      }
      // A new review of a case that already has a saved review in the folder says so, with
      // the options that continue that one (a script is never asked); --save names the new
      // file on purpose, and says nothing.
      if isNewReview(arguments), savePath == nil,
        let existing = ExistingReview.find(
          caseReference: record.caseReference, beside: nil, content: content)
      {
        console.writeErr(existing.scriptNote + "\n")
      }
      if let savePath {
        // A resumed review saved back to its own file keeps its mode, owner and group.
        let saved = try FileStore.writeAtomically(
          record.encoded(), to: savePath, force: ownsSaveFile,
          inPlace: resume != nil && savePath == resume)
        if let warning = saved.ownerWarning { console.writeErr(warning + "\n") }
      }
      if again != nil || (resume != nil && record.supersedes != nil) {
        AgainOption.noteClosedGaps(record, savedTo: savePath, content: content, console: console)
      }
      if arguments.flag("quiet"), let savePath {
        console.writeErr("note: the review is saved to '\(savePath.shownInMessage)'.\n")
        let hasGaps = GapAnalysis.report(for: record, content: content).hasGaps
        return arguments.flag("fail-on-gaps") && hasGaps ? .gapsFound : .success
      }
      return try ReportOutput.write(
        record, content: content, arguments, console: console)
    }
    let today = try console.today()
    let session =
      if let earlier, resumeLater != nil {
        ReviewSession(resuming: record, earlier: earlier, content: content, today: today)
      } else if let earlier {
        ReviewSession(again: record, earlier: earlier, content: content, today: today)
      } else if let resume, record.supersedes != nil {
        ReviewSession(
          resuming: record,
          earlier: AgainOption.findEarlier(
            of: record, beside: resume, content: content, console: console),
          content: content, today: today)
      } else if resume != nil {
        ReviewSession(resuming: record, content: content, today: today)
      } else {
        ReviewSession(record: record, content: content, today: today)
      }
    var review = InteractiveReview(
      session: session,
      content: content, console: console, arguments: arguments, savePath: savePath,
      ownsSaveFile: ownsSaveFile)
    review.reader = reader
    review.fileHoldsAnswers = resume != nil
    review.savesInPlace = resume != nil && savePath == resume
    review.offersExisting = isNewReview(arguments) && arguments.value("save") == nil
    defer {
      review.lock?.release()
      review.earlierLock?.release()
    }
    return try review.run()
  }

  /// A new review, not started from a saved one or a scenario: the one a saved review of the
  /// same case in the folder is offered for (`ExistingReview`).
  private static func isNewReview(_ arguments: ParsedArguments) -> Bool {
    ["resume", "again", "answers", "scenario"].allSatisfy { arguments.value($0) == nil }
  }
}
