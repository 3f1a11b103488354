import Dispatch
import SeenKit

/// Reads review files in batches, on every core, and counts them into a summary. Memory holds
/// one batch of paths and the counters, whatever the number of files.
struct SummaryCounter {
  static let batchSize = 512
  let content: Content
  let strict: Bool
  private(set) var summary: GroupedSummary
  private(set) var files = 0
  private var batch: [String] = []

  init(content: Content, field: SummaryField?, strict: Bool) {
    self.content = content
    self.strict = strict
    self.summary = GroupedSummary(field: field)
    batch.reserveCapacity(Self.batchSize)
  }

  mutating func add(_ path: String, console: Console) throws(CommandError) {
    batch.append(path)
    files += 1
    if batch.count == Self.batchSize { try flush(console: console) }
  }

  mutating func finish(console: Console) throws(CommandError) {
    try flush(console: console)
  }

  /// Counts the batch: each worker takes every n-th file into its own summary; the summaries
  /// are then merged. Problems are reported in file order, so output does not depend on timing.
  private mutating func flush(console: Console) throws(CommandError) {
    guard !batch.isEmpty else { return }
    let workers = min(batch.count, max(1, System.coreCount))
    let paths = batch
    let content = self.content
    let field = summary.field
    let results = ResultSlots(workers: workers, files: paths.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var partial = GroupedSummary(field: field)
      var index = worker
      while index < paths.count {
        do {
          let bytes = try FileStore.readFile(paths[index])
          partial.add(
            try ReviewRecord.decode(bytes, file: paths[index], content: content), content: content)
        } catch let error as DataError {
          // The file is named with the reason, never with text from inside it (a note, a case
          // reference, a label), which a summary must not show.
          results.setProblem(error.descriptionWithoutFileText, at: index)
        } catch let error as CommandError {
          results.setProblem(error.message, at: index)
        } catch {
          results.setProblem("\(error)", at: index)
        }
        index += workers
      }
      results.setSummary(partial, worker: worker)
    }
    batch.removeAll(keepingCapacity: true)
    for problem in results.problems.compactMap({ $0 }) {
      if strict {
        throw CommandError(
          .dataError, problem + " (--strict stops at the first file that is not a review)")
      }
      console.writeErr("warning: skipped \(PathBytes.shown(problem))\n")
      summary.skipped += 1
    }
    for partial in results.summaries.compactMap({ $0 }) {
      summary.merge(partial)
    }
  }
}

/// Per-worker and per-file result slots; each slot is written by exactly one worker, and read
/// only after all workers have finished. The slots live in buffers allocated once, so that a
/// worker's write touches its own slot only: writing through an array property instead (even
/// with `withUnsafeMutableBufferPointer`) checks and may replace the array itself, which every
/// worker shares, and ThreadSanitizer reports that as a data race.
private final class ResultSlots: @unchecked Sendable {
  private let summarySlots: UnsafeMutableBufferPointer<GroupedSummary?>
  private let problemSlots: UnsafeMutableBufferPointer<String?>

  init(workers: Int, files: Int) {
    summarySlots = .allocate(capacity: workers)
    summarySlots.initialize(repeating: nil)
    problemSlots = .allocate(capacity: files)
    problemSlots.initialize(repeating: nil)
  }

  deinit {
    summarySlots.deinitialize()
    summarySlots.deallocate()
    problemSlots.deinitialize()
    problemSlots.deallocate()
  }

  /// Read once all workers have finished.
  var summaries: [GroupedSummary?] { Array(summarySlots) }
  var problems: [String?] { Array(problemSlots) }

  func setSummary(_ summary: GroupedSummary, worker: Int) {
    summarySlots[worker] = summary
  }

  func setProblem(_ problem: String, at index: Int) {
    problemSlots[index] = problem
  }
}
