import Foundation
import SeenTestSupport
import XCTest

/// Issue 15, point 6: one review, one count. Every review saved has an id; copies of one
/// review (the same id) count once, whatever their names and order; two reviews of one case
/// (different ids) count twice, and the summary says how many cases have more than one.
final class SummaryOneReviewOneCountTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  private func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// A new review of the case, saved at `name`; its id is new.
  private func review(_ name: String, case reference: String, _ sets: [String] = []) throws {
    try FileManager.default.createDirectory(
      atPath: (path(name) as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try assertExecuteCommand(
      ["review", "--no-input", "--case", reference, "--save", path(name)]
        + sets.flatMap { ["--set", $0] })
  }

  private func copy(_ name: String, to other: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path(other) as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: path(name), toPath: path(other))
  }

  private func summary(_ paths: [String], _ options: [String] = []) throws -> [String: Any] {
    let run = try assertExecuteCommand(
      ["summary", "--no-suppress"] + paths.map(path) + options + ["--format", "json"])
    return try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
  }

  private func id(_ name: String) throws -> String? {
    try jsonObject(String(contentsOfFile: path(name), encoding: .utf8))["id"] as? String
  }

  func testEveryNewReviewHasItsOwnIdAndAResumedOneKeepsIt() throws {
    try review("a.json", case: "HV-1")
    try review("b.json", case: "HV-1")
    let first = try XCTUnwrap(try id("a.json"))
    XCTAssertEqual(first.count, 32)
    XCTAssertNotEqual(first, try id("b.json"))
    try assertExecuteCommand(
      ["review", "--resume", path("a.json"), "--no-input", "--set", "supervision=yes"])
    XCTAssertEqual(try id("a.json"), first, "resumed: the same review")
    try assertExecuteCommand([
      "review", "--answers", path("a.json"), "--no-input", "--save", path("answers.json"),
    ])
    XCTAssertEqual(try id("answers.json"), first, "--answers: the same review")
    for name in ["s1.json", "s2.json"] {
      // A scenario's own record notes on standard error that it is the answer key.
      let run = InProcessSeen.run([
        "review", "--scenario", "wiltshire", "--no-input", "--save", path(name),
      ])
      XCTAssertEqual(run.status, 0, run.stderr)
    }
    XCTAssertNotEqual(try id("s1.json"), try id("s2.json"), "each practice is a review of its own")
  }

  /// Acceptance 2: a copied record counts once; two records of one case with different ids
  /// count twice and are reported as one case with two reviews.
  func testACopyCountsOnceAndTwoReviewsOfOneCaseCountTwice() throws {
    try review("team/a.json", case: "HV-0193", ["father.identified=yes"])
    try copy("team/a.json", to: "backup/old name.json")
    var figures = try summary(["team", "backup"])
    XCTAssertEqual(figures["reviews"] as? Int, 1, "a copy counts once")
    XCTAssertEqual(figures["duplicates"] as? Int, 1)
    XCTAssertEqual(figures["casesWithSeveralReviews"] as? Int, 0)

    // A re-review of the same case (or another agency's): a review of its own.
    try review("team/b.json", case: " hv-0193 ", ["father.identified=no"])
    figures = try summary(["team", "backup"])
    XCTAssertEqual(figures["reviews"] as? Int, 2, "two reviews of one case count twice")
    XCTAssertEqual(figures["duplicates"] as? Int, 1)
    XCTAssertEqual(figures["casesWithSeveralReviews"] as? Int, 1)

    let text = try assertExecuteCommand(["summary", "--no-suppress", path("team"), path("backup")])
      .stdout
    XCTAssertTrue(
      normalizingWhitespace(text).contains(
        "2 reviews, 2 men. Each review counted once: 1 duplicate copy left out; 1 case has more than one review."
      ), text)
    try Data("not a review".utf8).write(to: URL(fileURLWithPath: path("backup/notes.json")))
    let skipping = InProcessSeen.run(["summary", "--no-suppress", path("team"), path("backup")])
    XCTAssertEqual(skipping.status, 0)
    XCTAssertTrue(
      skipping.stderr.hasSuffix(
        "1 of 4 files skipped and left out of the figures; 2 reviews were counted (1 duplicate copy left out).\n"
      ), skipping.stderr)
    try FileManager.default.removeItem(atPath: path("backup/notes.json"))
    let csv = try assertExecuteCommand(
      ["summary", "--no-suppress", path("team"), path("backup"), "--format", "csv"]
    ).stdout
    XCTAssertTrue(csv.contains("all,,duplicates,all,count,1,\r\n"), csv)
    XCTAssertTrue(csv.contains("all,,cases-with-several-reviews,all,count,1,\r\n"), csv)
    for format in ["text", "markdown", "csv", "json", "html"] {
      let output = try assertExecuteCommand(
        ["summary", "--no-suppress", path("team"), path("backup"), "--format", format]
      ).stdout
      XCTAssertFalse(output.lowercased().contains("hv-0193"), "\(format): no case reference")
      XCTAssertFalse(output.contains("old name"), "\(format): no file name")
    }
  }

  /// Copies that differ (one resumed after it was copied) are still one review: the one with
  /// more answers counts, whichever is read first, and a group only the other was in is gone.
  func testAnEditedCopyCountsOnceAsItsFullerVersion() throws {
    try review("old/r.json", case: "HV-2", ["role=Midwife", "father.identified=no"])
    try copy("old/r.json", to: "new/r.json")
    try assertExecuteCommand([
      "review", "--resume", path("new/r.json"), "--no-input", "--set", "role=Health visitor",
      "--set", "father.contacted=yes",
    ])
    let orders = [["old", "new"], ["new", "old"], ["new/r.json", "old/r.json"]]
    for order in orders {
      let figures = try summary(order, ["--by", "role"])
      XCTAssertEqual(figures["reviews"] as? Int, 1, "\(order)")
      XCTAssertEqual(figures["duplicates"] as? Int, 1, "\(order)")
      let groups = try XCTUnwrap(figures["groups"] as? [[String: Any]])
      XCTAssertEqual(groups.map { $0["name"] as? String }, ["Health visitor"], "\(order)")
    }
  }

  /// File order changes no byte, in any format, with copies and re-reviews among the files.
  func testFileOrderChangesNoByte() throws {
    try review("x/1.json", case: "A-1", ["role=Midwife", "father.identified=yes"])
    try review("x/2.json", case: "A-1", ["role=Health visitor", "father.identified=no"])
    try review("x/3.json", case: "B-2", ["role=Midwife", "father.contacted=partly"])
    try copy("x/1.json", to: "y/z-copy.json")
    try copy("x/3.json", to: "y/a-copy.json")
    try copy("x/3.json", to: "x/0.json")
    try assertExecuteCommand(
      ["review", "--resume", path("x/0.json"), "--no-input", "--set", "supervision=yes"])
    for format in ["text", "markdown", "csv", "json", "html", "pdf"] {
      for by in [[], ["--by", "role"]] {
        let outputs = Set(
          try [["x", "y"], ["y", "x"], ["y/a-copy.json", "x", "y/z-copy.json"]].map { order in
            try assertExecuteCommand(
              ["summary", "--no-suppress"] + order.map(path) + by + ["--format", format]
            )
            .stdout
          })
        XCTAssertEqual(outputs.count, 1, "\(format) \(by)")
      }
    }
    let figures = try summary(["x", "y"])
    XCTAssertEqual(figures["reviews"] as? Int, 3)
    XCTAssertEqual(figures["duplicates"] as? Int, 3)
    XCTAssertEqual(figures["casesWithSeveralReviews"] as? Int, 1)
    // 0.json was changed after it was copied: its copies differ, and that is said.
    let text = try assertExecuteCommand(["summary", "--no-suppress", path("x"), path("y")]).stdout
    XCTAssertTrue(
      normalizingWhitespace(text).contains(
        "3 duplicate copies left out (copies of 1 review differ: the fuller is counted; compare them with seen compare)"
      ), text)
  }

  /// Copies in other batches than their review (files are read 512 at a time) count once too,
  /// and an edited copy's fuller version is the one counted, wherever it is read.
  func testCopiesAcrossBatchesCountOnce() throws {
    let manager = FileManager.default
    for folder in ["first", "second"] {
      try manager.createDirectory(atPath: path(folder), withIntermediateDirectories: true)
    }
    for number in 0..<600 {
      let id = "review-" + String(number + 10_000)
      let plain =
        #"{"format": "seen-review/4", "id": "\#(id)", "case": "C-\#(number)", "role": "Midwife", "men": []}"#
      // Every tenth copy was resumed after it was copied: a fuller version, of another role.
      let copy =
        number % 10 == 0
        ? #"{"format": "seen-review/4", "id": "\#(id)", "case": "C-\#(number)", "role": "Health visitor", "men": [], "answers": {"supervision": "yes"}}"#
        : plain
      try Data(plain.utf8).write(to: URL(fileURLWithPath: path("first/\(number).json")))
      try Data(copy.utf8).write(to: URL(fileURLWithPath: path("second/\(599 - number).json")))
    }
    let figures = try summary(["second", "first"], ["--by", "role"])
    XCTAssertEqual(figures["reviews"] as? Int, 600)
    XCTAssertEqual(figures["duplicates"] as? Int, 600)
    XCTAssertEqual(figures["casesWithSeveralReviews"] as? Int, 0)
    let groups = try XCTUnwrap(figures["groups"] as? [[String: Any]])
    XCTAssertEqual(groups.map { $0["name"] as? String }, ["Health visitor", "Midwife"])
    XCTAssertEqual(groups.map { $0["reviews"] as? Int }, [60, 540])
    XCTAssertEqual(
      try assertExecuteCommand([
        "summary", "--no-suppress", path("first"), path("second"), "--by", "role",
      ]).stdout,
      try assertExecuteCommand([
        "summary", "--no-suppress", path("second"), path("first"), "--by", "role",
      ]).stdout)
  }

  /// A copy of a review whose date is not year-month-day is not a second such review.
  func testACopyWithAnUnreadableDateIsReportedOnce() throws {
    try FileManager.default.createDirectory(atPath: path("a"), withIntermediateDirectories: true)
    try Data(
      #"{"format": "seen-review/4", "id": "dated-review-1", "date": "next Tuesday", "men": []}"#
        .utf8
    ).write(to: URL(fileURLWithPath: path("a/r.json")))
    try copy("a/r.json", to: "b/r.json")
    let figures = try summary(["a", "b"], ["--by", "month"])
    XCTAssertEqual(figures["reviews"] as? Int, 1)
    XCTAssertEqual(figures["unreadableDates"] as? Int, 1)
  }
}
