import Foundation
import SeenTestSupport
import XCTest

/// Local procedures through the built binary: where the local file is found (--local, then
/// SEEN_LOCAL, then $XDG_CONFIG_HOME/seen/local.json or ~/.config/seen/local.json; --no-local
/// ignores them all), `seen content --check`, and a record answered with local items read and
/// saved on a computer without the local file.
final class LocalProceduresEndToEndTests: XCTestCase {
  static let example = PackagePaths.examples.appendingPathComponent("local/anyshire.json").path

  /// A copy of the example local file under `folder/name`, its partnership renamed.
  private func localFile(_ partnership: String, at path: URL) throws {
    try FileManager.default.createDirectory(
      at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
    let text = try String(contentsOfFile: Self.example, encoding: .utf8)
      .replacingOccurrences(
        of: "Anyshire Safeguarding Children Partnership", with: partnership)
    try text.write(to: path, atomically: true, encoding: .utf8)
  }

  private func contentLine(_ arguments: [String], environment: [String: String]) throws -> String {
    let run = try SeenExecutable.run(
      ["content", "--width", "1000"] + arguments, environment: environment)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    return run.stdout.split(separator: "\n").first {
      $0.hasPrefix("Local file") || $0.hasPrefix("No local file")
    }
    .map(String.init) ?? ""
  }

  func testTheLocalFileIsFoundFromTheOptionThenTheVariableThenTheConfigurationFolder() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let option = folder.appendingPathComponent("option.json")
    let variable = folder.appendingPathComponent("variable.json")
    let xdg = folder.appendingPathComponent("xdg")
    let home = folder.appendingPathComponent("home")
    try localFile("Option Partnership", at: option)
    try localFile("Variable Partnership", at: variable)
    try localFile("XDG Partnership", at: xdg.appendingPathComponent("seen/local.json"))
    try localFile("Home Partnership", at: home.appendingPathComponent(".config/seen/local.json"))

    let all = ["SEEN_LOCAL": variable.path, "XDG_CONFIG_HOME": xdg.path, "HOME": home.path]
    XCTAssertEqual(
      try contentLine(["--local", option.path], environment: all),
      "Local file: \(option.path) (partnership Option Partnership, version 2026-11). It adds to the review's content and changes none of it: each addition is marked \"Locally (Option Partnership)\", and its own items have ids starting \"local:\"."
    )
    XCTAssertTrue(
      try contentLine([], environment: all).hasPrefix(
        "Local file: \(variable.path) (partnership Variable Partnership"))
    var noVariable = all
    noVariable["SEEN_LOCAL"] = ""
    XCTAssertTrue(
      try contentLine([], environment: noVariable).hasPrefix(
        "Local file: \(xdg.path)/seen/local.json (partnership XDG Partnership"))
    // XDG_CONFIG_HOME unset (empty): ~/.config.
    noVariable["XDG_CONFIG_HOME"] = ""
    XCTAssertTrue(
      try contentLine([], environment: noVariable).hasPrefix(
        "Local file: \(home.path)/.config/seen/local.json (partnership Home Partnership"))
    // --no-local ignores every one of them.
    XCTAssertTrue(try contentLine(["--no-local"], environment: all).hasPrefix("No local file"))
    // Without any, the review's content alone.
    XCTAssertTrue(try contentLine([], environment: [:]).hasPrefix("No local file"))
  }

  func testEveryOutputNamesTheLocalFilesPartnershipAndVersion() throws {
    let local = ["--local", Self.example]
    let named = "Anyshire Safeguarding Children Partnership, version 2026-11"
    for arguments in [
      ["report", examplePath("two-men"), "--width", "1000"],
      ["sheet", examplePath("two-men")], ["sheet"], ["workshop", "wiltshire"],
      ["summary", examplePath("two-men"), examplePath("few-gaps")],
    ] {
      let run = try SeenExecutable.run(arguments + local)
      XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
      XCTAssertTrue(
        run.stdout.replacingOccurrences(of: "\n", with: " ").contains(named),
        "\(arguments) names the local file")
      let plain = try SeenExecutable.run(arguments + ["--no-local"])
      XCTAssertFalse(plain.stdout.contains("Anyshire"), "\(arguments) without it")
    }
    // The facilitator pack's key shows the local steps under the review's items (beside the
    // scenario's safe forms, the steps for safety, each under its condition), and the local contacts.
    let handout = try SeenExecutable.run(
      ["workshop", "wiltshire", "--pack", "facilitator"] + local)
    XCTAssertTrue(
      normalizingWhitespace(handout.stdout).contains(
        "Where contact is to be planned for safety: Ask the front door"),
      handout.stdout)
    XCTAssertTrue(handout.stdout.contains("Children's services front door"))
    for arguments in [
      ["report", examplePath("two-men"), "--format", "json"],
      ["summary", examplePath("two-men"), "--format", "json"],
    ] {
      let json = try SeenExecutable.run(arguments + local)
      XCTAssertTrue(
        json.stdout.contains(
          "\"local\": {\n    \"partnership\": \"Anyshire Safeguarding Children Partnership\""),
        "\(arguments)")
    }
  }

  /// Issue 17 follow-up: a local step beside the review's safe form ("do not contact him
  /// until…") is the item's `locallyForSafety`, or none, and then no links either.
  func testALocalStepBesideASafeFormIsItsStepForSafetyOrNone() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let local = folder.appendingPathComponent("local.json")
    try """
    {"format": "seen-local/1", "partnership": "Testshire", "version": "1", "items": {
      "contacted": {"locally": "Phone him to invite him to the Dads' group.",
        "links": [{"title": "Fathers", "url": "https://procedures.example/fathers"}]},
      "agency-checks": {"locally": "Ask the front door for checks.",
        "locallyForSafety": "Ask for checks through your safeguarding lead, not him."}}}
    """.write(to: local, atomically: true, encoding: .utf8)
    // The same case twice: contact and checks not yet done, without and with a safety concern.
    let example = try String(contentsOfFile: examplePath("few-gaps"), encoding: .utf8)
      .replacingOccurrences(
        of: "\"contacted\": {\"answer\": \"yes\",", with: "\"contacted\": {\"answer\": \"no\",")
    let plain = folder.appendingPathComponent("plain.json")
    let safety = folder.appendingPathComponent("safety.json")
    try example.write(to: plain, atomically: true, encoding: .utf8)
    try example.replacingOccurrences(of: "\"safety\": \"no\"", with: "\"safety\": \"yes\"")
      .write(to: safety, atomically: true, encoding: .utf8)
    let flat = { (arguments: [String]) throws -> String in
      let run = try SeenExecutable.run(arguments + ["--local", local.path])
      XCTAssertEqual(run.status, 0, "\(arguments): \(run.stderr)")
      return run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    for arguments in [["report", plain.path, "--detail", "full"], ["sheet", plain.path]] {
      let text = try flat(arguments)
      XCTAssertTrue(text.contains("Phone him to invite him"), "\(arguments): \(text)")
      XCTAssertTrue(text.contains("Ask the front door for checks."), "\(arguments)")
      XCTAssertFalse(text.contains("through your safeguarding lead, not him"), "\(arguments)")
    }
    for arguments in [
      ["report", safety.path], ["report", safety.path, "--detail", "full"],
      ["report", safety.path, "--format", "markdown"], ["sheet", safety.path],
    ] {
      let text = try flat(arguments)
      XCTAssertFalse(text.contains("Phone him"), "\(arguments): \(text)")
      XCTAssertFalse(text.contains("Ask the front door for checks."), "\(arguments)")
      XCTAssertTrue(
        text.contains("Ask for checks through your safeguarding lead, not him."), "\(arguments)")
      // Issue 17 round 3: with no step for safety, its links (a Dads' group page) go too.
      XCTAssertFalse(text.contains("Fathers:"), "\(arguments): links")
      XCTAssertFalse(text.contains("procedures.example/fathers"), "\(arguments): links")
    }
    // A blank sheet says both; seen content lists both.
    let blank = try flat(["sheet"])
    XCTAssertTrue(
      blank.contains(
        "Phone him to invite him to the Dads' group. Not where contact is to be planned for safety."
      ), blank)
    XCTAssertTrue(
      blank.contains(
        "Ask the front door for checks. Where contact is to be planned for safety: Ask for checks through your safeguarding lead, not him."
      ), blank)
    let content = try flat(["content"])
    XCTAssertTrue(
      content.contains(
        "Locally (Testshire), planned for safety: Ask for checks through your safeguarding lead, not him."
      ), content)
  }

  func testContentCheckSaysAValidFileOrFolderHasNoProblems() throws {
    try assertExecuteCommand(
      ["content", "--check", Self.example],
      expected:
        "\(Self.example): no problems (partnership Anyshire Safeguarding Children Partnership, version 2026-11)\n"
    )
    let resources = PackagePaths.root.appendingPathComponent("Resources").path
    let run = try assertExecuteCommand(["content", "--check", resources])
    XCTAssertTrue(run.stdout.hasPrefix("\(resources): no problems (content "))
  }

  func testContentCheckListsEveryProblemOfAContentFolder() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let resources = PackagePaths.root.appendingPathComponent("Resources")
    for name in try FileManager.default.contentsOfDirectory(atPath: resources.path)
    where name.hasSuffix(".json") {
      try FileManager.default.copyItem(
        at: resources.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let roles = folder.appendingPathComponent("roles.json")
    try "{\"roles\": [\"\", \"other\"]}".write(to: roles, atomically: true, encoding: .utf8)
    let run = try SeenExecutable.run(["content", "--check", folder.path])
    XCTAssertEqual(run.status, 65)
    let lines = run.stdout.split(separator: "\n")
    XCTAssertGreaterThanOrEqual(lines.count, 2, run.stdout)
    XCTAssertTrue(lines.allSatisfy { $0.contains("roles.json") }, run.stdout)
    XCTAssertEqual(run.stderr.split(separator: "\n").count, 1)
    XCTAssertTrue(run.stderr.hasPrefix("error: the content folder"), run.stderr)
  }

  func testARecordWithLocalAnswersReadsAndSavesOnAComputerWithoutTheLocalFile() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = folder.appendingPathComponent("r.json")
    let saved = folder.appendingPathComponent("saved.json")
    // Answered where the local file is in use.
    try assertExecuteCommand(
      [
        "review", "--answers", examplePath("two-men"), "--local", Self.example, "--set",
        "local:was-not-brought=yes", "--set", "local:bruising-protocol=no:asked on day 3",
        "--no-input", "--save", record.path,
      ])
    let written = try String(contentsOf: record, encoding: .utf8)
    XCTAssertTrue(written.contains("\"local:was-not-brought\": \"yes\""))

    // Read elsewhere: kept, shown, warned about once, never refused.
    let report = try SeenExecutable.run(["report", record.path, "--width", "1000"])
    XCTAssertEqual(report.status, 0, report.stderr)
    XCTAssertEqual(
      report.stderr,
      "warning: \(record.path) has answers to 2 local items not defined here (local:bruising-protocol, local:was-not-brought); they are kept. Use the local file that defines them (--local FILE) to see them.\n"
    )
    XCTAssertTrue(
      report.stdout.contains(
        "local:was-not-brought: local item (not defined here), answered yes; kept in the record."))
    XCTAssertFalse(report.stdout.contains("asked on day 3"))

    // Saved again elsewhere: the local answers are written back as they were.
    let review = try SeenExecutable.run(
      [
        "review", "--answers", record.path, "--set", "role=Health visitor", "--no-input",
        "--save", saved.path,
      ])
    XCTAssertEqual(review.status, 0, review.stderr)
    XCTAssertEqual(review.stderr.split(separator: "\n").count, 1, review.stderr)
    let again = try String(contentsOf: saved, encoding: .utf8)
    for line in written.split(separator: "\n") where line.contains("local:") {
      XCTAssertTrue(again.contains(line), "kept: \(line)")
    }
    XCTAssertTrue(again.contains("asked on day 3"))

    // With the local file, the items are its own again.
    let local = try SeenExecutable.run(
      ["report", saved.path, "--local", Self.example, "--width", "1000"])
    XCTAssertEqual(local.stderr, "")
    // The partnership's own items are marked as local in the report, never passed off as the
    // review's.
    XCTAssertTrue(local.stdout.contains("In place: Was not brought (local)"), local.stdout)
    XCTAssertTrue(
      local.stdout.contains("Bruising protocol (local): not yet (asked on day 3)"), local.stdout)
  }

  /// A record answered with the example's local items, saved in `folder` as r.json.
  private func recordWithLocalAnswers(in folder: URL, role: String = "Midwife") throws -> URL {
    let record = folder.appendingPathComponent("\(role).json")
    try assertExecuteCommand(
      [
        "review", "--answers", examplePath("two-men"), "--local", Self.example, "--set",
        "local:was-not-brought=yes", "--set", "local:bruising-protocol=no:asked on day 3",
        "--set", "role=\(role)", "--no-input", "--save", record.path,
      ])
    return record
  }

  /// A scripted re-review with --keep-earlier keeps the earlier review's local answers on a
  /// computer without the local file, as read, like every other answer; without
  /// --keep-earlier nothing carries over, as before.
  func testAReReviewKeepsLocalAnswersWithKeepEarlierOnAComputerWithoutTheLocalFile() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = try recordWithLocalAnswers(in: folder)
    let written = try String(contentsOf: record, encoding: .utf8)
    let localLines = written.split(separator: "\n").filter { $0.contains("local:") }
    XCTAssertEqual(localLines.count, 2, written)

    let kept = folder.appendingPathComponent("kept.json")
    let again = try SeenExecutable.run(
      [
        "review", "--again", record.path, "--keep-earlier", "--no-input", "--save", kept.path,
      ], currentDirectory: folder)
    XCTAssertEqual(again.status, 0, again.stderr)
    let keptText = try String(contentsOf: kept, encoding: .utf8)
    for line in localLines {
      XCTAssertTrue(keptText.contains(line), "kept: \(line)\n\(keptText)")
    }
    XCTAssertTrue(keptText.contains("asked on day 3"))

    let fresh = folder.appendingPathComponent("fresh.json")
    let notKept = try SeenExecutable.run(
      // --force: a second re-review of the same review, on purpose.
      ["review", "--again", record.path, "--no-input", "--force", "--save", fresh.path],
      currentDirectory: folder)
    XCTAssertEqual(notKept.status, 0, notKept.stderr)
    XCTAssertFalse(try String(contentsOf: fresh, encoding: .utf8).contains("local:"))
  }

  /// `seen combine` takes --local and --no-local like the other commands, names the local file
  /// in use in every output, and on a computer without it shows the local answers as rows
  /// "local item (not defined here)", their differences listed like others, by id.
  func testCombineTakesTheLocalFileNamesItAndKeepsLocalAnswersNotDefinedHere() throws {
    let folder = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let midwife = try recordWithLocalAnswers(in: folder)
    // The health visitor's review of the same case: another review, without the local answers.
    let visitor = folder.appendingPathComponent("hv.json")
    var other = try jsonObject(String(contentsOf: midwife, encoding: .utf8))
    other["id"] = "0123456789abcdef0123456789abcdef"
    other["role"] = "Health visitor"
    other["answers"] = (other["answers"] as? [String: Any] ?? [:]).filter {
      !$0.key.hasPrefix("local:")
    }
    try JSONSerialization.data(withJSONObject: other).write(to: visitor)
    let both = ["combine", midwife.path, visitor.path, "--no-input", "--width", "1000"]

    let without = try SeenExecutable.run(both)
    XCTAssertEqual(without.status, 0, without.stderr)
    XCTAssertTrue(
      without.stdout.contains("local:was-not-brought: local item (not defined here)"),
      without.stdout)
    XCTAssertTrue(
      without.stdout.contains(
        "local:was-not-brought: local item (not defined here): done by the midwife"),
      without.stdout)
    XCTAssertFalse(without.stdout.contains("Local procedures:"))
    XCTAssertFalse(without.stdout.contains("asked on day 3"))
    let json = try jsonObject(
      try SeenExecutable.run(both + ["--format", "json"]).stdout)
    XCTAssertNil(json["local"])

    let named = "Local procedures: Anyshire Safeguarding Children Partnership, version 2026-11."
    for (arguments, environment) in [
      (["--local", Self.example], [String: String]()), ([], ["SEEN_LOCAL": Self.example]),
    ] {
      let with = try SeenExecutable.run(both + arguments, environment: environment)
      XCTAssertEqual(with.status, 0, with.stderr)
      XCTAssertEqual(with.stderr, "")
      XCTAssertTrue(with.stdout.contains(named), with.stdout)
      XCTAssertTrue(with.stdout.contains("Was not brought"), with.stdout)
      XCTAssertFalse(with.stdout.contains("not defined here"), with.stdout)
      let local = try XCTUnwrap(
        try jsonObject(
          try SeenExecutable.run(
            both + arguments + ["--format", "json"], environment: environment
          ).stdout)["local"] as? [String: Any])
      XCTAssertEqual(local["version"] as? String, "2026-11")
    }
    let noLocal = try SeenExecutable.run(
      both + ["--no-local"], environment: ["SEEN_LOCAL": Self.example])
    XCTAssertEqual(noLocal.status, 0, noLocal.stderr)
    XCTAssertFalse(noLocal.stdout.contains(named))
    XCTAssertTrue(noLocal.stdout.contains("local item (not defined here)"))
  }
}
