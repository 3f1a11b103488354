import Testing

@testable import SeenKit

/// What a supervisor finds on a filled sheet, and where (issue 19): the first steps and each
/// man's state and safety at the top, what the record holds printed where it belongs, room to
/// write beside each item and for an n/a's reason, and the sensitive-field rule on every sheet.
@Suite struct ReflectionSheetLayoutTests {
  private let content = TestContent.bundled

  /// The plain words of every block, in order, one string a block.
  private func words(_ blocks: [Block]) -> [String] {
    blocks.flatMap { block -> [String] in
      switch block {
      case .heading(let heading): return [heading.text]
      case .paragraph(let text), .note(let text): return [text.plain]
      case .list(let list):
        return list.entries.map { entry in
          ([entry.lead?.plain, entry.text.plain].compactMap { $0 }
            + entry.fields.map { "\($0.label): \($0.value?.plain ?? "")" }).joined(separator: " ")
        }
      case .fields(let fields): return fields.map { "\($0.label): \($0.value?.plain ?? "")" }
      case .table(let table):
        return table.rows.flatMap { row in
          row.flatMap { cell in
            [cell.text.plain, cell.answer?.note?.plain ?? "", cell.answer?.mark?.text ?? ""]
              + (cell.answer?.choices ?? [])
          }
        }
      case .group(let group): return words(group.blocks)
      case .box(let box): return [box.title]
      default: return []
      }
    }
  }

  private func headings(_ sheet: ReflectionSheet) -> [String] {
    sheet.document.blocks.compactMap { block in
      if case .heading(let heading) = block, heading.level == 2 { return heading.text }
      return nil
    }
  }

  /// The record of the acceptance: two-men with a safety concern recorded for the father.
  private func concern() throws -> ReviewRecord {
    var record = try TestContent.example("two-men")
    record.men[0].answers["safety"] = Answer(.yes, note: "Non-molestation order in place")
    record.confidence = .very
    return record
  }

  @Test func aFilledSheetStartsWithTheFirstStepsThenEachMansStateAndSafety() throws {
    for record in [try TestContent.example("two-men"), try concern()] {
      let sheet = ReflectionSheet.filled(record: record, content: content)
      let report = GapAnalysis.report(
        for: record.withoutSensitiveNotes(content: content).record, content: content,
        includeSensitive: true)
      let sections = headings(sheet)
      #expect(sections.first?.hasPrefix("Do this first") == true, "\(sections)")
      #expect(sections.dropFirst().first == "The men in this baby's life")
      // The steps as the report numbers them, in their safe form where contact is planned for
      // safety (the heading says so once).
      let blocks = sheet.document.blocks
      let start = try #require(
        blocks.firstIndex {
          if case .heading(let heading) = $0 { return heading.text.hasPrefix("Do this first") }
          return false
        })
      guard case .list(let steps) = blocks[start + 1] else {
        Issue.record("no list of first steps")
        return
      }
      #expect(steps.entries.count == report.firstSteps.count)
      for (entry, step) in zip(steps.entries, report.firstSteps) {
        #expect(entry.text.plain.hasPrefix(step.item.listedTitle))
        #expect(
          entry.text.plain.contains(
            String(GapReport.withoutFullStop(step.advice.briefAdvice))))
      }
      #expect(report.firstSteps.contains { $0.isSafeForm })
      if case .heading(let heading) = blocks[start] {
        #expect(heading.text.contains("planned for safety"))
      }
      // Every man's state in his entry's lead, and his safety under it.
      let men = words(blocks).filter { line in
        report.men.contains { line.hasPrefix("\($0.label) (") }
      }
      #expect(men.count == report.men.count)
      for (line, man) in zip(men, report.men) {
        #expect(line.hasPrefix("\(man.label) (\(man.visibility.words))"))
        #expect(line.contains("Safety: contact to be planned for safety."))
      }
    }
    let recorded = ReflectionSheet.filled(record: try concern(), content: content)
    #expect(
      words(recorded.document.blocks).contains {
        $0.hasPrefix("Father (partly seen)") && $0.contains("A safety concern is recorded")
      })
  }

  @Test func theRecordsRoleAndConfidenceArePrintedWhereTheyBelong() throws {
    let sheet = ReflectionSheet.filled(record: try concern(), content: content)
    let fields =
      sheet.document.blocks.compactMap { block -> [Field]? in
        if case .fields(let fields) = block { return fields }
        return nil
      }.first ?? []
    #expect(fields.first { $0.label == "Role" }?.value?.plain == "Social worker")
    // A record holds no name: the practitioner's line stays blank to write on.
    #expect(fields.contains(Field(label: "Practitioner", value: nil)))
    let first = words(sheet.document.blocks).first { $0.hasPrefix("1. How confident") }
    #expect(first != nil)
    #expect(
      words(sheet.document.blocks).contains("Practitioner's answer: very confident"))
    // Without a level, nothing is printed for it.
    let none = ReflectionSheet.filled(record: try TestContent.example("two-men"), content: content)
    #expect(!words(none.document.blocks).contains { $0.hasPrefix("Practitioner's answer") })
  }

  @Test func eachItemHasALineForTheSupervisorAndAnNAHasRoomForItsReason() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["views"] = Answer(.na, reason: .movedAway)
    record.men[0].answers["crying-coping"] = Answer(.na)
    let sheet = ReflectionSheet.filled(record: record, content: content)
    let tables = sheet.document.blocks.compactMap { block -> Table? in
      if case .table(let table) = block { return table }
      return nil
    }
    #expect(tables.count == 4)
    for row in tables.flatMap(\.rows) {
      #expect(row[0].writing == WritingSpace(label: "Supervisor", lines: 1))
    }
    func cell(_ id: String) -> AnswerLine? {
      let title = content.checklist.first { $0.id == id }!.title
      return tables.flatMap(\.rows).first { $0[0].text.plain.contains(" \(title). ") }?[1].answer
    }
    let views = try #require(cell("views"))
    #expect(views.selected.map { views.choices[$0] } == "n/a: moved away")
    #expect(views.blank == nil)
    let crying = try #require(cell("crying-coping"))
    #expect(crying.selected.map { crying.choices[$0] } == "n/a")
    #expect(crying.mark?.text == "n/a needs a reason")
    #expect(crying.blank == "Reason")

    // A blank sheet leaves a line beside every item for notes, and for the reason of an n/a
    // where an item takes one.
    let blank = ReflectionSheet.blank(content: content)
    for block in blank.document.blocks {
      guard case .table(let table) = block else { continue }
      for row in table.rows {
        // Each item by its own answers: "Practitioner fear" takes no n/a.
        let takesNA = row[1].answer?.choices.contains("n/a") == true
        #expect(row[0].writing?.label == (takesNA ? "Notes, and why if n/a" : "Notes"))
      }
    }
  }

  @Test func theReflectiveQuestionsHaveThreeLinesEach() throws {
    for sheet in [
      ReflectionSheet.blank(content: content),
      .filled(record: try TestContent.example("two-men"), content: content),
    ] {
      var spaces: [WritingSpace] = []
      func collect(_ blocks: [Block]) {
        for block in blocks {
          if case .writing(let space) = block { spaces.append(space) }
          if case .group(let group) = block { collect(group.blocks) }
        }
      }
      collect(sheet.document.blocks)
      #expect(spaces.count == content.questions.count)
      // Under a question the practitioner answered, the supervisor's lines are one fewer: the
      // answer is on the page already.
      #expect(spaces.allSatisfy { $0.lines == ($0.label == "Supervisor" ? 2 : 3) })
      #expect(spaces.contains { $0.lines == 3 })
    }
  }

  /// The sensitive-field rule on every sheet: a filled sheet (its new first sections too)
  /// prints no sensitive note without --include-sensitive, and every one with it; a blank
  /// sheet and a workshop's participant handout print no note at all.
  @Test func theSensitiveFieldRuleHoldsOnEverySheet() throws {
    let refuge = try TestContent.example("safety-refuge")
    let notes = [
      "in a refuge in another town", "Non-molestation order; mother in refuge", "took her phone",
      "described by the mother", "afraid he will find them", "probation not yet asked",
      "sighting of him near the refuge",
    ]
    let renderer = SheetRenderer()
    func everyFormat(_ sheet: ReflectionSheet) -> [String] {
      SheetRenderer.formats.filter { $0 != .pdf }.map { format in
        String(decoding: renderer.render(sheet, as: format).bytes, as: UTF8.self)
      } + [words(sheet.document.blocks).joined(separator: "\n")]
    }
    for output in everyFormat(.filled(record: refuge, content: content)) {
      for note in notes { #expect(!output.contains(note), "printed \"\(note)\"") }
      #expect(output.contains("sensitive notes are left out"))
    }
    // With a concern and a note on it, the men's safety line gives no note either.
    let concerned = words(
      ReflectionSheet.filled(record: try concern(), content: content).document.blocks
    ).joined(separator: "\n")
    #expect(!concerned.contains("Non-molestation order in place"))
    let included = words(
      ReflectionSheet.filled(record: refuge, content: content, includeSensitive: true).document
        .blocks
    ).joined(separator: "\n")
    for note in notes { #expect(included.contains(note), "left out \"\(note)\"") }

    let scenarioNotes = content.scenarios.flatMap { scenario in
      scenario.record.men.flatMap { $0.answers.values.compactMap(\.note) }
        + scenario.record.answers.values.compactMap(\.note)
    }
    #expect(!scenarioNotes.isEmpty)
    var handouts = [ReflectionSheet.blank(content: content)]
    handouts += content.scenarios.map { .participantPack(scenario: $0, content: content) }
    for sheet in handouts {
      for output in everyFormat(sheet) {
        for note in scenarioNotes where note.count > 12 {
          #expect(!output.contains(note), "\(sheet.title) printed \"\(note)\"")
        }
        #expect(!output.contains("sensitive note"))
      }
    }
  }
}

/// In HTML print, no heading is left alone at the foot of a page in any browser: each heading,
/// with the small print under it, is wrapped with the start of what follows in a box that is
/// not split across pages.
@Suite struct HTMLHeadingKeepTests {
  @Test func eachHeadingIsKeptWithTheStartOfWhatFollows() {
    var document = Document(title: "T")
    document.title("Title")
    document.paragraph("Opening.")
    document.heading("A list")
    document.item("first")
    document.item("second")
    document.heading("Questions")
    document.note("Where they come from.")
    document.add(
      .group(
        Group(
          arrangement: .sideBySide,
          blocks: (1...4).map { .paragraph(RichText("Question \($0)")) })))
    document.heading("A table")
    document.add(
      .table(
        Table(
          caption: nil, instruction: nil, columns: [Table.Column(title: "A", role: .text)],
          rows: [[Table.Cell(RichText("row"))]], note: nil)))
    let html = HTMLWriter().write(SafeDocument(document, for: .html))
    #expect(html.contains("<div class=\"keep\">\n<h1>Title</h1>\n<p>Opening.</p>\n</div>\n"))
    #expect(
      html.contains(
        "<div class=\"keep\">\n<h2>A list</h2>\n<ul>\n<li>first</li>\n</ul>\n</div>\n<ul>\n<li>second</li>"
      ))
    #expect(
      html.contains(
        "<div class=\"keep\">\n<h2>Questions</h2>\n<p class=\"small\">Where they come from.</p>\n"
          + "<div class=\"side-by-side\">\n<p>Question 1</p>\n<p>Question 2</p>\n</div>\n</div>\n"
          + "<div class=\"side-by-side\">\n<p>Question 3</p>"))
    // A table stays whole after its heading's box, which asks not to be parted from it.
    #expect(html.contains("<div class=\"keep\">\n<h2>A table</h2>\n</div>\n<table"))
    #expect(HTMLWriter.style.contains(".keep { break-inside: avoid;"))
    #expect(HTMLWriter.style.contains(".keep + table, .keep + .chart { break-before: avoid; }"))
    // Nor are a table's caption and column headings left at the foot without its first row.
    #expect(HTMLWriter.style.contains("thead { display: table-header-group; break-after: avoid; }"))
    #expect(HTMLWriter.style.contains("tbody > tr:first-child { break-before: avoid; }"))
  }
}
