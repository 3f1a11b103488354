import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

final class ScenarioTests: XCTestCase {
  let content = TestContent.bundled

  func testTheFourScenariosAreBundled() {
    XCTAssertEqual(
      content.scenarios.map(\.id), ["father-ab", "wiltshire", "derbyshire", "care-leaver"])
    XCTAssertEqual(content.scenarios.filter(\.composite).map(\.id), ["care-leaver"])
    XCTAssertEqual(content.scenario("wilts")?.id, "wiltshire", "a unique start of a name is enough")
    XCTAssertNil(content.scenario("nowhere"))
    for scenario in content.scenarios {
      XCTAssertFalse(scenario.narrative.isEmpty, scenario.id)
      XCTAssertFalse(scenario.learningPoints.isEmpty, scenario.id)
      XCTAssertFalse(scenario.record.men.isEmpty, scenario.id)
      XCTAssertNotNil(content.document(scenario.source.document), scenario.id)
    }
  }

  /// A scenario record answers every checklist item, for every man and for the case: what the
  /// source says, or "not known" where it is silent, so that no gap in a scenario's report is
  /// only an item its author left out. "Not applicable" is never an answer for silence.
  func testEveryScenarioRecordAnswersEveryItem() {
    for scenario in content.scenarios {
      let record = scenario.record
      for man in record.men {
        let unanswered = content.items(scope: .man).map(\.id).filter { man.answers[$0] == nil }
        XCTAssertEqual(unanswered, [], "\(scenario.id), \(man.label): not answered")
        let notApplicable = man.answers.filter { $0.value.value == .na }.keys.sorted()
        XCTAssertEqual(notApplicable, [], "\(scenario.id), \(man.label): not applicable")
      }
      let unanswered = content.items(scope: .case).map(\.id).filter { record.answers[$0] == nil }
      XCTAssertEqual(unanswered, [], "\(scenario.id), the case: not answered")
      let notApplicable = record.answers.filter { $0.value.value == .na }.keys.sorted()
      XCTAssertEqual(notApplicable, [], "\(scenario.id), the case: not applicable")
    }
  }

  /// Every answer in a scenario record says where it comes from: a note citing the source, or
  /// "The source does not say." beside "not known".
  func testEveryScenarioAnswerHasANote() {
    for scenario in content.scenarios {
      let record = scenario.record
      let answers =
        record.men.flatMap { man in man.answers.map { ("\(man.label), \($0.key)", $0.value) } }
        + record.answers.map { ("the case, \($0.key)", $0.value) }
      for (name, answer) in answers {
        XCTAssertNotNil(answer.note, "\(scenario.id), \(name): no note")
      }
    }
  }

  func testTheCompositeSaysSoInItsNarrative() throws {
    let scenario = try XCTUnwrap(content.scenario("care-leaver"))
    let text = ScenarioRenderer(content: content).render(scenario, as: .text)
    XCTAssert(text.contains("a composite drawn from the review's findings, not a real case"))
  }

  /// The gap report of "what was known at the time", for each scenario.
  func testScenarioReportsMatchGoldenFiles() {
    let renderer = GapReportRenderer(content: content)
    for scenario in content.scenarios {
      let report = GapAnalysis.report(for: scenario.record, content: content)
      assertSnapshot(
        renderer.render(report, as: .text), named: "scenario-\(scenario.id).txt",
        in: PackagePaths.snapshots())
      for word in ["score", "risk level", "dangerous"] {
        XCTAssertFalse(
          renderer.render(report, as: .text).lowercased().contains(word), "\(scenario.id): \(word)")
      }
    }
  }

  func testScenarioPagesMatchGoldenFiles() {
    let renderer = ScenarioRenderer(content: content)
    assertSnapshot(
      renderer.renderList(as: .text), named: "scenarios.txt", in: PackagePaths.snapshots())
    for scenario in content.scenarios {
      assertSnapshot(
        renderer.render(scenario, as: .markdown), named: "scenario-\(scenario.id).md",
        in: PackagePaths.snapshots())
    }
  }

  func testABrokenScenarioRecordIsReportedWithItsPath() throws {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    files["scenarios.json"] = files["scenarios.json"]?.replacingOccurrences(
      of: "\"agency-checks\"", with: "\"agency-chekcs\"")
    XCTAssertThrowsError(try Content.load(files: files, folder: "custom")) { error in
      let text = "\(error)"
      XCTAssert(text.contains("custom/scenarios.json:"), text)
      XCTAssert(text.contains("scenarios[0].record.men[0].answers"), text)
      XCTAssert(text.contains("agency-chekcs"), text)
    }
    files["scenarios.json"] = nil
    XCTAssertEqual(
      try Content.load(files: files, folder: "custom").scenarios, [], "scenarios are optional")
  }

  func testConfidenceAndCohortRoundTripAndSummarise() throws {
    var before = ReviewRecord(cohort: "before", confidence: .notVery)
    before.men = [ManRecord(label: "Father")]
    let after = ReviewRecord(cohort: "after", confidence: .very)
    let decoded = try ReviewRecord.decode(Array(before.encoded().utf8), file: nil, content: content)
    XCTAssertEqual(decoded, before)
    var summary = GroupedSummary(field: .cohort)
    for record in [before, before, after, ReviewRecord(cohort: "after")] {
      summary.add(record, content: content)
    }
    XCTAssertEqual(summary.groups["before"]?.confidence, [.notVery: 2])
    XCTAssertEqual(summary.groups["after"]?.confidence, [.very: 1, nil: 1])
    let json = SummaryRenderer(content: content).render(summary, as: .json)
    XCTAssert(json.contains("\"by\": \"cohort\""))
  }
}
