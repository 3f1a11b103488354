import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Drives a `SupervisionSession` on the terminal: prompts on standard error, the record saved
/// into the review after every change, and on Ctrl-C, Ctrl-D or SIGTERM one line saying that
/// what was recorded is kept. The exit codes are the guided review's: the input ending (Ctrl-D)
/// before the end is a stop, 1; a signal 128 + its number. A comment typed is never shown back.
struct InteractiveSupervision {
  var session: SupervisionSession
  let console: Console
  let path: String
  var reader = LineReader()
  /// Why the last save failed, while it has not succeeded since.
  var saveFailure: CommandError? = nil
  /// Whether the review has been saved by this session: then an empty supervision taken out
  /// again is saved too.
  var saved = false
  /// Where the review is kept while saving it fails (the same kind of file as `seen review`'s).
  var fallback = FallbackFile(prefix: "seen-supervision")

  static let refusalsBeforeStopping = 50

  mutating func run() throws(CommandError) -> ExitCode {
    SignalTrap.install()
    let width = min(console.stderrWidth, 100)
    show(
      ReviewSession.wrapParagraphs(
        "seen supervise: a supervision of the review in \(PathBytes.shown(path.shownInMessage)), recorded in it and saved after each answer. ? explains the keys; q saves and stops.",
        width: width) + "\n")
    var refused = 0
    while true {
      show(session.prompt(width: width))
      let line: String
      do {
        line = try reader.readLine()
      } catch {
        return stop(error)
      }
      if reader.lastLineMayBeCut {
        // A cut comment kept as if whole would lose its end without a word: nothing of it is
        // taken, and the question is asked again.
        show(ReviewSession.wrapParagraphs(LineReader.cutLineMessage(line), width: width) + "\n")
        continue
      }
      let outcome = session.handle(line)
      if let message = outcome.message {
        show(ReviewSession.wrapParagraphs(message, width: width) + "\n")
      }
      refused = outcome.event == .unchanged && outcome.message != nil ? refused + 1 : 0
      if refused >= Self.refusalsBeforeStopping, !console.stdinIsTerminal {
        save()
        console.writeErr(
          "error: the input gave \(refused) answers in a row that this question cannot take; what was recorded so far is saved in '\(PathBytes.shown(path.shownInMessage))'.\n"
        )
        return .dataError
      }
      switch outcome.event {
      case .unchanged:
        continue
      case .changed:
        save()
      case .quit, .finished:
        if let dropped = session.droppingEmptySupervision() {
          show(ReviewSession.wrapParagraphs(dropped, width: width) + "\n")
        }
        save()
        if let saveFailure { return unsaved(saveFailure) }
        show(
          "\(session.supervision == nil ? "Nothing was recorded, so nothing was changed in" : "Saved to") \(PathBytes.shown(path.shownInMessage)).\n"
        )
        return .success
      }
    }
  }

  private func show(_ text: String) {
    console.writeErr(text)
  }

  /// Saves the review with what was recorded; nothing is saved before the role is given.
  private mutating func save() {
    guard session.supervision != nil || saved else { return }
    saved = true
    do {
      // Once the review is saved it is the supervisor's, so this is said at most once.
      if let warning = try FileStore.writeAtomically(
        session.record.encoded(), to: path, force: true, inPlace: true
      ).ownerWarning {
        show(wrapped(warning))
      }
      saveFailure = nil
      fallback.remove()
    } catch {
      saveFailure = error
      let kept = keepInFallback().map { " What was recorded is kept in '\($0)' for now;" } ?? ""
      show(
        wrapped(
          "warning: \(PathBytes.shown(error.message))\(kept) seen will try again after the next answer."
        ))
    }
  }

  /// The review as recorded so far, in the fallback file; its path, or nil when that fails too.
  private mutating func keepInFallback() -> String? {
    fallback.keep(session.record.encoded(), date: session.supervision?.date ?? session.today)
  }

  /// A warning or an error wrapped to the terminal, as the prompts are.
  private func wrapped(_ text: String) -> String {
    ReviewSession.wrapParagraphs(text, width: min(console.stderrWidth, 100)) + "\n"
  }

  private mutating func stop(_ interruption: LineReader.Interruption) -> ExitCode {
    let code: ExitCode
    let what: String
    switch interruption {
    case .endOfInput:
      what = "The input ended (Ctrl-D)"
      code = .gapsFound
    case .signal(let number):
      what =
        number == SIGINT
        ? "Stopped (Ctrl-C)"
        : number == SIGTERM ? "Stopped (SIGTERM)" : "Stopped (the terminal closed)"
      code = ExitCode(signal: number)
    case .lineTooLong:
      what = "A line of input was longer than seen reads"
      code = .dataError
    }
    let pending = session.keepPendingAction()
    let dropped = session.droppingEmptySupervision()
    save()
    if let saveFailure { return unsaved(saveFailure) }
    if let pending { console.writeErr("\n" + pending) }
    if let dropped { console.writeErr("\n" + dropped) }
    let shown = PathBytes.shown(path.shownInMessage)
    let kept =
      session.supervision == nil
      ? "nothing was recorded yet, so the review is unchanged"
      : "what was recorded is saved in '\(shown)'; to continue it today: seen supervise \(shown)"
    console.writeErr(
      "\n" + ReviewSession.wrapParagraphs("\(what): \(kept).", width: min(console.stderrWidth, 100))
        + "\n")
    return code
  }

  /// Says where what was recorded is kept instead, and how to put it back and go on; exit 73.
  private mutating func unsaved(_ failure: CommandError) -> ExitCode {
    let shown = PathBytes.shown(path.shownInMessage)
    guard let kept = fallback.path ?? keepInFallback() else {
      show(
        wrapped(
          "error: what was recorded could not be saved: \(PathBytes.shown(failure.message)) Nor could it be kept in your home folder or the temporary folder, so this supervision is lost; '\(shown)' is as it was before the last save that worked. Free some space or make the folder writable, and record it again."
        ))
      return .cannotCreate
    }
    let copy = PathBytes.shown(kept)
    show(
      wrapped(
        "error: what was recorded could not be saved in '\(shown)': \(PathBytes.shown(failure.message)) It is kept in '\(copy)' (readable by you only). Once the folder can be written again, copy it back over the review (which keeps the review's permissions) and continue with:"
      )
        + "  cp \(CommandTree.shellQuoted(copy)) \(CommandTree.shellQuoted(shown)) && rm \(CommandTree.shellQuoted(copy))\n"
        + "  seen supervise \(CommandTree.shellQuoted(shown))\n")
    return .cannotCreate
  }
}
