import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// A partnership's local file (`seen-local/1`): read and checked with every problem and its JSON
/// path, added to the review's content without changing it, shown in the report and the sheet,
/// and records answered with its items read on a computer without it.
@Suite struct LocalProceduresTests {
  static let examplePath = PackagePaths.examples.appendingPathComponent("local/anyshire.json")
  static let twelveProblems = PackagePaths.root.appendingPathComponent(
    "Tests/seenTests/Fixtures/BadInput/content-check-twelve-problems/local.json")

  static func example() throws -> LocalProcedures {
    let bytes = Array(try Data(contentsOf: examplePath))
    let (local, problems) = LocalProcedures.check(
      bytes, file: "examples/local/anyshire.json", content: TestContent.bundled)
    #expect(problems.map(\.description) == [])
    return try #require(local)
  }

  static func localContent() throws -> Content {
    TestContent.bundled.adding(try example())
  }

  /// The problems of a local file given as JSON text, each as "path: sentence".
  static func problems(_ json: String) -> [DataError] {
    LocalProcedures.check(Array(json.utf8), file: nil, content: TestContent.bundled).problems
  }

  @Test func theExampleIsValidAndAddsItsItemsAfterTheReviewsOwn() throws {
    let local = try Self.example()
    #expect(local.partnership == "Anyshire Safeguarding Children Partnership")
    #expect(local.version == "2026-11")
    #expect(local.contacts.count == 4)
    let content = try Self.localContent()
    #expect(
      content.checklist.map(\.id)
        == TestContent.bundled.checklist.map(\.id) + [
          "local:was-not-brought", "local:bruising-protocol",
        ])
    #expect(content.localAddition("identified")?.locally?.hasPrefix("Check the Anyshire") == true)
    #expect(content.localAddition("plan") == nil)
  }

  @Test func theBuiltInContentIsUnchangedByALocalFile() throws {
    let before = try Content.bundled()
    let renderer = ContentRenderer(content: before)
    let json = renderer.render(as: .json)
    _ = try Self.localContent()
    let after = try Content.bundled()
    #expect(after == before)
    #expect(after.local == nil)
    #expect(ContentRenderer(content: after).render(as: .json) == json)
    // Every item of the review reads the same with the local file added.
    let local = try Self.localContent()
    for item in before.checklist {
      #expect(local.item(item.id) == item)
    }
    #expect(local.figures == before.figures && local.questions == before.questions)
    #expect(local.tiers == before.tiers && local.safety == before.safety)
  }

  @Test func twelveDeliberateProblemsGiveTwelveLinesEachWithItsPath() throws {
    let bytes = Array(try Data(contentsOf: Self.twelveProblems))
    let problems = LocalProcedures.check(bytes, file: "local.json", content: TestContent.bundled)
      .problems
    #expect(problems.count == 12)
    #expect(
      problems.map(\.path) == [
        "format", "partnership", "colour", "contacts[0].name", "contacts[1].role",
        "items.no-such-item", "items.identified.why", "items.identified.links[0].url",
        "items.contacted.locally", "items.views.locally", "extraItems[0].id", "extraItems[2].id",
      ])
    #expect(problems.allSatisfy { !$0.description.contains("\n") })
  }

  /// One invalid local file each: the path of its one problem and words of its sentence.
  static let invalid: [(json: String, path: String, words: String)] = [
    ("[]", "", "expected an object"),
    ("{\"partnership\": \"P\", \"version\": \"1\"}", "", "\"format\" is required"),
    (
      "{\"format\": \"seen-content/1\", \"partnership\": \"P\", \"version\": \"1\"}", "format",
      "a local file is \"seen-local/1\""
    ),
    ("{\"format\": \"seen-local/1\", \"version\": \"1\"}", "", "\"partnership\" is required"),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"\(String(repeating: "9", count: 41))\"}",
      "version", "holds at most 40"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\\tQ\", \"version\": \"1\"}",
      "partnership", "control characters"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"contacts\": [{\"role\": \"Lead\", \"how\": \"x\", \"person\": \"Jo\"}]}",
      "contacts[0].person", "never a person's name"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"identified\": {\"quote\": \"x\"}}}",
      "items.identified.quote", "cannot change the review's own text"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"identified\": {\"source\": {\"document\": \"x\", \"section\": \"1\"}}}}",
      "items.identified.source", "citations or figures"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"identified\": {}}}",
      "items.identified", "adds nothing"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"contacted\": {\"locallyForSafety\": \"a\\tb\"}}}",
      "items.contacted.locallyForSafety", "control characters"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"contacted\": {\"locallyForSafety\": \"\(String(repeating: "a", count: 601))\"}}}",
      "items.contacted.locallyForSafety", "locallyForSafety holds at most 600"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"practitioner-fear\": {\"locallyForSafety\": \"x\"}}}",
      "items.practitioner-fear.locallyForSafety", "has no safe form"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"items\": {\"local:x\": {\"locally\": \"x\"}}}",
      "items.local:x", "in \"extraItems\""
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"links\": [{\"title\": \"M\", \"url\": \"javascript:alert(1)\"}]}",
      "links[0].url", "not an http(s) link"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"links\": [{\"title\": \"M\", \"url\": \"https://\"}]}",
      "links[0].url", "not an http(s) link"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"extraItems\": [{\"id\": \"local:Upper\", \"level\": \"case\", \"title\": \"T\", \"question\": \"Q?\", \"next\": \"N.\", \"source\": {\"document\": \"D\", \"section\": \"1\"}}]}",
      "extraItems[0].id", "lower-case letters"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"extraItems\": [{\"id\": \"local:x\", \"level\": \"case\", \"title\": \"T\", \"question\": \"Q?\", \"next\": \"N.\"}]}",
      "extraItems[0]", "\"source\" is required"
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"documents\": [{\"title\": \"Policy A\"}], \"extraItems\": [{\"id\": \"local:x\", \"level\": \"man\", \"title\": \"T\", \"question\": \"Q?\", \"next\": \"N.\", \"source\": {\"document\": \"Policy B\", \"section\": \"1\"}}]}",
      "extraItems[0].source.document", "not one of the \"documents\""
    ),
    (
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"extraItems\": [{\"id\": \"local:x\", \"level\": \"case\", \"title\": \"T\", \"question\": \"Q?\", \"next\": \"N.\", \"text\": \"x\", \"source\": {\"document\": \"D\", \"section\": \"1\"}}]}",
      "extraItems[0].text", "unknown key \"text\""
    ),
  ]

  @Test(arguments: invalid.indices)
  func anInvalidLocalFileNamesItsOneProblemAndPath(_ index: Int) {
    let (json, path, words) = Self.invalid[index]
    let problems = Self.problems(json)
    #expect(problems.count == 1, "\(json): \(problems.map(\.description))")
    #expect(problems.first?.path == path, "\(json)")
    #expect(
      problems.first?.description.contains(words) == true, "\(problems.first?.description ?? "")")
  }

  @Test func anExtraItemMayNotTakeAnIdAlreadyUsed() {
    let item =
      "{\"id\": \"local:x\", \"level\": \"case\", \"title\": \"T\", \"question\": \"Q?\", \"next\": \"N.\", \"source\": {\"document\": \"D\", \"section\": \"1\"}}"
    let problems = Self.problems(
      "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \"extraItems\": [\(item), \(item)]}"
    )
    #expect(problems.map(\.path) == ["extraItems[1].id"])
  }

  @Test func aSyntaxErrorIsOneProblem() {
    let problems = Self.problems("{\"format\": ")
    #expect(problems.count == 1)
    #expect(problems.first?.description.contains("not valid JSON") == true)
  }

  static let localRecord = """
    {"format": "seen-review/5", "id": "rev-local-1", "case": "LC-1", "role": "Health visitor",
     "men": [{"label": "Father", "relationship": "birth-father", "livesWithBaby": true,
              "answers": {"identified": "yes", "local:dad-pack": {"answer": "no", "note": "Not given yet"}}}],
     "answers": {"local:was-not-brought": "yes", "local:bruising-protocol": {"answer": "partly", "note": "Seen on day 3"}},
     "reflections": {}}
    """

  @Test func localAnswersNotDefinedHereAreKeptAndSavedBackUnchanged() throws {
    let record = try TestContent.record(Self.localRecord)
    #expect(
      record.undefinedLocalItems == [
        "local:bruising-protocol", "local:dad-pack", "local:was-not-brought",
      ])
    let saved = record.encoded()
    let again = try TestContent.record(saved)
    #expect(again == record)
    #expect(again.encoded() == saved)
    #expect(saved.contains("\"note\": \"Seen on day 3\""))
    // The report names them, by id and answer, never their notes.
    let report = GapAnalysis.report(for: record, content: TestContent.bundled)
    let text = GapReportRenderer(content: TestContent.bundled, text: TextOptions(width: 1000))
      .render(report, as: .text)
    #expect(text.contains("local:was-not-brought: local item (not defined here), answered yes"))
    #expect(text.contains("local:dad-pack: local item (not defined here), answered no"))
    #expect(!text.contains("Seen on day 3") && !text.contains("Not given yet"))
    #expect(report.gaps.allSatisfy { !$0.item.id.hasPrefix("local:") })
  }

  @Test func localAnswersDefinedByTheLocalFileAreReadAsAnswers() throws {
    let content = try Self.localContent()
    let record = try ReviewRecord.decode(
      Array(
        Self.localRecord.replacingOccurrences(
          of: ", \"local:dad-pack\": {\"answer\": \"no\", \"note\": \"Not given yet\"}", with: ""
        ).utf8),
      file: "r.json", content: content)
    #expect(record.undefinedLocalItems == [])
    #expect(record.answers["local:was-not-brought"]?.value == .yes)
    #expect(record.answers["local:bruising-protocol"]?.value == .partly)
  }

  @Test func anUnknownItemThatIsNotLocalIsStillRefused() {
    let error = TestContent.decodingError(
      Self.localRecord.replacingOccurrences(of: "local:was-not-brought", with: "was-not-brought"))
    #expect(error?.description.contains("unknown checklist item \"was-not-brought\"") == true)
  }

  @Test func reportAndSheetWithALocalFileMatchGoldenFiles() throws {
    let content = try Self.localContent()
    var record = try TestContent.example("two-men")
    record.answers["local:was-not-brought"] = Answer(.yes)
    let report = GapAnalysis.report(for: record, content: content, today: TestContent.today)
    for detail in ReportDetail.allCases {
      let renderer = GapReportRenderer(content: content, detail: detail)
      for format in [OutputFormat.text, .markdown, .json] where detail == .brief || format != .json
      {
        let suffix = detail == .brief ? "" : "-full"
        expectSnapshot(
          renderer.render(report, as: format),
          named: "report-two-men-local\(suffix).\(RendererSnapshotTests.extensions[format]!)",
          in: PackagePaths.snapshots())
      }
    }
    let text = GapReportRenderer(content: content, text: TextOptions(width: 1000)).render(
      report, as: .text)
    #expect(
      text.contains("Local procedures: Anyshire Safeguarding Children Partnership, version 2026-11")
    )
    #expect(
      text.contains(
        "Locally (Anyshire Safeguarding Children Partnership): Children's services front door"))
    let sheet = ReflectionSheet.filled(record: record, content: content, today: TestContent.today)
    for format in [OutputFormat.text, .markdown] {
      let output = SheetSnapshotTests.renderer.render(sheet, as: format)
      #expect(output.warnings == [])
      expectSnapshot(
        String(decoding: output.bytes, as: UTF8.self),
        named: "sheet-two-men-local.\(SheetSnapshotTests.extensions[format]!)",
        in: PackagePaths.snapshots())
    }
    let scenario = try #require(content.scenario("wiltshire"))
    let plan = try #require(WorkshopPlan(scenario: scenario, minutes: 45))
    for (name, pack) in [
      ("participant", ReflectionSheet.participantPack(scenario: scenario, content: content)),
      ("facilitator", .facilitatorPack(plan, content: content)),
    ] {
      let output = SheetSnapshotTests.renderer.render(pack, as: .text)
      expectSnapshot(
        String(decoding: output.bytes, as: UTF8.self), named: "\(name)-wiltshire-local.txt",
        in: PackagePaths.snapshots())
    }
    let contentText = ContentRenderer(content: content, text: TextOptions(width: 1000)).render(
      as: .text)
    #expect(contentText.contains("Local file: examples/local/anyshire.json"))
    #expect(
      ContentRenderer(content: TestContent.bundled).render(as: .text).contains("No local file"))
  }

  @Test func theGuidedReviewAsksThePartnershipsOwnItemsUnderItsName() throws {
    let content = try Self.localContent()
    var session = ReviewSession(content: content, today: TestContent.today)
    // Confidence, role, case, date; one man (label, relationship, lives with the baby, no more).
    for line in ["3", "", "LC-2", "", "", "1", "y", "n"] { _ = session.handle(line) }
    while case .item(let man, let id) = session.step, man != nil || !id.hasPrefix("local:") {
      let item = try #require(content.item(id))
      _ = session.handle(item.kind == .practice ? "y" : item.kind == .knowledge ? "a" : "n")
      if case .manStrengths = session.step { _ = session.handle("") }
    }
    #expect(session.step == .item(man: nil, id: "local:was-not-brought"))
    let prompt = session.prompt(width: 1000)
    #expect(prompt.contains("Locally (Anyshire Safeguarding Children Partnership)"), "\(prompt)")
    #expect(prompt.contains("was not brought"))
    _ = session.handle("y")
    #expect(session.record.answers["local:was-not-brought"] == Answer(.yes))
  }
}
