import Foundation
import SeenTestSupport
import XCTest

/// Issue 18 point 4 through the binary: `seen workshop debrief NAME DIR` over reviews made the way
/// participants make them (`seen review --scenario NAME --blank`, and the confidence command of
/// the plan); other files left out and counted, a broken one skipped as `seen summary` skips it.
final class WorkshopDebriefEndToEndTests: XCTestCase {
  private func seen(_ arguments: [String], in folder: URL) throws -> SeenRun {
    let run = try SeenExecutable.run(arguments, currentDirectory: folder)
    XCTAssertFalse(run.crashed, run.stderr)
    return run
  }

  /// Two participants (one spots "identified", one does not), a confidence before and after,
  /// a review of a real case, and a file that is no review.
  private func workshopFolder() throws -> URL {
    let folder = try makeTemporaryDirectory()
    let reviews = folder.appendingPathComponent("reviews")
    try FileManager.default.createDirectory(at: reviews, withIntermediateDirectories: true)
    for (number, answer) in [(1, "partly"), (2, "yes")] {
      let run = try seen(
        [
          "review", "--scenario", "wiltshire", "--blank", "--no-input",
          "--set", "1.identified=\(answer):my own note \(number)",
          "--save", "reviews/participant-\(number).json",
        ], in: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    for (cohort, level) in [("wiltshire before", "not-very"), ("wiltshire after", "very")] {
      let run = try seen(
        [
          "review", "--case", "WORKSHOP", "--role", "Participant", "--set",
          "confidence=\(level)", "--cohort", cohort, "--no-input", "--save",
          "reviews/\(cohort.replacingOccurrences(of: " ", with: "-")).json",
        ], in: folder)
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("two-men")),
      to: reviews.appendingPathComponent("real-case.json"))
    try Data("{ not a review".utf8).write(to: reviews.appendingPathComponent("broken.json"))
    return folder
  }

  func testTheDebriefCountsTheParticipantsAndLeavesOutTheRest() throws {
    let folder = try workshopFolder()
    let run = try seen(
      ["workshop", "debrief", "wiltshire", "reviews", "--no-suppress", "--format", "json"],
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let json = try jsonObject(run.stdout)
    XCTAssertEqual(json["participants"] as? Int, 2)
    let gaps = try XCTUnwrap(json["gaps"] as? [[String: Any]])
    let identified = try XCTUnwrap(gaps.first { $0["item"] as? String == "identified" })
    XCTAssertEqual(identified["spotted"] as? Int, 1)
    XCTAssertEqual(identified["answeredAsInPlace"] as? Int, 1)
    XCTAssertEqual(identified["notAnswered"] as? Int, 0)
    let confidence = try XCTUnwrap(json["confidence"] as? [String: [String: Any]])
    XCTAssertEqual(confidence["before"]?["not-very"] as? Int, 1)
    XCTAssertEqual(confidence["after"]?["very"] as? Int, 1)
    XCTAssertFalse(run.stdout.contains("my own note"), "no participant's note")
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 3, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("warning: skipped a file that cannot be counted: reviews/broken.json"),
      run.stderr)
    XCTAssertTrue(
      run.stderr.contains("1 file was left out: not a blank-start review of 'wiltshire'"),
      run.stderr)
    XCTAssertTrue(
      run.stderr.contains(
        "1 file was left out: one of seen's own outputs, not a review record that can be read"),
      run.stderr)
  }

  func testTwoParticipantsWithholdEveryFigureUnlessAsked() throws {
    let folder = try workshopFolder()
    let run = try seen(["workshop", "debrief", "wilts", "reviews"], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(
      normalizingWhitespace(run.stdout).contains("every figure about them is withheld"),
      run.stdout)
    XCTAssertTrue(run.stderr.hasPrefix("note: 'wilts' is taken as the scenario 'wiltshire'.\n"))
  }

  func testThePDFDebriefPassesQPDF() throws {
    let folder = try workshopFolder()
    let run = try seen(
      ["workshop", "debrief", "wiltshire", "reviews", "--format", "pdf", "-o", "debrief.pdf"],
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    let pdf = folder.appendingPathComponent("debrief.pdf")
    try assertQPDFAccepts(pdf.path)
    XCTAssertTrue(try pdfText(pdf.path).contains("Workshop debrief"))
  }

  func testAFolderWithNoParticipantsReviewIsADataError() throws {
    let folder = try makeTemporaryDirectory()
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("two-men")),
      to: folder.appendingPathComponent("real-case.json"))
    let run = try seen(["workshop", "debrief", "wiltshire", "."], in: folder)
    XCTAssertEqual(run.status, 65, run.stderr)
    XCTAssertTrue(run.stderr.contains("--scenario wiltshire --blank"), run.stderr)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
  }
}
