import XCTest

@testable import SeenKit

/// The sheets as PDF: structure, pages, every question and prompt in the text, and what happens
/// to text the standard fonts cannot show.
final class SheetPDFTests: XCTestCase {
  private let content = TestContent.bundled
  private let renderer = SheetRenderer(pdf: .init(producer: "seen test"))

  private func pdf(_ sheet: ReflectionSheet) -> (ParsedPDF, [OutputWarning]) {
    let output = renderer.render(sheet, as: .pdf)
    return (ParsedPDF(output.bytes), output.warnings)
  }

  private func assertValid(
    _ pdf: ParsedPDF, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let (size, offsets) = try pdf.crossReference()
    XCTAssertEqual(offsets.count, size - 1, file: file, line: line)
    for (number, offset) in offsets {
      let prefix = String(decoding: pdf.bytes[offset..<offset + 12], as: UTF8.self)
      XCTAssertTrue(
        prefix.hasPrefix("\(number) 0 obj\n"), "object \(number)", file: file, line: line)
    }
    XCTAssertTrue(pdf.bytes.allSatisfy { $0 < 0x80 }, "ASCII", file: file, line: line)
  }

  func testEverySheetIsAValidPDF() throws {
    for (name, sheet) in try SheetSnapshotTests.sheets() {
      let (parsed, warnings) = pdf(sheet)
      try assertValid(parsed)
      XCTAssertEqual(warnings, [], name)
      XCTAssertTrue(parsed.text.contains("/Title (\(sheet.documentTitle))"), name)
    }
  }

  func testBlankSheetForOneManFitsThreePages() {
    XCTAssertLessThanOrEqual(pdf(.blank(content: content, men: 1)).0.pageCount, 3)
    XCTAssertLessThanOrEqual(pdf(.blank(content: content)).0.pageCount, 3)
    XCTAssertLessThanOrEqual(
      pdf(.filled(record: try! TestContent.example("two-men"), content: content)).0.pageCount, 4)
  }

  func testPagesAreNumbered() {
    let (parsed, _) = pdf(.blank(content: content))
    let count = parsed.pageCount
    let text = parsed.drawnText()
    for page in 1...count {
      XCTAssertTrue(text.contains("Page \(page) of \(count)"), "page \(page)")
    }
  }

  func testTheTextHoldsEveryQuestionAndPrompt() throws {
    let blank = pdf(.blank(content: content, men: 1)).0.searchableText()
    for question in content.questions {
      XCTAssertTrue(blank.contains(foldingWhitespace(question.text)), question.text)
    }
    for item in content.checklist {
      XCTAssertTrue(blank.contains(foldingWhitespace(item.prompt)), item.prompt)
    }
    XCTAssertTrue(blank.contains(content.closing.text))

    let leaders = pdf(.leaders(content: content)).0.searchableText()
    for question in content.tiers.flatMap(\.challenges).flatMap(\.questions) {
      XCTAssertTrue(leaders.contains(foldingWhitespace(question)), question)
    }

    let filled = pdf(.filled(record: try TestContent.example("two-men"), content: content)).0
      .searchableText()
    XCTAssertTrue(filled.contains("(!) Gap: not yet done"))
    XCTAssertTrue(filled.contains("Note: Moved in last month; surname not known"))
    XCTAssertTrue(filled.contains("I know far more about the mother's history than either man's."))
  }

  func testTextOutsideTheFontBecomesAPlaceholderWithOneWarning() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["contacted"] = Answer(
      .yes, note: "😀🙂 الأب قال إنه بخير 👍 and café")
    record.reflections["confidence"] = "نعم 😀"
    let (parsed, warnings) = pdf(.filled(record: record, content: content))
    try assertValid(parsed)
    XCTAssertEqual(warnings.count, 1)
    guard case .replacedCharacters(let count, let examples, let placeholder)? = warnings.first
    else {
      return XCTFail("expected a replaced-characters warning")
    }
    XCTAssertEqual(count, 21)
    XCTAssertEqual(examples, ["😀", "🙂", "ا"])
    XCTAssertEqual(placeholder, "[?]")
    let text = parsed.searchableText()
    XCTAssertTrue(text.contains("Note: [?] [?] [?] [?] [?] [?] and café"), text)
    XCTAssertTrue(text.contains("[?] marks text this PDF's standard font cannot show"))
    XCTAssertTrue(warnings[0].description.contains("21 characters"))
  }

  func testCreationDateComesOnlyFromTheCaller() {
    let undated = renderer.render(.blank(content: content), as: .pdf).bytes
    XCTAssertFalse(String(decoding: undated, as: UTF8.self).contains("/CreationDate"))
    let dated = SheetRenderer(pdf: .init(producer: "seen test", creationDate: 1_700_000_000))
      .render(.blank(content: content), as: .pdf).bytes
    XCTAssertTrue(
      String(decoding: dated, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
  }

  func testAVeryLongNoteContinuesOnTheNextPageInsideTheMargins() throws {
    var record = try TestContent.example("two-men")
    record.men[0].answers["history"] = Answer(
      .partly, note: String(repeating: "More to explore about his childhood. ", count: 300))
    let (parsed, _) = pdf(.filled(record: record, content: content))
    try assertValid(parsed)
    for line in parsed.text.split(separator: "\n") where line.hasPrefix("BT ") {
      let fields = line.split(separator: " ")
      // BT /F1 size Tf x y Td: y is measured up from the bottom of an 841.89pt page.
      guard let y = Double(fields[5]) else { continue }
      XCTAssertGreaterThanOrEqual(y, 20, String(line))
      XCTAssertLessThanOrEqual(y, 841.89 - 30, String(line))
    }
  }
}
