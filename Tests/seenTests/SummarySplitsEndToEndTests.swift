import Foundation
import SeenTestSupport
import XCTest

/// `seen summary --by` through the built binary (issue 15, points 3 and 4): the split by the
/// men's relationship, roles grouped whatever their case, small numbers withheld unless
/// `--no-suppress`, and a field that is not one.
final class SummarySplitsEndToEndTests: XCTestCase {
  /// `count` copies of an example with new ids, each changed by `edit`.
  private func write(
    _ name: String, _ count: Int, in folder: URL, prefix: String,
    edit: @escaping (inout [String: Any]) -> Void = { _ in }
  ) throws {
    for number in 0..<count {
      _ = try writeEditedExample(name, in: folder, as: "\(prefix)\(number).json") {
        // A review of its own (its id is the digest of its file).
        $0["case"] = "\(prefix)-\(number)"
        edit(&$0)
      }
    }
  }

  func testBySplitsByRelationshipAndSaysHowAReviewCounts() throws {
    let folder = try makeTemporaryDirectory()
    try write("two-men", 10, in: folder, prefix: "two")
    try write("few-gaps", 10, in: folder, prefix: "few")
    try write("few-gaps", 1, in: folder, prefix: "none") { $0["men"] = [] }
    let text = try assertExecuteCommand(["summary", folder.path, "--by", "relationship"]).stdout
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(
      flat.contains(
        "a review counts in the group of each relationship it records a man of, so the groups can add up to more than the 20 reviews"
      ), text)
    XCTAssertTrue(flat.contains("By relationship, side by side"), text)
    for title in ["birth father", "mother's current", "No man"] {
      XCTAssertTrue(text.contains(title), title)
    }
    let json = try jsonObject(
      try assertExecuteCommand(["summary", folder.path, "--by", "relationship", "--format", "json"])
        .stdout)
    XCTAssertEqual(json["by"] as? String, "relationship")
    let groups = try XCTUnwrap(json["groups"] as? [[String: Any]])
    XCTAssertEqual(groups.map { $0["name"] as? String }, ["birth-father", "partner", nil])
    // Twenty reviews record a birth father, ten a partner: the groups add up to more than the 21
    // (shown as 20, rounded to the nearest 5).
    XCTAssertEqual(groups[0]["reviews"] as? Int, 20)
    XCTAssertEqual(groups[1]["reviews"] as? Int, 10)
    XCTAssertTrue(groups[2]["reviews"] is NSNull, "one review with no man: <5, null")
    // Only the men of the relationship.
    XCTAssertEqual(groups[1]["men"] as? Int, 10)
    XCTAssertEqual((groups[1]["relationships"] as? [String: Any])?["birth-father"] as? Int, 0)
  }

  func testRolesInAnyCaseAreOneCanonicalGroup() throws {
    let folder = try makeTemporaryDirectory()
    for (offset, role) in ["Health visitor", "health visitor", "HEALTH VISITOR"].enumerated() {
      try write("few-gaps", 4, in: folder, prefix: "r\(offset)-") { $0["role"] = role }
    }
    let json = try jsonObject(
      try assertExecuteCommand(["summary", folder.path, "--by", "role", "--format", "json"]).stdout)
    let groups = try XCTUnwrap(json["groups"] as? [[String: Any]])
    XCTAssertEqual(groups.map { $0["name"] as? String }, ["Health visitor"])
    XCTAssertEqual(groups.first?["reviews"] as? Int, 10, "12 reviews, rounded to the nearest 5")
    let exact = try jsonObject(
      try assertExecuteCommand([
        "summary", folder.path, "--by", "role", "--format", "json", "--no-suppress",
      ]).stdout)
    XCTAssertEqual((exact["groups"] as? [[String: Any]])?.first?["reviews"] as? Int, 12)
    let text = try assertExecuteCommand(["summary", folder.path, "--by", "role"]).stdout
    // No group is titled in another spelling (the words "health visitor" may appear in prose).
    let cells = text.split(separator: "\n").flatMap { $0.split(separator: "  ") }
      .map { $0.trimmingCharacters(in: .whitespaces) }
    XCTAssertTrue(cells.contains("Health visitor"), text)
    XCTAssertFalse(cells.contains("health visitor") || cells.contains("HEALTH VISITOR"), text)
  }

  func testSmallNumbersAreWithheldUnlessNoSuppress() throws {
    let folder = try makeTemporaryDirectory()
    try write("two-men", 3, in: folder, prefix: "a")
    let text = try assertExecuteCommand(["summary", folder.path]).stdout
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(flat.contains("Small numbers are withheld"), text)
    XCTAssertTrue(flat.contains("Fewer than 10 reviews: every figure is withheld"), text)
    XCTAssertFalse(text.contains("3 reviews"), text)
    let shown = try assertExecuteCommand(["summary", folder.path, "--no-suppress"]).stdout
    let shownFlat = shown.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(shownFlat.contains("Small numbers are shown (--no-suppress)"), shown)
    XCTAssertTrue(shownFlat.contains("3 reviews, 6 men."), shown)
    XCTAssertFalse(shown.contains("<5"), shown)
    let json = try jsonObject(
      try assertExecuteCommand(["summary", folder.path, "--format", "json"]).stdout)
    XCTAssertEqual(json["suppressed"] as? Bool, true)
    XCTAssertTrue(json["reviews"] is NSNull)
    let csv = try assertExecuteCommand(["summary", folder.path, "--format", "csv"]).stdout
    XCTAssertTrue(csv.contains("all,,reviews,all,count,withheld,\r\n"), csv)
  }

  func testAByValueThatIsNotAFieldListsTheFieldsAndExits64() throws {
    let run = try SeenExecutable.run(["summary", PackagePaths.examples.path, "--by", "case"])
    XCTAssertEqual(run.status, 64, run.stderr)
    XCTAssertTrue(
      run.stderr.contains("use one of: role, date, month, quarter, year, cohort, relationship"),
      run.stderr)
    XCTAssertEqual(run.stdout, "")
  }
}
