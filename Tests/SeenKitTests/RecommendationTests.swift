import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// The recommendations of `seen content` (`recommendations.json`): all of them there, and a broken
/// file refused with every problem named.
@Suite struct RecommendationTests {
  let content = TestContent.bundled

  // Each quote is checked against the section it cites by `ContentFidelityTests`.

  // MARK: - What is there

  @Test func theReviewsAndTheBriefingsRecommendationsAreAllThere() {
    let review = content.recommendations.filter { $0.source.document == "myth-of-invisible-men" }
    for number in 1...3 {
      let matching = review.filter { $0.source.section == "Recommendation \(number)" }
      #expect(matching.count == 1, "Recommendation \(number)")
      #expect(
        matching.first?.quote.hasPrefix("The Panel recommends that") == true,
        "Recommendation \(number) quotes the Panel's recommending sentence")
    }
    let strands = review.filter { $0.source.section == "20.5" }
    for strand in [
      "Best Start for Life", "Family hubs", "Supporting Families", "Better Births",
      "Domestic Abuse Act 2021", "Inspectorates",
    ] {
      #expect(
        strands.contains { $0.title.hasPrefix(strand + ": ") },
        "20.5: no recommendation on \(strand)")
    }
    #expect(strands.count == 13, "the bullet points of 20.5, one recommendation each")
    // The two the review addresses to local partnerships: its challenges (18.4) and ICON (14.3).
    let local = review.filter { $0.addressedTo.hasPrefix("Local safeguarding partnerships") }
    #expect(local.map(\.source.section) == ["18.4", "14.3"])
    let foundations = content.recommendations.filter { $0.source.document == "foundations-2023" }
    #expect(
      foundations.filter { $0.source.section == "Recommendations for policy & practice" }.count == 4
    )
    #expect(foundations.filter { $0.source.section == "Recommendations for research" }.count == 2)
    #expect(review.count + foundations.count == content.recommendations.count)
  }

  @Test func theOutputGroupsThemByDocumentTheReviewFirst() throws {
    #expect(
      content.recommendationsByDocument.map(\.document.id) == [
        "myth-of-invisible-men", "foundations-2023",
      ])
    let text = ContentRenderer(content: content, text: TextOptions(width: 10_000)).render(
      as: .text)
    let heading = try #require(text.range(of: "\nRecommendations\n"))
    let review = try #require(text.range(of: "\nMyth of Invisible Men (September 2021)\n"))
    let foundations = try #require(
      text.range(of: "\nFoundations, Working with male carers (2023)\n"))
    #expect(heading.lowerBound < review.lowerBound && review.lowerBound < foundations.lowerBound)
    for recommendation in content.recommendations {
      #expect(text.contains("[\(recommendation.id)]"), Comment(rawValue: recommendation.id))
      #expect(
        text.contains("For: \(recommendation.addressedTo)"), Comment(rawValue: recommendation.id))
      #expect(text.contains(recommendation.quote), Comment(rawValue: recommendation.id))
    }
    let json = try #require(
      try JSONSerialization.jsonObject(
        with: Data(ContentRenderer(content: content).render(as: .json).utf8)) as? [String: Any])
    let list = try #require(json["recommendations"] as? [[String: Any]])
    #expect(list.count == content.recommendations.count)
    #expect(list.first?.keys.sorted() == ["for", "id", "quote", "source", "title"])
    let source = try #require(list.first?["source"] as? [String: String])
    #expect(source["citation"] == "Myth of Invisible Men, 18.4")
  }

  // MARK: - A broken file

  private func realFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    return files
  }

  private func problems(_ change: (inout String) -> Void) throws -> [String] {
    var files = try realFiles()
    var text = try #require(files["recommendations.json"])
    change(&text)
    files["recommendations.json"] = text
    do {
      _ = try Content.load(files: files, folder: "custom")
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  private func replace(_ old: String, _ new: String) -> (inout String) -> Void {
    { text in
      #expect(text.contains(old), "fixture text not found: \(old)")
      text = text.replacingOccurrences(of: old, with: new)
    }
  }

  @Test func eachBrokenRecommendationsFileIsRefusedWithItsProblem() throws {
    let cases: [(String, (inout String) -> Void, String)] = [
      (
        "syntax", replace("\"recommendations\": [", "\"recommendations\" ["),
        "custom/recommendations.json:2:"
      ),
      (
        "duplicate id", replace("\"id\": \"record-data\"", "\"id\": \"barriers-to-uptake\""),
        "custom/recommendations.json: at recommendations[21].id: the id \"barriers-to-uptake\" is used more than once."
      ),
      (
        "bad id", replace("\"id\": \"inspections\"", "\"id\": \"Inspections\""),
        "at recommendations[17].id: ids are lower-case words joined by hyphens"
      ),
      (
        "unknown document",
        replace(
          "\"document\": \"foundations-2023\",\n        \"section\": \"Recommendations for research\"",
          "\"document\": \"foundations-2024\",\n        \"section\": \"Recommendations for research\""
        ),
        "at recommendations[22].source.document: \"foundations-2024\" does not name any document of manifest.json."
      ),
      (
        "empty quote",
        replace(
          "\"quote\": \"The engagement of fathers is a specific focus in any future evaluation of the programme.\"",
          "\"quote\": \" \""),
        "at recommendations[10].quote: this text must not be empty."
      ),
      (
        "empty title",
        replace(
          "\"title\": \"Record specific data on fathers and male carers\"", "\"title\": \"\""),
        "at recommendations[21].title: this text must not be empty."
      ),
      (
        "empty for", replace("\"for\": \"Ofsted, CQC and HMICFRS\"", "\"for\": \"\""),
        "at recommendations[17].for: this text must not be empty."
      ),
      (
        "empty section",
        replace("\"section\": \"Recommendation 3\"", "\"section\": \"\""),
        "at recommendations[4].source.section: this text must not be empty."
      ),
      ("unknown key", replace("\"for\":", "\"to\":"), "unknown key \"to\""),
      (
        "not a list", { $0 = "{\"recommendations\": {}}" },
        "custom/recommendations.json"
      ),
    ]
    for (name, change, expected) in cases {
      let found = try problems(change)
      #expect(
        found.contains { $0.contains(expected) }, "\(name): expected \(expected), found \(found)")
    }
  }

  @Test func everyProblemInTheFileIsCollectedBeforeRefusing() throws {
    let found = try problems { text in
      text = text.replacingOccurrences(
        of: "\"id\": \"record-data\"", with: "\"id\": \"barriers-to-uptake\""
      ).replacingOccurrences(
        of: "\"for\": \"Ofsted, CQC and HMICFRS\"", with: "\"for\": \" \""
      ).replacingOccurrences(
        of: "\"section\": \"Recommendation 2\"", with: "\"section\": \"\""
      ).replacingOccurrences(
        of:
          "\"document\": \"foundations-2023\",\n        \"section\": \"Recommendations for research\"",
        with: "\"document\": \"nowhere\",\n        \"section\": \"Recommendations for research\"")
    }
    #expect(found.count == 5, "\(found)")
    #expect(found.filter { $0.contains("does not name any document") }.count == 2, "\(found)")
    #expect(found.contains { $0.contains("is used more than once") }, "\(found)")
    #expect(found.contains { $0.contains("recommendations[17].for") }, "\(found)")
    #expect(found.contains { $0.contains("recommendations[3].source.section") }, "\(found)")
  }

  @Test func aContentFolderMayLeaveTheFileOut() throws {
    var files = try realFiles()
    files["recommendations.json"] = nil
    let folder = try Content.load(files: files, folder: "custom")
    #expect(folder.recommendations == [])
    let text = ContentRenderer(content: folder).render(as: .text)
    #expect(!text.contains("\nRecommendations\n"), "no empty section")
    #expect(ContentRenderer(content: folder).render(as: .json).contains("\"recommendations\": []"))
  }
}
