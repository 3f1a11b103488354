import Foundation
import SeenTestSupport
import XCTest

/// Issue 15, acceptance 1 and 2, through the command: the 300 reviews with known answers
/// (`AcceptanceReviews`) and a copy of one, summarised by `seen summary`. The copy counts once,
/// the two reviews of one case count twice, and no order of the files changes a byte.
final class SummaryAcceptanceCLITests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
    for file in AcceptanceReviews.files {
      try file.text.write(toFile: path(file.name), atomically: false, encoding: .utf8)
    }
  }

  private var paths: [String] { AcceptanceReviews.files.map { path($0.name) } }

  private func json(_ arguments: [String]) throws -> [String: Any] {
    let run = try assertExecuteCommand(["summary"] + arguments + ["--format", "json"])
    return try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  func testTheCopyCountsOnceAndTheTwoReviewsOfOneCaseTwice() throws {
    let summary = try json([folder.path])
    XCTAssertEqual(summary["reviews"] as? Int, AcceptanceReviews.overall.reviews)
    XCTAssertEqual(summary["men"] as? Int, AcceptanceReviews.overall.men)
    XCTAssertEqual(summary["duplicates"] as? Int, AcceptanceReviews.duplicates)
    XCTAssertEqual(
      summary["casesWithSeveralReviews"] as? Int, AcceptanceReviews.casesWithSeveralReviews)
  }

  func testNoOrderOfTheFilesChangesAByte() throws {
    var generator = SeededGenerator(state: 300)
    // The files in reverse, and shuffled: in order, a copy comes last, and here first.
    let orders = [paths.reversed(), paths.shuffled(using: &generator)]
    for format in ["text", "markdown", "html", "json", "csv"] {
      for field in [nil, "role", "quarter", "cohort"] {
        let options = ["--format", format] + (field.map { ["--by", $0] } ?? [])
        let outputs = try orders.map { order in
          try assertExecuteCommand(["summary"] + order + options).stdout
        }
        XCTAssertEqual(Set(outputs).count, 1, "\(options)")
        XCTAssertFalse(outputs[0].isEmpty)
      }
    }
  }

  /// Point 8: aggregate only. No case reference, label, id or file name reaches any output.
  func testNoCaseReferenceLabelIdOrFileNameIsPrinted() throws {
    for format in ["text", "markdown", "html", "json", "csv"] {
      for field in [nil, "role", "quarter", "cohort"] {
        let options = ["--format", format] + (field.map { ["--by", $0] } ?? [])
        let run = try assertExecuteCommand(["summary", folder.path] + options)
        for secret in ["CASE-", "Man 1", "Man 2", "acceptance-review", "review-0", "copy-of"] {
          XCTAssertFalse(run.stdout.contains(secret), "\(secret) in \(options)")
          XCTAssertFalse(run.stderr.contains(secret), "\(secret) in \(options)")
        }
      }
    }
  }
}
