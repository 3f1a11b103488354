import Foundation
import SeenTestSupport
import XCTest

/// Typed text and file names, in-process (standard error through the same filter as the real
/// one): standard error stays one line per message with nothing that can drive the terminal, a
/// skipped file is never quoted, and CSV cells never start a formula. Prompts of a guided review,
/// which read a real standard input, are in seenTests/OutputSafetyCommandEndToEndTests.
final class OutputSafetyCommandTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-safety-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ json: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(json.utf8).write(to: url)
    return url.path
  }

  /// Standard error holds only seen's own lines: each starts with a word seen writes.
  private func assertCleanStandardError(
    _ run: InProcessRun, lines expected: Int, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(
      HostileText.dangerousScalars(in: run.stderr), [], run.stderr, file: file, line: line)
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    XCTAssertEqual(lines.count, expected, run.stderr, file: file, line: line)
    XCTAssertFalse(run.stderr.contains("forged"), run.stderr, file: file, line: line)
  }

  /// Issue 13: `seen report` and `seen review` refusing a value from a file or a --set quote at
  /// most its first 40 characters, and text that may be a note (a "key" without its ':') not at
  /// all: standard error ends up in logs.
  func testRefusedValuesAreQuotedShortAndFreeTextNotAtAll() throws {
    let long = String(repeating: "x", count: 8_000)
    let prose = "SECRET the baby was hurt at night, and he said he was not there"
    let files = [
      "answer": #"{"men": [{"label": "Father", "answers": {"views": "\#(long)"}}]}"#,
      "relationship": #"{"men": [{"label": "Father", "relationship": "\#(prose)"}]}"#,
      "label": #"{"men": [{"label": "\#(prose)"}, {"label": "\#(prose.uppercased())"}]}"#,
      "key": #"{"men": [{"label": "Father", "answers": {"\#(long)": "yes"}}]}"#,
      "colon": #"{"men": [{"label": "F", "answers": {"views": {"answer": "yes", "\#(prose)"}}}]}"#,
      "duplicate": #"{"\#(long)": 1, "\#(long)": 2}"#,
    ]
    for (name, json) in files {
      let path = try write("\(name).json", json)
      let run = InProcessSeen.run(["report", path])
      XCTAssertEqual(run.status, 65, "\(name): \(run.stderr)")
      assertCleanStandardError(run, lines: 1)
      XCTAssertLessThan(run.stderr.utf8.count, 600, "\(name): \(run.stderr)")
      XCTAssertFalse(run.stderr.contains(String(repeating: "x", count: 41)), "\(name)")
      XCTAssertFalse(run.stderr.contains("he was not there"), "\(name): \(run.stderr)")
      if name == "answer" {
        XCTAssert(run.stderr.contains("\"\(String(repeating: "x", count: 40))…\""), run.stderr)
      }
      if name == "colon" {
        XCTAssertFalse(run.stderr.contains("SECRET"), run.stderr)
        XCTAssert(run.stderr.contains("after the key that starts at line 1, column"), run.stderr)
      }
    }
    let record = try write("r.json", #"{"men": [{"label": "Father"}]}"#)
    for set in ["father.views=\(prose):a note", "father.relationship=\(prose)", "\(prose)=yes"] {
      let run = InProcessSeen.run(["review", "--answers", record, "--set", set, "--no-input"])
      // What was typed on the command line: a usage error, with its hint line.
      XCTAssertEqual(run.status, 64, "\(set): \(run.stderr)")
      assertCleanStandardError(run, lines: 2)
      XCTAssertFalse(run.stderr.lowercased().contains("he was not there"), run.stderr)
      XCTAssertFalse(run.stderr.contains("a note"), run.stderr)
    }
  }

  /// Every way a record can be refused, each holding text that must not be shown.
  func testSummaryWarningsNameTheFileButNeverQuoteIt() throws {
    let men = #""men": [{"label": "Father"}]"#
    let bad = [
      "value": #"{"men": [{"label": "Father", "answers": {"contacted": "yes: SECRET note"}}]}"#,
      "key": #"{"SECRET case SW-1": "x", \#(men)}"#,
      "item": #"{"men": [{"label": "Father", "answers": {"SECRET item": "yes"}}]}"#,
      "question": #"{"reflections": {"SECRET question": "x"}, \#(men)}"#,
      "label": #"{"men": [{"label": "SECRET Dad"}, {"label": "secret dad"}]}"#,
      "confidence": #"{"confidence": "SECRET confidence", \#(men)}"#,
      "relationship": #"{"men": [{"label": "Father", "relationship": "SECRET uncle"}]}"#,
      "reason":
        #"{"men": [{"label": "Father", "answers": {"plan": {"answer": "na", "reason": "SECRET moved"}}}]}"#,
      "format": #"{"format": "SECRET-format", \#(men)}"#,
      "duplicate": #"{"case": "SECRET ref", "case": "SECRET ref", \#(men)}"#,
      "colon": #"{"SECRET key" "x"}"#,
      "controls": #"{"confidence": "\u001b]0;SECRET\u0007\n\u202e", \#(men)}"#,
    ]
    for (name, json) in bad { _ = try write("\(name).json", json) }
    _ = try write("good.json", #"{"case": "SECRET good", \#(men)}"#)
    let run = InProcessSeen.run(["summary", "--no-suppress", folder.path, "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertFalse(run.stderr.lowercased().contains("secret"), run.stderr)
    assertCleanStandardError(run, lines: bad.count + 1)
    for name in bad.keys {
      XCTAssert(run.stderr.contains("\(name).json"), "\(name): \(run.stderr)")
    }
    XCTAssert(run.stderr.contains("an unknown checklist item; valid items here:"), run.stderr)
    XCTAssert(run.stderr.contains("this value is not allowed here; use one of:"), run.stderr)
    XCTAssert(run.stderr.contains("a key appears twice in one object"), run.stderr)
    for file in bad.keys {
      let strict = InProcessSeen.run([
        "summary", folder.appendingPathComponent("\(file).json").path, "--strict",
      ])
      XCTAssertEqual(strict.status, 65, strict.stderr)
      XCTAssertFalse(strict.stderr.lowercased().contains("secret"), strict.stderr)
    }
  }

  /// Cells as a spreadsheet reads them.
  private func cells(_ csv: String) -> [[String]] {
    csv.components(separatedBy: "\r\n").dropLast().map { line in
      var fields: [String] = []
      var field = ""
      var quoted = false
      var previousQuote = false
      for character in line {
        if quoted {
          if character == "\"" {
            quoted = false
            previousQuote = true
          } else {
            field.append(character)
          }
          continue
        }
        if character == "\"" {
          if previousQuote { field.append("\"") }
          quoted = true
        } else if character == "," {
          fields.append(field)
          field = ""
        } else {
          field.append(character)
        }
        previousQuote = false
      }
      fields.append(field)
      return fields
    }
  }

  func testCSVCellsNeverStartAFormulaAndGroupsCannotPassForData() throws {
    let roles = [
      "\u{FEFF}=HYPERLINK(\"http://e.example\")", "\u{2060}+1+1", "\u{200B}-1+2",
      "\u{200E}@SUM(A1)",
      "all", "(not recorded)", "=1+1",
      // Issue 13: blanks a spreadsheet passes over, and the DDE forms.
      "\u{00A0}=1+1", "\u{2800}+1+1", "\u{3164}-1+2", "\u{00AD}@SUM(A1)", "%=cmd", "|=cmd",
    ]
    for (offset, role) in roles.enumerated() {
      let escaped = String(
        data: try JSONSerialization.data(withJSONObject: [role]), encoding: .utf8)!
      _ = try write(
        "r\(offset).json", #"{"role": \#(escaped.dropFirst().dropLast()), "men": []}"#)
    }
    _ = try write("none.json", #"{"men": []}"#)
    let run = try assertExecuteCommand([
      "summary", "--no-suppress", folder.path, "--by", "role", "--format", "csv",
    ])
    XCTAssertEqual(
      HostileText.dangerousScalars(in: run.stdout.replacingOccurrences(of: "\r\n", with: "\n")), [])
    let rows = cells(run.stdout)
    XCTAssertEqual(rows.first, ["group", "value", "section", "id", "figure", "count", "percent"])
    for row in rows {
      XCTAssertEqual(row.count, 7, "\(row)")
      for cell in row {
        let first = cell.unicodeScalars.first {
          !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint
            && $0.properties.generalCategory != .format && $0.value != 0x2800
        }
        if let first, "=+-@%|".unicodeScalars.contains(first) {
          XCTFail("the cell \(cell.debugDescription) starts a formula")
        }
      }
    }
    let reviews = rows.filter { $0[2] == "reviews" }
    XCTAssertEqual(Set(reviews.map { $0[0] }), ["all", "value", "not-recorded"])
    XCTAssertEqual(reviews.filter { $0[0] == "all" }.map { $0[5] }, ["14"])
    XCTAssertEqual(reviews.filter { $0[0] == "not-recorded" }.map { $0[5] }, ["1"])
    let values = reviews.filter { $0[0] == "value" }.map(\.[1])
    XCTAssert(values.contains("all") && values.contains("(not recorded)"), "\(values)")
    XCTAssert(values.contains("'=HYPERLINK(\"http://e.example\")"), "\(values)")
    XCTAssert(values.contains("'+1+1") && values.contains("'@SUM(A1)"), "\(values)")
    XCTAssert(values.contains("'%=cmd") && values.contains("'|=cmd"), "\(values)")
    XCTAssert(values.contains("'\u{00A0}=1+1") && values.contains("'\u{2800}+1+1"), "\(values)")
  }

  /// A PDF cannot show every character; the warning says how many were replaced, never which:
  /// they come from case text, and standard error may be a log.
  func testThePDFWarningNamesNoCharacterFromTheCase() throws {
    let path = try write(
      "cjk.json",
      #"{"format": "seen-review/3", "case": "病例-42", "men": [{"label": "Father", "answers": {"contacted": {"answer": "no", "note": "中文笔记"}}}]}"#
    )
    let pdf = folder.appendingPathComponent("out.pdf").path
    let run = InProcessSeen.run(["report", path, "--format", "pdf", "-o", pdf])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stderr.hasPrefix("warning: "), run.stderr)
    XCTAssertTrue(run.stderr.contains("characters the PDF's standard font cannot show"), run.stderr)
    for character in ["病", "例", "中", "文", "笔", "记"] {
      XCTAssertFalse(run.stderr.contains(character), run.stderr)
    }
  }
}
