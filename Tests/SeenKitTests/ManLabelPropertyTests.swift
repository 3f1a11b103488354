import SeenTestSupport
import Testing

@testable import SeenKit

/// Labels follow one rule (`ManLabel`) when written and when read: every record seen writes
/// through `--set`, the guided review or the JSON writer, it reads back; and two labels seen
/// treats as the same man are refused as duplicates both when written and when read. Random
/// Unicode labels from a seeded generator, so every run checks the same cases.
@Suite struct ManLabelPropertyTests {
  let content = TestContent.bundled
  let today = ISODate(year: 2026, month: 12, day: 2)!

  /// Pieces a label is made of: letters that fold in more than one way, Unicode forms,
  /// combining marks, invisible and bidirectional characters, spaces, digits and other scripts.
  private let pieces: [String] = [
    "a", "B", "Father", "Man", " ", "  ", "ß", "ss", "SS", "ẞ", "K", "\u{212A}", "k", "é",
    "e\u{301}", "\u{301}", "\u{308}", "Å", "\u{212B}", "A\u{30A}", "İ", "ı", "ǅ", "ﬁ", "\u{200B}",
    "\u{200D}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{00AD}", "7", "12", "'s", "-",
    "Σ", "ς", "σ", "父", "😀", "👨‍👩‍👧", "\u{0627}\u{0628}", "\t", ".", "\u{7F}",
  ]

  private func randomLabel(_ random: inout SeededGenerator) -> String {
    var label = ""
    for _ in 0..<Int.random(in: 1...5, using: &random) {
      if Int.random(in: 0..<6, using: &random) == 0 {
        // Any scalar from the Basic Multilingual Plane outside the surrogates.
        let value = UInt32.random(in: 0x20...0xFFFD, using: &random)
        if let scalar = Unicode.Scalar(value) { label.unicodeScalars.append(scalar) }
      } else {
        label += pieces.randomElement(using: &random)!
      }
    }
    return label
  }

  /// A label seen must treat as the same man as `label`: another case, another Unicode form,
  /// invisible characters or spaces added.
  private func variant(of label: String, _ random: inout SeededGenerator) -> String {
    switch Int.random(in: 0..<7, using: &random) {
    case 0: return label.uppercased()
    case 1: return label.lowercased()
    case 2: return label.decomposedForTest()
    case 3: return "\u{200B}" + label + "\u{200E}"
    case 4:
      return label.replacingForTest("K", with: "\u{212A}").replacingForTest("k", with: "\u{212A}")
    case 5: return label.replacingForTest("ß", with: "ss")
    default:
      // A space before a leading combining mark would join it into one character.
      let lead =
        label.unicodeScalars.first?.properties.generalCategory == .nonspacingMark ? "" : " "
      return lead + label.replacingForTest(" ", with: "  ") + " "
    }
  }

  private static func roundTrip(_ record: ReviewRecord, content: Content) throws -> ReviewRecord {
    try ReviewRecord.decode(Array(record.encoded().utf8), file: "r.json", content: content)
  }

  @Test func everyLabelWrittenIsReadBackAndTheSameManIsRefusedEverywhere() throws {
    // The labels and their variants come from one seeded sequence, drawn in order; what is
    // done with each pair is independent, so the pairs are checked on every core.
    var random = SeededGenerator(state: 20_261_202)
    var pairs: [(label: String, record: ReviewRecord, other: String)] = []
    var refused = 0
    for _ in 0..<2_000 {
      let label = randomLabel(&random)
      // --set: a label that contains '=' is not a label on a command line.
      guard !label.contains("=") && !label.contains(":") else { continue }
      var record = ReviewRecord()
      do {
        try record.apply(SetAssignment(parsing: "\(label).identified=yes"), content: content)
      } catch {
        // Refused only by the rule, never by accident.
        #expect(
          (ManLabel.problem(label) ?? (Int(label.trimmingForTest()) != nil ? "" : nil)) != nil,
          "--set refused \(label.debugDescription): \(error)")
        refused += 1
        continue
      }
      pairs.append((label, record, variant(of: label, &random)))
    }
    #expect(pairs.count > 500)
    #expect(refused > 0)
    let (content, today) = (content, today)
    let problems = concurrentMap(pairs.indices.map { $0 }) { [pairs] index in
      Self.problems(pairs[index].label, pairs[index].record, pairs[index].other, content, today)
    }
    #expect(problems.count == pairs.count)
    for problem in problems.joined() { Issue.record(Comment(rawValue: problem)) }
  }

  /// What goes wrong for one label written by --set and another way of writing it.
  private static func problems(
    _ label: String, _ record: ReviewRecord, _ other: String, _ content: Content, _ today: ISODate
  ) -> [String] {
    var problems: [String] = []
    let written = record.men[0].label
    // Written by --set and the JSON writer, read back.
    let read = try? roundTrip(record, content: content)
    if read?.men.map(\.label) != [written] {
      problems.append(
        "label \(label.debugDescription) read back as \(String(describing: read?.men))")
    }
    // The same man, written another way.
    if !ManLabel.same(label, other) {
      problems.append("\(label.debugDescription) is not the same as \(other.debugDescription)")
    }
    // --set names him, rather than adding a second man.
    var named = record
    do {
      try named.apply(SetAssignment(parsing: "\(other).contacted=no"), content: content)
      if named.men.count != 1 {
        problems.append("--set \(other.debugDescription) added a second man")
      }
    } catch {
      problems.append("--set \(other.debugDescription) refused: \(error)")
    }
    // A record holding both is refused when read.
    var both = record
    both.men.append(ManRecord(label: other))
    do {
      _ = try roundTrip(both, content: content)
      problems.append("read two men \(label.debugDescription) and \(other.debugDescription)")
    } catch {
      if !"\(error)".contains("already labelled") { problems.append("\(error)") }
    }
    // The guided review refuses him as a second man, and takes the first label back whole.
    var session = ReviewSession(content: content, today: today)
    for line in ["", "", "HV-1", "", label, "1", "y", "y"] { _ = session.handle(line) }
    guard session.step == .manLabel(1) else { return problems }
    // The guided review strips control characters from what is typed, so a label of them
    // alone is not typed at all.
    if other.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return problems
    }
    let message = session.handle(other).message ?? ""
    if session.step != .manLabel(1) {
      problems.append("guided review took \(other.debugDescription)")
    }
    if !message.contains("already labelled") { problems.append(message) }
    _ = session.handle("Man Z")
    if (try? roundTrip(session.record, content: content)) == nil {
      problems.append("guided review wrote \(label.debugDescription), which does not read back")
    }
    return problems
  }

  @Test func theKelvinSignIsNamedInTheMessage() throws {
    let json = #"{"men": [{"label": "Man K"}, {"label": "man \u212A"}]}"#
    if let error = #expect(
      throws: (any Error).self,
      performing: { try ReviewRecord.decode(Array(json.utf8), file: "r.json", content: content) })
    {
      let text = "\(error)"
      #expect(text.hasPrefix("r.json:1:"), Comment(rawValue: text))
      #expect(text.contains("U+212A KELVIN SIGN"), Comment(rawValue: text))
      #expect(text.contains("give each man a different label"), Comment(rawValue: text))
    }
  }

  @Test func aLabelOfOnlyInvisibleCharactersIsRefused() {
    var record = ReviewRecord()
    #expect(throws: (any Error).self) {
      try record.apply(SetAssignment(parsing: "\u{200B}\u{200D}.identified=yes"), content: content)
    }
    let json = "{\"men\": [{\"label\": \"\u{200B}\"}]}"
    #expect(throws: (any Error).self) {
      try ReviewRecord.decode(Array(json.utf8), file: "r.json", content: content)
    }
  }
}

extension String {
  fileprivate func decomposedForTest() -> String {
    // Å, é and the like written with a combining mark: the same text in NFD.
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "é": result += "e\u{301}"
      case "Å": result += "A\u{30A}"
      case "ä": result += "a\u{308}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  fileprivate func replacingForTest(_ target: String, with replacement: String) -> String {
    var result = ""
    var rest = Substring(self)
    while let range = rest.range(ofForTest: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }

  fileprivate func trimmingForTest() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}

extension Substring {
  fileprivate func range(ofForTest target: String) -> Range<Index>? {
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(target) {
        return index..<self.index(index, offsetBy: target.count)
      }
      index = self.index(after: index)
    }
    return nil
  }
}
