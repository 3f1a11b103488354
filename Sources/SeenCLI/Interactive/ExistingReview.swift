import SeenKit

/// A saved review of the case a new `seen review` is about, found in the folder the new review
/// is saved to: offered on a terminal (resume it, re-review it, or start a separate review),
/// named in a note in a script, so that a case never gets a second file without a word.
struct ExistingReview {
  let path: String
  let record: ReviewRecord
  /// Every item answered: resuming it is a re-review (`--again`).
  let isFinished: Bool

  /// The latest saved review of `reference` among the review files beside `savePath` (in its
  /// folder only; the current folder when nil), `savePath` itself aside. A review that another
  /// there supersedes is never offered: the latest of its chain is. Of several, the latest by
  /// date, then the last by name. What cannot be read as a review is passed over.
  static func find(
    caseReference reference: String?, beside savePath: String?, content: Content
  ) -> ExistingReview? {
    guard let wanted = reference.map(normalised), !wanted.isEmpty else { return nil }
    var found: [(path: String, record: ReviewRecord)] = []
    for path in ReviewFiles.siblings(of: savePath ?? "") {
      guard let bytes = try? FileStore.readFile(path, regular: true),
        let record = try? ReviewRecord.decode(bytes, file: path, content: content)
      else { continue }
      found.append((path, record))
    }
    var chains = ReviewChains<String>()
    for (_, record) in found {
      if let id = record.id, let earlier = record.supersedes {
        chains.link(id, supersedes: earlier)
      }
    }
    let superseded = chains.superseded(among: Set(found.compactMap(\.record.id)))
    let candidates = found.filter { file in
      file.record.caseReference.map(normalised) == wanted
        && !(file.record.id.map(superseded.contains) ?? false)
    }
    let latest = candidates.max { first, second in
      let one = first.record.date.flatMap { ISODate($0) }
      let two = second.record.date.flatMap { ISODate($0) }
      if one != two {
        guard let one else { return true }
        guard let two else { return false }
        return one < two
      }
      return first.path.unicodeScalars.lexicographicallyPrecedes(second.path.unicodeScalars)
    }
    return latest.map {
      ExistingReview(
        path: $0.path, record: $0.record,
        isFinished: ReviewSession.isFinished($0.record, content: content))
    }
  }

  /// A case reference as compared: without the spaces around it, in any case.
  private static func normalised(_ reference: String) -> String {
    String(
      reference.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
    ).lowercased()
  }

  /// The file as a message names it.
  var shown: String { PathBytes.shown(path.shownInMessage) }

  /// "(dated 2026-11-20, finished)".
  var described: String {
    let date = record.date.map { "dated \($0.shownInMessage)" }
    let state = isFinished ? "finished" : "not finished"
    return "(" + ([date, state].compactMap { $0 }.joined(separator: ", ")) + ")"
  }

  /// The note a script gets on standard error: the file and the options that continue it. It
  /// never names the case reference (a log may hold it): the file is named instead.
  var scriptNote: String {
    let command = isFinished ? "--again \(path.shownInMessage)" : "--resume \(path.shownInMessage)"
    return
      "note: '\(shown)' \(described) is already a review of this case in the folder; this run starts a separate review. To continue it, use seen review \(command)"
      + (isFinished ? "." : ", or --again \(path.shownInMessage) for a re-review of it.")
  }

  /// The question on a terminal: the file, then the choices with what Enter does.
  var question: String {
    "'\(shown)' \(described) is already a review of this case.\n"
      + (isFinished
        ? "It is finished, so taking it up means a re-review (as --again).\nr start a re-review of it (Enter), n start a separate new review, q quit"
        : "r resume it (Enter), a start a re-review of it (--again), n start a separate new review, q quit")
  }

  /// What was chosen at the question.
  enum Choice {
    case resume
    case again
    case separate
    /// Stop: nothing is saved for the review begun, and the saved one is left as it is.
    case quit
  }

  /// Reads an answer to `question`; nil when it is not one.
  func choice(_ line: String) -> Choice? {
    switch line.filter({ !$0.isWhitespace }).lowercased() {
    case "", "r", "resume": return isFinished ? .again : .resume
    case "a", "again": return .again
    case "n", "new": return .separate
    case "q", "quit": return .quit
    default: return nil
    }
  }
}
