import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 18 point 4: the group debrief over 12 generated blank-start reviews of the Wiltshire
/// scenario whose answers are known, so that every count is checked by hand; golden files of
/// the exact and the suppressed figures.
@Suite struct WorkshopDebriefTests {
  let content = TestContent.bundled

  /// The answers participant `p` (0 to 11) gives, by design:
  /// - identified: partly for 0–8 (a gap: spotted), yes for 9–10, none for 11 → spotted 9.
  /// - safety: not known for 0–5 (spotted), no for 6–11 → spotted 6.
  /// - contacted: no for all 12 → spotted 12.
  /// - views: never answered → spotted 0.
  /// - substance-use: partly for even p (spotted), not applicable because he moved away (a
  ///   reason: no gap) for odd p → spotted 6.
  /// - the case's all-men-identified: not known for 0–2 (spotted), yes for 3–11 → spotted 3.
  /// Participant 10 types the man's label in other letters ("EVA'S FATHER"): the same man.
  static func participant(_ p: Int, content: Content) throws -> ReviewRecord {
    let scenario = try #require(content.scenario("wiltshire"))
    var record = scenario.blankRecord
    record.id = "participant-\(p)"
    if p == 10 { record.men[0].label = "EVA'S FATHER" }
    var sets: [String] = []
    if p <= 8 {
      sets.append("1.identified=partly")
    } else if p <= 10 {
      sets.append("1.identified=yes")
    }
    sets.append(p <= 5 ? "1.safety=unknown" : "1.safety=no")
    sets.append("1.contacted=no")
    sets.append(p % 2 == 0 ? "1.substance-use=partly" : "1.substance-use=na:moved-away")
    sets.append(p <= 2 ? "all-men-identified=unknown" : "all-men-identified=yes")
    for text in sets { try record.apply(SetAssignment(parsing: text), content: content) }
    return record
  }

  /// A confidence record of the cohort "wiltshire before" or "… after", as a participant saves
  /// it with `seen review --case WORKSHOP --set confidence=… --cohort "wiltshire before"`.
  static func confidence(_ level: ConfidenceLevel, cohort: String, number: Int) -> ReviewRecord {
    ReviewRecord(
      id: "confidence-\(cohort.split(separator: " ").joined(separator: "-"))-\(number)",
      caseReference: "WORKSHOP",
      cohort: cohort, confidence: level)
  }

  /// The 12 participants, a copy of one, 12 before and 12 after, another scenario's blank start
  /// and a review of a real case.
  static func debrief(content: Content) throws -> WorkshopDebrief {
    var debrief = WorkshopDebrief(
      scenario: try #require(content.scenario("wiltshire")), content: content)
    for p in 0..<12 {
      let added = debrief.add(try participant(p, content: content))
      #expect(added)
    }
    let copy = debrief.add(try participant(4, content: content))
    #expect(!copy, "a copy counts once")
    // Before: 5 not very, 5 somewhat, 2 very; after: 2 not very, 6 very, 4 extremely.
    let before: [ConfidenceLevel] =
      Array(repeating: .notVery, count: 5) + Array(repeating: .somewhat, count: 5) + [.very, .very]
    let after: [ConfidenceLevel] =
      [.notVery, .notVery] + Array(repeating: .very, count: 6)
      + Array(repeating: .extremely, count: 4)
    for (number, level) in before.enumerated() {
      debrief.add(confidence(level, cohort: "wiltshire before", number: number))
    }
    for (number, level) in after.enumerated() {
      debrief.add(confidence(level, cohort: "Wiltshire After", number: number))
    }
    let other = debrief.add(try #require(content.scenario("derbyshire")).blankRecord)
    let real = debrief.add(ReviewRecord(id: "real-case-1", caseReference: "HV-1"))
    #expect(!other && !real)
    return debrief
  }

  func spotted(_ debrief: WorkshopDebrief, man: String?, _ item: String) -> Int? {
    debrief.gaps.first { $0.man == man && $0.item.id == item }?.spotted
  }

  @Test func theCountsAreTheOnesDesigned() throws {
    let debrief = try Self.debrief(content: content)
    #expect(debrief.participants == 12)
    #expect(debrief.duplicates == 1)
    #expect(debrief.otherRecords == 2)
    let man = "Eva's father"
    #expect(spotted(debrief, man: man, "identified") == 9)
    #expect(spotted(debrief, man: man, "safety") == 6)
    #expect(spotted(debrief, man: man, "contacted") == 12)
    #expect(spotted(debrief, man: man, "views") == 0)
    #expect(spotted(debrief, man: man, "substance-use") == 6)
    #expect(spotted(debrief, man: nil, "all-men-identified") == 3)
    // Every other gap of the key: nobody answered it.
    let designed: Set<String> = [
      "identified", "safety", "contacted", "views", "substance-use", "all-men-identified",
    ]
    for gap in debrief.gaps where !designed.contains(gap.item.id) {
      #expect(gap.spotted == 0, Comment(rawValue: gap.item.id))
    }
    #expect(debrief.before == [.notVery: 5, .somewhat: 5, .very: 2])
    #expect(debrief.after == [.notVery: 2, .very: 6, .extremely: 4])
    // The most missed, exactly: every gap nobody spotted (12 missed) in the key's order, so the
    // first ten are the key's first ten gaps nobody answered.
    let layout = TeamSummaryLayout(content: content, suppress: false).within(reviews: 12)
    let most = debrief.mostMissed(layout)
    #expect(most.count == 10)
    #expect(most.allSatisfy { debrief.missed($0) == 12 })
    #expect(!most.contains { designed.subtracting(["views"]).contains($0.item.id) })
  }

  @Test func theDebriefMatchesItsGoldenFiles() throws {
    let debrief = try Self.debrief(content: content)
    for suppress in [false, true] {
      let renderer = DebriefRenderer(content: content, suppress: suppress)
      let name = "debrief-wiltshire-" + (suppress ? "suppressed" : "exact")
      for (format, ext) in [(OutputFormat.text, "txt"), (.json, "json"), (.csv, "csv")] {
        expectSnapshot(
          renderer.render(debrief, as: format), named: "\(name).\(ext)",
          in: PackagePaths.snapshots())
      }
    }
    let renderer = DebriefRenderer(content: content)
    expectSnapshot(
      renderer.render(debrief, as: .markdown), named: "debrief-wiltshire-suppressed.md",
      in: PackagePaths.snapshots())
    expectSnapshot(
      renderer.render(debrief, as: .html), named: "debrief-wiltshire-suppressed.html",
      in: PackagePaths.snapshots())
  }

  @Test func fewerThanTenParticipantsWithholdEveryFigure() throws {
    var debrief = WorkshopDebrief(
      scenario: try #require(content.scenario("wiltshire")), content: content)
    for p in 0..<4 { debrief.add(try Self.participant(p, content: content)) }
    let text = DebriefRenderer(content: content).render(debrief, as: .text)
    #expect(text.contains("every figure is withheld"))
    let json = DebriefRenderer(content: content).render(debrief, as: .json)
    #expect(json.contains("\"participants\": null"))
    #expect(!json.contains("\"spotted\": 4"))
  }

  @Test func noParticipantAnswerNoteOrCaseIsShown() throws {
    var debrief = try Self.debrief(content: content)
    var noted = try Self.participant(0, content: content)
    noted.id = "with-a-note"
    noted.caseReference = "SECRET-CASE-REF"
    try noted.apply(SetAssignment(parsing: "1.views=no:SECRET NOTE TEXT"), content: content)
    debrief.add(noted)
    for format in DebriefRenderer.formats where format != .pdf {
      let text = DebriefRenderer(content: content, suppress: false).render(debrief, as: format)
      #expect(!text.contains("SECRET"), Comment(rawValue: format.rawValue))
      #expect(!text.contains("participant-"), Comment(rawValue: format.rawValue))
    }
  }
}
