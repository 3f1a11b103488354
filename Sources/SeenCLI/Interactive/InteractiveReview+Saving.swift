import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saving the record after every answer: the file seen names, the private fallback file while
/// saving fails, and what is said when the answers could not be saved.
extension InteractiveReview {
  /// Saves the record; a failure is reported and tried again at the next answer, so that a full
  /// disk never ends the session with the answers lost.
  mutating func save() {
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
      // Saved where it belongs: the copy kept meanwhile would only be a second copy of the
      // case notes.
      fallback.remove()
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
    fallback.keep(
      session.record.encoded(), date: session.record.date.flatMap(ISODate.init) ?? Self.today())
  }

  /// The terminal has gone: the answers are saved after each one, so try once more if the last
  /// save failed, and exit 129 (74 if they could not be saved) without a word, since nothing
  /// written to a closed terminal is read.
  mutating func hungUp() -> ExitCode {
    guard saveFailure != nil else { return .hangUp }
    guard let savePath,
      (try? FileStore.writeAtomically(session.record.encoded(), to: savePath, force: ownsSaveFile))
        != nil
    else {
      // Kept in the fallback file, named when the review is next opened from there.
      _ = fallback.path ?? keepInFallback()
      return .ioError
    }
    return .hangUp
  }

  /// Says plainly where the answers could not be saved and where they are kept instead; exit 74.
  /// The answers themselves never go to standard error.
  mutating func unsaved(
    _ failure: CommandError, width: Int, cause: String? = nil
  ) -> ExitCode {
    let start = cause.map { "error: \($0); your answers" } ?? "error: your answers"
    if let kept = fallback.path ?? keepInFallback() {
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

extension String {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return String(text)
  }
}
