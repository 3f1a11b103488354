import Foundation
import XCTest

/// `seen workshop` through the built binary: one handout and one usage error, so the binary's
/// wiring stays covered. The rest runs in-process in SeenCLITests/WorkshopCommandTests.
final class WorkshopCommandEndToEndTests: XCTestCase {
  func testHTMLHandoutIsSelfContainedAndEscaped() throws {
    let run = try assertExecuteCommand(["workshop", "wiltshire", "--format", "html"])
    XCTAssert(run.stdout.hasPrefix("<!DOCTYPE html>"))
    XCTAssertFalse(run.stdout.contains("<script"))
    XCTAssertFalse(run.stdout.contains("src=\"http"))
    XCTAssert(
      run.stdout.contains("Eva&#39;s father") || run.stdout.contains("Eva’s father")
        || run.stdout.contains("Eva&apos;s father"))
  }

  func testUnknownScenarioIsAUsageError() throws {
    try assertUsageError(
      ["workshop", "nowhere"],
      messages: ["nowhere", "father-ab, wiltshire, derbyshire, care-leaver"])
  }
}
