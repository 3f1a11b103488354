import Foundation
import SeenTestSupport
import XCTest

/// `seen combine`, review round 3 (issue 17): per man, only what is recorded for him; not yet
/// known is planned as if there were a concern; which agency recorded fear or a safety
/// condition is not named by default; terminal answers never chain men said to be different
/// into one; unmatched men's lines are provisional; the case reference on every page; local
/// items marked; no "him" where no one man is meant.
final class CombineSafetyLinesEndToEndTests: XCTestCase {
  /// A review of case CASE-7 with `men` (JSON of the men array) and case `answers`.
  private func review(
    _ folder: URL, _ name: String, role: String, date: String, men: String,
    answers: String = "{\"mother-asked-alone\": \"yes\"}", extra: String = ""
  ) throws -> String {
    let path = folder.appendingPathComponent(name)
    try """
    {"format": "seen-review/5", "case": "CASE-7", "role": "\(role)", "date": "\(date)"\(extra), \
    "men": \(men), "answers": \(answers)}
    """.write(to: path, atomically: true, encoding: .utf8)
    return path.path
  }

  private func folded(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private func run(_ arguments: [String], stdin: Data? = nil) throws -> (String, String) {
    let result = try SeenExecutable.run(["combine"] + arguments + ["--no-local"], stdin: stdin)
    XCTAssertEqual(result.status, 0, result.stderr)
    return (result.stdout, result.stderr)
  }

  /// Two reviews of one father, safety "no" with the mother asked alone; the midwife records
  /// her own fear for the case.
  private func fearOnly() throws -> [String] {
    let folder = try makeTemporaryDirectory()
    let father = "[{\"label\": \"Father\", \"relationship\": \"birth-father\", \"answers\": "
    return [
      try review(
        folder, "mw.json", role: "Midwife", date: "2026-10-01",
        men: father + "{\"identified\": \"yes\", \"safety\": \"no\"}}]",
        answers: "{\"mother-asked-alone\": \"yes\", \"practitioner-fear\": \"yes\"}"),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02",
        men: father + "{\"identified\": \"yes\", \"safety\": \"no\"}}]"),
    ]
  }

  /// Point 1: a case-level fear is not "a safety condition recorded for him".
  func testFearIsThePractitionersForTheCaseNotAConditionForAMan() throws {
    let files = try fearOnly()
    let text = folded(try run(files).0)
    XCTAssertFalse(text.contains("A safety condition is recorded for him"), text)
    XCTAssertFalse(text.contains("A safety condition for a man"), text)
    XCTAssertTrue(
      text.contains(
        "A review that lists him records a practitioner's fear about working with a man in this case: plan contact with him for safety with your manager or safeguarding lead. Talk to your manager now"
      ), text)
    XCTAssertTrue(
      text.contains(
        "A practitioner's fear about working with a man in this case (the practitioner's own, not a condition recorded for any one man) is recorded by at least one review: the whole document is read as if a safety condition were recorded for every man in it, stricter than any one review read alone."
      ), text)
    // Point 3: not named by default, named with --include-sensitive.
    XCTAssertFalse(text.contains("the midwife (2026-10-01)"), text)
    let shown = folded(try run(files + ["--include-sensitive"]).0)
    XCTAssertTrue(
      shown.contains("The midwife (2026-10-01) records a practitioner's fear"), shown)
    XCTAssertTrue(shown.contains("is recorded by the midwife (2026-10-01)"), shown)
  }

  /// Point 2: a man whose safety question is unanswered in a review that lists him is planned
  /// for as the gap report plans for him.
  func testNotYetKnownIsPlannedAsIfThereWere() throws {
    let folder = try makeTemporaryDirectory()
    let father = "[{\"label\": \"Father\", \"relationship\": \"birth-father\", \"answers\": "
    let files = [
      try review(
        folder, "mw.json", role: "Midwife", date: "2026-10-01",
        men: father + "{\"identified\": \"yes\"}}]"),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02",
        men: father + "{\"identified\": \"yes\", \"safety\": \"no\"}}]"),
    ]
    let text = folded(try run(files).0)
    XCTAssertTrue(
      text.contains(
        "Not yet known whether there is domestic abuse, a protective order or a threat: plan as if there were. At least one review that lists him has no answer yet that rules it out."
      ), text)
    let json = try jsonObject(try run(files + ["--format", "json"]).0)
    let men = try XCTUnwrap(json["men"] as? [[String: Any]])
    XCTAssertNotNil(men[0]["notYetKnownLine"] as? String)
  }

  /// Point 3: the JSON names no agency's safety condition by default, and a "not applicable"
  /// for safety reads "not applicable: [left out: safety]" in every format.
  func testWhichAgencyRecordsSafetyIsNotNamedByDefault() throws {
    let folder = try makeTemporaryDirectory()
    let father = "[{\"label\": \"Father\", \"relationship\": \"birth-father\", \"answers\": "
    let files = [
      try review(
        folder, "mw.json", role: "Midwife", date: "2026-10-01",
        men: father
          + "{\"identified\": \"yes\", \"safety\": \"yes\", \"contacted\": {\"answer\": \"na\", \"reason\": \"safety\"}}}]"
      ),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02",
        men: father + "{\"identified\": \"yes\", \"safety\": \"no\"}}]"),
    ]
    let json = try jsonObject(try run(files + ["--format", "json"]).0)
    let reviews = try XCTUnwrap(json["reviews"] as? [[String: Any]])
    XCTAssertTrue(reviews.allSatisfy { $0["safetyConditionRecorded"] == nil }, "\(reviews)")
    let father0 = try XCTUnwrap((json["men"] as? [[String: Any]])?.first)
    let contacted = try XCTUnwrap(
      (father0["items"] as? [[String: Any]])?.first { $0["item"] as? String == "contacted" })
    let cell = try XCTUnwrap((contacted["answers"] as? [[String: Any]])?.first)
    XCTAssertNil(cell["reason"], "\(cell)")
    XCTAssertEqual(cell["leftOut"] as? String, "safety")
    for format in ["text", "markdown", "html"] {
      let output = folded(try run(files + ["--format", format, "--width", "200"]).0)
      XCTAssertFalse(output.contains("contact must be planned for safety"), output)
      XCTAssertTrue(
        output.replacingOccurrences(of: "\\", with: "").contains(
          "not applicable: [left out: safety]"), output)
    }
    let sensitive = try jsonObject(try run(files + ["--format", "json", "--include-sensitive"]).0)
    let named = try XCTUnwrap(sensitive["reviews"] as? [[String: Any]])
    XCTAssertEqual(named.map { $0["safetyConditionRecorded"] as? Bool }, [true, false])
  }

  /// Point 4: "y, n" at the terminal: the third pair follows (the partner the midwife lists is
  /// the health visitor's, and not the social worker's), so it is not asked, and the three
  /// never become one man.
  func testTerminalAnswersNeverChainMenSaidToBeDifferent() throws {
    let folder = try makeTemporaryDirectory()
    let partner = { (label: String) in
      "[{\"label\": \"\(label)\", \"relationship\": \"partner\", \"answers\": {\"identified\": \"yes\"}}]"
    }
    let files = [
      try review(folder, "mw.json", role: "Midwife", date: "2026-10-01", men: partner("Partner")),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02", men: partner("Boyfriend")
      ),
      try review(
        folder, "sw.json", role: "Social worker", date: "2026-10-03", men: partner("Mum's partner")
      ),
    ]
    let (out, err) = try run(
      files + ["--interactive", "--format", "json"], stdin: Data("y\nn\ny\n".utf8))
    XCTAssertEqual(err.components(separatedBy: "y/n (Enter: no)").count - 1, 2, err)
    let men = try XCTUnwrap(try jsonObject(out)["men"] as? [[String: Any]])
    XCTAssertEqual(
      men.map { ($0["listedAs"] as? [Any])?.count ?? 0 }, [2, 1], "\(men)")
  }

  /// Point 5: a man not yet matched: his "not known to" lines are provisional.
  func testUnmatchedMensLinesAreProvisional() throws {
    let folder = try makeTemporaryDirectory()
    let files = [
      try review(
        folder, "mw.json", role: "Midwife", date: "2026-10-01",
        men:
          "[{\"label\": \"Partner\", \"relationship\": \"partner\", \"answers\": {\"identified\": \"yes\"}}]"
      ),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02",
        men: "[{\"label\": \"Boyfriend\", \"relationship\": \"partner\", \"answers\": {}}]"),
    ]
    let text = folded(try run(files + ["--no-input"]).0)
    XCTAssertTrue(
      text.contains(
        "He is not yet matched: where a line below says \"not known to\" the health visitor, that review may list him under another label ('Boyfriend'). Until he is matched, read those lines as provisional."
      ), text)
  }

  /// Point 6: the HTML page's title and every PDF page's footer name the case.
  func testThePagesCarryTheCaseReference() throws {
    let files = try fearOnly()
    let html = try run(files + ["--format", "html"]).0
    XCTAssertTrue(html.contains("<title>Case CASE-7: one case, several reviews"), html)
    let pdf = try makeTemporaryDirectory().appendingPathComponent("c.pdf").path
    _ = try run(files + ["--format", "pdf", "-o", pdf])
    XCTAssertTrue(try pdfText(pdf).contains("Case CASE-7"))
  }

  /// Point 7: a partnership's own item is marked "(local)"; one not defined here keeps an
  /// answer that is not a known value as written, and its note as the placeholder.
  func testLocalItemsAreMarkedAndUndefinedAnswersKept() throws {
    let folder = try makeTemporaryDirectory()
    let father =
      "[{\"label\": \"Father\", \"relationship\": \"birth-father\", \"answers\": {\"identified\": \"yes\", \"safety\": \"no\"}}]"
    let files = [
      try review(
        folder, "mw.json", role: "Midwife", date: "2026-10-01", men: father,
        answers:
          "{\"mother-asked-alone\": \"yes\", \"local:was-not-brought\": \"yes\", \"local:other\": {\"answer\": \"in-progress\", \"note\": \"SECRET-LOCAL-NOTE\"}}"
      ),
      try review(
        folder, "hv.json", role: "Health visitor", date: "2026-10-02", men: father,
        answers:
          "{\"mother-asked-alone\": \"yes\", \"local:third\": {\"answer\": \"yes\", \"note\": \"SECRET-2\"}}"
      ),
    ]
    let local = PackagePaths.root.appendingPathComponent("examples/local/anyshire.json").path
    let result = try SeenExecutable.run(["combine"] + files + ["--local", local, "--width", "200"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let text = folded(result.stdout)
    XCTAssertTrue(text.contains("- Was not brought (local): done by the midwife"), text)
    XCTAssertTrue(text.contains("in-progress: [sensitive note left out]"), text)
    XCTAssertTrue(text.contains("yes: [sensitive note left out]"), text)
    XCTAssertFalse(text.contains("SECRET"), text)
  }

  /// Point 9: a label with an invisible character is matched by his number; "Father" and
  /// "father" are both said; a role "1" reads "the reviewer '1'".
  func testSmallWordings() throws {
    let folder = try makeTemporaryDirectory()
    let files = [
      try review(
        folder, "a.json", role: "1", date: "2026-10-01",
        men:
          "[{\"label\": \"Father\", \"relationship\": \"birth-father\", \"answers\": {\"identified\": \"yes\"}}, {\"label\": \"Part\\u200bner\", \"relationship\": \"partner\", \"answers\": {}}]"
      ),
      try review(
        folder, "b.json", role: "Health visitor", date: "2026-10-02",
        men:
          "[{\"label\": \"father\", \"relationship\": \"birth-father\", \"answers\": {}}, {\"label\": \"Boyfriend\", \"relationship\": \"partner\", \"answers\": {}}]"
      ),
    ]
    let text = folded(try run(files + ["--no-input"]).0)
    XCTAssertTrue(
      text.contains("listed by the reviewer '1' as 'Father' and the health visitor as 'father'"),
      text)
    XCTAssertTrue(text.contains("--match \"1:2=2:Boyfriend\""), text)
    XCTAssertFalse(text.contains("the 1 "), text)
  }
}
