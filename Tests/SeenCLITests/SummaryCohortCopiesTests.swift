import Foundation
import SeenKit
import XCTest

@testable import SeenCLI

/// Issue 18, review round 2, point 3: `seen summary`'s copy rule is by id and cohort, so that an
/// "after" confidence saved from the "before" file (`--answers before.json` keeps the id) is
/// another record, not a copy; a re-review keeps its cohort, so its chain still links.
final class SummaryCohortCopiesTests: XCTestCase {
  private func record(_ id: String, cohort: String?, supersedes: String? = nil) -> String {
    var members = [#""format": "seen-review/7""#, #""id": "\#(id)""#, #""case": "C1""#]
    if let cohort { members.append(#""cohort": "\#(cohort)""#) }
    if let supersedes { members.append(#""supersedes": "\#(supersedes)""#) }
    members.append(#""men": [{"label": "Father", "answers": {"identified": "yes"}}]"#)
    return "{" + members.joined(separator: ", ") + "}"
  }

  private func summary(_ files: [String: String]) throws -> [String: Any] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-cohort-copies-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let run = try assertExecuteCommand(
      ["summary", folder.path, "--no-suppress", "--format", "json"])
    return try jsonObject(run.stdout)
  }

  private func reviews(_ json: [String: Any]) -> Int? {
    (json["overall"] as? [String: Any])?["reviews"] as? Int ?? json["reviews"] as? Int
  }

  func testRecordsOfDifferentCohortsAreNotCopies() throws {
    let json = try summary([
      "before.json": record("review-same", cohort: "wiltshire before"),
      "after.json": record("review-same", cohort: "wiltshire after"),
      "copy.json": record("review-same", cohort: " Wiltshire  AFTER"),
    ])
    XCTAssertEqual(json["duplicates"] as? Int, 1, "\(json)")
    XCTAssertEqual(reviews(json), 2, "\(json)")
  }

  func testTheSameIdWithoutACohortIsStillACopy() throws {
    let json = try summary([
      "a.json": record("review-same", cohort: nil), "b.json": record("review-same", cohort: nil),
    ])
    XCTAssertEqual(json["duplicates"] as? Int, 1, "\(json)")
    XCTAssertEqual(reviews(json), 1, "\(json)")
  }

  func testAReReviewInACohortStillSupersedesTheEarlier() throws {
    let json = try summary([
      "first.json": record("review-first", cohort: "team a"),
      "again.json": record("review-again", cohort: "team a", supersedes: "review-first"),
    ])
    XCTAssertEqual(reviews(json), 1, "\(json)")
  }
}
