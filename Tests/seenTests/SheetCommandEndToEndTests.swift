import Foundation
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

  func testOutputIntoAMissingFolderCannotCreate() throws {
    try assertFailure(
      ["sheet", "--format", "pdf", "-o", "/no/such/folder/sheet.pdf"], status: 73,
      messages: ["does not exist"])
  }
}
