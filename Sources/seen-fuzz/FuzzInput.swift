import SeenKit

/// One fuzz input, run through the parsers a user's text reaches: the review-record reader (and,
/// for every record it accepts, the gap analysis, a report and a round trip through the writer)
/// and `--set` assignments. The first byte chooses which; the rest is the input.
///
/// A parser may refuse anything, with a `DataError`; what it may never do is trap, hang or accept
/// a record that it cannot read back after writing it. The last is returned as a `FuzzFailure`,
/// which the replayer reports and the fuzzer records as a crash.
enum FuzzInput {
  /// Why an input failed: one sentence and the record that shows it.
  struct FuzzFailure: Error {
    var message: String
  }

  static func run(_ bytes: [UInt8], content: Content) -> FuzzFailure? {
    guard let selector = bytes.first else { return nil }
    let rest = Array(bytes.dropFirst())
    return selector % 2 == 0 ? record(rest, content: content) : assignments(rest, content: content)
  }

  /// A record: read it; if accepted, report on it and read back what is written.
  static func record(_ bytes: [UInt8], content: Content) -> FuzzFailure? {
    guard let record = try? ReviewRecord.decode(bytes, file: "fuzz.json", content: content) else {
      return nil
    }
    return exercise(record, content: content)
  }

  /// `--set` lines, one per line of the input, applied in turn to an empty record.
  static func assignments(_ bytes: [UInt8], content: Content) -> FuzzFailure? {
    // As `seen review` starts one: a new record always has its id before anything is written.
    var record = ReviewRecord(id: ReviewRecord.id(random: Array(repeating: 0, count: 16)))
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
      guard let assignment = try? SetAssignment(parsing: String(line)) else { continue }
      try? record.apply(assignment, content: content)
    }
    return exercise(record, content: content)
  }

  /// Everything `seen` does with a record it accepted must work, and what it writes it must
  /// read back as the same record.
  static func exercise(_ record: ReviewRecord, content: Content) -> FuzzFailure? {
    let report = GapAnalysis.report(for: record, content: content)
    // One format per input, chosen by the record, keeps each run short.
    let formats = GapReportRenderer.formats
    let format = formats[(record.men.count + record.answers.count) % formats.count]
    _ = GapReportRenderer(content: content).render(report, as: format)
    let written = record.encoded()
    do {
      let again = try ReviewRecord.decode(Array(written.utf8), file: "fuzz.json", content: content)
      if again.encoded() != written {
        return FuzzFailure(message: "a record seen wrote reads back differently:\n\(written)")
      }
    } catch {
      return FuzzFailure(message: "a record seen wrote cannot be read back (\(error)):\n\(written)")
    }
    return nil
  }
}
