import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 18, review round 2 of the group debrief: a factor recorded as present where the source
/// does not say is not spotted; small counts in the notes follow the small-number rule; records
/// of different cohorts are never copies; the key's facts known at the time are debriefed;
/// confidence in two bands when small numbers are withheld; seen's own files named by what
/// they are.
@Suite struct WorkshopDebriefRoundTwoTests {
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

  private func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Point 1: in Wiltshire the key says the source does not say whether he is a care leaver:
  /// "present" is counted apart, never spotted, with the line saying why (12.11). In the
  /// care-leaver composite the key says he is one: there "present" is spotted.
  @Test func presentWhereTheSourceDoesNotSayIsNotSpotted() throws {
    var wiltshire = try debrief("wiltshire")
    wiltshire.add(try blank("wiltshire", "a", ["1.care-leaver=present"]))
    let gap = try #require(wiltshire.gaps.first { $0.item.id == "care-leaver" })
    #expect(gap.spotted == 0 && gap.presentWithoutSource == 1 && gap.answeredInPlace == 0)
    let text = normalized(
      DebriefRenderer(content: content, suppress: false).render(wiltshire, as: .text))
    // Round 3, point 1: the note is about no factor in particular (not care leavers).
    #expect(text.contains("a factor assumed of a man is not a finding"))
    #expect(!text.contains("care leaver"))
    var composite = try debrief("care-leaver")
    composite.add(try blank("care-leaver", "b", ["1.care-leaver=present"]))
    #expect(!composite.gaps.contains { $0.item.id == "care-leaver" })
    let fact = try #require(composite.facts.first { $0.item.id == "care-leaver" })
    #expect(fact.spotted == 1)
  }

  /// The seed's paragraph cited is the one quoted.
  @Test(.enabled(if: ContentFidelityTests.seedChecksRun, ContentFidelityTests.skipReason))
  func theParagraphCitedSaysWhatIsQuoted() throws {
    let sections = try #require(try SourceSections(content: content))
    let paragraph = try #require(sections.text(of: Content.reviewDocument, section: "12.11"))
    #expect(normalized(paragraph).contains("This is not to stigmatise them"))
    #expect(normalized(paragraph).contains("perceived stigmatisation"))
  }

  /// Point 4: the Father AB key records factors as known present; each has a row: recorded as
  /// present is spotted, none found is missed, not known apart, no answer not answered.
  @Test func factsKnownAtTheTimeAreDebriefed() throws {
    var debrief = try debrief("father-ab")
    #expect(
      debrief.facts.map(\.item.id) == [
        "substance-misuse", "mental-ill-health", "violence-control", "impulsivity",
      ])
    debrief.add(
      try blank(
        "father-ab", "a",
        ["1.substance-misuse=present", "1.mental-ill-health=absent", "1.violence-control=unknown"]
      ))
    debrief.add(try blank("father-ab", "b", ["1.substance-misuse=absent"]))
    func row(_ id: String) -> [Int]? {
      debrief.facts.first { $0.item.id == id }.map {
        [$0.spotted, $0.missed, $0.notKnown, $0.notAnswered]
      }
    }
    #expect(row("substance-misuse") == [1, 1, 0, 0])
    #expect(row("mental-ill-health") == [0, 1, 0, 1])
    #expect(row("violence-control") == [0, 0, 1, 1])
    #expect(row("impulsivity") == [0, 0, 0, 2])
    let text = DebriefRenderer(content: content, suppress: false).render(debrief, as: .text)
    #expect(text.contains("What the key says was known at the time"))
    #expect(text.contains("Father AB: Substance misuse"))
    let json = DebriefRenderer(content: content, suppress: false).render(debrief, as: .json)
    #expect(json.contains("\"knownAtTheTime\": ["))
    #expect(json.contains("\"missed\": 1"))
    // Wiltshire's key has none, and says so.
    let wiltshire = DebriefRenderer(content: content).render(
      try self.debrief("wiltshire"), as: .text)
    #expect(normalized(wiltshire).contains("The key records no factor as known present"))
  }

  /// Point 3: an "after" saved from the "before" file keeps its id: another cohort, not a copy.
  /// The same id in the same cohort (in other letters) is a copy.
  @Test func recordsOfDifferentCohortsAreNeverCopies() throws {
    var debrief = try debrief("wiltshire")
    let before = ReviewRecord(
      id: "same", caseReference: "WORKSHOP", cohort: "wiltshire before", confidence: .notVery)
    var after = before
    after.cohort = "wiltshire after"
    after.confidence = .very
    let addedBefore = debrief.add(before)
    let addedAfter = debrief.add(after)
    #expect(addedBefore && addedAfter)
    #expect(debrief.beforeCount == 1 && debrief.afterCount == 1 && debrief.duplicates == 0)
    var copy = before
    copy.cohort = " Wiltshire  BEFORE "
    let addedCopy = debrief.add(copy)
    #expect(!addedCopy)
    #expect(debrief.beforeCount == 1 && debrief.duplicates == 1)
  }

  /// Point 2: with small numbers withheld, no exact small count in a note or the JSON.
  @Test func smallCountsInNotesFollowTheRule() throws {
    var debrief = try WorkshopDebriefTests.debrief(content: content)
    #expect(debrief.duplicates == 1)
    var renamed = try blank("wiltshire", "renamed", ["1.contacted=no"])
    renamed.men[0].label = "Dad"
    debrief.add(renamed)
    #expect(debrief.matchedByPosition == 1)
    let text = normalized(DebriefRenderer(content: content).render(debrief, as: .text))
    #expect(text.contains("fewer than 5 duplicate copies left out"))
    #expect(text.contains("In fewer than 5 reviews a man's label differs"))
    #expect(!text.contains("1 duplicate") && !text.contains("1 review"))
    let json = DebriefRenderer(content: content).render(debrief, as: .json)
    for key in ["duplicates", "matchedByPosition", "notMatched"] {
      #expect(json.contains("\"\(key)\": \"<5\""), Comment(rawValue: key))
    }
    #expect(debrief.howManyFiles(1, content: content, suppress: true) == "fewer than 5 files")
    #expect(debrief.howManyFiles(12, content: content, suppress: true) == "about 10 files")
    #expect(debrief.howManyFiles(1, content: content, suppress: false) == "1 file")
    var few = try self.debrief("wiltshire")
    few.add(try blank("wiltshire", "one", ["1.contacted=no"]))
    #expect(few.howManyFiles(7, content: content, suppress: true) == "some files")
    let exact = DebriefRenderer(content: content, suppress: false).render(debrief, as: .json)
    #expect(exact.contains("\"duplicates\": 1"))
  }

  /// Point 5: with small numbers withheld, confidence in two bands, each under the rule; with
  /// --no-suppress, each level.
  @Test func confidenceInTwoBandsWhenSuppressed() throws {
    let debrief = try WorkshopDebriefTests.debrief(content: content)
    let text = DebriefRenderer(content: content).render(debrief, as: .text)
    // Before: 5 not very, 5 somewhat, 2 very → 5 and 7 (shown 5); after: 2 not very, 6 very,
    // 4 extremely → 2 ("<5") and 10.
    let lines = text.split(separator: "\n").map { normalized(String($0)) }
    #expect(lines.contains("Not at all or not very confident 5 <5"))
    #expect(lines.contains("Somewhat, very or extremely confident 5 10"))
    #expect(!text.contains("Extremely confident"))
    #expect(normalized(text).contains("the five levels are shown in two bands"))
    let json = DebriefRenderer(content: content).render(debrief, as: .json)
    #expect(json.contains("\"somewhat-very-or-extremely\": 10"))
    let exact = DebriefRenderer(content: content, suppress: false).render(debrief, as: .text)
    #expect(exact.contains("Extremely confident"))
  }

  /// Point 6: seen's own outputs are named by what they are; a review record is none of them.
  @Test func seenOwnFilesAreNamedByWhatTheyAre() throws {
    let plan = #"{"scenario": "wiltshire", "minutes": 90, "before": [], "steps": []}"#
    #expect(SeenOwnFile.kind(of: Array(plan.utf8)) == "a seen workshop plan")
    let scenario = try #require(content.scenario("wiltshire"))
    let shown = ScenarioRenderer(content: content).render(scenario, as: .json)
    #expect(SeenOwnFile.kind(of: Array(shown.utf8)) == "a seen scenario")
    let list = ScenarioRenderer(content: content).renderList(as: .json)
    #expect(SeenOwnFile.kind(of: Array(list.utf8)) == "seen's list of scenarios")
    let report = #"{"format": "seen-gap-report/4"}"#
    #expect(SeenOwnFile.kind(of: Array(report.utf8)) == "a seen gap report")
    #expect(SeenOwnFile.kind(of: Array(scenario.blankRecord.encoded().utf8)) == nil)
    #expect(SeenOwnFile.kind(of: Array("{ not json".utf8)) == nil)
  }
}
