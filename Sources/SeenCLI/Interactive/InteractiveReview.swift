import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives a `ReviewSession` on the terminal: prompts on standard error, the report on standard
/// output, the record saved after every answer, and a clear way out on Ctrl-C, Ctrl-D or SIGTERM.
struct InteractiveReview {
  var session: ReviewSession
  let content: Content
  let console: Console
  let arguments: ParsedArguments
  /// Where the record is saved; chosen at the first change when not given.
  var savePath: String?
  /// Whether the file at savePath may be replaced (it is this review's own file).
  var ownsSaveFile: Bool
  /// The case reference the default file name was made from; nil for a name given by the user.
  var namedForCase: String? = nil
  /// Whether seen chose the file name (and so may change it when the case reference is given).
  var isDefaultName = false
  /// Why the last save failed, while it has not succeeded since: then no message may claim the
  /// answers are saved.
  var saveFailure: CommandError? = nil
  /// The lock on a file seen named itself (a file given on the command line is locked by
  /// `ReviewCommand`).
  var lock: RecordLock? = nil
  /// Where the answers are kept while saving to savePath fails: a private file in the home
  /// folder (or the temporary folder), removed once a save succeeds again.
  var fallbackPath: String? = nil
  /// Whether the file at savePath holds this review's answers: it was resumed, or saved since.
  /// Until then nothing is saved, and no message may say the answers are.
  var fileHoldsAnswers = false
  /// Whether savePath is the resumed review's own file: saved in place, it keeps its mode, owner
  /// and group (a team's shared folder stays readable as it was; `FileStore.writeAtomically`).
  var savesInPlace = false
  /// Whether the warning that the file changed owner was shown: once is enough.
  var ownerWarningShown = false

  /// The controlling terminal, when the screen is written there: standard input is the terminal
  /// a person types at, but standard error is a file or a pipe (`seen review 2>log`).
  var screenDescriptor: Int32? = nil

  /// Reads the answers: one given may already hold input typed ahead of a question asked
  /// before the review started.
  var reader = LineReader()

  /// Whether a saved review of the case in this folder is offered once the case reference is
  /// known (`ExistingReview`): a new review whose file seen names (no --resume, --again,
  /// --answers, --scenario or --save).
  var offersExisting = false
  /// The case reference last looked for, so that each is offered once.
  var lookedUpCase: String? = nil
  /// The lock on a saved review taken up as the earlier review of a re-review.
  var earlierLock: RecordLock? = nil

  /// How many answers in a row a question may refuse from input that is not a terminal.
  static let refusalsBeforeStopping = 50

  mutating func run() throws(CommandError) -> ExitCode {
    SignalTrap.install()
    chooseScreen()
    defer { screenDescriptor.map { _ = close($0) } }
    let width = screenWidth
    session.screenColumns = width
    // Only a terminal pages the list of next steps; a pipe or a log gets it whole.
    session.screenRows =
      screenDescriptor.flatMap(Terminal.height(of:))
      ?? (console.stderrIsTerminal ? Terminal.height(of: 2) : nil)
    var refusedInARow = 0
    // A case reference given with --case: its saved review is offered before anything is asked.
    if case .stop(let code) = offerExisting(width: width) { return code }
    show(
      ReviewSession.welcome(
        savePath: savePath.map { PathBytes.shown($0.shownInMessage) },
        scenarioMark: session.scenarioMark, keepsSharedMode: savesInPlace && isShared(savePath),
        width: width))
    while true {
      show(session.prompt(width: width))
      let line: String
      do {
        line = try reader.readLine()
      } catch {
        return stop(error)
      }
      let outcome = session.handle(line)
      if let message = outcome.message {
        show(ReviewSession.wrapParagraphs(message, width: width) + "\n")
      }
      // The case reference just typed: a saved review of the case is offered before this one
      // is saved under the case's name.
      if outcome.event == .changed {
        switch offerExisting(width: width) {
        case .stop(let code): return code
        case .tookUp: continue
        case .goOn: break
        }
      }
      // Input from a script that this question keeps refusing (endless blank lines from
      // `yes ''`) would be asked for ever: stop after a number no person would type.
      refusedInARow = outcome.event == .unchanged && outcome.message != nil ? refusedInARow + 1 : 0
      if refusedInARow >= Self.refusalsBeforeStopping, !console.stdinIsTerminal {
        return stopOnBadInput(
          "the input gave \(refusedInARow) answers in a row that this question cannot take")
      }
      switch outcome.event {
      case .unchanged:
        continue
      case .changed:
        save()
      case .quit:
        return quit(width: width)
      case .finished:
        return try finish(width: width, notes: outcome.message)
      }
    }
  }

  /// What came of offering a saved review of the case.
  private enum Offer {
    /// Nothing to offer, or a separate review chosen: the session goes on.
    case goOn
    /// The saved review is resumed, or a re-review of it started: the session is that one now.
    case tookUp
    /// Ctrl-C, a signal or the end of input at the question.
    case stop(ExitCode)
  }

  /// Once the case reference is known (given with --case, or just typed), looks in the folder
  /// for a saved review of the case. On a terminal it asks: resume it (Enter), start a
  /// re-review of it, or a separate new review; a finished one is re-reviewed, never resumed.
  /// Without a terminal it never asks: a note names the file and the options, and the review
  /// goes on as a separate one.
  private mutating func offerExisting(width: Int) -> Offer {
    // Only before the men are asked about: taking up the saved review then loses nothing typed
    // (a case reference changed later, from the review screen, is a correction, not a start).
    guard offersExisting, session.record.men.isEmpty,
      let reference = session.record.caseReference, reference != lookedUpCase
    else { return .goOn }
    lookedUpCase = reference
    guard
      let existing = ExistingReview.find(
        caseReference: reference, beside: savePath, content: content)
    else { return .goOn }
    guard console.stdinIsTerminal else {
      report(existing.scriptNote + "\n")
      return .goOn
    }
    while true {
      show("\n" + ReviewSession.wrapParagraphs(existing.question, width: width) + "\n> ")
      let line: String
      do {
        line = try reader.readLine()
      } catch {
        // As at any question; the case reference typed is kept in the file saved so far, under
        // the name it has (never a second file named for the case).
        if savePath != nil {
          namedForCase = session.record.caseReference
          save()
        }
        return .stop(stop(error))
      }
      guard let choice = existing.choice(line) else {
        show(
          ReviewSession.wrapParagraphs(
            existing.isFinished
              ? "Type r (or Enter) to start a re-review of it, n for a separate new review, or q to quit."
              : "Type r (or Enter) to resume it, a to start a re-review of it, n for a separate new review, or q to quit.",
            width: width) + "\n")
        continue
      }
      switch choice {
      case .quit:
        // Nothing of the review begun is kept: the file seen began for it (which held only
        // what was said about yourself) is removed, and the saved review is untouched.
        if isDefaultName, fileHoldsAnswers, let begun = savePath { unlink(begun) }
        show(
          ReviewSession.wrapParagraphs(
            "Stopped: nothing was saved for a new review, and '\(existing.shown)' is as it was.",
            width: width) + "\n")
        return .stop(.success)
      case .separate:
        show(
          ReviewSession.wrapParagraphs(
            "A separate review of this case: it is saved as a file of its own.", width: width)
            + "\n")
        return .goOn
      case .resume, .again:
        return takeUp(existing, again: choice == .again, width: width)
      }
    }
  }

  /// Continues the saved review (or starts a re-review of it) in place of the one begun: what
  /// was typed about yourself (confidence, role) goes with it where it has none, and the file
  /// begun, which held only that, is removed once it is saved there, so that the case has no
  /// second file.
  private mutating func takeUp(_ existing: ExistingReview, again: Bool, width: Int) -> Offer {
    let typed = session.record
    let today = (try? console.today()) ?? Self.today()
    var next: ReviewSession
    let path: String
    let newLock: RecordLock?
    do {
      if again {
        earlierLock = try RecordLock.acquire(existing.path)
        path = try AgainOption.savePath(
          arguments, earlier: (existing.path, existing.record), console: console)
        var record = ReviewRecord.again(
          from: existing.record, id: ReviewRecord.id(random: ReviewCommand.randomBytes(16)),
          date: today.description)
        _ = record.takeReviewerDetails(from: typed)
        next = ReviewSession(
          again: record, earlier: existing.record, content: content, today: today)
        newLock = try RecordLock.acquire(path)
      } else {
        newLock = try RecordLock.acquire(existing.path)
        path = existing.path
        var record = existing.record
        _ = record.takeReviewerDetails(from: typed)
        let earlier =
          record.supersedes == nil
          ? nil
          : AgainOption.findEarlier(
            of: record, beside: existing.path, content: content, console: console)
        next =
          earlier.map {
            ReviewSession(resuming: record, earlier: $0, content: content, today: today)
          } ?? ReviewSession(resuming: record, content: content, today: today)
      }
    } catch {
      earlierLock?.release()
      earlierLock = nil
      show(
        ReviewSession.wrapParagraphs(
          PathBytes.shown(error.message) + " This review goes on as a separate one.", width: width)
          + "\n")
      return .goOn
    }
    next.screenRows = session.screenRows
    next.screenColumns = session.screenColumns
    next.showsFreeText = session.showsFreeText
    let begun = isDefaultName ? savePath : nil
    session = next
    lock?.release()
    lock = newLock
    savePath = path
    ownsSaveFile = !again
    savesInPlace = !again
    isDefaultName = false
    namedForCase = nil
    offersExisting = false
    save()
    if let begun, saveFailure == nil, !FileStore.isSameFile(begun, path) { unlink(begun) }
    let shownPath = PathBytes.shown(path.shownInMessage)
    show(
      ReviewSession.wrapParagraphs(
        again
          ? "A re-review of '\(existing.shown)', saved to \(shownPath) as you go; each question shows last time's answer."
          : "Resuming '\(existing.shown)' at its first unanswered question, saving to it as you go.",
        width: width) + "\n")
    return .tookUp
  }

  /// Case notes never go to a log: the screen, which shows back what was typed, is written to
  /// standard error only when it is the terminal. With standard error elsewhere, it goes to the
  /// terminal the person types at; failing that (--interactive with pipes), it goes to standard
  /// error without the free text typed (notes, case reference, strengths, reflections).
  private mutating func chooseScreen() {
    if !console.stderrIsTerminal {
      if console.stdinIsTerminal, let terminal = Terminal.openControlling() {
        screenDescriptor = terminal
      } else {
        session.showsFreeText = false
      }
    }
  }

  /// q: keeps an answer still waiting for its reason, saves, and says how to continue.
  private mutating func quit(width: Int) -> ExitCode {
    keepPendingAnswer(width: width)
    save()
    if let failure = saveFailure { return unsaved(failure, width: width) }
    show(resumeHint(prefix: "Saved", width: width))
    return .success
  }

  /// The review is done: saves, and writes the gap report.
  /// `notes`, what the end of the session said about the actions, are said again after the
  /// report: a pager would otherwise take them off the screen unread.
  private mutating func finish(width: Int, notes: String? = nil) throws(CommandError) -> ExitCode {
    save()
    if let failure = saveFailure {
      // The report still appears, so the work can be copied from it; the status says the
      // record itself was not saved.
      _ = try ReportOutput.write(
        session.record, content: content, arguments, console: console)
      return unsaved(failure, width: width)
    }
    if let savePath { show("\nSaved to \(PathBytes.shown(savePath.shownInMessage)).\n") }
    let status = try ReportOutput.write(
      session.record, content: content, arguments, console: console)
    if let notes {
      show(
        "\nAbout the agreed actions:\n" + ReviewSession.wrapParagraphs(notes, width: width) + "\n")
    }
    return status
  }

  /// The columns to wrap the screen to: the terminal's, at most 100.
  private var screenWidth: Int {
    min(screenDescriptor.flatMap(Terminal.width(of:)) ?? console.stderrWidth, 100)
  }

  /// Writes part of the screen: to the controlling terminal when that is where the screen goes,
  /// else to standard error.
  private func show(_ text: String) {
    guard let screenDescriptor else { return console.writeErr(text) }
    try? FileDescriptorIO.writeAll(text.linesSafe, to: screenDescriptor, name: "the terminal")
  }

  /// Writes an error or a warning (which never holds typed text): to standard error for scripts
  /// and logs, and to the screen as well when that is the terminal.
  private func report(_ text: String) {
    console.writeErr(text)
    if screenDescriptor != nil { show(text) }
  }

  /// Saves the record; a failure is reported and tried again at the next answer, so that a full
  /// disk never ends the session with the answers lost.
  private mutating func save() {
    let output = CommonOptions.outputFile(arguments)
    if savePath == nil {
      let chosen = Self.defaultPath(for: session.record, avoiding: output)
      savePath = chosen
      lock = try? RecordLock.acquire(chosen)
      ownsSaveFile = true
      isDefaultName = true
      namedForCase = session.record.caseReference
    } else if let chosen = savePath, namedForCase != session.record.caseReference, isDefaultName {
      // The confidence question comes before the case reference, so the first save may have
      // been named by date; once the case is known, the file takes its name (never replacing
      // another file: link(2) fails where rename(2) would replace).
      let renamed = Self.defaultPath(for: session.record, avoiding: output)
      let renamedLock = renamed == chosen ? nil : try? RecordLock.acquire(renamed)
      if renamed == chosen {
        namedForCase = session.record.caseReference
      } else if !FileStore.exists(chosen) || link(chosen, renamed) == 0 {
        unlink(chosen)
        lock?.release()
        lock = renamedLock
        savePath = renamed
        namedForCase = session.record.caseReference
      } else {
        renamedLock?.release()
      }
    }
    guard let savePath else { return }
    do {
      let saved = try FileStore.writeAtomically(
        session.record.encoded(), to: savePath, force: ownsSaveFile, inPlace: savesInPlace)
      if let warning = saved.ownerWarning, !ownerWarningShown {
        ownerWarningShown = true
        console.writeErr(warning + "\n")
      }
      ownsSaveFile = true
      fileHoldsAnswers = true
      saveFailure = nil
      if let fallbackPath {
        // Saved where it belongs: the copy kept meanwhile would only be a second copy of the
        // case notes.
        unlink(fallbackPath)
        self.fallbackPath = nil
      }
    } catch {
      saveFailure = error
      let kept = keepInFallback().map { " in '\($0)' for now" } ?? ""
      report(
        "warning: \(PathBytes.shown(error.message)) Your answers are kept\(kept); seen will try again after your next answer.\n"
      )
    }
  }

  /// Writes the record to the fallback file (made at the first failure, mode 0600, in the home
  /// folder, else the temporary folder) and returns its path; nil when that fails too.
  private mutating func keepInFallback() -> String? {
    let text = session.record.encoded()
    if let fallbackPath,
      (try? FileStore.writeAtomically(text, to: fallbackPath, force: true)) != nil
    {
      return fallbackPath
    }
    for folder in Self.fallbackFolders() {
      guard let path = Self.reserveFile(in: folder, for: session.record) else { continue }
      if (try? FileStore.writeAtomically(text, to: path, force: true)) != nil {
        fallbackPath = path
        return path
      }
      unlink(path)
    }
    return nil
  }

  /// The home folder, then the temporary folder.
  static func fallbackFolders() -> [String] {
    var folders: [String] = []
    for name in ["HOME", "TMPDIR"] {
      if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
        folders.append(value)
      }
    }
    folders.append("/tmp")
    var unique: [String] = []
    for folder in folders where !unique.contains(folder) { unique.append(folder) }
    return unique
  }

  /// Creates a new empty file, mode 0600, never one that exists. Named by the date, not the case
  /// reference: the home folder's listing and the error that names the file reach places (a
  /// shared folder, a log) where a case reference does not belong.
  private static func reserveFile(in folder: String, for record: ReviewRecord) -> String? {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let date = record.date.flatMap(ISODate.init) ?? today()
    var template = Array("\(prefix)seen-review-\(date)-unsaved-XXXXXX.json".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
    guard descriptor >= 0 else { return nil }
    close(descriptor)
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Ends the session on input it cannot go on with, in one line, not wrapped: the error is for
  /// scripts as much as for people, and says what happened, where the answers are and how to go
  /// on.
  private mutating func stopOnBadInput(_ what: String) -> ExitCode {
    if let failure = saveFailure {
      show("\n")
      return unsaved(failure, width: screenWidth, cause: what)
    }
    guard let savePath, fileHoldsAnswers else {
      report(
        "\nerror: \(what); nothing was answered yet, so nothing was saved: start again with: "
          + startAgainCommand + "\n")
      return .dataError
    }
    report(
      "\nerror: \(what); your answers so far are saved in '\(PathBytes.shown(savePath.shownInMessage))': "
        + "resume with: seen review --resume \(shellQuoted(savePath))\n")
    return .dataError
  }

  /// Keeps an "x" still waiting for its reason, and says so.
  private mutating func keepPendingAnswer(width: Int) {
    guard let outcome = session.keepPendingAnswer() else { return }
    if let message = outcome.message {
      show(ReviewSession.wrapParagraphs(message, width: width) + "\n")
    }
  }

  private mutating func stop(_ interruption: LineReader.Interruption) -> ExitCode {
    if interruption == .signal(SIGHUP) { return hungUp() }
    let code: ExitCode
    let what: String
    switch interruption {
    case .endOfInput:
      what = "The input ended (Ctrl-D)."
      code = .gapsFound
    case .signal(let number):
      what =
        number == SIGINT
        ? "Stopped (Ctrl-C)."
        : number == SIGTERM ? "Stopped (SIGTERM)." : "Stopped (the terminal closed)."
      code = ExitCode(signal: number)
    case .lineTooLong:
      return stopOnBadInput(
        "a line of input is longer than \(LineReader.maximumLineLength) bytes, the most seen "
          + "reads (a note is at most \(Answer.maximumNoteLength) characters)")
    }
    let width = screenWidth
    show("\n" + ReviewSession.wrapParagraphs(what, width: width) + "\n")
    // An "x" still waiting for its reason is an answer given: it is saved before seen ends.
    if session.isAskingForReason {
      keepPendingAnswer(width: width)
      save()
    }
    if let failure = saveFailure { return unsaved(failure, width: width) }
    show(resumeHint(prefix: "Your answers so far are saved", width: width))
    return code
  }

  /// Whether the file at `path` may be read by others (group or other permission bits): a
  /// review in a team's shared folder, whose mode a save in place keeps.
  private func isShared(_ path: String?) -> Bool {
    guard let path else { return false }
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0 else { return false }
    return info.st_mode & 0o077 != 0
  }

  /// The terminal has gone: the answers are saved after each one, so try once more if the last
  /// save failed, and exit 129 (74 if they could not be saved) without a word, since nothing
  /// written to a closed terminal is read.
  private mutating func hungUp() -> ExitCode {
    guard saveFailure != nil else { return .hangUp }
    guard let savePath,
      (try? FileStore.writeAtomically(session.record.encoded(), to: savePath, force: ownsSaveFile))
        != nil
    else {
      // Kept in the fallback file, named when the review is next opened from there.
      _ = fallbackPath ?? keepInFallback()
      return .ioError
    }
    return .hangUp
  }

  /// Says plainly where the answers could not be saved and where they are kept instead; exit 74.
  /// The answers themselves never go to standard error.
  private mutating func unsaved(
    _ failure: CommandError, width: Int, cause: String? = nil
  ) -> ExitCode {
    let start = cause.map { "error: \($0); your answers" } ?? "error: your answers"
    if let kept = fallbackPath ?? keepInFallback() {
      report(
        "\(start) could not be saved: \(PathBytes.shown(failure.message)) They are kept in '\(kept)' "
          + "(readable by you only); continue with: seen review --resume \(shellQuoted(kept))\n")
    } else {
      report(
        "\(start) could not be saved: \(PathBytes.shown(failure.message)) Nor could they be kept in your "
          + "home folder or the temporary folder. Free some space or choose a folder you can write "
          + "to with --save FILE, and start again.\n")
    }
    return .ioError
  }

  /// Where the review is saved and, on a line of its own so that it can be copied whole, the
  /// command that continues it.
  private func resumeHint(prefix: String, width: Int) -> String {
    guard let savePath, fileHoldsAnswers else {
      let what =
        prefix == "Saved" ? "Nothing to save yet" : "Nothing was answered yet, so nothing was saved"
      return ReviewSession.wrapParagraphs("\(what). Start again with:", width: width)
        + "\n  \(startAgainCommand)\n"
    }
    return ReviewSession.wrapParagraphs(
      "\(prefix) to \(PathBytes.shown(savePath.shownInMessage)). Resume with:", width: width)
      + "\n  seen review --resume \(shellQuoted(savePath))\n"
  }

  /// The command that starts this review again, with the options it was started with that say
  /// what to review and where to save it (a blank start of a scenario stays one).
  private var startAgainCommand: String {
    var words = ["seen review"]
    for name in ["scenario", "again", "case", "role", "date", "cohort", "save"] {
      guard let value = arguments.value(name) else { continue }
      words.append("--\(name) \(shellQuoted(value))")
      if name == "scenario" && arguments.flag("blank") { words.append("--blank") }
    }
    return words.joined(separator: " ")
  }

  private func shellQuoted(_ text: String) -> String {
    // A name that is not UTF-8 (or holds a control character): $'...' with \xNN for each byte
    // that is not plain ASCII, which bash and zsh read back as those bytes.
    if text.unicodeScalars.contains(where: { PathBytes.isEscape($0) || $0.value < 0x20 }) {
      var quoted = "$'"
      for byte in PathBytes.bytes(of: text) {
        if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\\") {
          quoted.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
          let hex = String(byte, radix: 16, uppercase: true)
          quoted += "\\x" + (hex.count == 1 ? "0" : "") + hex
        }
      }
      return quoted + "'"
    }
    let safe = text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "-_./".unicodeScalars.contains($0)
    }
    return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// `seen-review-<case>.json`, or `seen-review-<date>.json` without a case reference; never a
  /// file that already exists (a number is added instead).
  static func defaultPath(for record: ReviewRecord, avoiding output: String? = nil) -> String {
    let stem = fileStem(for: record)
    var candidate = stem + ".json"
    var number = 2
    // Never a file that exists, nor the file the report is to be written to.
    while FileStore.exists(candidate)
      || output.map({ $0 != "-" && FileStore.isSameFile($0, candidate) }) == true
    {
      candidate = "\(stem)-\(number).json"
      number += 1
    }
    return candidate
  }

  /// `seen-review-<case>`, or `seen-review-<date>` without a case reference.
  static func fileStem(for record: ReviewRecord) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    // Kept short: a file name longer than the file system allows would mean nothing is saved.
    let reference = String(
      String((record.caseReference ?? "").map { allowed.contains($0) ? $0 : "-" }).prefix(60)
    )
    .trimmingCharacters(in: "-")
    return "seen-review-" + (reference.isEmpty ? today().description : reference)
  }

  /// Today in the local time zone: the date on the practitioner's own calendar, which is the
  /// date they mean by "the date of the review" (UTC would give yesterday's or tomorrow's date
  /// late in the evening or early in the morning in much of the world).
  static func today() -> ISODate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    let year = Int(parts.tm_year) + 1900
    let month = Int(parts.tm_mon) + 1
    let day = Int(parts.tm_mday)
    // localtime_r always gives a real day; the fallback only keeps this total.
    return ISODate(year: year, month: month, day: day) ?? ISODate(year: 1970, month: 1, day: 1)!
  }
}

extension ExitCode {
  /// 128 + the signal number, as shells report it: 130 for Ctrl-C, 143 for SIGTERM.
  init(signal number: Int32) {
    switch number {
    case SIGINT: self = .interrupted
    case SIGTERM: self = .terminated
    default: self = .hangUp
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }

  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}
