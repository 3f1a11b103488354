import SeenKit

/// What a worker keeps of a record it counted: its id and its case key (`caseKey`).
struct SummaryIdentity {
  var id: TextDigest
  var caseKey: TextDigest?
  /// The digest of the id of the review it supersedes, if any.
  var supersedes: TextDigest?
}

/// Why a file was not counted: its words, and whether it could not be read at all (rather than
/// read and found not to be a review).
struct SummaryProblem {
  var message: String
  var unreadable: Bool
}

/// Per-chunk and per-file results, each in `WorkerSlots`: written by one worker, read once all
/// have finished.
final class SummaryResultSlots: @unchecked Sendable {
  private let summarySlots: WorkerSlots<GroupedSummary?>
  private let problemSlots: WorkerSlots<SummaryProblem?>
  private let identitySlots: WorkerSlots<SummaryIdentity?>
  private let practiceSlots: WorkerSlots<Bool>

  init(workers: Int, files: Int) {
    summarySlots = WorkerSlots(count: workers, repeating: nil)
    problemSlots = WorkerSlots(count: files, repeating: nil)
    identitySlots = WorkerSlots(count: files, repeating: nil)
    practiceSlots = WorkerSlots(count: files, repeating: false)
  }

  /// Read once all workers have finished.
  var summaries: [GroupedSummary?] { summarySlots.values }
  var problems: [SummaryProblem?] { problemSlots.values }
  var identities: [SummaryIdentity?] { identitySlots.values }
  var practice: [Bool] { practiceSlots.values }

  func setSummary(_ summary: GroupedSummary, worker: Int) {
    summarySlots[worker] = summary
  }

  func setIdentity(_ identity: SummaryIdentity, at index: Int) {
    identitySlots[index] = identity
  }

  func setPractice(at index: Int) {
    practiceSlots[index] = true
  }

  func setProblem(_ problem: String, unreadable: Bool = false, at index: Int) {
    problemSlots[index] = SummaryProblem(message: problem, unreadable: unreadable)
  }
}
