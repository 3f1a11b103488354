import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Every fixture in `HostileText.all`, typed into every free-text field of a review, through
/// every writer: nothing reaches a terminal, a report, a spreadsheet or a JSON reader as it was.
@Suite struct OutputSafetyTests {
  let content = TestContent.bundled
  static let plain = HostileText("plain", "plain words")

  /// A review with the text in every field a user types.
  private static func record(_ text: String) -> ReviewRecord {
    ReviewRecord(
      caseReference: text, role: text, date: "2024-05-01", cohort: text, confidence: .somewhat,
      men: [
        ManRecord(
          label: "Father " + text, relationship: .birthFather, livesWithBaby: true,
          answers: [
            "identified": Answer(.yes, note: text), "contacted": Answer(.no, note: text),
            "plan": Answer(.na, note: text),
          ], strengths: text)
      ],
      answers: ["supervision": Answer(.partly, note: text)],
      reflections: ["confidence": text, "curious": text])
  }

  /// Each writer's output for a fixture, rendered once for all the tests.
  /// The fixtures are independent, so they are rendered side by side on every core.
  private static let rendered: [String: [Rendering]] = {
    let fixtures = [plain] + HostileText.all
    let outputs = concurrentMap(fixtures) { renderings(of: $0.text) }
    return Dictionary(zip(fixtures.map(\.name), outputs), uniquingKeysWith: { first, _ in first })
  }()

  private func outputs(_ text: String) -> [Rendering] {
    Self.rendered[(HostileText.all.first { $0.text == text } ?? Self.plain).name] ?? []
  }

  typealias Rendering = (writer: String, medium: Medium, output: String)

  /// Each writer's output for a fixture, by name.
  private static func renderings(of text: String) -> [Rendering] {
    let content = TestContent.bundled
    let record = record(text)
    var result: [(String, Medium, String)] = []
    let report = GapAnalysis.report(for: record, content: content, includeSensitive: true)
    for detail in ReportDetail.allCases {
      let renderer = GapReportRenderer(content: content, detail: detail)
      result.append(("report text \(detail)", .text, renderer.render(report, as: .text)))
      result.append(
        ("report markdown \(detail)", .markdown, renderer.render(report, as: .markdown)))
      result.append(("report json \(detail)", .json, renderer.render(report, as: .json)))
    }
    let sheet = ReflectionSheet.filled(record: record, content: content, includeSensitive: true)
    let sheets = SheetRenderer()
    result.append(("sheet text", .text, sheets.renderText(sheet, as: .text)))
    result.append(("sheet markdown", .markdown, sheets.renderText(sheet, as: .markdown)))
    result.append(("sheet html", .html, sheets.renderText(sheet, as: .html)))
    // The date is not typed text (it is checked as a date), so a summary by date cannot show a
    // fixture; role and cohort can.
    for field in SummaryField.allCases where field != .date {
      var summary = GroupedSummary(field: field)
      summary.add(record, content: content)
      summary.add(ReviewRecord(), content: content)
      let renderer = SummaryRenderer(content: content)
      result.append(("summary text by \(field)", .text, renderer.render(summary, as: .text)))
      result.append(
        ("summary markdown by \(field)", .markdown, renderer.render(summary, as: .markdown)))
      result.append(("summary csv by \(field)", .csv, renderer.render(summary, as: .csv)))
      result.append(("summary json by \(field)", .json, renderer.render(summary, as: .json)))
      result.append(("summary html by \(field)", .html, renderer.render(summary, as: .html)))
    }
    let session = ReviewSession(
      resuming: record, content: content, today: ISODate(year: 2024, month: 5, day: 1)!)
    result.append(("review screen", .text, session.reviewScreen(width: 80)))
    for step in session.steps {
      var copy = session
      copy.step = step
      result.append(("prompt \(step)", .text, copy.prompt(width: 80)))
    }
    result.append(("record", .json, record.encoded()))
    return result
  }

  enum Medium: Sendable { case text, markdown, html, csv, json }

  @Test func noWriterPassesOnDangerousCharacters() {
    // Megabytes of output, scalar by scalar: each fixture on its own core, failures reported here.
    let problems = concurrentMap(HostileText.all) { fixture -> [String] in
      var problems: [String] = []
      for (writer, medium, output) in Self.rendered[fixture.name] ?? [] {
        // CSV's own line ends are CRLF.
        let found = HostileText.dangerousScalars(
          in: medium == .csv ? output.replacingOccurrences(of: "\r\n", with: "\n") : output)
        if !found.isEmpty { problems.append("\(writer) passes on \(found) from \(fixture)") }
        if medium == .text || medium == .markdown,
          output.contains("\nerror: forged") || output.contains("\nthird")
            || output.contains("\nfourth")
        {
          problems.append("\(writer) breaks a line at a typed newline from \(fixture)")
        }
      }
      return problems
    }
    #expect(problems.count == HostileText.all.count)
    for problem in problems.joined() { Issue.record(Comment(rawValue: problem)) }
  }

  @Test func markdownNeverMakesALinkOrMarkupFromTypedText() {
    // What each writer shows live without typed text: counted once, not once per fixture.
    var baseline: [String: (patterns: [Int], emails: Int)] = [:]
    for (writer, _, output) in outputs(Self.plain.text) where baseline[writer] == nil {
      baseline[writer] = (
        HostileText.liveMarkdownCounts(output), HostileText.emailAutolinks(in: output)
      )
    }
    let problems = concurrentMap(HostileText.all) { [baseline] fixture -> [String] in
      var problems: [String] = []
      for (writer, medium, output) in Self.rendered[fixture.name] ?? [] where medium == .markdown {
        let counts = HostileText.liveMarkdownCounts(output)
        let before = baseline[writer] ?? (Array(repeating: 0, count: counts.count), 0)
        for (index, pattern) in HostileText.liveMarkdown.enumerated()
        where counts[index] > before.patterns[index] {
          problems.append("\(writer) shows \(pattern) live from \(fixture)")
        }
        if HostileText.emailAutolinks(in: output) > before.emails {
          problems.append("\(writer) shows an e-mail address live from \(fixture)")
        }
      }
      return problems
    }
    #expect(problems.count == HostileText.all.count)
    for problem in problems.joined() { Issue.record(Comment(rawValue: problem)) }
  }

  @Test func htmlNeverTakesTagsFromTypedText() {
    for fixture in HostileText.all {
      for (writer, medium, output) in outputs(fixture.text) where medium == .html {
        for tag in ["<script", "<img", "onerror=alert"] where output.contains(bytes: tag) {
          #expect(!output.contains(bytes: tag + " "), "\(writer) has \(tag) from \(fixture)")
        }
        #expect(!output.contains(bytes: "<script>"), "\(writer) from \(fixture)")
        #expect(!output.contains(bytes: "<img src=x"), "\(writer) from \(fixture)")
      }
    }
  }

  @Test func jsonIsValidAndEscapesWhatItCannotShow() throws {
    for fixture in HostileText.all {
      for (writer, medium, output) in outputs(fixture.text) where medium == .json {
        #expect(throws: Never.self, "\(writer) from \(fixture)") {
          try JSONSerialization.jsonObject(with: Data(output.utf8))
        }
      }
    }
    // The record keeps the text as typed (but for control characters), escaped.
    let text = "a\u{85}b\u{2028}c\u{202E}d\u{FEFF}e"
    let encoded = ReviewRecord(caseReference: text).encoded()
    #expect(
      encoded.contains(#""case": "a\u0085b\u2028c\u202ed\ufeffe""#), Comment(rawValue: encoded))
    let decoded = try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content)
    #expect(decoded.caseReference == text)
  }

  /// A CSV cell as a spreadsheet sees it: the fields of each row.
  private func csvCells(_ csv: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = csv.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r": continue
      case "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    return rows
  }

  @Test func csvCellsNeverStartAFormula() {
    for fixture in HostileText.all {
      for (writer, medium, output) in outputs(fixture.text) where medium == .csv {
        let rows = csvCells(output)
        #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(writer) from \(fixture)")
        for cell in rows.joined() {
          // What a spreadsheet looks at: the first character that is not invisible or blank.
          let visible = cell.unicodeScalars.drop {
            HostileText.isDangerous($0) || $0.properties.isWhitespace
              || $0.properties.generalCategory == .format
              || $0.properties.isDefaultIgnorableCodePoint || $0.value == 0x2800
          }
          guard let first = visible.first, "=+-@%|".unicodeScalars.contains(first) else {
            continue
          }
          #expect(Int(cell) != nil, "\(writer): the cell \(cell.debugDescription) from \(fixture)")
        }
      }
    }
  }

  @Test func summaryGroupsThatAreNotDataCannotBeConfusedWithData() {
    for role in [
      "all", SummaryField.notRecorded, "(not recorded)", "All", "(no role)", "\"(No role)\"",
    ] {
      var summary = GroupedSummary(field: .role)
      summary.add(ReviewRecord(role: role), content: content)
      summary.add(ReviewRecord(), content: content)
      // Every figure shown, so that the groups' titles are written.
      let renderer = SummaryRenderer(content: content, suppress: false)
      let rows = csvCells(renderer.render(summary, as: .csv))
      // Two groups: the typed role and the one for records without a role, never merged, and
      // neither read as the overall figures.
      let reviews = rows.filter { $0.count > 3 && $0[$0.count - 5] == "reviews" }
      #expect(reviews.count == 3, "role \(role): \(reviews)")
      #expect(Set(reviews.map { $0.dropLast(5) }).count == 3, "role \(role): \(reviews)")
      let json = renderer.render(summary, as: .json)
      let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let groups = object?["groups"] as? [[String: Any]] ?? []
      #expect(groups.count == 2, "role \(role)")
      // Side by side, the two groups' columns never share a title, and the typed role never
      // reads as the group without one.
      let titles = summary.groupNames.map(SummaryField.role.columnTitle)
      #expect(Set(titles).count == 2, "role \(role): \(titles)")
      #expect(titles.last == "(no role)", "role \(role): \(titles)")
      let text = renderer.render(summary, as: .text)
      #expect(text.contains("By role, side by side"))
    }
  }
}
