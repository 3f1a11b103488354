import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

@Suite struct ContentTests {
  let content = TestContent.bundled

  @Test func bundledContentHasWhatTheReviewGives() {
    #expect(content.questions.count == 8)
    #expect(content.questions.first?.text == "How confident are you in your work with men?")
    #expect(content.questions.last?.text == "What would you do if you had a concern?")
    #expect(
      content.closing.text
        == "The men who caused harm to these babies were not invisible they were unseen.")
    #expect(
      content.riskFactors.map(\.id) == [
        "childhood-adversity", "impulsivity", "substance-misuse", "mental-ill-health",
        "young-parent", "care-leaver",
        "violence-control", "external-pressures",
      ])
    #expect(
      content.tiers.map(\.title) == [
        "Understanding men's lives and their experiences", "Engaging and assessing men",
        "Supporting best practice",
        "Service design",
      ])
    #expect(
      content.tiers[3].challenges.map(\.id) == [
        "culture-and-context", "processes", "tools-frameworks-and-services",
      ])
    #expect(
      content.tiers[3].challenges.flatMap(\.questions).contains(
        "How many social care assessments routinely include comprehensive and detailed pictures of fathers?"
      ))
  }

  @Test func keyFiguresAreAllThere() {
    let values = Dictionary(uniqueKeysWithValues: content.figures.map { ($0.id, $0.value) })
    let expected = [
      "notifications-reviewed": "92", "universal-services": "45", "early-help": "24",
      "children-in-need": "12",
      "child-protection-plans": "11", "domestic-abuse": "59", "fathers-mental-ill-health": "32",
      "young-parents": "30", "care-leavers": "5", "birth-fathers": "81",
      "cases-in-depth": "23", "perpetrators-interviewed": "8", "practitioners-met": "322",
      "share-under-one": "35%",
      "notifications-since-2018": "257", "share-under-one-2021": "32%",
      "infants-notified-2021": "129",
    ]
    for (id, value) in expected {
      #expect(values[id] == value, Comment(rawValue: id))
    }
  }

  @Test func checklistHasTheItemsTheGapRulesNeed() {
    let practice = content.checklist.filter { $0.kind == .practice }
    #expect(practice.count >= 14)
    let perMan = content.items(scope: .man, kind: .practice).map(\.id)
    for id in [
      "identified", "contacted", "views", "history", "substance-use", "mental-health",
      "domestic-abuse", "frustration",
      "pressures", "agency-checks", "crying-coping", "plan",
    ] {
      #expect(perMan.contains(id), Comment(rawValue: id))
    }
    let perCase = content.items(scope: .case).map(\.id)
    #expect(perCase.contains("all-men-identified"))
    #expect(perCase.contains("supervision"))
    // Every risk factor has its knowledge item; the others (abuse done to him) are not factors.
    let knowledge = content.items(scope: .man, kind: .knowledge).map(\.id)
    // Asked in checklist order (after the exploration of each), not the risk factors' order.
    #expect(
      Set(knowledge.filter { content.riskFactor($0) != nil }) == Set(content.riskFactors.map(\.id)))
    // Each knowledge item is asked straight after the exploration that finds it out.
    let order = content.checklist.map(\.id)
    for item in content.items(scope: .man, kind: .practice) {
      for factor in item.riskFactors
      where factor != "violence-control" || item.id == "domestic-abuse" {
        guard let position = order.firstIndex(of: item.id),
          let found = order.firstIndex(of: factor)
        else { continue }
        #expect(
          order[(position + 1)...found].allSatisfy { content.item($0)?.kind == .knowledge },
          "\(factor) is asked straight after \(item.id)")
      }
    }
    #expect(content.otherKnowledgeItems.map(\.id) == ["abuse-experienced"])
    for id in Visibility.contactItems + Visibility.assessmentItems {
      #expect(content.item(id) != nil, Comment(rawValue: id))
    }
  }

  @Test func everyReferenceResolves() {
    var sources: [SourceReference] = content.questions.map(\.source) + [content.closing.source]
    sources +=
      content.riskFactors.map(\.source) + [
        content.trigger.source, content.combination.source, content.together.source,
      ]
    sources += content.riskFactors.flatMap(\.explanationSources)
    sources += content.tiers.flatMap { $0.sources + [$0.quoteSource] + $0.challenges.map(\.source) }
    sources += content.figures.map(\.source) + content.checklist.flatMap(\.sources)
    for source in sources {
      #expect(content.document(source.document) != nil, "\(source)")
      #expect(!content.citation(source).isEmpty)
    }
    for item in content.checklist {
      #expect(content.tier(item.tier) != nil, Comment(rawValue: item.id))
      for question in item.questions {
        #expect(content.question(question) != nil, "\(item.id) → \(question)")
      }
      for factor in item.riskFactors {
        #expect(content.riskFactor(factor) != nil, "\(item.id) → \(factor)")
      }
    }
    #expect(
      content.citation(SourceReference(document: "myth-of-invisible-men", section: "19.6"))
        == "Myth of Invisible Men, 19.6")
  }

  @Test func idsAreUnique() {
    for ids in [
      content.questions.map(\.id), content.riskFactors.map(\.id), content.figures.map(\.id),
      content.checklist.map(\.id),
    ] {
      #expect(Set(ids).count == ids.count, "\(ids)")
    }
  }

  @Test func loadsTheSameFromTheResourcesFolder() throws {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    #expect(try Content.load(files: files, folder: "Resources") == content)
  }
}
