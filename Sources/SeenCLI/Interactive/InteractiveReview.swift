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
  var fallback = FallbackFile(prefix: "seen-review")
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
      if reader.lastLineMayBeCut {
        // A note kept as if whole would lose its end without a word: nothing of it is taken,
        // and the question is asked again.
        show(ReviewSession.wrapParagraphs(LineReader.cutLineMessage(line), width: width) + "\n")
        continue
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

  /// The columns to wrap the screen to: the terminal's, at most 100.
  var screenWidth: Int {
    min(screenDescriptor.flatMap(Terminal.width(of:)) ?? console.stderrWidth, 100)
  }

  /// Writes part of the screen: to the controlling terminal when that is where the screen goes,
  /// else to standard error.
  func show(_ text: String) {
    guard let screenDescriptor else { return console.writeErr(text) }
    try? FileDescriptorIO.writeAll(text.linesSafe, to: screenDescriptor, name: "the terminal")
  }

  /// Writes an error or a warning (which never holds typed text): to standard error for scripts
  /// and logs, and to the screen as well when that is the terminal.
  func report(_ text: String) {
    console.writeErr(text)
    if screenDescriptor != nil { show(text) }
  }

  /// Whether the file at `path` may be read by others (group or other permission bits): a
  /// review in a team's shared folder, whose mode a save in place keeps.
  private func isShared(_ path: String?) -> Bool {
    guard let path else { return false }
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0 else { return false }
    return info.st_mode & 0o077 != 0
  }
}
