import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// `partnership-questions.json` broken one way at a time, each refused with its problem named,
/// and every problem collected before the content is refused.
@Suite struct PartnershipQuestionsContentTests {
  private let file = "partnership-questions.json"

  private func realFiles() throws -> [String: String] {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      files[name] = try String(
        contentsOf: PackagePaths.root.appendingPathComponent("Resources/\(name)"), encoding: .utf8)
    }
    return files
  }

  private func problems(_ change: (inout [String: String]) -> Void) throws -> [String] {
    var files = try realFiles()
    change(&files)
    do {
      _ = try Content.load(files: files, folder: "custom")
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  private func replace(_ old: String, _ new: String) -> (inout [String: String]) -> Void {
    { [file] files in
      #expect(files[file]?.contains(old) == true, "fixture text not found: \(old)")
      files[file] = files[file]?.replacingOccurrences(of: old, with: new)
    }
  }

  /// Replaces the first occurrence only.
  private func replaceFirst(_ old: String, _ new: String) -> (inout [String: String]) -> Void {
    { [file] files in
      guard let text = files[file], let range = text.range(of: old) else {
        Issue.record("fixture text not found: \(old)")
        return
      }
      files[file] = text.replacingCharacters(in: range, with: new)
    }
  }

  @Test func theBuiltInMappingLoads() throws {
    #expect(try problems { _ in } == [])
    let content = try Content.bundled()
    #expect(content.partnershipQuestions.count == 21)
    #expect(
      content.partnershipQuestions.filter {
        if case .figures = $0.answer { return true }
        return false
      }.count == 4)
  }

  @Test func eachBadMappingIsRefusedWithItsProblem() throws {
    let cases: [(String, (inout [String: String]) -> Void, String)] = [
      (
        "an unknown challenge",
        replaceFirst("\"challenge\": \"processes\"", "\"challenge\": \"procedures\""),
        "custom/partnership-questions.json: at questions[7].challenge: \"procedures\" is not allowed here; use one of: culture-and-context, processes, tools-frameworks-and-services."
      ),
      (
        "a question index past the end",
        replace(
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 9,",
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 10,"),
        "at questions[20].question: the challenge \"tools-frameworks-and-services\" has 10 questions, numbered 0 to 9, not 10."
      ),
      (
        "a question left out (its index given to another)",
        replace(
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 9,",
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 8,"),
        "the question tools-frameworks-and-services 9 (What joint (across children’s and adults…) is not listed"
      ),
      (
        "a question listed twice",
        replace(
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 9,",
          "\"challenge\": \"tools-frameworks-and-services\",\n      \"question\": 8,"),
        "at questions[20]: the question tools-frameworks-and-services 8 is listed more than once"
      ),
      (
        "an unknown per-review figure",
        replace(
          "\"review\": \"any-contact-planned-for-safety\"", "\"review\": \"every-man-engaged\""),
        "at questions[15].figures[1].review: \"every-man-engaged\" is not allowed here; use one of: every-man-seen, any-man-unseen, every-man-detailed, any-contact-planned-for-safety, complete, no-man-recorded."
      ),
      (
        "an unknown relationship",
        replace("\"relationship\": \"birth-father\"", "\"relationship\": \"father\""),
        "at questions[16].figures[1].relationship: \"father\" is not allowed here"
      ),
      (
        "a whole-review figure over one relationship",
        replace(
          "\"review\": \"every-man-detailed\",\n          \"relationship\"",
          "\"review\": \"complete\",\n          \"relationship\""),
        "the figure \"complete\" is about the whole review and cannot be counted over the men of one relationship."
      ),
      (
        "an unknown item",
        replace("\"item\": \"agency-checks\"", "\"item\": \"agency-check\""),
        "at questions[10].figures[0].item: unknown checklist item \"agency-check\""
      ),
      (
        "a knowledge item",
        replace("\"item\": \"health-information\"", "\"item\": \"violence-control\""),
        "at questions[10].figures[1].item: \"violence-control\" is a knowledge item"
      ),
      (
        "an unknown confidence level",
        replace("\"not-very\"]", "\"not-very\", \"unsure\"]"),
        "at questions[17].figures[2].confidence[2]: \"unsure\" is not allowed here"
      ),
      (
        "no figures",
        replace(
          "\"figures\": [\n        {\n          \"item\": \"agency-checks\"",
          "\"figures\": [], \"was\": [\n        {\n          \"item\": \"agency-checks\""),
        "unknown key \"was\""
      ),
      (
        "both figures and a reason",
        replaceFirst("\"figures\": [", "\"cannot\": \"No.\", \"figures\": ["),
        "a question needs either \"figures\" (what the records can say to it) or \"cannot\""
      ),
      (
        "an empty reason",
        replace(
          "\"cannot\": \"The records do not hold attendance at child protection case conferences. The nearest item, Men in plans, records whether each man was included in the baby's plans and meetings, not whether he attended, nor whether a meeting was a child protection conference.\"",
          "\"cannot\": \" \""),
        "at questions[14].cannot: this text must not be empty"
      ),
      (
        "an empty how",
        replace(
          "\"how\": \"The same, counting only the birth fathers, over the reviews that record one.\"",
          "\"how\": \"\""),
        "at questions[16].figures[1].how: this text must not be empty"
      ),
      (
        "a figure of two kinds",
        replace(
          "\"item\": \"supervision\",", "\"item\": \"supervision\", \"review\": \"complete\","),
        "a figure is one of \"review\""
      ),
    ]
    for (name, change, expected) in cases {
      let found = try problems(change)
      #expect(
        found.contains { $0.contains(expected) }, "\(name): expected \(expected), found \(found)")
    }
  }

  @Test func everyBadMappingIsCollectedBeforeRefusing() throws {
    let found = try problems { files in
      replace("\"item\": \"agency-checks\"", "\"item\": \"agency-check\"")(&files)
      replace("\"relationship\": \"birth-father\"", "\"relationship\": \"father\"")(&files)
      replaceFirst("\"challenge\": \"processes\"", "\"challenge\": \"procedures\"")(&files)
    }
    #expect(found.count == 4, "three bad ids, and the question they leave unlisted: \(found)")
    #expect(found.contains { $0.contains("the question processes 0 (") })
  }

  /// The plain-English texts add no figure of their own: a number in a summary comes from the
  /// records, never from the mapping.
  @Test func noReasonOrHowAddsANumber() throws {
    let content = try Content.bundled()
    for question in content.partnershipQuestions {
      let texts: [String]
      switch question.answer {
      case .cannot(let reason): texts = [reason]
      case .figures(let figures): texts = figures.map(\.how)
      }
      for text in texts {
        let hasNumber = text.contains { $0.isNumber }
        #expect(!hasNumber, "\(question.challenge) \(question.index): \(text)")
        #expect(text.hasSuffix("."), "one sentence, ended: \(text)")
      }
    }
  }

  @Test func aFolderWithoutTheFileLoadsWithoutTheSection() throws {
    var files = try realFiles()
    files[file] = nil
    let content = try Content.load(files: files, folder: "custom")
    #expect(content.partnershipQuestions.isEmpty)
  }
}
