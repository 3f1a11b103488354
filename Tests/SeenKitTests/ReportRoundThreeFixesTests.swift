import Foundation
import Testing

@testable import SeenKit

/// The report and sheet fixes of issue 19, review round 3: fear raised in supervision is never
/// lost to the practitioner's "no", and names the man; the sheet's safety reminder and boxes;
/// a sensitive action still says what it is about; a safe form keeps its guidance marker; the
/// summary answers 18.4 from the supervisions.
@Suite struct ReportRoundThreeFixesTests {
  let content = TestContent.bundled
  let today = TestContent.today

  private func text(_ report: GapReport) -> String {
    GapReportRenderer(content: content, text: TextOptions(width: 1000)).render(report, as: .text)
  }

  private func fearStep(_ report: GapReport) -> String? {
    report.firstSteps.first { $0.item.id == SafetyItems.fear }?.advice.briefAdvice
  }

  private func supervision(support: [SupervisionRecord.Support] = [], about: [String]? = nil)
    -> SupervisionRecord
  {
    var supervision = SupervisionRecord(date: today, role: "Safeguarding lead")
    supervision.menDiscussed = true
    supervision.fearRaised = true
    supervision.fearAbout = about
    supervision.support = support
    return supervision
  }

  /// The practitioner's "no" beside a supervision that recorded fear raised: the step stays,
  /// with and without support, and both answers are shown.
  @Test func fearRaisedInSupervisionStaysAStepWhenThePractitionerAnsweredNo() throws {
    var record = try TestContent.example("safety-refuge")
    #expect(record.answers[SafetyItems.fear]?.value == .no)
    #expect(fearStep(GapAnalysis.report(for: record, content: content, today: today)) == nil)
    for support in [[SupervisionRecord.Support.jointVisits], []] {
      record.supervisions = [supervision(support: support)]
      let report = GapAnalysis.report(for: record, content: content, today: today)
      let step = try #require(fearStep(report), "support \(support)")
      #expect(step.hasPrefix("Fear was raised in supervision (2026-12-03)"))
      #expect(
        step.contains(support.isEmpty ? "no support recorded" : "support agreed: joint visits"))
      let gap = try #require(report.gaps.first { $0.item.id == SafetyItems.fear })
      #expect(gap.kind == .raisedInSupervision)
      let words = text(report)
      #expect(
        words.contains(
          "Practitioner fear: no, while the supervision of 2026-12-03 recorded fear or anxiety raised"
        ))
      #expect(words.contains("The practitioner's own answer to \"Practitioner fear\" is no"))
    }
    // The step is the same as with the answer left out.
    record.supervisions = [supervision(support: [.jointVisits])]
    let withNo = fearStep(GapAnalysis.report(for: record, content: content, today: today))
    record.answers[SafetyItems.fear] = nil
    #expect(fearStep(GapAnalysis.report(for: record, content: content, today: today)) == withNo)
    // Answered yes: the safety section's "You" line, and no gap.
    record.answers[SafetyItems.fear] = Answer(.yes)
    let yes = GapAnalysis.report(for: record, content: content, today: today)
    #expect(!yes.gaps.contains { $0.item.id == SafetyItems.fear })
    #expect(text(yes).contains("You: Fear was raised in supervision (2026-12-03)"))
    // Fear recorded as not raised: the practitioner's "no" stands, no step.
    record.answers[SafetyItems.fear] = Answer(.no)
    record.supervisions[0].fearRaised = false
    record.supervisions[0].support = []
    #expect(fearStep(GapAnalysis.report(for: record, content: content, today: today)) == nil)
  }

  /// "Do not visit him alone" names him where the supervision recorded whom it was about.
  @Test func theFearStepNamesTheManItWasRaisedAbout() throws {
    var record = try TestContent.example("two-men")
    record.supervisions = [supervision(support: [.coWorking], about: ["Mother's partner"])]
    let step = try #require(
      fearStep(GapAnalysis.report(for: record, content: content, today: today)))
    #expect(step.contains("(2026-12-03) about Mother's partner; support agreed: co-working"))
    #expect(step.contains("do not visit Mother's partner alone"))
    #expect(!step.contains("him"))
    record.supervisions = [supervision(about: ["Father", "Mother's partner"])]
    let both = try #require(
      fearStep(GapAnalysis.report(for: record, content: content, today: today)))
    #expect(both.contains("about Father and Mother's partner, no support recorded"))
    #expect(both.contains("do not visit Father and Mother's partner alone"))
  }

  /// The sheet's agreed-actions box reminds of planning for safety where safety is not yet
  /// known too, and on the blank sheet.
  @Test func theAgreedActionsBoxRemindsOfSafetyWhereItIsNotKnown() throws {
    let reminder = "Contact with a man is planned for safety: agree it with your manager"
    let record = try TestContent.example("two-men")
    #expect(!record.hasRecordedSafetyCondition)
    // The box's borders and line ends out, and its words joined by single spaces.
    let words = { (sheet: ReflectionSheet) in
      SheetRenderer().renderText(sheet, as: .text).split { " \n|".contains($0) }.joined(
        separator: " ")
    }
    let sheet = words(.filled(record: record, content: content))
    #expect(sheet.contains("Not yet known whether there is"))
    #expect(sheet.contains(reminder))
    #expect(words(.blank(content: content)).contains(reminder))
  }

  /// "Practitioner fear" takes yes, no or not known: the sheet offers those boxes only.
  @Test func theSheetOffersPractitionerFearItsOwnAnswers() throws {
    let blocks = ReflectionSheet.checklists(content, columns: ["Man 1"]) { _, _ in .init() }
    let rows = blocks.flatMap { block -> [[Table.Cell]] in
      if case .table(let table) = block { return table.rows }
      return []
    }
    let fear = try #require(rows.first { $0[0].text.plain.contains("Practitioner fear") })
    #expect(fear[1].answer?.choices == ["yes", "no", "not known"])
    let practice = try #require(
      rows.first { $0[0].text.plain.contains("Discussed in supervision") })
    #expect(practice[1].answer?.choices.contains("n/a") == true)
  }

  /// A sensitive action keeps its words out and says what it is about, not an empty action.
  @Test func aSensitiveActionNamesItsItem() throws {
    let record = try TestContent.record(
      """
      {"format": "seen-review/7", "case": "SENS-1", "date": "2026-11-20",
       "men": [{"label": "Mother's partner", "answers": {"identified": "yes",
         "safety": {"answer": "yes", "note": "Order in place"}}}],
       "actions": [{"what": "Ask the police about the order and his bail", "for": "Mother's partner",
         "owner": "Social worker", "due": "2026-12-10", "item": "safety"}]}
      """)
    let title = try #require(content.item("safety")).title
    let expected =
      "[sensitive: words left out] \(title): see its safe step in the report; the full words with --include-sensitive"
    let report = text(GapAnalysis.report(for: record, content: content, today: today))
    #expect(report.contains(expected))
    #expect(!report.contains("bail"))
    #expect(!report.contains("[sensitive note left out], For"))
    let sheet = SheetRenderer().renderText(
      .filled(record: record, content: content), as: .text
    ).replacingOccurrences(of: "\n", with: " ")
    #expect(!sheet.contains("bail"))
    var list = ActionList(today: today)
    list.add(record, file: "r.json", content: content)
    let actions = ActionListRenderer(text: TextOptions(width: 1000)).render(list, as: .text)
    #expect(actions.contains(expected))
    #expect(!actions.contains("bail"))
    let included = text(
      GapAnalysis.report(for: record, content: content, includeSensitive: true, today: today))
    #expect(included.contains("Ask the police about the order and his bail"))
  }

  /// Under the safety heading a brief line keeps its own "; guidance" marker.
  @Test func aSafeFormBriefLineKeepsItsGuidanceMarker() throws {
    let advice = SafeAdvice(
      advice: "Keep her details out of records he may see.",
      sources: [SourceReference(document: Content.reviewDocument, section: "9.2, 17.2")],
      guidance: "Health record-keeping guidance.")
    let report = GapAnalysis.report(for: try TestContent.example("safety-refuge"), content: content)
    let line = report.advised(advice, content: content, detail: .brief, underSafetyHeading: true)
    #expect(line.hasSuffix("(9.2; guidance)."), "\(line)")
    let brief = text(report)
    #expect(brief.contains("; guidance)"))
  }

  /// 18.4's "What is the response when they do so?": the supervision counts answer it where a
  /// supervision recorded fear raised.
  @Test func theSummaryAnswersTheResponseFromTheSupervisions() throws {
    var record = try TestContent.example("safety-refuge")
    var grouped = GroupedSummary(field: nil)
    grouped.add(record, content: content)
    let renderer = SummaryRenderer(content: content, suppress: false)
    let without = renderer.render(grouped, as: .text).replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(without.contains("It does not show whether they raised it or the response"))
    record.supervisions = [supervision(support: [.jointVisits])]
    grouped = GroupedSummary(field: nil)
    grouped.add(record, content: content)
    let with = renderer.render(grouped, as: .text).replacingOccurrences(of: "\n", with: " ")
      .split(separator: " ").joined(separator: " ")
    #expect(!with.contains("does not show whether they raised it"))
    #expect(
      with.contains(
        "fear or anxiety about working with a man raised in 1 review; support agreed in supervision: co-working in 0, joint visits in 1"
      ))
  }

  /// An open action where a man's safety is not yet known has a "Safety:" line in the report,
  /// the sheet and `seen actions`, as where a concern is recorded: a visit to meet him is no
  /// safer for the concern being unknown.
  @Test func anOpenActionWhereSafetyIsNotYetKnownHasItsSafetyLine() throws {
    var record = try TestContent.example("two-men")
    #expect(!record.hasRecordedSafetyCondition)
    record.actions = [
      AgreedAction(
        what: "Arrange a home visit to meet him", man: "Mother's partner", owner: "Social worker",
        due: ISODate("2026-12-10")!)
    ]
    let report = GapAnalysis.report(for: record, content: content, today: today)
    let line =
      "Safety: not yet known whether there is domestic abuse, a protective order or a threat, so plan as if there were: check this action with your manager or safeguarding lead"
    #expect(text(report).contains(line))
    let sheet = ReflectionSheet.filled(record: record, content: content, today: today)
    #expect(TextWriter(width: 1000, color: false).write(sheet.document).contains(line))
    var list = ActionList(today: today)
    list.add(record, file: "r.json", content: content)
    #expect(list.entries.first?.safetyCheck?.hasPrefix("not yet known whether") == true)
  }

}
