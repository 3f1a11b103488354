import Foundation
import SeenTestSupport
import XCTest

@testable import SeenKit

final class TeamSummaryTests: XCTestCase {
  let content = TestContent.bundled

  /// Three records with answers chosen so that every figure is known in advance.
  private func knownRecords() -> [ReviewRecord] {
    let a = ReviewRecord(
      role: "Health visitor",
      men: [
        ManRecord(
          label: "Father", relationship: .birthFather, livesWithBaby: true,
          answers: [
            "identified": Answer(.yes), "contacted": Answer(.yes), "history": Answer(.yes),
            "substance-use": Answer(.yes), "mental-health": Answer(.yes),
            "domestic-abuse": Answer(.yes),
            "plan": Answer(.na, note: "placed with family"), "substance-misuse": Answer(.present),
            "impulsivity": Answer(.absent),
          ]),
        ManRecord(
          label: "Partner", relationship: .partner, livesWithBaby: nil,
          answers: [
            "identified": Answer(.partly), "plan": Answer(.na), "impulsivity": Answer(.unknown),
          ]),
      ],
      answers: ["supervision": Answer(.yes)])
    let b = ReviewRecord(
      role: "Social worker",
      men: [
        ManRecord(
          label: "Father", relationship: .birthFather, livesWithBaby: false,
          answers: [
            "identified": Answer(.yes), "contacted": Answer(.no),
            "substance-misuse": Answer(.unknown),
          ])
      ],
      answers: ["supervision": Answer(.no), "all-men-identified": Answer(.unknown)])
    let c = ReviewRecord(role: "Health visitor")
    return [a, b, c]
  }

  func summary(_ records: [ReviewRecord], by field: SummaryField? = nil) -> GroupedSummary {
    var summary = GroupedSummary(field: field)
    for record in records { summary.add(record, content: content) }
    return summary
  }

  func testEveryFigureOfKnownRecords() throws {
    let result = summary(knownRecords()).overall
    XCTAssertEqual(result.reviews, 3)
    XCTAssertEqual(result.men, 3)
    XCTAssertEqual(result.relationships, [.birthFather: 2, .partner: 1])
    XCTAssertEqual(result.livesWithBaby, [true: 1, false: 1, nil: 1])
    XCTAssertEqual(result.visibility, [.seen: 1, .unseen: 2])
    var identified = AnswerCounts()
    identified.yes = 2
    identified.partly = 1
    XCTAssertEqual(result.counts("identified"), identified)
    var plan = AnswerCounts()
    plan.na = 2
    plan.naWithReason = 1
    plan.unanswered = 1
    XCTAssertEqual(result.counts("plan"), plan)
    XCTAssertEqual(result.counts("plan").inPlace, 1)
    // Case-level items are counted once per review, including the review with no men.
    var supervision = AnswerCounts()
    supervision.yes = 1
    supervision.no = 1
    supervision.unanswered = 1
    XCTAssertEqual(result.counts("supervision"), supervision)
    XCTAssertEqual(result.counts("all-men-identified").unknown, 1)
    XCTAssertEqual(result.counts("all-men-identified").unanswered, 2)
    var substance = AnswerCounts()
    substance.present = 1
    substance.unknown = 1
    substance.unanswered = 1
    XCTAssertEqual(result.counts("substance-misuse"), substance)
    XCTAssertEqual(result.counts("impulsivity").absent, 1)
    XCTAssertEqual(result.counts("impulsivity").unknown, 1)
  }

  func testJSONCarriesTheFiguresAndCSVParsesBackToThem() throws {
    let grouped = summary(knownRecords())
    let renderer = SummaryRenderer(content: content)
    let json =
      try JSONSerialization.jsonObject(with: Data(renderer.render(grouped, as: .json).utf8))
      as? [String: Any]
    XCTAssertEqual(json?["reviews"] as? Int, 3)
    XCTAssertEqual(json?["men"] as? Int, 3)
    XCTAssertEqual(json?["skipped"] as? Int, 0)
    XCTAssertEqual(
      json?["visibility"] as? [String: Int],
      ["seen": 1, "partly-seen": 0, "contact-planned-for-safety": 0, "unseen": 2])
    XCTAssertEqual(
      json?["relationships"] as? [String: Int],
      [
        "birth-father": 2, "step-father": 0, "partner": 1, "ex-partner": 0, "other-male-carer": 0,
        "unknown": 0,
      ])
    let items = json?["items"] as? [[String: Any]] ?? []
    XCTAssertEqual(items.count, content.checklist.filter { $0.kind == .practice }.count)
    let identified = items.first { $0["id"] as? String == "identified" }
    XCTAssertEqual(identified?["yes"] as? Int, 2)
    XCTAssertEqual(identified?["partly"] as? Int, 1)
    XCTAssertEqual(identified?["unanswered"] as? Int, 0)
    let factors = json?["riskFactors"] as? [[String: Any]] ?? []
    let substance = factors.first { $0["id"] as? String == "substance-misuse" }
    XCTAssertEqual(substance?["present"] as? Int, 1)
    XCTAssertEqual(substance?["unknown"] as? Int, 1)
    XCTAssertEqual(substance?["unanswered"] as? Int, 1)

    let csv = renderer.render(grouped, as: .csv)
    XCTAssert(csv.hasPrefix("group,value,section,id,figure,count,percent\r\n"))
    let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    func count(_ section: String, _ id: String, _ figure: String) -> Int? {
      rows.first { $0[0] == "all" && $0[2] == section && $0[3] == id && $0[4] == figure }.flatMap {
        Int($0[5])
      }
    }
    XCTAssertEqual(count("reviews", "all", "count"), 3)
    XCTAssertEqual(count("visibility", "unseen", "men"), 2)
    XCTAssertEqual(count("item", "identified", "yes"), 2)
    XCTAssertEqual(count("item", "plan", "na-with-reason"), 1)
    XCTAssertEqual(count("item", "supervision", "unanswered"), 1)
    XCTAssertEqual(count("risk-factor", "substance-misuse", "present"), 1)
    for item in items {
      guard let id = item["id"] as? String else { continue }
      for figure in ["yes", "partly", "no", "unknown", "na", "unanswered"] {
        XCTAssertEqual(count("item", id, figure), item[figure] as? Int, "\(id) \(figure)")
      }
    }
  }

  func testSameRecordsInAnyOrderGiveTheSameBytes() {
    let records = knownRecords()
    let renderer = SummaryRenderer(content: content)
    for format in SummaryRenderer.formats {
      let forward = renderer.render(summary(records, by: .role), as: format)
      let backward = renderer.render(summary(records.reversed(), by: .role), as: format)
      XCTAssertEqual(forward, backward, "\(format)")
    }
  }

  func testMergingPartsEqualsCountingAll() {
    let records = knownRecords()
    var left = summary(Array(records.prefix(1)), by: .role)
    left.merge(summary(Array(records.dropFirst()), by: .role))
    XCTAssertEqual(left, summary(records, by: .role))
  }

  func testGroupsByRole() {
    let grouped = summary(knownRecords(), by: .role)
    XCTAssertEqual(grouped.groupNames, ["Health visitor", "Social worker"])
    XCTAssertEqual(grouped.groups["Health visitor"]?.reviews, 2)
    XCTAssertEqual(grouped.groups["Health visitor"]?.men, 2)
    XCTAssertEqual(grouped.groups["Social worker"]?.visibility, [.unseen: 1])
    var noRole = ReviewRecord()
    noRole.men = [ManRecord(label: "Father")]
    var withMissing = grouped
    withMissing.add(noRole, content: content)
    XCTAssertEqual(withMissing.groupNames.last, SummaryField.notRecorded)
  }

  func testWeakestPracticeComesFirst() {
    let order = summary(knownRecords()).overall.practiceItemsWeakestFirst(content: content).map(
      \.id)
    let result = summary(knownRecords()).overall
    let shares = order.map {
      Double(result.counts($0).inPlace) / Double(max(result.counts($0).total, 1))
    }
    XCTAssertEqual(shares, shares.sorted())
  }

  func testPercentagesAreRoundedInIntegers() {
    XCTAssertEqual(SummaryRenderer.percent(1, of: 3), "33.3")
    XCTAssertEqual(SummaryRenderer.percent(2, of: 3), "66.7")
    XCTAssertEqual(SummaryRenderer.percent(0, of: 0), "0.0")
    XCTAssertEqual(SummaryRenderer.percent(7, of: 7), "100.0")
  }

  func testNothingIdentifyingReachesTheSummary() {
    var records = knownRecords()
    records[0].caseReference = "SECRET-CASE-REF"
    records[0].men[0].label = "Secret Label"
    records[0].men[0].answers["contacted"] = Answer(.no, note: "secret note")
    let renderer = SummaryRenderer(content: content)
    for format in SummaryRenderer.formats {
      let output = renderer.render(summary(records, by: .role), as: format)
      XCTAssertFalse(
        output.contains("SECRET") || output.contains("Secret") || output.contains("secret"),
        "\(format)")
    }
  }

  func testCSVFieldsAreQuotedAndDefusedForSpreadsheets() {
    XCTAssertEqual(CSVWriter.field("Health visitor"), "Health visitor")
    XCTAssertEqual(CSVWriter.field("Nurse, \"senior\""), "\"Nurse, \"\"senior\"\"\"")
    XCTAssertEqual(CSVWriter.field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"")
    XCTAssertEqual(CSVWriter.field("-5"), "-5")
  }

  func testSummaryGoldenFiles() {
    var examples: [ReviewRecord] = []
    for name in ["few-gaps", "unseen-father", "two-men"] {
      if let record = try? TestContent.example(name) { examples.append(record) }
    }
    var grouped = summary(examples, by: .role)
    grouped.skipped = 1
    let renderer = SummaryRenderer(content: content)
    for (format, ext) in [
      (OutputFormat.text, "txt"), (.markdown, "md"), (.csv, "csv"), (.json, "json"),
      (.html, "html"),
    ] {
      assertSnapshot(
        renderer.render(grouped, as: format), named: "summary-examples.\(ext)",
        in: PackagePaths.snapshots())
    }
  }
}

/// The summary on paper: the one layout written as a PDF, checked as the report's is.
extension TeamSummaryTests {
  func testPDFSummaryIsValidAndDrawsTheGoldenText() throws {
    var examples: [ReviewRecord] = []
    for name in ["few-gaps", "unseen-father", "two-men"] {
      examples.append(try TestContent.example(name))
    }
    let output = SummaryRenderer(content: content).output(summary(examples, by: .role), as: .pdf)
    XCTAssertEqual(output.warnings, [])
    let pdf = ParsedPDF(output.bytes)
    XCTAssertTrue(pdf.text.hasPrefix("%PDF-1.4\n"))
    let (size, offsets) = try pdf.crossReference()
    XCTAssertEqual(offsets.count, size - 1)
    XCTAssertTrue(pdf.text.contains("/Title (Team summary)"))
    XCTAssertFalse(pdf.text.contains("/CreationDate"), "dated only when the caller asks")
    let text = pdf.searchableText()
    for words in [
      "Men by relationship to the baby", "Practice, weakest first", "role: Health visitor",
      "What is not known: 87.5% of the answers",
    ] {
      XCTAssertTrue(text.contains(words), words)
    }
    assertSnapshot(
      ReportPrintTests.pageText(output.bytes), named: "summary-examples.pdf.txt",
      in: PackagePaths.snapshots())
  }

  /// A group's name is typed text: made safe in every format, and a character the PDF's fonts
  /// cannot show is one warning, never a crash or a missing word.
  func testGroupNamesAreMadeSafeInEveryFormat() {
    let records = [
      ReviewRecord(role: "Nurse <b>*x*</b> | \u{1B}[31mred"), ReviewRecord(role: "Ηλίας"),
    ]
    let renderer = SummaryRenderer(content: content)
    let grouped = summary(records, by: .role)
    XCTAssertFalse(renderer.render(grouped, as: .html).contains("<b>"))
    XCTAssertTrue(renderer.render(grouped, as: .markdown).contains("\\*x\\*"))
    XCTAssertFalse(renderer.render(grouped, as: .text).contains("\u{1B}"))
    XCTAssertEqual(renderer.output(grouped, as: .pdf).warnings.count, 1)
  }
}

extension TeamSummaryTests {
  /// Older records typed roles in any case: grouped, they are one role.
  func testRolesGroupThroughTheOneList() {
    let records = [
      ReviewRecord(role: "social worker"), ReviewRecord(role: "Social worker"),
      ReviewRecord(role: " SOCIAL  WORKER "), ReviewRecord(role: "Community midwife"),
      ReviewRecord(role: "hv"),
    ]
    let grouped = summary(records, by: .role)
    XCTAssertEqual(grouped.groupNames, ["Community midwife", "Social worker", "hv"])
    XCTAssertEqual(grouped.groups["Social worker"]?.reviews, 3)
  }
}
