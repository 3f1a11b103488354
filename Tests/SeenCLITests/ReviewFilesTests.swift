import Foundation
import SeenKit
import XCTest

@testable import SeenCLI

/// What the commands that walk a folder of reviews share in `ReviewFiles`: the one rule for a
/// folder the walk cannot read (`folderSkipper`: `seen summary`, `seen actions` and
/// `seen workshop debrief`), a warning and the walk goes on, or with --strict one error that
/// stops it; and a review read again that changed meanwhile (`reread`).
final class ReviewFilesTests: XCTestCase {
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

  func testAReviewReadAgainThatNoLongerReadsSaysItChangedAndToRunAgain() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-reread-\(UUID().uuidString).json")
    try Data("{\"men\": [".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let content = try Content.bundled()
    XCTAssertThrowsError(
      try ReviewFiles.reread(
        file.path, content: content, whileMaking: "the summary", rerun: "run the summary again")
    ) { error in
      let error = error as? CommandError
      XCTAssertEqual(error?.code, .dataError)
      XCTAssertTrue(
        error?.message.hasSuffix(
          " (it changed while the summary was being made); run the summary again.") == true,
        error?.message ?? "")
      XCTAssertTrue(error?.message.contains(file.path) == true, error?.message ?? "")
    }
  }
}
