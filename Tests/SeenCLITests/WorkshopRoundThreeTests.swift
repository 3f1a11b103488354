import Foundation
import SeenKit
import XCTest

@testable import SeenCLI

/// Issue 18, review round 3: `seen summary` leaves practice records out, and a repeated
/// confidence command suggests what helps.
final class WorkshopRoundThreeTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-round-three-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  private func real(_ id: String) -> String {
    #"{"format": "seen-review/7", "id": "\#(id)", "case": "C-\#(id)", "men": [{"label": "Father", "answers": {"identified": "yes"}}]}"#
  }

  func testSummaryLeavesOutPracticeRecordsWithOneNote() throws {
    let key = InProcessSeen.run(["review", "--scenario", "wiltshire", "--save", path("key.json")])
    XCTAssertEqual(key.status, 0, key.stderr)
    try assertExecuteCommand([
      "review", "--scenario", "wiltshire", "--blank", "--set", "1.identified=yes", "--save",
      path("blank.json"),
    ])
    for id in ["review-r1", "review-r2"] {
      try Data(real(id).utf8).write(to: folder.appendingPathComponent("\(id).json"))
    }
    let exact = InProcessSeen.run(["summary", folder.path, "--no-suppress", "--format", "json"])
    XCTAssertEqual(exact.status, 0, exact.stderr)
    let json = try jsonObject(exact.stdout)
    let reviews = (json["overall"] as? [String: Any])?["reviews"] as? Int ?? json["reviews"] as? Int
    XCTAssertEqual(reviews, 2, exact.stdout)
    XCTAssertEqual(
      exact.stderr,
      "2 practice records from training scenarios were left out (seen summary counts real reviews; seen workshop debrief reads practice records).\n"
    )
    // With small numbers withheld, fewer than 5 is not said exactly.
    let withheld = InProcessSeen.run(["summary", folder.path])
    XCTAssertEqual(withheld.status, 0, withheld.stderr)
    XCTAssertTrue(
      withheld.stderr.hasPrefix("Fewer than 5 practice records from training scenarios"),
      withheld.stderr)
    XCTAssertFalse(withheld.stderr.contains("2 practice"), withheld.stderr)
  }

  func testSummaryOfPracticeRecordsAloneSaysSo() throws {
    let key = InProcessSeen.run(["review", "--scenario", "wiltshire", "--save", path("key.json")])
    XCTAssertEqual(key.status, 0, key.stderr)
    let run = InProcessSeen.run(["summary", folder.path])
    XCTAssertEqual(run.status, 65, run.stderr)
    XCTAssertTrue(run.stderr.contains("practice record from a training scenario"), run.stderr)
  }

  func testAReReviewOfABlankStartKeepsItsTrainingBanner() throws {
    try assertExecuteCommand([
      "review", "--scenario", "wiltshire", "--blank", "--set", "1.identified=yes", "--save",
      path("blank.json"),
    ])
    try assertExecuteCommand([
      "review", "--again", path("blank.json"), "--keep-earlier", "--no-input", "--save",
      path("again.json"),
    ])
    let saved = try String(contentsOf: folder.appendingPathComponent("again.json"), encoding: .utf8)
    XCTAssertTrue(saved.contains(#""workshop""#), saved)
    let report = try assertExecuteCommand(["report", path("again.json")])
    XCTAssertTrue(
      report.stdout.contains("Training scenario: wiltshire (a published case study)"),
      report.stdout)
  }

  func testARepeatedConfidenceCommandSuggestsANewNameOrForce() throws {
    let command = [
      "review", "--case", "WORKSHOP", "--role", "Participant", "--set", "confidence=somewhat",
      "--cohort", "wiltshire before", "--no-input", "--quiet", "--save", path("before-1.json"),
    ]
    _ = InProcessSeen.run(command)
    let again = InProcessSeen.run(command)
    XCTAssertEqual(again.status, 73, again.stderr)
    XCTAssertFalse(again.stderr.contains("--resume"), again.stderr)
    XCTAssertTrue(again.stderr.contains("choose another name"), again.stderr)
    XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
  }
}
