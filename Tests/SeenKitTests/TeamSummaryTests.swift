import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

@Suite struct TeamSummaryTests {
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

  @Test func everyFigureOfKnownRecords() throws {
    let result = summary(knownRecords()).overall
    #expect(result.reviews == 3)
    #expect(result.men == 3)
    #expect(result.relationships == [.birthFather: 2, .partner: 1])
    #expect(result.livesWithBaby == [true: 1, false: 1, nil: 1])
    #expect(result.visibility == [.seen: 1, .unseen: 2])
    var identified = AnswerCounts()
    identified.yes = 2
    identified.partly = 1
    #expect(result.counts("identified") == identified)
    var plan = AnswerCounts()
    plan.na = 2
    plan.naWithReason = 1
    plan.unanswered = 1
    #expect(result.counts("plan") == plan)
    #expect(result.counts("plan").inPlace == 1)
    // Case-level items are counted once per review, including the review with no men.
    var supervision = AnswerCounts()
    supervision.yes = 1
    supervision.no = 1
    supervision.unanswered = 1
    #expect(result.counts("supervision") == supervision)
    #expect(result.counts("all-men-identified").unknown == 1)
    #expect(result.counts("all-men-identified").unanswered == 2)
    var substance = AnswerCounts()
    substance.present = 1
    substance.unknown = 1
    substance.unanswered = 1
    #expect(result.counts("substance-misuse") == substance)
    #expect(result.counts("impulsivity").absent == 1)
    #expect(result.counts("impulsivity").unknown == 1)
  }

  @Test func jsonCarriesTheFiguresAndCSVParsesBackToThem() throws {
    let grouped = summary(knownRecords())
    let renderer = SummaryRenderer(content: content, suppress: false)
    let json =
      try JSONSerialization.jsonObject(with: Data(renderer.render(grouped, as: .json).utf8))
      as? [String: Any]
    #expect((json?["reviews"] as? Int) == 3)
    #expect((json?["men"] as? Int) == 3)
    #expect((json?["skipped"] as? Int) == 0)
    #expect(
      (json?["visibility"] as? [String: Int]) == [
        "seen": 1, "partly-seen": 0, "contact-planned-for-safety": 0, "unseen": 2,
      ])
    #expect(
      (json?["relationships"] as? [String: Int]) == [
        "birth-father": 2, "step-father": 0, "partner": 1, "ex-partner": 0, "other-male-carer": 0,
        "unknown": 0,
      ])
    let items = json?["items"] as? [[String: Any]] ?? []
    #expect(items.count == content.checklist.filter { $0.kind == .practice }.count)
    let identified = items.first { $0["id"] as? String == "identified" }
    #expect((identified?["yes"] as? Int) == 2)
    #expect((identified?["partly"] as? Int) == 1)
    #expect((identified?["unanswered"] as? Int) == 0)
    let factors = json?["riskFactors"] as? [[String: Any]] ?? []
    let substance = factors.first { $0["id"] as? String == "substance-misuse" }
    #expect((substance?["present"] as? Int) == 1)
    #expect((substance?["unknown"] as? Int) == 1)
    #expect((substance?["unanswered"] as? Int) == 1)

    let csv = renderer.render(grouped, as: .csv)
    #expect(csv.hasPrefix("group,value,section,id,figure,count,percent\r\n"))
    let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    func count(_ section: String, _ id: String, _ figure: String) -> Int? {
      rows.first { $0[0] == "all" && $0[2] == section && $0[3] == id && $0[4] == figure }.flatMap {
        Int($0[5])
      }
    }
    #expect(count("reviews", "all", "count") == 3)
    #expect(count("visibility", "unseen", "men") == 2)
    #expect(count("item", "identified", "yes") == 2)
    #expect(count("item", "plan", "na-with-reason") == 1)
    #expect(count("item", "supervision", "unanswered") == 1)
    #expect(count("risk-factor", "substance-misuse", "present") == 1)
    for item in items {
      guard let id = item["id"] as? String else { continue }
      for figure in ["yes", "partly", "no", "unknown", "na", "unanswered"] {
        #expect(count("item", id, figure) == (item[figure] as? Int), "\(id) \(figure)")
      }
    }
  }

  @Test func sameRecordsInAnyOrderGiveTheSameBytes() {
    let records = knownRecords()
    let renderer = SummaryRenderer(content: content)
    for format in SummaryRenderer.formats {
      let forward = renderer.render(summary(records, by: .role), as: format)
      let backward = renderer.render(summary(records.reversed(), by: .role), as: format)
      #expect(forward == backward, "\(format)")
    }
  }

  @Test func mergingPartsEqualsCountingAll() {
    let records = knownRecords()
    var left = summary(Array(records.prefix(1)), by: .role)
    left.merge(summary(Array(records.dropFirst()), by: .role))
    #expect(left == summary(records, by: .role))
  }

  @Test func groupsByRole() {
    let grouped = summary(knownRecords(), by: .role)
    #expect(grouped.groupNames == ["Health visitor", "Social worker"])
    #expect(grouped.groups["Health visitor"]?.reviews == 2)
    #expect(grouped.groups["Health visitor"]?.men == 2)
    #expect(grouped.groups["Social worker"]?.visibility == [.unseen: 1])
    var noRole = ReviewRecord()
    noRole.men = [ManRecord(label: "Father")]
    var withMissing = grouped
    withMissing.add(noRole, content: content)
    #expect(withMissing.groupNames.last == SummaryField.notRecorded)
  }

  @Test func weakestPracticeComesFirst() {
    let order = summary(knownRecords()).overall.practiceItemsWeakestFirst(content: content).map(
      \.id)
    let result = summary(knownRecords()).overall
    // The items some review answered, weakest first; those no review answered after them.
    let answered = order.prefix { result.counts($0).isAnswered }
    #expect(order.dropFirst(answered.count).allSatisfy { !result.counts($0).isAnswered })
    let shares = answered.map {
      Double(result.counts($0).inPlace) / Double(max(result.counts($0).total, 1))
    }
    #expect(shares == shares.sorted())
  }

  @Test func percentagesAreRoundedInIntegers() {
    #expect(SummaryRenderer.percent(1, of: 3) == "33.3")
    #expect(SummaryRenderer.percent(2, of: 3) == "66.7")
    #expect(SummaryRenderer.percent(0, of: 0) == "0.0")
    #expect(SummaryRenderer.percent(7, of: 7) == "100.0")
  }

  @Test func nothingIdentifyingReachesTheSummary() {
    var records = knownRecords()
    records[0].caseReference = "SECRET-CASE-REF"
    records[0].men[0].label = "Secret Label"
    records[0].men[0].answers["contacted"] = Answer(.no, note: "secret note")
    let renderer = SummaryRenderer(content: content)
    for format in SummaryRenderer.formats {
      let output = renderer.render(summary(records, by: .role), as: format)
      #expect(
        !(output.contains("SECRET") || output.contains("Secret") || output.contains("secret")),
        "\(format)")
    }
  }

  @Test func csvFieldsAreQuotedAndDefusedForSpreadsheets() {
    #expect(CSVWriter.field("Health visitor") == "Health visitor")
    #expect(CSVWriter.field("Nurse, \"senior\"") == "\"Nurse, \"\"senior\"\"\"")
    #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVWriter.field("-5") == "-5")
  }

  @Test func summaryGoldenFiles() {
    var examples: [ReviewRecord] = []
    for name in ["few-gaps", "unseen-father", "two-men"] {
      if let record = try? TestContent.example(name) { examples.append(record) }
    }
    var grouped = summary(examples, by: .role)
    grouped.skipped = 1
    // Every figure shown, to see the layout; `smallNumbersGoldenFile` withholds them.
    let renderer = SummaryRenderer(content: content, suppress: false)
    for (format, ext) in [
      (OutputFormat.text, "txt"), (.markdown, "md"), (.csv, "csv"), (.json, "json"),
      (.html, "html"),
    ] {
      expectSnapshot(
        renderer.render(grouped, as: format), named: "summary-examples.\(ext)",
        in: PackagePaths.snapshots())
    }
  }
}

/// The summary on paper: the one layout written as a PDF, checked as the report's is.
extension TeamSummaryTests {
  @Test func pdfSummaryIsValidAndDrawsTheGoldenText() throws {
    var examples: [ReviewRecord] = []
    for name in ["few-gaps", "unseen-father", "two-men"] {
      examples.append(try TestContent.example(name))
    }
    let output = SummaryRenderer(content: content, suppress: false).output(
      summary(examples, by: .role), as: .pdf)
    #expect(output.warnings == [])
    let pdf = ParsedPDF(output.bytes)
    #expect(pdf.text.hasPrefix("%PDF-1.4\n"))
    let (size, offsets) = try pdf.crossReference()
    #expect(offsets.count == size - 1)
    #expect(pdf.text.contains("/Title (Team summary)"))
    #expect(!pdf.text.contains("/CreationDate"), "dated only when the caller asks")
    let text = pdf.searchableText()
    for words in [
      "Men by relationship to the baby", "Practice, weakest first", "By role, side by side",
      "Health visitor", "What is not known: 53.1% of the answers",
    ] {
      #expect(text.contains(words), Comment(rawValue: words))
    }
    expectSnapshot(
      ReportPrintTests.pageText(output.bytes), named: "summary-examples.pdf.txt",
      in: PackagePaths.snapshots())
  }

  /// A group's name is typed text: made safe in every format, and a character the PDF's fonts
  /// cannot show is one warning, never a crash or a missing word.
  @Test func groupNamesAreMadeSafeInEveryFormat() {
    let records = [
      ReviewRecord(role: "Nurse <b>*x*</b> | \u{1B}[31mred"), ReviewRecord(role: "Ηλίας"),
    ]
    // Every figure shown, so that the groups' titles are written.
    let renderer = SummaryRenderer(content: content, suppress: false)
    let grouped = summary(records, by: .role)
    #expect(!renderer.render(grouped, as: .html).contains("<b>"))
    #expect(renderer.render(grouped, as: .markdown).contains("\\*x\\*"))
    #expect(!renderer.render(grouped, as: .text).contains("\u{1B}"))
    #expect(renderer.output(grouped, as: .pdf).warnings.count == 1)
  }
}

extension TeamSummaryTests {
  /// Older records typed roles in any case: grouped, they are one role.
  @Test func rolesGroupThroughTheOneList() {
    let records = [
      ReviewRecord(role: "social worker"), ReviewRecord(role: "Social worker"),
      ReviewRecord(role: " SOCIAL  WORKER "), ReviewRecord(role: "Community midwife"),
      ReviewRecord(role: "hv"),
    ]
    let grouped = summary(records, by: .role)
    #expect(grouped.groupNames == ["Community midwife", "hv", "Social worker"], "case aside")
    #expect(grouped.groups["Social worker"]?.reviews == 3)
  }
}
