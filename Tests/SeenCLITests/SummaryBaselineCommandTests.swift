import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI

/// `seen summary --by FIELD --baseline NAME`, in-process (issue 15 follow-up): the named group
/// first in every format, matched as the split names it; a name that is no group, or a baseline
/// without a split, is a usage error naming what there is.
final class SummaryBaselineCommandTests: XCTestCase {
  /// Five reviews in cohort "after" (from few-gaps) and five in "before" (unseen-father), and
  /// their roles typed in another case than the content's list.
  private func cohorts() throws -> URL {
    let folder = try makeTemporaryDirectory()
    for number in 0..<5 {
      _ = try writeEditedExample("few-gaps", in: folder, as: "after\(number).json") {
        $0["case"] = "after-\(number)"
        $0["cohort"] = "after"
        $0["role"] = "health visitor"
      }
      _ = try writeEditedExample("unseen-father", in: folder, as: "before\(number).json") {
        $0["case"] = "before-\(number)"
        $0["cohort"] = "before"
        $0["role"] = "SOCIAL WORKER"
      }
    }
    return folder
  }

  func testTheBaselineComesFirstInEveryFormat() throws {
    let folder = try cohorts()
    let plain = try assertExecuteCommand(["summary", folder.path, "--by", "cohort"]).stdout
    let plainTitles = plain.split(separator: "\n").first { $0.hasSuffix("difference") }
    XCTAssertEqual(plainTitles?.split(separator: " "), ["after", "before", "difference"], plain)
    let text = try assertExecuteCommand([
      "summary", folder.path, "--by", "cohort", "--baseline", "Before",
    ]).stdout
    let titles = text.split(separator: "\n").first { $0.hasSuffix("difference") }
    XCTAssertEqual(titles?.split(separator: " "), ["before", "after", "difference"], text)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    XCTAssertTrue(flat.contains("the first, \"before\", is the baseline (chosen with --baseline)"))
    for format in ["markdown", "html"] {
      let output = try assertExecuteCommand([
        "summary", folder.path, "--by", "cohort", "--baseline", "before", "--format", format,
      ]).stdout
      let before = try XCTUnwrap(output.range(of: "before"))
      let after = try XCTUnwrap(
        output.range(of: "after", range: before.upperBound..<output.endIndex))
      XCTAssertTrue(before.lowerBound < after.lowerBound, format)
      XCTAssertTrue(output.contains("is the baseline"), format)
    }
    let json = try jsonObject(
      assertExecuteCommand([
        "summary", folder.path, "--by", "cohort", "--baseline", "BEFORE", "--format", "json",
      ]).stdout)
    XCTAssertEqual(json["baseline"] as? String, "before")
    XCTAssertEqual(
      (json["groups"] as? [[String: Any]])?.map { $0["name"] as? String }, ["before", "after"])
    let csv = try assertExecuteCommand([
      "summary", folder.path, "--by", "cohort", "--baseline", "before", "--format", "csv",
    ]).stdout
    let before = try XCTUnwrap(csv.range(of: "\r\nvalue,before,"))
    let after = try XCTUnwrap(csv.range(of: "\r\nvalue,after,"))
    XCTAssertTrue(before.lowerBound < after.lowerBound)
    // To a file (in one piece, not in parts): the same order.
    let output = folder.appendingPathComponent("out/summary.md").path
    try FileManager.default.createDirectory(
      atPath: folder.appendingPathComponent("out").path, withIntermediateDirectories: true)
    _ = try assertExecuteCommand([
      "summary", folder.path, "--by", "cohort", "--baseline", "before", "--format", "markdown",
      "--output", output,
    ])
    let written = try String(contentsOfFile: output, encoding: .utf8)
    XCTAssertTrue(written.contains("| before | after | difference |"), written)
  }

  func testARoleIsNamedInAnyCaseAsTheContentListsIt() throws {
    let folder = try cohorts()
    let text = try assertExecuteCommand([
      "summary", folder.path, "--by", "role", "--baseline", "social worker",
    ]).stdout
    let titles = text.split(separator: "\n").first { $0.hasSuffix("difference") }
    XCTAssertEqual(
      titles?.split(separator: " "), ["Social", "worker", "Health", "visitor", "difference"], text)
  }

  func testANameThatIsNoGroupListsTheGroups() throws {
    let folder = try cohorts()
    let stderr = try assertUsageError(
      ["summary", folder.path, "--by", "cohort", "--baseline", "during"],
      messages: ["--baseline \"during\" is no group", "by cohort", "\"after\", \"before\""])
    XCTAssertFalse(stderr.contains("after-0"), "never a case reference")
  }

  func testABaselineWithoutASplitIsAUsageError() throws {
    let folder = try cohorts()
    try assertUsageError(
      ["summary", folder.path, "--baseline", "before"], messages: ["--baseline", "--by"])
  }

  func testAGroupNameWithControlCharactersIsListedWithoutThem() throws {
    let folder = try makeTemporaryDirectory()
    for number in 0..<2 {
      _ = try writeEditedExample("two-men", in: folder, as: "r\(number).json") {
        $0["case"] = "r-\(number)"
        $0["cohort"] = "late\u{1B}[31m\u{7}r"
      }
    }
    let stderr = try assertUsageError([
      "summary", folder.path, "--by", "cohort", "--baseline", "x\u{1B}y",
    ])
    XCTAssertFalse(stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, stderr)
    XCTAssertTrue(stderr.contains("\"later\""), stderr)
  }

  func testManyGroupsAreListedUpToTwentyAndHowManyMore() throws {
    let titles = (1...25).map { "Cohort \($0)" }
    let listed = SummaryCommand.listed(titles)
    XCTAssertTrue(listed.hasPrefix("\"Cohort 1\", \"Cohort 2\""), listed)
    XCTAssertTrue(listed.hasSuffix("\"Cohort 20\" and 5 more"), listed)
    XCTAssertFalse(listed.contains("Cohort 21"), listed)
    XCTAssertEqual(SummaryCommand.listed(["after", "before"]), "\"after\", \"before\"")
  }

  /// A long --baseline is quoted shortened in the message, never echoed whole.
  func testALongBaselineIsShortenedInTheMessage() throws {
    let long = String(repeating: "x", count: 5000)
    let run = InProcessSeen.run([
      "summary", PackagePaths.examples.path, "--by", "role", "--baseline", long,
    ])
    XCTAssertEqual(run.status, 64, run.stderr)
    XCTAssertLessThan(run.stderr.count, 600, run.stderr)
  }
}
