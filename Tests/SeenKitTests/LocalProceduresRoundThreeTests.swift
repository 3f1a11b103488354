import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Issue 17, review round 3: the example's wording, links under a safe step, invisible
/// characters, the review cited in other fields, phrase warnings with a little tolerance, line
/// order and duplicates, and the citations of the content's own safety advice.
@Suite struct LocalProceduresRoundThreeTests {
  static func checked(_ json: String) -> (problems: [String], warnings: [String]) {
    let result = LocalProcedures.checked(Array(json.utf8), file: nil, content: TestContent.bundled)
    return (result.problems.map(\.description), result.warnings.map(\.description))
  }

  static func local(_ rest: String) -> String {
    "{\"format\": \"seen-local/1\", \"partnership\": \"P\", \"version\": \"1\", \(rest)}"
  }

  /// The example partnerships copy speaks of no man as an abuser, and keeps MARAC's threshold.
  @Test func theExampleModelsSafeLabelFreeWording() throws {
    let local = try LocalProceduresTests.example()
    let texts = local.additions.flatMap { [$0.addition.locally, $0.addition.locallyForSafety] }
      .compactMap { $0 }
    #expect(!texts.contains { $0.contains("used abuse") })
    let contacted = try #require(local.addition("contacted")?.locallyForSafety)
    #expect(contacted.hasPrefix("Do not invite him until contact is planned for safety"))
    let abuse = try #require(local.addition("domestic-abuse"))
    for step in [abuse.locally, abuse.locallyForSafety] {
      #expect(
        step?.contains(
          "where the risk meets the threshold, the domestic abuse hub for MARAC; an IDVA for the mother"
        ) == true)
    }
  }

  /// Beside a safe form, an addition without `locallyForSafety` shows nothing, links too;
  /// `--check` warns about it.
  @Test func anAdditionWithoutAStepForSafetyShowsNothingBesideASafeFormAndIsWarnedAbout() {
    let addition = LocalProcedures.Addition(
      locally: "Invite him to the Dads' group.", locallyForSafety: nil,
      links: [.init(title: "Dads' group", url: "https://example.org/dads")])
    #expect(LocalProcedures.line(addition, safeForm: true) == nil)
    #expect(
      LocalProcedures.line(addition)?.contains("Dads' group: https://example.org/dads") == true)
    var safe = addition
    safe.locallyForSafety = "Decide with your manager first."
    #expect(LocalProcedures.line(safe, safeForm: true)?.contains("example.org/dads") == true)
    let result = Self.checked(
      Self.local(
        "\"items\": {\"contacted\": {\"locally\": \"Invite him.\"}, \"supervision\": {\"locally\": \"Talk.\", \"locallyForSafety\": \"Talk now.\"}}"
      ))
    #expect(result.problems == [])
    #expect(result.warnings.count == 1)
    #expect(
      result.warnings.first?.contains(
        "at items.contacted: \"contacted\" has a safe form in the review but no \"locallyForSafety\", so its local step and links are not shown where contact is planned for safety"
      ) == true, "\(result.warnings)")
  }

  /// Every format character and default-ignorable code point is refused, with its path.
  @Test func everyInvisibleCharacterIsRefused() {
    for invisible in [
      "\u{034F}", "\u{115F}", "\u{1160}", "\u{17B4}", "\u{180E}", "\u{3164}", "\u{FFA0}",
      "\u{FFF0}", "\u{FFF9}", "\u{E0041}", "\u{1D173}", "\u{206A}", "\u{0600}", "\u{FE0F}",
    ] {
      let json = Self.local(
        "\"contacts\": [{\"role\": \"Front door\", \"how\": \"03\(invisible)00\"}]")
      let problems = Self.checked(json).problems
      #expect(problems.count == 1, "\(invisible.debugDescription)")
      #expect(
        problems.first?.contains("at contacts[0].how: the text holds invisible characters") == true,
        "\(invisible.debugDescription): \(problems)")
    }
  }

  /// No other field may name the review or cite it in seen's style; near misses of its name are
  /// refused as a source; one problem per field.
  @Test func otherFieldsMayNotCiteTheReviewAndNearMissesAreRefused() {
    let item = { (document: String, extra: String) in
      "{\"id\": \"local:x\", \"level\": \"case\", \"title\": \"X\", \"question\": \"Q?\", \"next\": \"N.\", \"source\": {\"document\": \"\(document)\", \"section\": \"1\"}\(extra)}"
    }
    for name in [
      "Myth of Invisible Man", "Myth Invisible Men", "Myth of Invisble Men",
      "Myth of Inv\u{0456}s\u{0456}ble Men", "CSPRP guidance", "Invisible Men protocol",
      "Child Safeguarding Practise Reveiw Panel",
    ] {
      let problems = Self.checked(Self.local("\"extraItems\": [\(item(name, ""))]")).problems
      #expect(problems.count == 1, "\(name): \(problems)")
      #expect(problems.first?.contains("at extraItems[0].source.document") == true, "\(name)")
    }
    for field in ["why", "nextForSafety"] {
      let problems = Self.checked(
        Self.local(
          "\"extraItems\": [\(item("Anyshire protocol", ", \"\(field)\": \"As the review says (Myth of Invisible Men, 19.6).\""))]"
        )
      ).problems
      #expect(problems.count == 1, "\(field): \(problems)")
      #expect(
        problems.first?.contains("at extraItems[0].\(field): the text names the review") == true)
    }
    let steps = Self.checked(
      Self.local(
        "\"items\": {\"identified\": {\"locally\": \"See Myth of Invisible Men, 9.7.\", \"locallyForSafety\": \"Ask (Foundations, Working with male carers, 4).\"}}"
      )
    ).problems
    #expect(steps.count == 2, "\(steps)")
    // A local policy of its own name passes.
    #expect(
      Self.checked(Self.local("\"extraItems\": [\(item("Anyshire Was Not Brought protocol", ""))]"))
        .problems == [])
  }

  /// The avoid list allows two words between its key words, reads through invisible
  /// characters, and does not take "the mother's friend" for the mother.
  @Test func phraseWarningsAllowALittleTolerance() {
    let phrases = { (text: String) in LocalProcedures.avoidedPhrases(in: text).map(\.phrase) }
    #expect(phrases("Share the safety plan with him.") == ["share the plan with him"])
    #expect(phrases("Share the plan with the father.") == ["share the plan with him"])
    #expect(phrases("Send a letter to the family home.") == ["send a letter to the home"])
    #expect(phrases("Write to him at home.") == ["write to him at home"])
    #expect(phrases("Ask the baby's mother what happened.") == ["ask the mother"])
    #expect(phrases("Ask the baby's mum, alone, what happened.") == [])
    #expect(phrases("Ask the mother's friend what she saw.") == [])
    #expect(phrases("Let him know what the mother said.") == ["let him know what she said"])
    #expect(phrases("Let him know what she said.") == ["let him know what she said"])
    #expect(phrases("Ask him about his relationship.") == ["ask him about the relationship"])
    #expect(phrases("Share the pl\u{200B}an with him.") == ["share the plan with him"])
    // Key words too far apart, or in another sentence, are not the phrase.
    #expect(phrases("Share nothing about the plan or its details with him.") == [])
    #expect(phrases("Send a letter. Go to the home.") == [])
  }

  /// Problems in line order; duplicate roles and document titles flagged.
  @Test func problemsAreInLineOrderWithDuplicatesFlagged() {
    let json = """
      {"format": "seen-local/1", "partnership": "P", "version": "1",
       "extraItems": [{"id": "local:x", "level": "case", "title": "X", "question": "Q?",
         "next": "N.", "source": {"document": "Myth of Invisible Men", "section": "1"}}],
       "documents": [{"title": "Policy A"}, {"title": "policy  a"}],
       "contacts": [{"role": "Front door", "how": "1"}, {"role": "FRONT DOOR", "how": "2"}]}
      """
    let problems = Self.checked(json).problems
    #expect(problems.count == 3, "\(problems)")
    #expect(
      problems.map { $0.split(separator: ",").first.map(String.init) ?? "" } == [
        "line 3", "line 4", "line 5",
      ])
    #expect(problems[1].contains("the document \"policy  a\" is listed twice"))
    #expect(problems[2].contains("the role \"FRONT DOOR\" is listed twice"))
  }

  /// A list over the limit is named once, and only its first entries are read.
  @Test func aHugeListIsNamedOnceAndNotReadToTheEnd() {
    let contacts = (0..<20_000).map { "{\"role\": \"R\", \"how\": \"\($0)\"}" }
    let problems = Self.checked(Self.local("\"contacts\": [\(contacts.joined(separator: ","))]"))
      .problems
    #expect(problems.count == LocalProcedures.mostEntries, "one for the list, the rest duplicates")
    #expect(problems.first?.contains("the list has 20000 entries") == true)
  }

  /// Each sentence of the safety advice cites only paragraphs that say it.
  @Test func safetyAdviceCitesOnlyWhatSupportsIt() throws {
    let safety = TestContent.bundled.safety
    let checks = try #require(safety.points.first { $0.advice.contains("Before a first contact") })
    #expect(checks.sources.map(\.section) == ["9.8"])
    let refer = try #require(safety.concernRoute.first)
    // The advice names adults' services (13.12) and the review's concern (13.13); the brief
    // refers, and never turns 13.13's concern into an instruction stronger than the review's.
    #expect(refer.sources.map(\.section) == ["13.12, 13.13"])
    #expect(refer.brief?.contains("less well defined") == false)
    #expect(refer.advice.contains("appear to refer"))
    for advice in [safety.combine.next, safety.combine.share, safety.combine.shareSensitive] {
      #expect(advice.sources.map(\.section) == ["9.9"], "\(advice.advice)")
    }
  }
}
