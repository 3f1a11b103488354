import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

@Suite struct ScenarioTests {
  let content = TestContent.bundled

  @Test func aScenarioNameIsFoundByOneRule() throws {
    #expect(
      content.findScenario("Wiltshire") == .exact(try #require(content.scenario("wiltshire"))))
    #expect(content.findScenario("der") == .prefix(try #require(content.scenario("derbyshire"))))
    #expect(content.findScenario("wiltshrie") == .none(closest: "wiltshire"))
    #expect(content.findScenario("care-leavers") == .none(closest: "care-leaver"))
    #expect(content.findScenario("nowhere") == .none(closest: nil))
    #expect(content.findScenario("") == .none(closest: nil), "nothing is the start of every name")
    var twins = content
    var copy = try #require(content.scenario("wiltshire"))
    copy.id = "wiltshire-two"
    twins.scenarios.append(copy)
    #expect(twins.findScenario("wilts") == .ambiguous(["wiltshire", "wiltshire-two"]))
    #expect(twins.findScenario("wiltshire") == .exact(try #require(content.scenario("wiltshire"))))
  }

  @Test func aBlankStartHasTheMenAndCaseButNoAnswers() throws {
    for scenario in content.scenarios {
      let blank = scenario.blankRecord
      #expect(blank.workshop == WorkshopStart(scenario: scenario.id, start: .blank))
      #expect(blank.caseReference == scenario.record.caseReference)
      #expect(blank.men.map(\.label) == scenario.record.men.map(\.label))
      #expect(blank.men.map(\.relationship) == scenario.record.men.map(\.relationship))
      #expect(blank.men.map(\.livesWithBaby) == scenario.record.men.map(\.livesWithBaby))
      #expect(blank.men.allSatisfy { $0.answers.isEmpty && $0.strengths == nil })
      #expect(blank.answers.isEmpty && blank.reflections.isEmpty && blank.actions.isEmpty)
      #expect(blank.role == nil && blank.confidence == nil && blank.id == nil)
      // Saved and read back, the record keeps where it started.
      var saved = blank
      saved.id = "practice-0001"
      #expect(try TestContent.record(saved.encoded()) == saved)
    }
  }

  @Test func theFourScenariosAreBundled() {
    #expect(content.scenarios.map(\.id) == ["father-ab", "wiltshire", "derbyshire", "care-leaver"])
    #expect(content.scenarios.filter(\.composite).map(\.id) == ["care-leaver"])
    #expect(content.scenario("wilts")?.id == "wiltshire", "a unique start of a name is enough")
    #expect(content.scenario("nowhere") == nil)
    for scenario in content.scenarios {
      #expect(!scenario.narrative.isEmpty, Comment(rawValue: scenario.id))
      #expect(!scenario.learningPoints.isEmpty, Comment(rawValue: scenario.id))
      #expect(!scenario.record.men.isEmpty, Comment(rawValue: scenario.id))
      #expect(content.document(scenario.source.document) != nil, Comment(rawValue: scenario.id))
    }
  }

  /// A scenario record answers every checklist item, for every man and for the case: what the
  /// source says, or "not known" where it is silent, so that no gap in a scenario's report is
  /// only an item its author left out. "Not applicable" is never an answer for silence.
  @Test func everyScenarioRecordAnswersEveryItem() {
    for scenario in content.scenarios {
      let record = scenario.record
      for man in record.men {
        let unanswered = content.items(scope: .man).map(\.id).filter { man.answers[$0] == nil }
        #expect(unanswered == [], "\(scenario.id), \(man.label): not answered")
        let notApplicable = man.answers.filter { $0.value.value == .na }.keys.sorted()
        #expect(notApplicable == [], "\(scenario.id), \(man.label): not applicable")
      }
      let unanswered = content.items(scope: .case).map(\.id).filter { record.answers[$0] == nil }
      #expect(unanswered == [], "\(scenario.id), the case: not answered")
      let notApplicable = record.answers.filter { $0.value.value == .na }.keys.sorted()
      #expect(notApplicable == [], "\(scenario.id), the case: not applicable")
    }
  }

  /// Every answer in a scenario record says where it comes from: a note citing the source, or
  /// "The source does not say." beside "not known".
  @Test func everyScenarioAnswerHasANote() {
    for scenario in content.scenarios {
      let record = scenario.record
      let answers =
        record.men.flatMap { man in man.answers.map { ("\(man.label), \($0.key)", $0.value) } }
        + record.answers.map { ("the case, \($0.key)", $0.value) }
      for (name, answer) in answers {
        #expect(answer.note != nil, "\(scenario.id), \(name): no note")
      }
    }
  }

  @Test func theCompositeSaysSoInItsNarrative() throws {
    let scenario = try #require(content.scenario("care-leaver"))
    let text = ScenarioRenderer(content: content).render(scenario, as: .text)
    #expect(text.contains("is a composite drawn from the review's findings"))
    // Said once, in the narrative, not again above it.
    let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(folded.components(separatedBy: "not a real case").count == 2)
  }

  /// The gap report of "what was known at the time", for each scenario.
  @Test func scenarioReportsMatchGoldenFiles() {
    let renderer = GapReportRenderer(content: content)
    for scenario in content.scenarios {
      let report = GapAnalysis.report(for: scenario.record, content: content)
      expectSnapshot(
        renderer.render(report, as: .text), named: "scenario-\(scenario.id).txt",
        in: PackagePaths.snapshots())
      for word in ["score", "risk level", "dangerous"] {
        #expect(
          !(renderer.render(report, as: .text).lowercased().contains(word)),
          "\(scenario.id): \(word)")
      }
    }
  }

  @Test func scenarioPagesMatchGoldenFiles() {
    let renderer = ScenarioRenderer(content: content)
    expectSnapshot(
      renderer.renderList(as: .text), named: "scenarios.txt", in: PackagePaths.snapshots())
    for scenario in content.scenarios {
      expectSnapshot(
        renderer.render(scenario, as: .markdown), named: "scenario-\(scenario.id).md",
        in: PackagePaths.snapshots())
      // Issue 18: the narrative on its own, to print for a workshop.
      let html = renderer.output(scenario, as: .html)
      #expect(html.warnings.isEmpty)
      expectSnapshot(
        String(decoding: html.bytes, as: UTF8.self), named: "scenario-\(scenario.id).html",
        in: PackagePaths.snapshots())
    }
    let pdf = renderer.output(try! #require(content.scenario("wiltshire")), as: .pdf)
    #expect(pdf.warnings.isEmpty)
    expectSnapshot(
      String(decoding: pdf.bytes, as: UTF8.self), named: "scenario-wiltshire.pdf",
      in: PackagePaths.snapshots())
  }

  @Test func aBrokenScenarioRecordIsReportedWithItsPath() throws {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    files["scenarios.json"] = files["scenarios.json"]?.replacingOccurrences(
      of: "\"agency-checks\"", with: "\"agency-chekcs\"")
    if let error = #expect(
      throws: (any Error).self, performing: { try Content.load(files: files, folder: "custom") })
    {
      let text = "\(error)"
      #expect(text.contains("custom/scenarios.json:"), Comment(rawValue: text))
      #expect(text.contains("scenarios[0].record.men[0].answers"), Comment(rawValue: text))
      #expect(text.contains("agency-chekcs"), Comment(rawValue: text))
    }
    files["scenarios.json"] = nil
    #expect(
      try Content.load(files: files, folder: "custom").scenarios == [], "scenarios are optional")
  }

  @Test func confidenceAndCohortRoundTripAndSummarise() throws {
    var before = ReviewRecord(id: "before-review-1", cohort: "before", confidence: .notVery)
    before.men = [ManRecord(label: "Father")]
    let after = ReviewRecord(cohort: "after", confidence: .very)
    let decoded = try ReviewRecord.decode(Array(before.encoded().utf8), file: nil, content: content)
    #expect(decoded == before)
    var summary = GroupedSummary(field: .cohort)
    for record in [before, before, after, ReviewRecord(cohort: "after")] {
      summary.add(record, content: content)
    }
    #expect(summary.groups["before"]?.confidence == [.notVery: 2])
    #expect(summary.groups["after"]?.confidence == [.very: 1, nil: 1])
    let json = SummaryRenderer(content: content).render(summary, as: .json)
    #expect(json.contains("\"by\": \"cohort\""))
  }
}
