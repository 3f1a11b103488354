import Testing

@testable import SeenKit

/// What the sheets hold, and how each format keeps what a user typed from becoming markup.
@Suite struct ReflectionSheetTests {
  private let content = TestContent.bundled
  private let renderer = SheetRenderer()

  /// A checklist as the sheet lays it out: a table with an item column and a column of tick
  /// boxes for each man (or the case).
  private struct Checklist {
    var columns: [String]
    var rows: [Row]
  }

  private struct Row {
    /// The item's title, as the row shows it strong.
    var title: String
    var cells: [Tick]
  }

  /// One cell: the ticked choice's label, the note and the gap mark's words.
  private struct Tick: Equatable {
    var selected: String?
    var note: String?
    var gap: String?
  }

  private func title(_ id: String) -> String {
    content.checklist.first { $0.id == id }?.title ?? id
  }

  private func checklists(_ sheet: ReflectionSheet) -> [Checklist] {
    sheet.document.blocks.compactMap { block in
      guard case .table(let table) = block else { return nil }
      let answers = table.columns.indices.filter { table.columns[$0].role == .answer }
      return Checklist(
        columns: answers.map { table.columns[$0].title },
        rows: table.rows.map { row in
          let strong = row[0].text.runs.first { if case .strong = $0 { true } else { false } }
          return Row(
            title: String((strong?.text ?? "").dropLast(2)),
            cells: answers.map { index in
              let answer = row[index].answer
              return Tick(
                selected: answer?.selected.map { answer!.choices[$0] },
                note: answer?.note?.plain, gap: answer?.mark?.text)
            })
        })
    }
  }

  /// A question and what is written under it.
  private struct Question {
    var number: Int
    var text: String
    var response: String?
    var writingLabel: String?
  }

  private func questions(_ sheet: ReflectionSheet) -> [Question] {
    func find(_ blocks: [Block]) -> [Question] {
      blocks.flatMap { block -> [Question] in
        guard case .group(let group) = block else { return [] }
        guard group.arrangement == .together, case .paragraph(let first)? = group.blocks.first,
          case .strong(let heading)? = first.runs.first,
          let dot = heading.firstIndex(of: "."), let number = Int(heading[..<dot])
        else { return find(group.blocks) }
        var question = Question(
          number: number, text: String(heading[dot...].dropFirst(2)), response: nil,
          writingLabel: nil)
        for block in group.blocks.dropFirst() {
          if case .paragraph(let text) = block { question.response = text.runs.last?.text }
          if case .writing(let space) = block { question.writingLabel = space.label }
        }
        return [question]
      }
    }
    return find(sheet.document.blocks)
  }

  /// A record whose every free-text field tries to inject markup.
  private func hostileRecord() throws -> ReviewRecord {
    try TestContent.record(
      #"""
      {"case": "<script>alert('case')</script>", "role": "Health visitor & \"lead\"",
       "men": [{"label": "Man <b>A</b>", "answers": {
         "identified": {"answer": "no", "note": "<script>alert(1)</script> & 'quoted' \"too\""},
         "contacted": {"answer": "partly", "note": "[link](http://x) *bold* # heading <img src=x>"}}}],
       "reflections": {"confidence": "</textarea><script>x</script> & done"}}
      """#)
  }

  @Test func blankSheetHasEveryItemForEveryManAndEveryQuestion() {
    for men in ReflectionSheet.menRange {
      let sheet = ReflectionSheet.blank(content: content, men: men)
      let tables = checklists(sheet)
      // Safety first, then what was done, what is known, and the case.
      let order =
        content.items(scope: .man, kind: .condition) + content.items(scope: .man, kind: .practice)
        + content.items(scope: .man, kind: .knowledge) + content.items(scope: .case)
      #expect(tables.flatMap(\.rows).map(\.title) == order.map(\.title))
      for table in tables.prefix(3) {
        #expect(table.columns == (1...men).map { "Man \($0)" })
        #expect(table.rows.allSatisfy { $0.cells == Array(repeating: Tick(), count: men) })
      }
      #expect(tables.last?.columns == ["Case"])
      #expect(questions(sheet).map(\.text) == content.questions.map(\.text))
    }
    #expect(checklists(.blank(content: content, men: 0))[0].columns == ["Man 1"])
    #expect(checklists(.blank(content: content, men: 99))[0].columns.count == 6)
  }

  @Test func filledSheetTicksAnswersMarksGapsAndKeepsReflections() throws {
    let record = try TestContent.example("two-men")
    let sheet = ReflectionSheet.filled(record: record, content: content)
    let tables = checklists(sheet)
    #expect(tables[0].columns == ["Father", "Mother's partner"])
    #expect(tables[0].rows.map(\.title) == ["Safety concern"])
    let identified = tables[1].rows[0]
    #expect(identified.cells[0] == Tick(selected: "yes"))
    #expect(
      identified.cells[1]
        == Tick(
          selected: "partly", note: "Moved in last month; surname not known", gap: "not yet done"))
    let plan = tables[1].rows.first { $0.title == title("plan") }!
    #expect(plan.cells[1].gap == nil, "n/a with a reason is in place")
    let views = tables[1].rows.first { $0.title == title("views") }!
    #expect(views.cells[1].gap == "not answered")
    let known = tables[2].rows.first { $0.title == title("impulsivity") }!
    #expect(known.cells[0] == Tick(selected: "not known", gap: "not known"))
    let gaps = tables.flatMap(\.rows).flatMap(\.cells).filter { $0.gap != nil }.count
    #expect(gaps == GapAnalysis.report(for: record, content: content).gaps.count)

    let reflected = questions(sheet).filter { $0.response != nil }
    #expect(reflected.map(\.number) == [2, 8])
    #expect(reflected.first?.writingLabel == "Supervisor")
    let men =
      sheet.document.blocks.compactMap { block -> [ListEntry]? in
        if case .list(let list) = block, list.entries.first?.fields.first?.label == "Visibility" {
          return list.entries
        }
        return nil
      }.first ?? []
    #expect(men.map { $0.lead?.plain } == ["Father (partly seen)", "Mother's partner (unseen)"])
    #expect(
      men.map(\.text.plain) == [
        "birth father; does not live with the baby.",
        "mother's current partner; lives with the baby.",
      ])
    // Each man's state, why contact must be planned for safety, and what is known present with
    // whether the plan addresses it.
    let report = GapAnalysis.report(for: record, content: content)
    for (entry, reported) in zip(men, report.men) {
      let fields = Dictionary(
        uniqueKeysWithValues: entry.fields.map { ($0.label, $0.value?.plain ?? "") })
      #expect(fields["Visibility"] == reported.visibility.explanation)
      #expect(
        fields["Safety"]?.hasPrefix("contact to be planned for safety. Not yet known") == true)
      #expect(fields["The plan"] == reported.planText)
    }
    #expect(men[0].fields.map(\.label).contains("Known present"))
    #expect(!men[1].fields.map(\.label).contains("Known present"))
    #expect(sheet.title == "Reflection sheet for supervision: case SW-0457")
  }

  /// A file may not give two men one label, but a record built in code can: the sheet still
  /// keeps each man's answers in his own column.
  @Test func twoMenWithTheSameLabelKeepTheirOwnAnswers() throws {
    let record = ReviewRecord(men: [
      ManRecord(label: "Man", answers: ["identified": Answer(.yes)]),
      ManRecord(label: "Man", answers: ["identified": Answer(.no)]),
    ])
    let row = checklists(.filled(record: record, content: content))[1].rows[0]
    #expect(row.cells.map(\.selected) == ["yes", "no"])
    #expect(row.cells.map(\.gap) == [nil, "not yet done"])
  }

  @Test func aReviewWithNoMenStillLeavesAColumnToFillIn() throws {
    let sheet = ReflectionSheet.filled(record: ReviewRecord(), content: content)
    #expect(checklists(sheet)[0].columns == ["Man 1"])
    #expect(checklists(sheet)[0].rows.allSatisfy { $0.cells == [Tick()] })
  }

  @Test func leadersSheetHasTheTiersFiguresAndEveryPartnershipQuestion() {
    let sheet = ReflectionSheet.leaders(content: content)
    let challengeQuestions = content.tiers.flatMap(\.challenges).flatMap(\.questions)
    #expect(questions(sheet).map(\.text) == challengeQuestions)
    #expect(questions(sheet).map(\.number) == Array(1...challengeQuestions.count))
    let lists = sheet.document.blocks.compactMap { block -> [ListEntry]? in
      if case .list(let list) = block { return list.entries }
      return nil
    }
    #expect(lists.count == 2)
    #expect(lists[0].count == content.tiers.count)
    #expect(lists[1].count == content.figures.count)
  }

  @Test func htmlEscapesEverythingAUserTyped() throws {
    let sheet = ReflectionSheet.filled(record: try hostileRecord(), content: content)
    let html = renderer.renderText(sheet, as: .html)
    #expect(!html.contains("<script"), "no script element, from any field")
    #expect(!html.contains("<b>A"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("</textarea><script"))
    #expect(
      html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;too&quot;"))
    #expect(html.contains("Health visitor &amp; &quot;lead&quot;"))
    #expect(html.contains("Man &lt;b&gt;A&lt;/b&gt;"))
    #expect(html.contains("&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt; &amp; done"))
    #expect(
      html.contains(
        "<title>Reflection sheet for supervision: case &lt;script&gt;alert(&#39;case&#39;)&lt;/script&gt;; practitioner record, not for the family or a meeting he attends</title>"
      ))
  }

  @Test func htmlIsSelfContainedAndPrintable() {
    let html = renderer.renderText(.blank(content: content), as: .html)
    for forbidden in ["<script", "<link", "src=", "href=", "@import", "url(", "@font-face"] {
      #expect(!html.contains(forbidden), Comment(rawValue: forbidden))
    }
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("break-inside: avoid"))
    #expect(html.contains("<html lang=\"en-GB\">"))
    // Every form control has a label: an id that a label points at, or a label around it.
    let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(Set(ids).count == ids.count, "ids are unique")
    for id in ids where id.hasPrefix("tick") || id.hasPrefix("field") || id.hasPrefix("question") {
      #expect(html.contains("for=\"\(id)\""), "no label for \(id)")
    }
  }

  @Test func markdownEscapesWhatAUserTypedAndDrawsTickBoxes() throws {
    let markdown = renderer.renderText(
      .filled(record: try hostileRecord(), content: content), as: .markdown)
    #expect(!markdown.contains("<script>"))
    #expect(
      markdown.contains("\\[link\\](http&#8288;://x) \\*bold\\* \\# heading &lt;img src=x\\>"))
    // Tick boxes inside the checklist's table, where a task list cannot go.
    #expect(markdown.contains("☐ yes ☐ partly ☒ no"))
  }

  @Test func textStripsControlCharactersAndStaysWithin80Columns() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["views"] = Answer(.yes, note: "ok\u{1B}]0;pwned\u{07} \u{1B}[31mred")
    for sheet in [
      ReflectionSheet.filled(record: record, content: content), .blank(content: content),
      .blank(content: content, men: 1), .leaders(content: content),
    ] {
      let text = renderer.renderText(sheet, as: .text)
      #expect(!text.contains("\u{1B}"))
      for line in text.split(separator: "\n") {
        #expect(line.count <= 80, "too long: \(line)")
      }
    }
    let text = renderer.renderText(.blank(content: content), as: .text)
    #expect(text.contains("[ ] yes  [ ] partly  [ ] no  [ ] not known  [ ] n/a"))
    #expect(text.allSatisfy { $0.isASCII || "\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) })
  }

  @Test func colourAddsOnlyBoldEscapes() {
    let plain = renderer.renderText(.blank(content: content), as: .text)
    let coloured = SheetRenderer(text: TextOptions(color: true)).renderText(
      .blank(content: content), as: .text)
    #expect(coloured.contains("\u{1B}[1m"))
    #expect(
      coloured.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(
        of: "\u{1B}[0m", with: "") == plain)
  }

  /// One format enum for every product; a sheet offers the four for paper and screen, and a
  /// format it does not offer gives its text rather than a crash or an empty file.
  @Test func aSheetOffersItsFormatsAndGivesTextForAnyOther() {
    #expect(SheetRenderer.formats == [.text, .markdown, .html, .pdf])
    #expect(GapReportRenderer.formats == [.text, .markdown, .json, .html, .pdf])
    let sheet = ReflectionSheet.blank(content: content)
    let text = renderer.renderText(sheet, as: .text)
    #expect(renderer.renderText(sheet, as: .json) == text)
    #expect(renderer.renderText(sheet, as: .csv) == text)
  }

  /// Each sheet's kind is the HTML page's body class, and its document title the tab's title.
  @Test func theKindIsTheBodyClassAndTheTitleIsTheTabsTitle() throws {
    let record = try TestContent.example("two-men")
    for sheet in [
      ReflectionSheet.blank(content: content), .filled(record: record, content: content),
      .leaders(content: content),
    ] {
      let html = renderer.renderText(sheet, as: .html)
      #expect(html.contains("<body class=\"\(sheet.kind.rawValue)\">"), "\(sheet.kind)")
      #expect(html.contains("<h1>\(sheet.title.htmlEscaped)</h1>"), "\(sheet.kind)")
    }
  }
}
