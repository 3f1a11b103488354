import Foundation
import SeenTestSupport
import XCTest

/// `seen sheet` through the built binary: what a real process decides (a pipe on standard
/// output, real exit statuses) and one golden file, so the binary's wiring stays covered. The
/// rest runs in-process in SeenCLITests/SheetCommandTests.
final class SheetCommandEndToEndTests: XCTestCase {
  func testPDFIsNotWrittenToATerminalButGoesToAPipe() throws {
    // The end-to-end run has a pipe on standard output, so the PDF comes through whole, byte for
    // byte the golden file; the refusal on a terminal is tested in-process (SeenCLITests).
    let run = try assertExecuteCommand(["sheet", "--format", "pdf"], snapshot: "sheet-blank.pdf")
    XCTAssertTrue(run.stdout.hasPrefix("%PDF-1.4\n"))
    XCTAssertTrue(run.stdout.hasSuffix("%%EOF\n"))
  }

  /// Issue 19, acceptance 1, as a supervisor runs it: a review with a safety concern and a
  /// confidence level saved, then its sheet. It opens with the first steps and each man's state
  /// and safety, prints the role under "Role" and the confidence under the first question, and
  /// leaves a line beside every item for the supervisor.
  func testAFilledSheetOpensWithTheFirstStepsAndPrintsWhatTheRecordHolds() throws {
    let folder = try makeTemporaryDirectory()
    let saved = folder.appendingPathComponent("s.json").path
    try assertExecuteCommand(
      [
        "review", "--no-input", "--answers", examplePath("two-men"), "--set", "Father.safety=yes",
        "--set", "confidence=very", "--save", saved,
      ])
    let run = try assertExecuteCommand(["sheet", saved])
    let sheet = run.stdout
    func position(_ text: String) -> String.Index? { sheet.range(of: text)?.lowerBound }
    let steps = try XCTUnwrap(position("Do this first, planned for safety"), sheet)
    let men = try XCTUnwrap(position("The men in this baby's life"))
    let checklist = try XCTUnwrap(position("Safety, before any contact"))
    XCTAssertLessThan(steps, men)
    XCTAssertLessThan(men, checklist)
    XCTAssertTrue(sheet.contains("  1. Safety concern (Mother's partner): Plan contact as if"))
    XCTAssertTrue(sheet.contains("  - Father (partly seen): birth father"))
    XCTAssertTrue(sheet.contains("Safety: contact to be planned for safety. A safety concern is"))
    XCTAssertTrue(sheet.contains("Role:                Social worker"))
    XCTAssertTrue(sheet.contains("Practitioner:        ____"))
    XCTAssertTrue(sheet.contains("Practitioner's answer: very confident"))
    let items = TestContentCount.checklistItems
    XCTAssertEqual(sheet.components(separatedBy: "    Supervisor: ____").count - 1, items)
  }

  func testOutputIntoAMissingFolderCannotCreate() throws {
    try assertFailure(
      ["sheet", "--format", "pdf", "-o", "/no/such/folder/sheet.pdf"], status: 73,
      messages: ["does not exist"])
  }
}

/// The number of checklist items in the bundled content, each a row of the sheet.
enum TestContentCount {
  static let checklistItems = 29
}
