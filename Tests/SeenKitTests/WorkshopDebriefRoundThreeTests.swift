import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 18, review round 3 of the group debrief: "present" is counted apart only where the
/// key's note is "The source does not say." (one rule, checked with the content); "don't know"
/// has its own column; not applicable for safety is spotted; copies of a review with another
/// cohort count once; the confidence alone (`--part confidence`); a cohort with no record
/// reads "none yet"; Wiltshire's substance use explored is "not yet".
@Suite struct WorkshopDebriefRoundThreeTests {
  let content = TestContent.bundled

  func debrief(_ id: String) throws -> WorkshopDebrief {
    WorkshopDebrief(scenario: try #require(content.scenario(id)), content: content)
  }

  func blank(_ id: String, _ name: String, _ sets: [String]) throws -> ReviewRecord {
    var record = try #require(content.scenario(id)).blankRecord
    record.id = name
    for text in sets { try record.apply(SetAssignment(parsing: text), content: content) }
    return record
  }

  func gap(_ debrief: WorkshopDebrief, _ item: String) throws -> WorkshopDebrief.KeyGap {
    try #require(debrief.gaps.first { $0.man != nil && $0.item.id == item })
  }

  private func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Point 1: Wiltshire's substance misuse is "not known" with a note quoting the source (the
  /// case's central theme): present is spotted. Care leaver's note is "The source does not
  /// say.": present is counted apart.
  @Test func presentIsApartOnlyWhereTheSourceIsSilent() throws {
    var wiltshire = try debrief("wiltshire")
    wiltshire.add(
      try blank("wiltshire", "a", ["1.substance-misuse=present", "1.care-leaver=present"]))
    let misuse = try gap(wiltshire, "substance-misuse")
    #expect(misuse.spotted == 1 && misuse.presentWithoutSource == 0)
    let leaver = try gap(wiltshire, "care-leaver")
    #expect(leaver.spotted == 0 && leaver.presentWithoutSource == 1)
    let text = normalized(
      DebriefRenderer(content: content, suppress: false).render(wiltshire, as: .text))
    #expect(text.contains("the key's note is \"The source does not say.\""))
    #expect(!text.contains("care leaver"))
  }

  /// Point 1: the rule is checked with the content: a note that begins with the words and
  /// goes on, or the note with another answer than "not known", is a problem.
  @Test func theSourceSilentNoteIsOneRule() throws {
    var scenario = try #require(content.scenario("wiltshire"))
    #expect(scenario.sourceSilenceProblems().isEmpty)
    for other in content.scenarios { #expect(other.sourceSilenceProblems().isEmpty) }
    scenario.record.men[0].answers["care-leaver"] = Answer(
      .unknown, note: "The source does not say whether he was in care.")
    scenario.record.men[0].answers["young-parent"] = Answer(
      .absent, note: Scenario.sourceSilentNote)
    let problems = scenario.sourceSilenceProblems()
    #expect(
      problems.map(\.path) == [
        "record.men[0].answers.care-leaver.note", "record.men[0].answers.young-parent.answer",
      ])
  }

  /// Point 2: "don't know" (what Enter records on a blank start) is its own column, never
  /// spotted.
  @Test func dontKnowIsItsOwnColumn() throws {
    var wiltshire = try debrief("wiltshire")
    wiltshire.add(try blank("wiltshire", "a", ["1.substance-misuse=unknown", "1.safety=unknown"]))
    let misuse = try gap(wiltshire, "substance-misuse")
    #expect(misuse.spotted == 0 && misuse.dontKnow == 1 && misuse.answeredInPlace == 0)
    let json = DebriefRenderer(content: content, suppress: false).render(wiltshire, as: .json)
    #expect(json.contains("\"dontKnow\": 1"))
    let csv = DebriefRenderer(content: content, suppress: false).render(wiltshire, as: .csv)
    #expect(csv.contains("dont-know"))
  }

  /// Point 3: not applicable because contact must be planned for safety first is spotted (he
  /// still has to be assessed), and the rule says so.
  @Test func notApplicableForSafetyIsSpotted() throws {
    var wiltshire = try debrief("wiltshire")
    wiltshire.add(try blank("wiltshire", "a", ["1.contacted=na:safety"]))
    wiltshire.add(try blank("wiltshire", "b", ["1.contacted=na:moved-away"]))
    let contacted = try gap(wiltshire, "contacted")
    #expect(contacted.spotted == 1 && contacted.answeredInPlace == 1)
    let text = normalized(
      DebriefRenderer(content: content, suppress: false).render(wiltshire, as: .text))
    #expect(text.contains("not applicable without a reason or because contact must be planned"))
  }

  /// Point 5 (the reviewer's xc6 folder): 6 reviews, and copies of 4 of them given a cohort.
  /// The copies count once (by id alone): 6 participants, every figure withheld.
  @Test func aCopyWithAnotherCohortCountsOnce() throws {
    var group = try debrief("father-ab")
    for index in 1...6 {
      group.add(try blank("father-ab", "r\(index)", ["1.contacted=no"]))
    }
    for index in 1...4 {
      var copy = try blank("father-ab", "r\(index)", ["1.contacted=no", "1.views=no"])
      copy.cohort = "Workshop 2026-12"
      group.add(copy)
    }
    #expect(group.participants == 6 && group.duplicates == 4)
    #expect(try gap(group, "contacted").spotted == 6)
    #expect(try gap(group, "views").spotted == 4)
    let text = DebriefRenderer(content: content).render(group, as: .text)
    #expect(normalized(text).contains("Fewer than 10 participants' blank-start reviews"))
    // A confidence still counts once for each id and cohort.
    var before = try blank("father-ab", "r1", ["1.contacted=no"])
    before.cohort = "father-ab before"
    before.confidence = .very
    group.add(before)
    #expect(group.participants == 6 && group.beforeCount == 1)
  }

  /// Points 4 and 9: the confidence alone, and "none yet" for a cohort with no record.
  @Test func theConfidenceAloneAndNoneYet() throws {
    var wiltshire = try debrief("wiltshire")
    for index in 1...12 {
      var record = try blank("wiltshire", "p\(index)", ["1.contacted=no"])
      record.cohort = "wiltshire before"
      record.confidence = .somewhat
      wiltshire.add(record)
    }
    let renderer = DebriefRenderer(content: content, part: .confidence)
    let text = renderer.render(wiltshire, as: .text)
    #expect(!text.contains("Each gap in the key") && !text.contains("Contacted"))
    #expect(!text.contains("most often answered"))
    #expect(text.contains("Confidence before and after"))
    let records = text.split(separator: "\n").first { $0.contains("Records") } ?? ""
    #expect(records.contains("10") && records.contains("none yet"), "\(records)")
    let json = renderer.render(wiltshire, as: .json)
    #expect(!json.contains("\"gaps\"") && json.contains("\"noneYet\": true"))
    let gaps = DebriefRenderer(content: content, part: .gaps).render(wiltshire, as: .csv)
    #expect(gaps.contains("contacted") && !gaps.contains("records,"))
  }

  /// Point 10: the key's Wiltshire substance use explored is "not yet", quoting the source.
  @Test func wiltshireSubstanceUseWasNotExplored() throws {
    let scenario = try #require(content.scenario("wiltshire"))
    let answer = try #require(scenario.record.men[0].answers["substance-use"])
    #expect(answer.value == .no)
    #expect(answer.note?.contains("unexplored and unassessed") == true)
  }
}
