import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the session ends: finished, quit, stopped by a signal or the end of input, or by input it
/// cannot go on with; and the command that continues it.
extension InteractiveReview {
  /// q: keeps an answer still waiting for its reason, saves, and says how to continue.
  mutating func quit(width: Int) -> ExitCode {
    keepPendingAnswer(width: width)
    save()
    if let failure = saveFailure { return unsaved(failure, width: width) }
    show(resumeHint(prefix: "Saved", width: width))
    return .success
  }

  /// The review is done: saves, and writes the gap report.
  /// `notes`, what the end of the session said about the actions, are said again after the
  /// report: a pager would otherwise take them off the screen unread.
  mutating func finish(width: Int, notes: String? = nil) throws(CommandError) -> ExitCode {
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

  /// Ends the session on input it cannot go on with, in one line, not wrapped: the error is for
  /// scripts as much as for people, and says what happened, where the answers are and how to go
  /// on.
  mutating func stopOnBadInput(_ what: String) -> ExitCode {
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

  mutating func stop(_ interruption: LineReader.Interruption) -> ExitCode {
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

  func shellQuoted(_ text: String) -> String {
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
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}
