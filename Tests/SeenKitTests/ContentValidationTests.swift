import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Broken content folders, made by changing one thing in the real files, each refused with every
/// problem named (like XcodeGen's spec validation fixtures).
@Suite struct ContentValidationTests {
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

  private func replace(_ file: String, _ old: String, _ new: String) -> (inout [String: String]) ->
    Void
  {
    { files in
      #expect(files[file]?.contains(old) == true, "fixture text not found in \(file): \(old)")
      files[file] = files[file]?.replacingOccurrences(of: old, with: new)
    }
  }

  /// An empty id is one problem, said once: it is empty (not also "not lower-case words").
  @Test func anEmptyIdIsReportedOnce() throws {
    let found = try problems(
      replace("risk-factors.json", "\"id\": \"impulsivity\"", "\"id\": \"\""))
    let aboutTheId = found.filter {
      $0.contains("risk-factors.json") && $0.contains("riskFactors[") && $0.contains("].id")
    }
    #expect(aboutTheId.count == 1, Comment(rawValue: aboutTheId.joined(separator: "\n")))
    #expect(aboutTheId.first?.contains("must not be empty") == true)
  }

  @Test func eachBrokenContentIsRefusedWithItsProblem() throws {
    let cases: [(String, (inout [String: String]) -> Void, String)] = [
      ("missing file", { $0["tiers.json"] = nil }, "custom/tiers.json: the file is missing."),
      (
        "syntax", replace("figures.json", "\"figures\": [", "\"figures\" ["),
        "custom/figures.json:2:"
      ),
      (
        "wrong format", replace("manifest.json", "seen-content/1", "seen-content/9"),
        "this version of seen reads \"seen-content/1\""
      ),
      (
        "unknown document",
        replace(
          "questions.json", "\"document\": \"hillingdon-briefing\"", "\"document\": \"nowhere\""),
        "\"nowhere\" does not name any document"
      ),
      (
        "unknown tier", replace("checklist.json", "\"tier\": 3", "\"tier\": 7"),
        "\"7\" does not name any tier"
      ),
      (
        "unknown question",
        replace(
          "checklist.json", "\"questions\": [\n        \"how-you-know\"",
          "\"questions\": [\n        \"how-you-knew\""),
        "\"how-you-knew\" does not name any reflective question"
      ),
      (
        "duplicate id", replace("checklist.json", "\"id\": \"views\"", "\"id\": \"contacted\""),
        "the id \"contacted\" is used more than once"
      ),
      (
        "bad scope", replace("checklist.json", "\"scope\": \"case\"", "\"scope\": \"family\""),
        "\"family\" is not allowed here; use one of: man, case"
      ),
      ("unknown key", replace("figures.json", "\"quote\":", "\"qoute\":"), "unknown key \"qoute\""),
      (
        "empty text", replace("questions.json", "How do you know?", " "),
        "this text must not be empty"
      ),
      (
        "bad id",
        replace("risk-factors.json", "\"id\": \"impulsivity\"", "\"id\": \"Impulsivity\""),
        "lower-case words joined by hyphens"
      ),
      (
        "possibly unsafe advice without a safe form",
        replace(
          "checklist.json", "\"id\": \"practitioner-fear\",",
          "\"id\": \"practitioner-fear\", \"needsSafeForm\": true,"),
        "\"practitioner-fear\" is marked needsSafeForm: give it a safeNext"
      ),
      (
        "advice that rests on nothing",
        replace(
          "safety.json",
          ",\n    \"guidance\": \"Working Together to Safeguard Children (2023).\"\n  },",
          "\n  },"),
        "advice needs a \"source\" in the review, a \"guidance\" it rests on, or both."
      ),
      (
        "not applicable refused on a knowledge item",
        replace(
          "checklist.json", "\"id\": \"young-parent\",",
          "\"id\": \"young-parent\", \"notApplicable\": false,"),
        "only practice items take \"not applicable\""
      ),
      (
        "seen combine's quotation is content, checked like every quotation",
        replace(
          "safety.json",
          "\"quote\": \"The information about his risk was there and well documented in his medical records and yet none of this was communicated with children's services when he became a prospective and then new father.\"",
          "\"quote\": \" \""),
        "combine.finding.quote: this text must not be empty"
      ),
      (
        "missing safety file", { $0["safety.json"] = nil },
        "custom/safety.json: the file is missing."
      ),
      (
        "what an exploration finds asked elsewhere",
        replace(
          "checklist.json", "\"young-parent\",\n        \"care-leaver\"\n      ],",
          "\"young-parent\",\n        \"care-leaver\",\n        \"impulsivity\"\n      ],"),
        "\"history\" explores \"impulsivity\": ask it straight after \"history\""
      ),
      (
        "an empty tier quotation, which would pass any comparison with its source",
        replace(
          "tiers.json",
          "\"quote\": \"We need to ensure that the same level of curiosity and enquiry is applied to understanding men’s lives and experiences as it is to women’s.\"",
          "\"quote\": \" \""),
        "tiers[0].quote: this text must not be empty"
      ),
      (
        "an empty figure quote",
        replace(
          "figures.json",
          "\"quote\": \"81 were living with their birth father at the point of the abuse and only 11 with unrelated men\"",
          "\"quote\": \" \""),
        ".quote: this text must not be empty"
      ),
      (
        "an empty promptNotFather",
        replace(
          "checklist.json",
          "\"promptNotFather\": \"Do your assessment and plan address both the support he needs and any risk he may present to the baby?\"",
          "\"promptNotFather\": \" \""),
        ".promptNotFather: this text must not be empty"
      ),
      (
        "a promptNotFather on a case item",
        replace(
          "checklist.json", "\"id\": \"supervision\",",
          "\"id\": \"supervision\", \"promptNotFather\": \"Have the men been discussed?\","),
        "only an item asked about each man can have a promptNotFather."
      ),
      ("missing roles", { $0["roles.json"] = nil }, "custom/roles.json: the file is missing."),
      (
        "no roles", replace("roles.json", "\"roles\": [", "\"roles\": [] , \"was\": ["),
        "unknown key \"was\""
      ),
      (
        "a role twice", replace("roles.json", "\"GP\"", "\"social worker\""),
        "custom/roles.json: at roles[3]: the role \"social worker\" is listed more than once."
      ),
      (
        "a role that reads as other", replace("roles.json", "\"GP\"", "\"Other\""),
        "would read as \"other: …\" or a number"
      ),
      (
        "a role with spaces around it", replace("roles.json", "\"GP\"", "\" GP\""),
        "a role is written as it is stored"
      ),
      (
        "an empty list of roles",
        { files in
          files["roles.json"] = "{\"roles\": []}"
        },
        "custom/roles.json: at roles: there must be at least one role."
      ),
    ]
    for (name, change, expected) in cases {
      let found = try problems(change)
      #expect(
        found.contains { $0.contains(expected) }, "\(name): expected \(expected), found \(found)")
    }
  }

  @Test func everyProblemIsCollectedBeforeRefusing() throws {
    let found = try problems { files in
      files["tiers.json"] = nil
      files["figures.json"] = "{"
      files["questions.json"] = files["questions.json"]?.replacingOccurrences(
        of: "\"id\": \"history\"", with: "\"id\": \"confidence\"")
    }
    #expect(
      found.count == 2, "tiers missing and figures malformed stop before cross-checks: \(found)")
    let later = try problems { files in
      files["questions.json"] = files["questions.json"]?.replacingOccurrences(
        of: "\"id\": \"history\"", with: "\"id\": \"confidence\"")
      files["checklist.json"] = files["checklist.json"]?.replacingOccurrences(
        of: "\"tier\": 3", with: "\"tier\": 9")
    }
    #expect(later.count >= 2, "\(later)")
    #expect(later.contains { $0.contains("is used more than once") })
    #expect(later.contains { $0.contains("does not name any tier") })
  }

  @Test func contentErrorListsProblemsOnePerLine() {
    let error = ContentError(problems: [
      DataError(
        file: "a.json", position: SourcePosition(line: 2, column: 3), path: "x", problem: .emptyText
      ),
      DataError(file: "b.json", position: nil, path: "", problem: .other("the file is missing.")),
    ])
    #expect(
      error.description
        == "the content has 2 problems:\n  a.json:2:3: at x: this text must not be empty.\n  b.json: the file is missing."
    )
  }
}
