import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// Golden files for the reflection sheets: blank (two men, and one), filled from each example
/// review, the leaders' sheet, every scenario's workshop packs and each length's plan, in every format. The PDFs are plain ASCII and deterministic,
/// so they are compared byte for byte too. Re-record with SEEN_RECORD_SNAPSHOTS=1 swift test and
/// look at the diff (and at the printed pages) before committing.
@Suite struct SheetSnapshotTests {
  static let extensions: [OutputFormat: String] = [
    .text: "txt", .markdown: "md", .html: "html", .pdf: "pdf",
  ]

  /// The sheets and their golden-file names.
  static func sheets() throws -> [(name: String, sheet: ReflectionSheet)] {
    var sheets: [(String, ReflectionSheet)] = [
      ("sheet-blank", .blank(content: TestContent.bundled)),
      ("sheet-blank-1-man", .blank(content: TestContent.bundled, men: 1)),
      ("sheet-leaders", .leaders(content: TestContent.bundled)),
    ]
    for example in RendererSnapshotTests.examples {
      sheets.append(
        (
          "sheet-\(example)",
          .filled(
            record: try TestContent.example(example), content: TestContent.bundled,
            today: TestContent.today)
        ))
    }
    // Every scenario's packs, and each length's plan (one scenario stands for all: the plans
    // are built the same way for each).
    for scenario in TestContent.bundled.scenarios {
      sheets.append(
        (
          "participant-\(scenario.id)",
          .participantPack(scenario: scenario, content: TestContent.bundled)
        ))
      let plan = try #require(WorkshopPlan(scenario: scenario, minutes: 90))
      sheets.append(
        ("facilitator-\(scenario.id)-90", .facilitatorPack(plan, content: TestContent.bundled)))
    }
    let scenario = try #require(TestContent.bundled.scenario("wiltshire"))
    for minutes in WorkshopPlan.lengths {
      let plan = try #require(WorkshopPlan(scenario: scenario, minutes: minutes))
      sheets.append(("plan-wiltshire-\(minutes)", .plan(plan, content: TestContent.bundled)))
    }
    return sheets
  }

  /// As the command line renders them, so that the end-to-end tests compare the binary's output
  /// with the same golden files.
  static let renderer = SheetRenderer()

  @Test func sheetsMatchGoldenFiles() throws {
    for (name, sheet) in try Self.sheets() {
      for format in SheetRenderer.formats {
        let output = Self.renderer.render(sheet, as: format)
        #expect(output.warnings == [], "\(name) as \(format)")
        expectSnapshot(
          String(decoding: output.bytes, as: UTF8.self),
          named: "\(name).\(Self.extensions[format]!)", in: PackagePaths.snapshots())
      }
    }
  }

  /// Each length's plan as JSON: the steps and the commands they run, as data.
  @Test func planJSONMatchesGoldenFiles() throws {
    let scenario = try #require(TestContent.bundled.scenario("wiltshire"))
    for minutes in WorkshopPlan.lengths {
      let plan = try #require(WorkshopPlan(scenario: scenario, minutes: minutes))
      expectSnapshot(
        String(decoding: plan.json.bytes, as: UTF8.self), named: "plan-wiltshire-\(minutes).json",
        in: PackagePaths.snapshots())
    }
  }

  @Test func sameSheetGivesIdenticalBytes() throws {
    for (name, sheet) in try Self.sheets() {
      for format in SheetRenderer.formats {
        #expect(
          Self.renderer.render(sheet, as: format) == Self.renderer.render(sheet, as: format),
          "\(name) as \(format)")
      }
    }
  }
}
