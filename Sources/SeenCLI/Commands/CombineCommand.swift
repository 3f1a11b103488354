import SeenKit

/// `seen combine FILE...`: one baby's case as several agencies reviewed it, side by side.
enum CombineCommand {
  static let spec = CommandSpec(
    name: "combine",
    abstract: "Put several agencies' reviews of one baby's case side by side.",
    discussion: """
      Reads two or more review records of the same case (the midwife's, the health visitor's, \
      the GP's, the social worker's) and shows, for each man and for the case, one row per \
      checklist item some review answered and one column per review (labelled by role and \
      date), then each item \
      that one review knows and another does not, to share with the agencies involved \
      following your local information-sharing procedures. The review found lack of \
      information sharing a key factor (9.1), and illustrates it with a case in which \
      information about a father's risk "was there and well documented in his medical \
      records" and yet none of it was communicated with children's services (9.7). seen sends \
      nothing anywhere: how the files reach one computer is the partnership's own secure route.
      What a review knows of an item: a practice item done or partly done; a finding, present \
      or none found so far; a safety concern recorded (yes). Unanswered, not known and \
      no are not knowledge ("no concern known" is also true where nobody has looked), nor is a \
      review that does not list the man; not applicable is neither, and never a difference. \
      Whether a review was discussed in supervision, and a practitioner's fear of working with \
      a man, are the practitioner's own: never a difference to pass on (fear gets one line: \
      talk to your manager now, and agree joint visits or a lone-working check).
      Matching men is a judgement, never silent: only a birth father with the same label in \
      every review that lists one is taken as the same man without asking, and the output says \
      so at the top (--no-auto-match turns it off). Every other man is the same man only when \
      --match says so, such as --match "midwife:Mother's partner=health visitor:Mum's partner" \
      or --match "1:Partner=2:Mum's partner" (a review by its number as the output lists \
      them, in the order given, or by its role; a man by his label or number), or when you confirm it on a terminal (a pair whose answer follows from \
      earlier answers is not asked: men you said are different never become one); otherwise he \
      keeps his own rows, with "may be the same man as ..." where another review lists a man \
      with the same relationship or label.
      The output is a practitioners' document: not for the family, a meeting he attends, or \
      his records. Even so, in every format every note of every review is left out, and so \
      are the answers to the safety items (the safety question, violence or control, domestic \
      abuse, the abuse he experienced, the mother asked alone, the practitioner's fear): their \
      differences are not listed, and each man any review records a safety condition for gets \
      one line on planning contact with him for safety instead; a practitioner's fear is for \
      the case, not a condition for a man, and gets its own line; a man whose safety question \
      is not yet answered is planned for as if there were a concern. Which review records \
      them is not named. Where any review records a safety condition, every line is shared \
      never with the man it concerns, or with any man in this case. --include-sensitive shows \
      the notes and the safety answers, and names the reviews. With --output it is written with mode 0600, never over a \
      file without --force.
      Records of different case references, or the same review twice, are refused (exit 65). \
      A review that a later one given beside it supersedes (a re-review) is left out, with a \
      note: the latest review of each chain is combined. A review that supersedes itself, or \
      reviews that supersede one another in a circle, are refused (exit 65).
      """,
    arguments: [
      ArgumentSpec(
        name: "file", help: "Review records of one case (two or more).", repeats: true,
        completion: .records)
    ],
    options: [
      .value(
        "format", "format",
        help:
          "The output format. HTML is one file to open and print from a browser; PDF goes to a file (--output) or a pipe, not to a terminal.",
        choices: CombinedReviewRenderer.formats.map(\.rawValue), defaultValue: "text"),
      .value(
        "match", "men",
        help:
          "These men of different reviews are one man: REVIEW:MAN=REVIEW:MAN (more with =), a review by its number or role, a man by his label or number. Repeatable.",
        repeats: true),
      .flag(
        "no-auto-match",
        help:
          "Take no man as the same without --match, not even a birth father with the same label."),
      .flag("no-input", help: "Never ask whether two men are the same man."),
      .flag(
        "interactive",
        help:
          "Ask line by line whether two men are the same man, even when standard input is not a terminal."
      ),
      CommonOptions.output, CommonOptions.force, CommonOptions.noColor, CommonOptions.noPager,
      CommonOptions.width, CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
      .flag(
        "include-sensitive",
        help:
          "Show every note and the answers to the safety items, left out by default."
      ),
    ],
    examples: [
      "seen combine midwife.json health-visitor.json social-worker.json",
      "seen combine mw.json hv.json --match \"midwife:Mother's partner=health visitor:Mum's partner\"",
      "seen combine mw.json hv.json sw.json --format pdf -o case-HV-2604-combined.pdf",
    ],
    conflicts: [("no-input", "interactive")])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = CommonOptions.format(arguments)
    let paths = arguments.positionals
    guard paths.count >= 2 else {
      throw CommandError(
        .usage,
        "combine needs two or more review records of one case, and was given one ('\((paths.first ?? "").shownInMessage)'); name each agency's review of the case."
      )
    }
    try SheetOutput.check(
      isBinary: format.isBinary, arguments, console: console, example: "combined.pdf")
    try CommonOptions.refuseOutputOverRecords(paths.map { ("a review read", $0) }, arguments)
    try CommonOptions.checkOutput(arguments)
    let content = try CommonOptions.loadContent(arguments, console: console)
    for (index, path) in paths.enumerated() {
      for other in paths[(index + 1)...] where path != "-" && FileStore.isSameFile(path, other) {
        throw CommandError(
          .dataError,
          "'\(path.shownInMessage)' and '\(other.shownInMessage)' are the same file; name each review once."
        )
      }
    }
    let records = try paths.map { (path) throws(CommandError) in
      try RecordLoader.load(path, content: content, console: console)
    }
    try checkOneCase(records, paths: paths)
    try checkChains(records, paths: paths)
    let (kept, superseded) = ReviewChains<String>.latest(records)
    guard kept.count >= 2 else {
      throw CommandError(
        .dataError,
        "only '\(paths[kept.first ?? 0].shownInMessage)' is left once the reviews a later one supersedes are left out; combine the latest reviews of two or more practitioners."
      )
    }
    for entry in superseded {
      console.writeErr(
        "note: '\(paths[entry.earlier].shownInMessage)' is left out: '\(paths[entry.later].shownInMessage)' is a later review that supersedes it, and the latest review of each chain is combined.\n"
      )
    }
    let reviews = kept.map { records[$0] }
    var matching = ManMatching(reviews, automatic: !arguments.flag("no-auto-match"))
    for argument in arguments.values("match") {
      do {
        try matching.apply(argument)
      } catch {
        throw CommandError(.usage, error.message)
      }
    }
    let asks =
      !arguments.flag("no-input")
      && ((console.stdinIsTerminal && console.stdoutIsTerminal) || arguments.flag("interactive"))
    if asks { try confirm(&matching, console: console) }
    let combined = CombinedReview(
      reviews, matching: matching, content: content,
      includeSensitive: arguments.flag("include-sensitive"))
    let renderer = CombinedReviewRenderer(
      text: try CommonOptions.textOptions(arguments, console: console),
      pdf: try CommonOptions.pdfOptions(format, console: console))
    let rendered = renderer.output(combined, as: format)
    try CommonOptions.emit(rendered, arguments, console: console, paged: !format.isBinary)
    return .success
  }

  /// Refuses records of different case references (both given, and not the same), naming the
  /// first two that differ and their files, and the same review twice (the same id).
  private static func checkOneCase(_ records: [ReviewRecord], paths: [String])
    throws(CommandError)
  {
    for index in records.indices {
      for other in records.indices where other > index {
        if let id = records[index].id, id == records[other].id {
          throw CommandError(
            .dataError,
            "'\(paths[index].shownInMessage)' and '\(paths[other].shownInMessage)' are copies of one review (id \(id.shownInMessage)); name each review once."
          )
        }
        if RecordComparison.differentCases(records[index], records[other]) {
          throw CommandError(
            .dataError,
            "'\(paths[index].shownInMessage)' is case \((records[index].caseReference ?? "").quotedInMessage) and '\(paths[other].shownInMessage)' is case \((records[other].caseReference ?? "").quotedInMessage), so they are not reviews of one case; combine the reviews of one case only."
          )
        }
      }
    }
  }

  /// Refuses a review that supersedes itself, and reviews whose `supersedes` links go round in
  /// a circle: none of them is the latest, so which to combine is not known.
  private static func checkChains(_ records: [ReviewRecord], paths: [String])
    throws(CommandError)
  {
    var links: [String: [String]] = [:]
    for (index, record) in records.enumerated() {
      guard let id = record.id, let target = record.supersedes else { continue }
      if target == id {
        throw CommandError(
          .dataError,
          "'\(paths[index].shownInMessage)' says it supersedes itself (review \(id.shownInMessage)), so which review is the latest is not known; correct its supersedes, or combine it without it."
        )
      }
      links[id, default: []].append(target)
    }
    let circle = ReviewChains<String>.inCircles(links)
    let files = records.indices.filter { records[$0].id.map(circle.contains) ?? false }
    guard files.count > 1 else { return }
    let names = files.map { "'\(paths[$0].shownInMessage)'" }
    throw CommandError(
      .dataError,
      "\(names.dropLast().joined(separator: ", ")) and \(names[names.count - 1]) supersede one another in a circle, so none is the latest; correct their supersedes, or combine the latest review of each practitioner only."
    )
  }

  /// Asks, for each pair of men who may be the same man, whether they are; y takes them as one.
  /// The questions go to standard error (labels and roles, never a note); the end of the input
  /// stops the asking, and every man not confirmed keeps his own rows.
  private static func confirm(_ matching: inout ManMatching, console: Console)
    throws(CommandError)
  {
    // Ctrl-C at a question ends in one line ("interrupted; nothing was written"), not a
    // silent death; the default comes back once the questions are answered.
    SignalTrap.install()
    defer { SignalTrap.uninstall() }
    var reader = LineReader()
    // A pair whose answer follows from earlier ones (one man already, men of one review, or a
    // "no" for a man of each) is not asked: answers never chain two men said to be different
    // into one.
    questions: for candidate in matching.candidates() where !matching.follows(candidate) {
      var attempts = 0
      while true {
        console.writeErr(candidate.question.shownInMessage + "\n> ")
        let line: String
        do {
          line = try reader.readLine()
        } catch .endOfInput {
          console.writeErr("\n")
          break questions
        } catch .lineTooLong {
          throw CommandError(.usage, "an answer is too long; type y or n.")
        } catch {
          throw CommandError(.interrupted, "interrupted; nothing was written.")
        }
        switch line.filter({ !$0.isWhitespace }).lowercased() {
        case "y", "yes":
          if let earlier = matching.confirm(candidate) {
            // Not reached while such pairs are not asked; refused, never merged, if it is.
            console.writeErr(
              "That goes against an earlier answer (\(matching.notTheSame(earlier).shownInMessage)), so they are not taken as one man; type n, or run again and answer differently.\n"
            )
            attempts += 1
            if attempts >= 5 { continue questions }
            continue
          }
          continue questions
        case "", "n", "no":
          matching.separate(candidate)
          continue questions
        default:
          attempts += 1
          if attempts >= 5 { continue questions }
          console.writeErr("Type y (the same man) or n (not known to be the same man).\n")
        }
      }
    }
  }
}
