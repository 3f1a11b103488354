import Foundation
import SeenTestSupport
import XCTest

/// `seen summary` over re-review chains and agreed actions (issue 16), through the built binary:
/// what a QA lead reads, with small numbers withheld as everywhere else.
final class SummaryChainsEndToEndTests: XCTestCase {
  /// Ten reviews of other cases, a review and the re-review that supersedes it, one review
  /// superseding a review in no file; returned in the order written.
  private func team() throws -> (URL, [URL]) {
    let folder = try makeTemporaryDirectory()
    var files: [URL] = []
    func add(_ id: String, _ reference: String, supersedes: String? = nil, yes: Bool = false)
      throws
    {
      files.append(
        try writeEditedExample("agreed-actions", in: folder, as: "\(id).json") {
          $0["id"] = id
          $0["case"] = reference
          $0["supersedes"] = supersedes
          if yes, var men = $0["men"] as? [[String: Any]],
            var answers = men[0]["answers"] as? [String: Any]
          {
            answers["plan"] = "yes"
            men[0]["answers"] = answers
            $0["men"] = men
          }
        })
    }
    for number in 0..<10 { try add("other-review-\(number)", "O-\(number)") }
    try add("first-look-at-c1", "C-1")
    try add("second-look-at-c1", "C-1", supersedes: "first-look-at-c1", yes: true)
    try add("look-after-a-lost-one", "C-2", supersedes: "lost-review")
    return (folder, files)
  }

  /// Runs the binary: standard output, with one warning on standard error, for the link to a
  /// review in no file (no count, no id, no case).
  private func run(_ arguments: [String], environment: [String: String]) throws -> String {
    let run = try SeenExecutable.run(arguments, environment: environment)
    XCTAssertFalse(run.crashed)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(
      run.stderr,
      "warning: a review supersedes one that is in none of the files read; it is counted as "
        + "the latest of its case, and the summary says how many such links there are.\n")
    return run.stdout
  }

  func testTheSummarySaysWhatWasLeftOutWithheldAsEveryCount() throws {
    let (folder, files) = try team()
    let environment = ["SEEN_TODAY": "2026-12-03"]
    let text = try run(["summary", folder.path], environment: environment)

    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      flat.contains(
        "Re-reviews: each case counted by its latest review. <5 earlier reviews of a case left "
          + "out: a later review supersedes them (--all-versions counts every version)."), text)
    XCTAssertTrue(flat.contains("<5 earlier reviews named as superseded are in none"), text)
    XCTAssertTrue(
      flat.contains("Gaps closed between consecutive reviews of a case: withheld"), text)
    XCTAssertTrue(flat.contains("35 actions agreed in 10 reviews"), text)
    XCTAssertFalse(flat.contains("1 earlier review"), text)
    // Any order of the files: the same bytes.
    for format in ["text", "json", "csv"] {
      let forward = try run(
        ["summary"] + files.map(\.path) + ["--format", format], environment: environment
      )
      let backward = try run(
        ["summary"] + files.reversed().map(\.path) + ["--format", format],
        environment: environment
      )
      XCTAssertEqual(forward, backward, format)
    }
    let exact = try run(
      ["summary", folder.path, "--no-suppress"], environment: environment
    ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      exact.contains("1 earlier review of a case left out: a later review supersedes it"), exact)
    XCTAssertTrue(exact.contains("About 12 reviews") || exact.contains("12 reviews"), exact)
    let all = try run(
      ["summary", folder.path, "--no-suppress", "--all-versions"], environment: environment
    ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(all.contains("13 reviews"), all)
    XCTAssertTrue(all.contains("every version of a case counted (--all-versions)"), all)
  }

  /// The summary over the team's chain and actions, as a QA lead reads it, exact
  /// (`--no-suppress`) and withheld, in text and JSON: golden files.
  func testTheSummaryOfChainsAndActionsIsTheGoldenFile() throws {
    let (folder, _) = try team()
    let environment = ["SEEN_TODAY": "2026-12-03"]
    for (arguments, name) in [
      (["--no-suppress"], "summary-chains-exact.txt"),
      ([], "summary-chains.txt"),
      (["--format", "json"], "summary-chains.json"),
      (["--format", "csv", "--all-versions", "--no-suppress"], "summary-chains-all-versions.csv"),
    ] {
      let output = try run(["summary", folder.path] + arguments, environment: environment)
      assertSnapshot(output, named: name, in: reportSnapshots)
    }
  }
}
