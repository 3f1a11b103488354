import Testing

@testable import SeenKit

/// The filled sheet's "Supervisor" and "Date of supervision" lines (issue 19, review round 2):
/// the latest supervision's role and date where one is recorded, blank lines otherwise.
@Suite struct SheetSupervisionFieldsTests {
  private func text(_ record: ReviewRecord) -> String {
    SheetRenderer().renderText(
      .filled(record: record, content: TestContent.bundled), as: .text)
  }

  @Test func theLatestSupervisionFillsTheSupervisorAndItsDate() throws {
    var record = try TestContent.example("two-men")
    record.supervisions = [
      SupervisionRecord(date: ISODate(year: 2026, month: 11, day: 20)!, role: "Safeguarding lead"),
      SupervisionRecord(date: TestContent.today, role: "Team manager"),
    ]
    let sheet = text(record)
    #expect(sheet.contains("Supervisor:          Team manager\n"))
    #expect(sheet.contains("Date of supervision: 2026-12-03\n"))
    #expect(!sheet.contains("Supervisor:          Safeguarding lead"))
  }

  @Test func withoutASupervisionTheLinesAreLeftToWriteOn() throws {
    let sheet = text(try TestContent.example("two-men"))
    #expect(sheet.contains("Supervisor:          ____"))
    #expect(sheet.contains("Date of supervision: ____"))
    let blank = SheetRenderer().renderText(.blank(content: TestContent.bundled), as: .text)
    #expect(blank.contains("Supervisor:"))
    #expect(!blank.contains("Team manager"))
  }
}
