import SeenTestSupport
import Testing

@testable import SeenKit

/// A summary split into many groups is counted in parts (one for each worker and batch of files)
/// and written a group at a time: neither may change a figure or a byte.
@Suite struct SummaryScaleTests {
  let content = TestContent.bundled

  /// The examples, each in several cohorts, roles, dates and confidences, and one record with
  /// none of them.
  private func records() throws -> [ReviewRecord] {
    var records: [ReviewRecord] = []
    let names = ["few-gaps", "unseen-father", "two-men", "safety-refuge", "safety-all-yes"]
    for (offset, name) in names.enumerated() {
      for copy in 0..<3 {
        var record = try TestContent.example(name)
        record.cohort = "Cohort \((offset + copy) % 4)"
        record.role = ["Health visitor", "Social worker", "GP"][copy]
        record.date = "2026-0\(copy + 1)-1\(offset)"
        record.confidence =
          copy == 2 ? nil : ConfidenceLevel.allCases[offset % ConfidenceLevel.allCases.count]
        records.append(record)
      }
    }
    records.append(ReviewRecord())
    return records
  }

  private func summary(_ records: some Sequence<ReviewRecord>, by field: SummaryField?)
    -> GroupedSummary
  {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  /// A fixed shuffle, the same on every run.
  private func shuffled<T>(_ elements: [T], seed: Int) -> [T] {
    var generator = SeededGenerator(seed: UInt64(seed))
    return elements.shuffled(using: &generator)
  }

  @Test(arguments: [nil] + SummaryField.allCases.map { Optional($0) })
  func mergingPartsInAnyOrderGivesTheSameSummary(field: SummaryField?) throws {
    let records = try records()
    let whole = summary(records, by: field)
    let renderer = SummaryRenderer(content: content)
    for seed in 0..<6 {
      // Parts of one to four records each, merged in a shuffled order, some into an empty one.
      var parts: [GroupedSummary] = []
      var rest = shuffled(records, seed: seed)[...]
      while !rest.isEmpty {
        let size = 1 + (rest.count + seed) % 4
        parts.append(summary(rest.prefix(size), by: field))
        rest = rest.dropFirst(size)
      }
      var merged = GroupedSummary(field: field)
      for part in shuffled(parts, seed: seed + 100) { merged.merge(part) }
      #expect(merged == whole, "seed \(seed)")
      for format in SummaryRenderer.formats {
        #expect(
          renderer.output(merged, as: format) == renderer.output(whole, as: format),
          "seed \(seed), \(format)")
      }
    }
  }

  @Test func anEmptySummaryMergesIntoNothing() throws {
    let counted = summary(try records(), by: .cohort)
    var fromEmpty = GroupedSummary(field: .cohort)
    fromEmpty.merge(counted)
    var intoCounted = counted
    intoCounted.merge(GroupedSummary(field: .cohort))
    #expect(fromEmpty == counted)
    #expect(intoCounted == counted)
    #expect(TeamSummary() == TeamSummary())
    #expect(counted.overall != TeamSummary())
  }

  /// Written a group at a time, every format gives the bytes of the summary written whole.
  @Test(arguments: [nil] + SummaryField.allCases.map { Optional($0) })
  func writtenInPartsIsWrittenWhole(field: SummaryField?) throws {
    var records = try records()
    // Many groups, and a name that needs quoting or escaping in every format.
    for number in 0..<40 {
      var record = records[number % records.count]
      record.cohort = "Cohort \(number), \"<b>*x*</b>\""
      records.append(record)
    }
    let grouped = summary(records, by: field)
    let renderer = SummaryRenderer(content: content)
    for format in SummaryRenderer.formats {
      var parts: [String] = []
      let warnings = renderer.write(grouped, as: format) { parts.append($0) }
      let whole = renderer.output(grouped, as: format)
      #expect(Array(parts.joined().utf8) == whole.bytes, "\(format)")
      #expect(warnings == whole.warnings, "\(format)")
      if field != nil && format != .pdf {
        // The groups side by side, a table of a few groups at a time; the exports a group at
        // a time.
        let tables = SummaryComparison(grouped, content: content, suppress: true).chunks.count
        #expect(tables >= grouped.groups.count / SummaryComparison.mostGroups)
        let written = format == .json || format == .csv ? grouped.groups.count : tables
        #expect(parts.count > written, "\(format) is written a table or a group at a time")
      }
    }
  }
}

/// A summary reads every man's label: ASCII labels take a quicker way to the same key.
@Suite struct ManLabelASCIIKeyTests {
  @Test func everyASCIICharacterGivesTheKeyOfTheUnicodeRule() {
    var labels: [String] = []
    for value in 0..<128 {
      let character = String(UnicodeScalar(UInt8(value)))
      labels += [character, " Man" + character + "B ", character + character + " x\t" + character]
    }
    var generator = SeededGenerator(seed: 15)
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<12, using: &generator)
      labels.append(
        String(
          decoding: (0..<length).map { _ in UInt8.random(in: 0..<128, using: &generator) },
          as: UTF8.self))
    }
    for label in labels {
      #expect(ManLabel.key(label) == ManLabel.unicodeKey(label), "\(Array(label.utf8))")
      #expect(
        Array(ManLabel.key(label).utf8) == Array(ManLabel.unicodeKey(label).utf8),
        "\(Array(label.utf8))")
    }
    #expect(ManLabel.problem("42") != nil)
    #expect(ManLabel.problem(" 4 2 ") == nil)
    #expect(ManLabel.problem("\u{0661}\u{0662}") != nil)
    #expect(ManLabel.problem("Man 2") == nil)
  }
}

/// SplitMix64: a small generator whose sequence is fixed by its seed.
private struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
