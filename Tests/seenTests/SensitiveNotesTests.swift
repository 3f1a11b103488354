import Foundation
import SeenTestSupport
import XCTest

/// The sensitive-field rule in the PDFs the binary writes, read back as a reader sees them
/// (pdftotext): without --include-sensitive no sensitive note is in the sheet, with it every one
/// is, and a workshop handout prints its scenario's notes. The other formats are tested
/// in-process by SensitiveNotesInProcessTests in Tests/SeenCLITests.
final class SensitiveNotesTests: XCTestCase {
  /// pdftotext's text of the PDF on the run's standard output, white space folded.
  private func pdfTextOf(_ run: SeenRun) throws -> String {
    let file = try makeTemporaryDirectory().appendingPathComponent("out.pdf")
    try run.stdoutData.write(to: file)
    return try pdfText(file.path)
  }

  func testAWorkshopHandoutPDFPrintsItsScenariosNotes() throws {
    let run = try SeenExecutable.run(["workshop", "derbyshire", "--format", "pdf"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let text = try pdfTextOf(run)
    for note in SensitiveExampleNotes.scenario {
      XCTAssert(text.contains(note), "workshop derbyshire --format pdf left out \"\(note)\"")
    }
    XCTAssertFalse(text.contains("[sensitive note left out]"))
  }

  func testNoSensitiveNoteInASheetPDFWithoutIncludeSensitive() throws {
    let run = try SeenExecutable.run(["sheet", examplePath("safety-refuge"), "--format", "pdf"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let text = try pdfTextOf(run)
    for note in SensitiveExampleNotes.refuge {
      XCTAssertFalse(text.contains(note), "the sheet PDF printed the sensitive note \"\(note)\"")
    }
    XCTAssert(text.contains("sensitive note"), "the sheet PDF does not say it left notes out")
  }

  func testEveryNoteInASheetPDFWithIncludeSensitive() throws {
    let run = try SeenExecutable.run(
      ["sheet", examplePath("safety-refuge"), "--format", "pdf", "--include-sensitive"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let text = try pdfTextOf(run)
    for note in SensitiveExampleNotes.refuge {
      XCTAssert(text.contains(note), "the sheet PDF with --include-sensitive left out \"\(note)\"")
    }
  }
}
