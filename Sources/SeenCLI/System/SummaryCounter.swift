import Dispatch
import SeenKit

/// Reads review files in batches, on every core, and counts them into a summary. Memory holds
/// one batch of paths and the counters, and for each review counted a digest of its id, the
/// path it was read from and a digest of its case reference (never the text), so that copies of
/// one review count once: about 100 bytes for each review.
///
/// Re-review chains (`supersedes`): a review another one supersedes is taken back out as soon as
/// both are read, in whichever order (re-read from its file, as a copy is), unless every version
/// is counted (`allVersions`). For the reviews that have a `supersedes` link, the counter keeps
/// the digest of the id it names (about 60 bytes each, for those reviews only), and the set of
/// the ids superseded and of those taken out (about 40 bytes each); at the end it restores the
/// reviews whose links go round in a circle, and compares each pair of consecutive reviews
/// (`ChainCounts.addPair`), reading the two files again, one pair at a time: no review's gaps
/// are held beyond its pair.
struct SummaryCounter {
  /// A review counted: where its path is in `paths`, and the digest of its case reference
  /// (`caseKey`), kept only to count the cases with more than one review.
  private struct Counted {
    // In this order, so that the entry takes 32 bytes, not 40.
    var caseKey: TextDigest?
    var pathCount: Int32
    var pathStart: Int
  }
  static let batchSize = 512
  let content: Content
  let strict: Bool
  /// Count every review of a chain, not only the latest (`--all-versions`).
  let allVersions: Bool
  private(set) var summary: GroupedSummary
  private(set) var files = 0
  /// Files that could not be read at all (permission, a link to nothing, a device).
  private(set) var unreadableFiles = 0
  /// Why the only file found is no review (and whether it could not be read at all), when that
  /// is so: the error to give, alone.
  private(set) var onlyFileProblem: (message: String, unreadable: Bool)?
  /// Practice records (started from a training scenario, `workshop`), left out of the figures:
  /// a team's summary and the Panel's questions are about real reviews only.
  private(set) var practiceRecords = 0
  private var batch: [String] = []
  /// For each path of the batch, whether the walk saw a regular file there.
  private var regular: [Bool] = []
  /// Every review counted so far, by the digest of its id.
  private var counted: [TextDigest: Counted] = [:]
  /// The paths of the reviews counted, end to end, as UTF-8.
  private var paths: [UInt8] = []
  /// The `supersedes` links, by the digests of the ids (`ReviewChains`, the one rule of which
  /// review is the latest, that `seen actions` follows too).
  private var chainLinks = ReviewChains<TextDigest>()
  /// Every id some review supersedes.
  private var superseded: Set<TextDigest> = []
  /// The superseded reviews taken back out of the figures.
  private var leftOut: Set<TextDigest> = []
  /// The reviews (ids) whose copies differ: whatever the file order, the same set.
  private var differing: Set<TextDigest> = []

  init(
    content: Content, field: SummaryField?, strict: Bool, today: ISODate? = nil,
    allVersions: Bool = false
  ) {
    self.content = content
    self.strict = strict
    self.allVersions = allVersions
    self.summary = GroupedSummary(field: field, today: today)
    summary.chains.allVersions = allVersions
    batch.reserveCapacity(Self.batchSize)
    regular.reserveCapacity(Self.batchSize)
  }

  /// - Parameter regular: the walk saw a regular file at `path` (`FileStore.readFile`).
  mutating func add(_ path: String, regular: Bool = false, console: Console) throws(CommandError) {
    batch.append(path)
    self.regular.append(regular)
    files += 1
    if batch.count == Self.batchSize { try flush(console: console) }
  }

  mutating func finish(console: Console) throws(CommandError) {
    try flush(console: console)
    try settle(console: console)
    try settleChains()
    // The case keys alone, sorted, in a sixth of the memory of the reviews counted, which are
    // not needed any more: a case with several reviews is a run of one key.
    var caseKeys: [TextDigest] = []
    caseKeys.reserveCapacity(counted.count)
    for review in counted.values {
      if let key = review.caseKey { caseKeys.append(key) }
    }
    counted = [:]
    paths = []
    caseKeys.sort()
    var cases = 0
    var start = 0
    while start < caseKeys.count {
      var end = start + 1
      while end < caseKeys.count && caseKeys[end] == caseKeys[start] { end += 1 }
      if end - start > 1 { cases += 1 }
      start = end
    }
    summary.casesWithSeveralReviews = cases
  }

  /// Makes a group the baseline (`GroupedSummary.chooseBaseline`).
  mutating func chooseBaselineGroup(_ typed: String, content: Content)
    -> GroupedSummary.BaselineChoice
  {
    summary.chooseBaseline(typed, content: content)
  }

  /// The key copies of one review share: its id, and its cohort when it has one (case and
  /// spaces ignored), so that records of different cohorts are never copies of each other (an
  /// "after" confidence saved from the "before" file keeps its id). A re-review keeps the
  /// cohort (`ReviewRecord.again`), so its `supersedes` link is keyed with its own cohort.
  static func copyKey(_ id: String, cohort: String?) -> TextDigest {
    let words = (cohort ?? "").lowercased().split(whereSeparator: \.isWhitespace)
    guard !words.isEmpty else { return TextDigest(id) }
    return TextDigest(id + "\u{0}" + words.joined(separator: " "))
  }

  /// The case reference as one case: "HV-1" and " hv-1 " are one.
  static func caseKey(_ reference: String?) -> TextDigest? {
    guard let reference else { return nil }
    if let key = asciiCaseKey(reference) { return key.isEmpty ? nil : TextDigest(utf8: key) }
    let key = String(
      reference.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
    ).lowercased()
    return key.isEmpty ? nil : TextDigest(key)
  }

  /// `caseKey`'s text, worked out byte by byte for an ASCII reference (nearly all), where
  /// whitespace is tab, line feed, vertical tab, form feed, carriage return and space, and
  /// lower case is a to z; nil for any other reference. Every record has one to count.
  static func asciiCaseKey(_ reference: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(reference.utf8.count)
    for byte in reference.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    while let last = bytes.last, isWhitespace(last) { bytes.removeLast() }
    let start = bytes.firstIndex { !isWhitespace($0) } ?? bytes.count
    if start > 0 { bytes.removeFirst(start) }
    return bytes
  }

  /// Notes a review as the one counted for its id.
  private mutating func keep(_ identity: SummaryIdentity, path: String) {
    let start = paths.count
    paths.append(contentsOf: path.utf8)
    counted[identity.id] = Counted(
      caseKey: identity.caseKey, pathCount: Int32(clamping: paths.count - start), pathStart: start)
  }

  /// Files a worker takes at a time from a batch: small enough that a worker slowed by other
  /// work on the machine leaves the rest of the batch to the others, and not so small that
  /// summaries to merge pile up.
  static let chunkSize = 32

  /// Counts the batch: the workers take its files a chunk at a time, as each is free, each
  /// chunk into its own summary; the summaries are then merged, in chunk order. Problems are
  /// reported in file order, so output does not depend on timing.
  ///
  /// The batch is counted in the background while the walk finds the next one; the batch
  /// before it is then settled (`settle`), so that the cores are not idle while the walk looks.
  private mutating func flush(console: Console) throws(CommandError) {
    guard !batch.isEmpty else { return }
    let started = Self.start(
      paths: batch, regular: regular, content: content, field: summary.field,
      today: summary.today)
    // New arrays, not the old ones emptied: the background threads still read those, and
    // emptying a buffer in place while they do is a data race (ThreadSanitizer found it).
    batch = []
    batch.reserveCapacity(Self.batchSize)
    regular = []
    regular.reserveCapacity(Self.batchSize)
    try settle(console: console)
    counting = started
  }

  /// A batch being counted in the background.
  private struct Counting {
    var paths: [String]
    var results: SummaryResultSlots
    var done: DispatchGroup
  }

  /// The batch counted in the background, not yet settled.
  private var counting: Counting?

  /// Starts counting a batch on other threads.
  private static func start(
    paths: [String], regular: [Bool], content: Content, field: SummaryField?, today: ISODate?
  ) -> Counting {
    let chunks = (paths.count + chunkSize - 1) / chunkSize
    let results = SummaryResultSlots(workers: chunks, files: paths.count)
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) {
      count(
        paths: paths, regular: regular, content: content, field: field, today: today,
        into: results)
    }
    return Counting(paths: paths, results: results, done: done)
  }

  private static func count(
    paths: [String], regular: [Bool], content: Content, field: SummaryField?, today: ISODate?,
    into results: SummaryResultSlots
  ) {
    let chunks = (paths.count + chunkSize - 1) / chunkSize
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var partial = GroupedSummary(field: field, today: today)
      for index in (chunk * Self.chunkSize)..<min(paths.count, (chunk + 1) * Self.chunkSize) {
        do {
          let bytes = try FileStore.readFile(paths[index], regular: regular[index])
          let record = try ReviewRecord.decode(
            bytes, file: paths[index], content: content, today: today)
          if record.workshop != nil {
            results.setPractice(at: index)
            continue
          }
          partial.add(record, content: content)
          results.setIdentity(
            SummaryIdentity(
              id: Self.copyKey(record.id ?? "", cohort: record.cohort),
              caseKey: Self.caseKey(record.caseReference),
              supersedes: record.supersedes.map { Self.copyKey($0, cohort: record.cohort) }),
            at: index)
        } catch let error as DataError {
          // A partnership's local file kept among the reviews is seen's own and no review:
          // passed over, as a hidden file is, never warned about as a broken review.
          if case .unsupportedFormat(let found, _) = error.problem,
            found.hasPrefix("seen-local/")
          {
            continue
          }
          // The file is named with the reason, never with text from inside it (a note, a case
          // reference, a label), which a summary must not show.
          results.setProblem(error.descriptionWithoutFileText, at: index)
        } catch let error as CommandError {
          results.setProblem(error.message, unreadable: true, at: index)
        } catch {
          results.setProblem("\(error)", at: index)
        }
      }
      results.setSummary(partial, worker: chunk)
    }
  }

  /// Waits for the batch counted in the background, if any, and takes its counts in:
  /// problems reported in file order, the summaries merged in chunk order, and copies of a
  /// review counted already taken back out.
  private mutating func settle(console: Console) throws(CommandError) {
    guard let counting else { return }
    self.counting = nil
    counting.done.wait()
    let paths = counting.paths
    let results = counting.results
    for problem in results.problems.compactMap({ $0 }) {
      if strict {
        throw CommandError(
          problem.unreadable ? .noInput : .dataError,
          problem.message + " (--strict stops at the first file that is not a review)")
      }
      if problem.unreadable { unreadableFiles += 1 }
      // The only file found is no review: the error says why, in one line, not a warning too.
      if files == 1 {
        onlyFileProblem = (problem.message, problem.unreadable)
        summary.skipped += 1
        continue
      }
      console.writeErr("warning: skipped \(PathBytes.shown(problem.message))\n")
      summary.skipped += 1
    }
    practiceRecords += results.practice.count { $0 }
    for partial in results.summaries.compactMap({ $0 }) {
      summary.merge(partial)
    }
    // Every record was counted by a worker; a copy of a review counted already is taken back
    // out, here, in file order, with one copy counted whatever the order.
    for (index, identity) in results.identities.enumerated() {
      guard let identity else { continue }
      try take(identity, path: paths[index])
      try link(identity)
    }
  }

  /// Takes a review counted by a worker in: kept as the one counted for its id, or a copy of
  /// one counted already, taken back out (or the other copy is); out too when a later review
  /// supersedes it.
  private mutating func take(_ identity: SummaryIdentity, path newPath: String) throws(CommandError)
  {
    guard let earlier = counted[identity.id] else {
      keep(identity, path: newPath)
      // A later review read before this one supersedes it: out of the figures.
      if !allVersions && superseded.contains(identity.id) {
        summary.remove(try reread(newPath), content: content)
        leftOut.insert(identity.id)
      }
      return
    }
    summary.duplicates += 1
    let old = try reread(path(of: earlier))
    let new = try reread(newPath)
    if old != new {
      differing.insert(identity.id)
      summary.reviewsWithDifferingCopies = differing.count
    }
    if leftOut.contains(identity.id) {
      // The review is out of the figures already (superseded): the copy goes too, and the
      // copy that would count is the one remembered, for a circle's review put back.
      summary.remove(new, content: content)
      if new.isCountedCopy(over: old) { keep(identity, path: newPath) }
    } else if new.isCountedCopy(over: old) {
      summary.remove(old, content: content)
      keep(identity, path: newPath)
    } else {
      summary.remove(new, content: content)
    }
  }

  /// The path a review counted was read from.
  private func path(of review: Counted) -> String {
    String(
      decoding: paths[review.pathStart..<(review.pathStart + Int(review.pathCount))],
      as: UTF8.self)
  }

  /// Notes a review's `supersedes` link, and takes the review it names out of the figures when
  /// that was read already.
  private mutating func link(_ identity: SummaryIdentity) throws(CommandError) {
    guard let target = identity.supersedes else { return }
    chainLinks.link(identity.id, supersedes: target)
    guard superseded.insert(target).inserted, !allVersions, let review = counted[target] else {
      return
    }
    summary.remove(try reread(path(of: review)), content: content)
    leftOut.insert(target)
  }

  /// Once every file is read: reviews whose links go round in a circle put back (none of them
  /// is the latest), the links whose earlier review is in no file counted, and each pair of
  /// consecutive reviews compared.
  private mutating func settleChains() throws(CommandError) {
    let links = chainLinks.links
    guard !links.isEmpty else { return }
    let circle = ReviewChains.inCircles(links)
    var chains = summary.chains
    for id in circle.sorted() where counted[id] != nil {
      chains.inCycles += 1
      if leftOut.remove(id) != nil, let review = counted[id] {
        summary.add(try reread(path(of: review)), content: content)
      }
    }
    for id in superseded where !circle.contains(id) {
      if counted[id] != nil { chains.superseded += 1 } else { chains.notFound += 1 }
    }
    for (id, targets) in links {
      guard let later = counted[id] else { continue }
      for target in targets where target != id {
        guard let earlier = counted[target] else { continue }
        chains.addPair(
          earlier: try reread(path(of: earlier)), later: try reread(path(of: later)),
          content: content)
      }
    }
    summary.chains = chains
  }

  /// A record read again to choose between two copies of one review; it was read once already,
  /// so a failure here means the file changed while the summary was being made.
  private func reread(_ path: String) throws(CommandError) -> ReviewRecord {
    try ReviewFiles.reread(
      path, content: content, whileMaking: "the summary", rerun: "run the summary again")
  }
}
