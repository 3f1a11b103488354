import SeenKit
import XCTest

@testable import SeenCLI

/// The one rule for a folder a walk of reviews cannot read (`ReviewFiles.folderSkipper`), which
/// `seen summary`, `seen actions` and `seen workshop debrief` share: a warning and the walk goes
/// on, or with --strict one error that stops it.
final class ReviewFilesFolderSkipperTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var err = ""
  }

  private func console(_ captured: Captured) -> Console {
    Console(
      writeOut: { _ in }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: [:], stdinIsTerminal: false,
      stdoutIsTerminal: false, terminalWidth: nil)
  }

  func testWithoutStrictItWarnsAndSaysWhatBecomesOfTheReviews() throws {
    for what in ["counted", "listed"] {
      let captured = Captured()
      let skip = ReviewFiles.folderSkipper(
        strict: false, reviewsNot: what, console: console(captured))
      try skip("team/locked", "permission denied")
      XCTAssertEqual(
        captured.err,
        "warning: skipped the folder 'team/locked': permission denied; the reviews in it are not \(what).\n"
      )
    }
  }

  func testWithStrictItStopsWithOneErrorAndWarnsOfNothing() {
    let captured = Captured()
    let skip = ReviewFiles.folderSkipper(
      strict: true, reviewsNot: "counted", console: console(captured))
    XCTAssertThrowsError(try skip("team/locked", "permission denied")) { error in
      XCTAssertEqual(
        error as? CommandError,
        CommandError(
          .noInput,
          "cannot read the folder 'team/locked': permission denied (--strict stops at a folder it cannot read); let seen read it, or leave --strict out to skip it."
        ))
    }
    XCTAssertEqual(captured.err, "")
  }
}
