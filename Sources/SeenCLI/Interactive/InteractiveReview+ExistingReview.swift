import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Offering a saved review of the case, once its reference is known: resumed, re-reviewed, or
/// passed over for a separate review.
extension InteractiveReview {
  /// What came of offering a saved review of the case.
  enum Offer {
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
  mutating func offerExisting(width: Int) -> Offer {
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
}
