import Foundation
import XCTest

/// Safe advice end to end: the binary refuses "not applicable" where it would hide work not
/// done, takes structured reasons from the command line, and prints the safety reports that
/// the golden files hold.
final class SafetyCommandTests: XCTestCase {
  func testDomesticAbuseAndViolenceRefuseNotApplicableOnTheCommandLine() throws {
    try assertFailure(
      ["review", "--set", "father.domestic-abuse=na", "--no-input"], status: 64,
      messages: ["father.domestic-abuse=na", "use one of: yes, partly, no, unknown."])
    try assertFailure(
      ["review", "--set", "father.violence-control=na", "--no-input"], status: 64,
      messages: ["use one of: present, absent, unknown."])
  }

  func testDomesticAbuseNotApplicableInANewRecordIsRefusedWithItsPlace() throws {
    let file = try makeTemporaryDirectory().appendingPathComponent("da.json")
    try Data(
      #"{"format": "seen-review/2", "men": [{"label": "F", "answers": {"domestic-abuse": "na"}}]}"#
        .utf8
    ).write(to: file)
    try assertFailure(
      ["report", file.path], status: 65,
      messages: [
        "da.json:1:", "men[0].answers.domestic-abuse",
        "an answer that is not one of yes, partly, no, unknown (not repeated here",
      ])
  }

  func testSafetyReasonFromTheCommandLineGivesContactPlannedForSafety() throws {
    let run = try assertExecuteCommand([
      "review", "--set", "father.identified=yes", "--set", "father.contacted=na:safety:order",
      "--no-input", "--format", "json",
    ])
    let report = try jsonObject(run.stdout)
    let men = report["men"] as? [[String: Any]] ?? []
    XCTAssertEqual(men.first?["visibility"] as? String, "contact-planned-for-safety")
    XCTAssertEqual(report["safetyFirst"] as? Bool, true)
    let inPlace = (report["inPlace"] as? [[String: Any]] ?? []).compactMap { $0["item"] as? String }
    XCTAssertFalse(inPlace.contains("contacted"))
    let contact = (report["gaps"] as? [[String: Any]] ?? []).first {
      $0["item"] as? String == "contacted"
    }
    XCTAssertEqual(contact?["kind"] as? String, "planned-for-safety")
    XCTAssertEqual(contact?["reason"] as? String, "safety")
    XCTAssertEqual(contact?["note"] as? String, "[sensitive note left out]")
  }

  func testSafetyReportsMatchTheGoldenFiles() throws {
    for example in ["safety-refuge", "safety-all-yes"] {
      for (format, fileExtension) in formatExtensions {
        try assertExecuteCommand(
          ["report", examplePath(example), "--format", format],
          snapshot: "report-\(example).\(fileExtension)")
      }
    }
  }
}
