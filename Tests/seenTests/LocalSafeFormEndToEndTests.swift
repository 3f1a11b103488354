import Foundation
import SeenTestSupport
import XCTest

/// The last review findings of issue 17 through the binary: a partnership's own item
/// (`local:…`) has a safe form (its `nextForSafety`, or the content's own safe step), in the
/// report, agreed actions and `seen content`; `seen content --check` warns on words to avoid in
/// a step for safety; invisible characters are refused and stripped. (`seen combine`'s
/// findings are tested in CombineEndToEndTests.)
final class LocalSafeFormEndToEndTests: XCTestCase {
  private let local = """
    {"format": "seen-local/1", "partnership": "Testshire", "version": "1",
     "contacts": [{"role": "Testshire front door", "how": "0300 000 0000, 24 hours"}],
     "extraItems": [
      {"id": "local:dads-group", "level": "case", "title": "Dads group",
       "question": "Has he been invited to the Dads group?",
       "next": "Phone him and invite him to the Testshire Dads group.",
       "source": {"document": "Testshire fathers policy", "section": "2"}},
      {"id": "local:checks", "level": "case", "title": "Testshire checks",
       "question": "Were the Testshire checks done?",
       "next": "Phone him to ask which checks he agrees to.",
       "nextForSafety": "Ask the front door for the Testshire checks through your safeguarding lead.",
       "source": {"document": "Testshire fathers policy", "section": "3"}}]}
    """
  /// The content's own safe step (safety.json, points: deciding contact, 17.2).
  private let contentSafeStep =
    "Decide any contact with him with your manager or safeguarding lead first"
  /// Its brief form, as the brief report gives it.
  private let contentSafeBrief = "Decide contact with him with your manager first"

  private func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A folder with the local file and the few-gaps example twice: without and with a safety
  /// concern recorded.
  private func folder() throws -> (folder: URL, local: String, plain: String, safety: String) {
    let folder = try makeTemporaryDirectory()
    let localFile = folder.appendingPathComponent("local.json")
    try local.write(to: localFile, atomically: true, encoding: .utf8)
    let example = try String(contentsOfFile: examplePath("few-gaps"), encoding: .utf8)
    let plain = folder.appendingPathComponent("plain.json")
    let safety = folder.appendingPathComponent("safety.json")
    try example.write(to: plain, atomically: true, encoding: .utf8)
    try example.replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
      .write(to: safety, atomically: true, encoding: .utf8)
    return (folder, localFile.path, plain.path, safety.path)
  }

  func testALocalItemsStepWhereContactIsPlannedForSafetyIsItsStepForSafetyOrTheContentsSafeStep()
    throws
  {
    let (folder, local, plain, safety) = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for arguments in [["report", plain], ["report", plain, "--detail", "full"]] {
      let run = try SeenExecutable.run(arguments + ["--local", local])
      XCTAssertEqual(run.status, 0, run.stderr)
      let text = flat(run.stdout)
      XCTAssertTrue(text.contains("Phone him and invite him"), "\(arguments): \(text)")
      XCTAssertTrue(text.contains("Phone him to ask which checks"), "\(arguments)")
    }
    for arguments in [
      ["report", safety], ["report", safety, "--detail", "full"],
      ["report", safety, "--format", "markdown"], ["report", safety, "--format", "html"],
      ["report", safety, "--format", "json"],
    ] {
      let run = try SeenExecutable.run(arguments + ["--local", local])
      XCTAssertEqual(run.status, 0, run.stderr)
      let text = flat(run.stdout)
      XCTAssertFalse(text.contains("Phone him"), "\(arguments): \(text)")
      XCTAssertTrue(
        text.contains("Ask the front door for the Testshire checks through your safeguarding lead"),
        "\(arguments): \(text)")
      XCTAssertTrue(
        text.contains(contentSafeStep) || text.contains(contentSafeBrief), "\(arguments): \(text)")
    }
    // An action agreed from a local item, in a record with a safety concern: its safe form.
    let saved = folder.appendingPathComponent("saved.json")
    let review = try SeenExecutable.run(
      [
        "review", "--answers", safety, "--no-input", "--save", saved.path, "--local", local,
        "--action", "local:dads-group|case|Health visitor|in 2 weeks",
        "--action", "local:checks|case|Health visitor|in 2 weeks",
      ], environment: ["SEEN_TODAY": "2026-12-03"], currentDirectory: folder)
    XCTAssertEqual(review.status, 0, review.stderr)
    let record = try jsonObject(String(contentsOf: saved, encoding: .utf8))
    let actions = try XCTUnwrap(record["actions"] as? [[String: Any]])
    let words = actions.compactMap { $0["what"] as? String }
    XCTAssertEqual(words.count, 2, "\(actions)")
    XCTAssertTrue(words[0].hasPrefix(contentSafeStep), "\(words)")
    XCTAssertEqual(
      words[1], "Ask the front door for the Testshire checks through your safeguarding lead.")
    XCTAssertFalse(flat(review.stdout).contains("Phone him"), review.stdout)
    // seen content shows both forms of each local item.
    let content = try SeenExecutable.run(["content", "--local", local, "--width", "1000"])
    XCTAssertEqual(content.status, 0, content.stderr)
    let shown = flat(content.stdout)
    XCTAssertTrue(
      shown.contains(
        "Next: Phone him and invite him to the Testshire Dads group. Source: Testshire fathers policy, 2 Next, planned for safety: \(contentSafeStep)"
      ), shown)
    XCTAssertTrue(
      shown.contains(
        "Next, planned for safety: Ask the front door for the Testshire checks through your safeguarding lead. Source: Testshire fathers policy, 3"
      ), shown)
    XCTAssertFalse(shown.contains("Locally (Testshire), planned for safety"), shown)
  }

  /// `nextForSafety` is checked as `next` is: a text, within its limit, on one line.
  func testNextForSafetyIsCheckedLikeNext() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.json")
    try local.replacingOccurrences(
      of: "\"nextForSafety\": \"Ask the front door",
      with: "\"nextForSafety\": \"\(String(repeating: "a", count: 600))\\tAsk the front door"
    ).replacingOccurrences(
      of: "\"title\": \"Dads group\",", with: "\"title\": \"Dads group\", \"nextForSafety\": 3,"
    ).write(to: bad, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(["content", "--check", bad.path], currentDirectory: folder)
    XCTAssertEqual(run.status, 65, run.stderr)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 2, run.stdout)
    XCTAssertTrue(lines[0].contains("at extraItems[0].nextForSafety: expected a string"), lines[0])
    XCTAssertTrue(
      lines[1].contains(
        "at extraItems[1].nextForSafety: the text is 676 characters long; nextForSafety holds at most 600"
      ),
      lines[1])
  }

  /// Words to avoid in a step for safety are a warning with their JSON path, after any
  /// problem; a file with warnings alone is valid (exit 0).
  func testContentCheckWarnsOnWordsToAvoidInAStepForSafety() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let warned = folder.appendingPathComponent("warned.json")
    try """
    {"format": "seen-local/1", "partnership": "Testshire", "version": "1", "items": {
      "contacted": {"locally": "Share the plan with him at a time he can attend.",
        "locallyForSafety": "Share  the PLAN with him, then find a time he can attend."},
      "plan": {"locally": "Send a letter to the home."},
      "domestic-abuse": {"locallyForSafety": "Ask the mother about the relationship alone; then ask the mother what she wants."},
      "supervision": {"locallyForSafety": "Bring it to your next supervision."}},
     "extraItems": [{"id": "local:talk", "level": "case", "title": "Talk", "question": "Talked?",
       "next": "Ask him about the relationship.",
       "nextForSafety": "Send a letter to the home, then ask him about the mother\\u2019s relationship; ask him about the relationship.",
       "source": {"document": "Testshire policy", "section": "1"}}]}
    """.write(to: warned, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(
      ["content", "--check", "warned.json"], currentDirectory: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let places = lines.dropLast().map { line in
      line.hasPrefix("warning: warned.json:")
        ? line.split(separator: " ")[3] + " "
          + (line.split(separator: "\"").dropFirst().first ?? "")
        : "?" + line
    }
    XCTAssertEqual(
      places,
      [
        "items.contacted.locallyForSafety: share the plan with him",
        "items.contacted.locallyForSafety: a time he can attend",
        // Issue 17 round 3: a plain step beside a safe form, with no step for safety, is shown
        // nowhere there: said as a warning.
        "items.plan: plan",
        "items.domestic-abuse.locallyForSafety: ask the mother",
        "items.supervision.locallyForSafety: next supervision",
        "extraItems[0].nextForSafety: send a letter to the home",
        "extraItems[0].nextForSafety: ask him about the relationship",
      ], run.stdout)
    XCTAssertEqual(
      lines.last,
      "warned.json: no problems (partnership Testshire, version 1); 7 warnings, listed above")
    // With a problem too: exit 65, the problem first, then the warnings; one line on stderr.
    let both = folder.appendingPathComponent("both.json")
    try String(contentsOf: warned, encoding: .utf8).replacingOccurrences(
      of: "\"version\": \"1\"", with: "\"version\": \"\""
    ).write(
      to: both, atomically: true, encoding: .utf8)
    let failed = try SeenExecutable.run(
      ["content", "--check", "both.json"], currentDirectory: folder)
    XCTAssertEqual(failed.status, 65)
    let failedLines = failed.stdout.split(separator: "\n")
    XCTAssertEqual(failedLines.count, 8, failed.stdout)
    XCTAssertTrue(
      failedLines[0].hasPrefix("both.json:1:67: at version: the text is empty"), failed.stdout)
    XCTAssertTrue(failedLines.dropFirst().allSatisfy { $0.hasPrefix("warning: both.json:") })
    XCTAssertEqual(
      failed.stderr,
      "error: the local file 'both.json' has 1 problem (with 7 warnings), listed above; fix it and check again.\n"
    )
  }

  /// A soft hyphen, like the other invisible characters, never reaches the terminal.
  func testTheTerminalStripsASoftHyphen() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = folder.appendingPathComponent("r.json")
    try String(contentsOfFile: examplePath("few-gaps"), encoding: .utf8)
      .replacingOccurrences(of: "\"case\": \"HV-0101\"", with: "\"case\": \"HV-\\u00ad0101\"")
      .write(to: record, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(["report", record.path])
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("HV-0101"), run.stdout)
    XCTAssertFalse(run.stdout.contains("\u{00AD}"))
  }
}
