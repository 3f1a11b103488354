import Testing

@testable import SeenKit

/// The sheets as PDF: structure, pages, every question and prompt in the text, and what happens
/// to text the standard fonts cannot show.
@Suite struct SheetPDFTests {
  private let content = TestContent.bundled
  private let renderer = SheetRenderer(pdf: .init(producer: "seen test"))

  private func pdf(_ sheet: ReflectionSheet) -> (ParsedPDF, [OutputWarning]) {
    let output = renderer.render(sheet, as: .pdf)
    return (ParsedPDF(output.bytes), output.warnings)
  }

  private func assertValid(
    _ pdf: ParsedPDF, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (size, offsets) = try pdf.crossReference()
    #expect(offsets.count == size - 1, sourceLocation: sourceLocation)
    for (number, offset) in offsets {
      let prefix = String(decoding: pdf.bytes[offset..<offset + 12], as: UTF8.self)
      #expect(
        prefix.hasPrefix("\(number) 0 obj\n"), "object \(number)", sourceLocation: sourceLocation)
    }
    #expect(pdf.bytes.allSatisfy { $0 < 0x80 }, "ASCII", sourceLocation: sourceLocation)
  }

  @Test func everySheetIsAValidPDF() throws {
    for (name, sheet) in try SheetSnapshotTests.sheets() {
      let (parsed, warnings) = pdf(sheet)
      try assertValid(parsed)
      #expect(warnings == [], Comment(rawValue: name))
      // A PDF string escapes its parentheses ("(composite)" in a scenario's title).
      let title = sheet.documentTitle.replacing("(", with: "\\(").replacing(")", with: "\\)")
      #expect(parsed.text.contains("/Title (\(title))"), Comment(rawValue: name))
    }
  }

  /// With a line beside each item for the supervisor and three under each question, a blank
  /// sheet for one or two men is four pages, and a filled one for two men five.
  @Test func blankSheetForOneOrTwoMenFitsFourPages() throws {
    #expect(pdf(.blank(content: content, men: 1)).0.pageCount <= 4)
    #expect(pdf(.blank(content: content)).0.pageCount <= 4)
    #expect(
      pdf(.filled(record: try TestContent.example("two-men"), content: content)).0.pageCount <= 5)
  }

  /// The sheets as a supervisor prints them: filled for each example review, for the example
  /// with a safety concern recorded and a confidence level, blank for one to six men.
  private func printedSheets() throws -> [(String, ReflectionSheet)] {
    var sheets: [(String, ReflectionSheet)] = ReflectionSheet.menRange.map {
      ("blank for \($0)", .blank(content: content, men: $0))
    }
    for example in RendererSnapshotTests.examples {
      sheets.append(
        (example, .filled(record: try TestContent.example(example), content: content)))
    }
    var concern = try TestContent.example("two-men")
    concern.men[0].answers["safety"] = Answer(.yes)
    concern.confidence = .very
    sheets.append(("two-men with a safety concern", .filled(record: concern, content: content)))
    return sheets
  }

  /// Every page but the last at least a quarter full: the lowest mark on it (the footer's
  /// furniture aside) is a quarter of the way down the room between the margins.
  @Test func noPageButTheLastIsUnderAQuarterFull() throws {
    for (name, sheet) in try printedSheets() {
      let layout = Self.layout(sheet)
      let flow = layout.flow
      let usable = flow.pageHeight - flow.top - flow.bottom
      for (index, page) in flow.pages.dropLast().enumerated() {
        let lowest = page.map(\.bottom).max() ?? flow.top
        #expect(
          lowest - flow.top >= usable / 4,
          "\(name): page \(index + 1) of \(flow.pages.count) is under a quarter full")
      }
    }
  }

  /// The filled sheets for two-men and for safety-refuge (a safety concern recorded), with a
  /// confidence level: no page but the last under a quarter full, and the space a remnant of a
  /// last page would waste given back (safety-refuge took 5 pages, the last 11% full: now 4);
  /// what to do first and each man's safety at the top, the confidence level printed.
  @Test func filledSheetsGiveBackTheSpaceOfARemnantPage() throws {
    for (name, most) in [("two-men", 5), ("safety-refuge", 4)] {
      var record = try TestContent.example(name)
      record.confidence = .very
      let sheet = ReflectionSheet.filled(record: record, content: content)
      let fills = ReflectionSheet.pageFills(sheet.documentForPDF)
      #expect(fills.count <= most, "\(name): \(fills)")
      for (index, fill) in fills.dropLast().enumerated() {
        #expect(fill >= ReflectionSheet.remnant, "\(name): page \(index + 1) of \(fills)")
      }
      let parsed = pdf(sheet).0
      #expect(parsed.pageCount == fills.count, Comment(rawValue: name))
      let text = parsed.searchableText()
      let first = try #require(text.range(of: "Do this first"), Comment(rawValue: name))
      let men = try #require(text.range(of: "The men in this baby's life"))
      let checklist = try #require(text.range(of: "Safety, before any contact"))
      #expect(first.lowerBound < men.lowerBound && men.lowerBound < checklist.lowerBound)
      #expect(text.contains("Practitioner's answer: very confident"), Comment(rawValue: name))
    }
    // Only a remnant is given back: a last page well filled keeps every writing line.
    let twoMen = ReflectionSheet.filled(
      record: try TestContent.example("two-men"), content: content)
    #expect(twoMen.documentForPDF == twoMen.document)
    let refuge = ReflectionSheet.filled(
      record: try TestContent.example("safety-refuge"), content: content)
    #expect(refuge.documentForPDF == refuge.tighter)
  }

  /// No heading, at any level, is the last thing on a page: each is kept with the start of
  /// what it heads (and the small print under it).
  @Test func noHeadingIsLeftAloneAtTheFootOfAPage() throws {
    for (name, sheet) in try printedSheets() {
      let layout = Self.layout(sheet)
      let safe = SafeDocument(sheet.documentForPDF, for: .pdf).document
      let headings = Set(Self.headings(in: safe.blocks).map { Array($0.utf8) })
      for (index, page) in layout.flow.pages.dropLast().enumerated() {
        // The line drawn lowest on the page, whole: every run on its baseline.
        guard
          let baseline = page.compactMap({ mark -> Double? in
            if case .text(_, _, let baseline, _) = mark { return baseline }
            return nil
          }).max()
        else { continue }
        let line = page.flatMap { mark -> [UInt8] in
          guard case .text(let run, _, baseline, _) = mark else { return [] }
          return run.bytes
        }
        let stranded = !line.isEmpty && headings.contains { $0.suffix(line.count) == line[...] }
        #expect(
          !stranded,
          "\(name): page \(index + 1) ends with a heading: \(String(decoding: line, as: UTF8.self))"
        )
      }
    }
  }

  /// The headings' words, and those of the small print straight under a heading, which must
  /// not be left at the foot of a page either.
  private static func headings(in block: Block) -> [String] {
    guard case .group(let group) = block else { return headings(in: [block]) }
    return headings(in: group.blocks)
  }

  private static func headings(in blocks: [Block]) -> [String] {
    var texts: [String] = []
    var afterHeading = false
    for block in blocks {
      switch block {
      case .heading(let heading):
        texts.append(heading.text)
        afterHeading = true
      case .note(let note) where afterHeading:
        // Its last line is what would be left at the foot.
        texts.append(note.plain)
      case .group(let group):
        texts += headings(in: group.blocks)
        afterHeading = false
      default: afterHeading = false
      }
    }
    return texts
  }

  /// The sheet as printed: a filled sheet's tighter version where that is what its PDF holds.
  private static func layout(_ sheet: ReflectionSheet) -> PDFLayout {
    let document = SafeDocument(sheet.documentForPDF, for: .pdf).document
    var layout = PDFLayout()
    for block in document.blocks { layout.place(block) }
    layout.placeFooter(document.footer)
    return layout
  }

  @Test func pagesAreNumbered() {
    let (parsed, _) = pdf(.blank(content: content))
    let count = parsed.pageCount
    let text = parsed.drawnText()
    for page in 1...count {
      #expect(text.contains("Page \(page) of \(count)"), "page \(page)")
    }
  }

  @Test func theTextHoldsEveryQuestionAndPrompt() throws {
    let blank = pdf(.blank(content: content, men: 1)).0.searchableText()
    for question in content.questions {
      #expect(blank.contains(foldingWhitespace(question.text)), Comment(rawValue: question.text))
    }
    for item in content.checklist {
      #expect(blank.contains(foldingWhitespace(item.prompt)), Comment(rawValue: item.prompt))
    }
    #expect(blank.contains(content.closing.text))

    let leaders = pdf(.leaders(content: content)).0.searchableText()
    for question in content.tiers.flatMap(\.challenges).flatMap(\.questions) {
      #expect(leaders.contains(foldingWhitespace(question)), Comment(rawValue: question))
    }

    let filled = pdf(.filled(record: try TestContent.example("two-men"), content: content)).0
      .searchableText()
    #expect(filled.contains("(!) Gap: not yet done"))
    #expect(filled.contains("Note: Moved in last month; surname not known"))
    #expect(filled.contains("I know far more about the mother's history than either man's."))
  }

  @Test func textOutsideTheFontBecomesAPlaceholderWithOneWarning() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["contacted"] = Answer(
      .yes, note: "😀🙂 الأب قال إنه بخير 👍 and café")
    record.reflections["confidence"] = "نعم 😀"
    let (parsed, warnings) = pdf(.filled(record: record, content: content))
    try assertValid(parsed)
    #expect(warnings.count == 1)
    guard case .replacedCharacters(let count, let examples, let placeholder)? = warnings.first
    else {
      Issue.record("expected a replaced-characters warning")
      return
    }
    #expect(count == 21)
    #expect(examples == ["😀", "🙂", "ا"])
    #expect(placeholder == "[?]")
    let text = parsed.searchableText()
    #expect(text.contains("Note: [?] [?] [?] [?] [?] [?] and café"), Comment(rawValue: text))
    #expect(text.contains("[?] marks text this PDF's standard font cannot show"))
    #expect(warnings[0].description.contains("21 characters"))
  }

  @Test func creationDateComesOnlyFromTheCaller() {
    let undated = renderer.render(.blank(content: content), as: .pdf).bytes
    #expect(!String(decoding: undated, as: UTF8.self).contains("/CreationDate"))
    let dated = SheetRenderer(pdf: .init(producer: "seen test", creationDate: 1_700_000_000))
      .render(.blank(content: content), as: .pdf).bytes
    #expect(String(decoding: dated, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
  }

  @Test func aVeryLongNoteContinuesOnTheNextPageInsideTheMargins() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["history"] = Answer(
      .partly, note: String(repeating: "More to explore about his childhood. ", count: 300))
    let (parsed, _) = pdf(.filled(record: record, content: content))
    try assertValid(parsed)
    for line in parsed.text.split(separator: "\n") where line.hasPrefix("BT ") {
      let fields = line.split(separator: " ")
      // BT /F1 size Tf x y Td: y is measured up from the bottom of an 841.89pt page.
      guard let y = Double(fields[5]) else { continue }
      #expect(y >= 20, Comment(rawValue: String(line)))
      #expect(y <= 841.89 - 30, Comment(rawValue: String(line)))
    }
  }
}
