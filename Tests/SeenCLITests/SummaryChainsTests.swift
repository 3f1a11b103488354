import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI
@testable import SeenKit

/// `seen summary` over re-review chains (issue 16): each case counted by its latest review,
/// whatever order the files come in; every version with --all-versions; a supersedes not found
/// and a circle reported, never fatal; the gaps closed between consecutive reviews; and the
/// agreed actions counted. In-process, so that ThreadSanitizer watches the counter too.
final class SummaryChainsTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  /// Runs `seen summary` with SEEN_TODAY fixed; the exit code, standard output and error.
  private func summary(_ arguments: [String]) -> (ExitCode, String, String) {
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: ["SEEN_TODAY": "2026-12-03"],
      stdinIsTerminal: false, stdoutIsTerminal: false, terminalWidth: nil)
    let code = SeenCommand.run(["summary"] + arguments, console: console)
    return (code, captured.out, captured.err)
  }

  /// The JSON summary of `paths`, exact, and the parsed object.
  private func json(_ paths: [URL], _ extra: [String] = []) throws -> (String, [String: Any]) {
    let (code, out, err) = summary(
      paths.map(\.path) + ["--format", "json", "--no-suppress"] + extra)
    XCTAssertEqual(code, .success, err)
    // Nothing but the warnings of links to no file or in a circle, with no count and no id.
    for line in err.split(separator: "\n") {
      XCTAssertTrue(
        line.hasPrefix("warning: a review supersedes one that is in none")
          || line.hasPrefix("warning: some reviews supersede each other in a circle"), err)
    }
    let object = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any]
    return (out, try XCTUnwrap(object))
  }

  /// A review of a case, with an id, the id it supersedes, and the father's first two answers.
  private func review(
    _ id: String, supersedes: String? = nil, case reference: String = "C-1",
    identified: String = "no", contacted: String = "no", in folder: URL, as name: String? = nil
  ) throws -> URL {
    try writeEditedExample("two-men", in: folder, as: name ?? "\(id).json") {
      $0["format"] = "seen-review/5"
      $0["id"] = id
      $0["case"] = reference
      $0["supersedes"] = supersedes
      var men = $0["men"] as? [[String: Any]] ?? []
      var answers = men[0]["answers"] as? [String: Any] ?? [:]
      answers["identified"] = identified
      answers["contacted"] = contacted
      men[0]["answers"] = answers
      $0["men"] = men
    }
  }

  /// Reviews of other cases, with no link, so that the chains are among other figures.
  private func others(_ count: Int, in folder: URL) throws -> [URL] {
    try (0..<count).map { number in
      try review(
        "other-review-\(number)", case: "O-\(number)", identified: "yes", in: folder)
    }
  }

  private func chains(_ object: [String: Any]) -> [String: Any] {
    object["chains"] as? [String: Any] ?? [:]
  }

  private func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { index in
      var rest = items
      let first = rest.remove(at: index)
      return permutations(rest).map { [first] + $0 }
    }
  }

  func testAChainOfThreeCountsItsLatestReviewOnceInEveryOrder() throws {
    let folder = try makeTemporaryDirectory()
    let filler = try others(10, in: folder)
    let chain = [
      try review("first-review", in: folder),
      try review("second-review", supersedes: "first-review", identified: "yes", in: folder),
      try review(
        "third-review", supersedes: "second-review", identified: "yes", contacted: "yes",
        in: folder),
    ]
    var outputs: Set<String> = []
    for order in permutations(chain) {
      for placed in [order + filler, filler + order, [order[0]] + filler + Array(order[1...])] {
        let (text, object) = try json(placed)
        outputs.insert(text)
        XCTAssertEqual(object["reviews"] as? Int, 11)
        XCTAssertEqual(chains(object)["superseded"] as? Int, 2)
        XCTAssertEqual(chains(object)["pairs"] as? Int, 2)
        XCTAssertEqual(chains(object)["notFound"] as? Int, 0)
        XCTAssertEqual(chains(object)["inCycles"] as? Int, 0)
      }
    }
    XCTAssertEqual(outputs.count, 1, "the same bytes whatever the files' order")
    // The father identified in the second review, then contacted in the third: one gap closed
    // in each pair.
    let (_, object) = try json(chain)
    XCTAssertEqual(chains(object)["closedGaps"] as? Int, 2)
    // Every version counted.
    var all: Set<String> = []
    for order in permutations(chain) {
      let (text, object) = try json(order + filler, ["--all-versions"])
      all.insert(text)
      XCTAssertEqual(object["reviews"] as? Int, 13)
      XCTAssertEqual(chains(object)["allVersions"] as? Bool, true)
      XCTAssertEqual(chains(object)["superseded"] as? Int, 2)
      XCTAssertEqual(chains(object)["pairs"] as? Int, 2)
    }
    XCTAssertEqual(all.count, 1)
  }

  func testTheGapsClosedAreTheEarlierReviewsGapsNoLongerGapsInTheLaterOne() throws {
    let folder = try makeTemporaryDirectory()
    let earlier = try review("earlier-review", in: folder)
    let later = try review(
      "later-review", supersedes: "earlier-review", identified: "yes", contacted: "yes",
      in: folder)
    let content = try Content.bundled()
    let record = try ReviewRecord.decode(
      Array(try Data(contentsOf: earlier)), file: earlier.path, content: content)
    let (_, object) = try json([later, earlier])
    XCTAssertEqual(
      chains(object)["earlierGaps"] as? Int, GapAnalysis.gapCount(for: record, content: content))
    XCTAssertEqual(chains(object)["closedGaps"] as? Int, 2)
    XCTAssertEqual(object["reviews"] as? Int, 1)
  }

  func testASupersedesNotFoundIsReportedAndTheReviewCounted() throws {
    let folder = try makeTemporaryDirectory()
    let files =
      try others(10, in: folder) + [
        try review("lone-review", supersedes: "missing-review", in: folder)
      ]
    let (_, object) = try json(files)
    XCTAssertEqual(object["reviews"] as? Int, 11)
    XCTAssertEqual(chains(object)["notFound"] as? Int, 1)
    XCTAssertEqual(chains(object)["superseded"] as? Int, 0)
    XCTAssertEqual(chains(object)["pairs"] as? Int, 0)
    let (code, text, err) = summary(files.map(\.path) + ["--no-suppress"])
    XCTAssertEqual(code, .success, err)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      flat.contains("1 earlier review named as superseded is in none of the files read"), text)
  }

  func testACircleOfLinksEndsAndEachOfItsReviewsCounts() throws {
    let folder = try makeTemporaryDirectory()
    let files =
      try others(10, in: folder) + [
        try review("circle-one", supersedes: "circle-two", in: folder),
        try review("circle-two", supersedes: "circle-three", in: folder),
        try review("circle-three", supersedes: "circle-one", in: folder),
        try review("itself-review", supersedes: "itself-review", in: folder),
        // A review the circle supersedes (through a second link of a copy would be too odd):
        // a later review of one of the circle's is not a circle.
      ]
    var outputs: Set<String> = []
    for order in permutations(Array(files[10...])) {
      let (text, object) = try json(Array(files[..<10]) + order)
      outputs.insert(text)
      XCTAssertEqual(object["reviews"] as? Int, 14)
      XCTAssertEqual(chains(object)["inCycles"] as? Int, 4)
      XCTAssertEqual(chains(object)["superseded"] as? Int, 0)
      XCTAssertEqual(chains(object)["pairs"] as? Int, 3)
    }
    XCTAssertEqual(outputs.count, 1)
    let (code, text, _) = summary(files.map(\.path) + ["--no-suppress"])
    XCTAssertEqual(code, .success)
    XCTAssertTrue(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
        "4 reviews supersede each other in a circle"), text)
  }

  func testACopyOfASupersededReviewIsLeftOutToo() throws {
    let folder = try makeTemporaryDirectory()
    let filler = try others(10, in: folder)
    let earlier = try review("copied-review", in: folder)
    let copy = try review("copied-review", in: folder, as: "copy.json")
    let later = try review(
      "after-copied-review", supersedes: "copied-review", identified: "yes", in: folder)
    var outputs: Set<String> = []
    for order in permutations([earlier, copy, later]) {
      let (text, object) = try json(filler + order)
      outputs.insert(text)
      XCTAssertEqual(object["reviews"] as? Int, 11)
      XCTAssertEqual(object["duplicates"] as? Int, 1)
      XCTAssertEqual(chains(object)["superseded"] as? Int, 1)
    }
    XCTAssertEqual(outputs.count, 1)
  }

  func testChainsAcrossBatchesCountAsWithinOne() throws {
    let folder = try makeTemporaryDirectory()
    let filler = try others(SummaryCounter.batchSize + 10, in: folder)
    let earlier = try review("batch-earlier", in: folder)
    let later = try review(
      "batch-later", supersedes: "batch-earlier", identified: "yes", in: folder)
    let (first, object) = try json([earlier] + filler + [later])
    let (second, _) = try json([later] + filler + [earlier])
    XCTAssertEqual(first, second)
    XCTAssertEqual(object["reviews"] as? Int, filler.count + 1)
    XCTAssertEqual(chains(object)["superseded"] as? Int, 1)
  }

  func testAgreedActionsAreCountedFromSEENTODAY() throws {
    let folder = try makeTemporaryDirectory()
    // examples/agreed-actions.json: one open (due 2026-11-25, overdue on 2026-12-03), one done
    // by its date, one dropped.
    let files = try (0..<10).map { number in
      try writeEditedExample("agreed-actions", in: folder, as: "a\(number).json") {
        $0["id"] = "actions-review-\(number)"
        $0["case"] = "A-\(number)"
      }
    }
    let (_, object) = try json(files)
    let actions = try XCTUnwrap(object["actions"] as? [String: Any])
    XCTAssertEqual(actions["agreed"] as? Int, 30)
    XCTAssertEqual(actions["reviewsWithActions"] as? Int, 10)
    XCTAssertEqual(actions["overdue"] as? Int, 10)
    XCTAssertEqual(actions["open"] as? Int, 10)
    XCTAssertEqual(actions["doneByItsDate"] as? Int, 10)
    XCTAssertEqual(actions["dropped"] as? Int, 10)
    let owners = (actions["byOwner"] as? [[String: Any]] ?? []).compactMap {
      $0["owner"] as? String
    }
    XCTAssertEqual(owners.count, 3, "\(owners)")
    // With suppression on: 30 is shown as 30, a count of 1 to 4 never exactly.
    let (code, text, err) = summary(files.map(\.path))
    XCTAssertEqual(code, .success, err)
    XCTAssertTrue(text.contains("Agreed actions"), text)
    XCTAssertTrue(text.contains("30 actions agreed in 10 reviews"), text)
  }
}
