import Foundation
import SeenTestSupport
import XCTest

/// `seen summary` in-process: folders, files, formats, bad files, no files. A folder it cannot
/// read (tried as nobody when the tests run as root) is in seenTests/SummaryCommandEndToEndTests.
final class SummaryCommandTests: XCTestCase {
  private let exampleNames = ["few-gaps", "unseen-father", "two-men"]
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-summary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
    for (offset, name) in exampleNames.enumerated() {
      let target = offset == 2 ? "nested/deeper/\(name).json" : "\(name).json"
      try FileManager.default.copyItem(
        at: URL(fileURLWithPath: examplePath(name)), to: folder.appendingPathComponent(target))
    }
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func json(_ text: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  func testSummarisesEveryReviewUnderAFolderRecursively() throws {
    let run = try assertExecuteCommand([
      "summary", "--no-suppress", folder.path, "--format", "json",
    ])
    let summary = try json(run.stdout)
    XCTAssertEqual(summary["reviews"] as? Int, 3)
    XCTAssertEqual(summary["men"] as? Int, 4)
    XCTAssertEqual(summary["skipped"] as? Int, 0)
    XCTAssertEqual(
      summary["visibility"] as? [String: Int],
      ["seen": 1, "partly-seen": 1, "contact-planned-for-safety": 0, "unseen": 2])
    XCTAssertEqual(
      (summary["relationships"] as? [String: Int])?["birth-father"], 3)
  }

  func testOutputMatchesTheGoldenSummaryAndIsTheSameForFilesInAnyOrder() throws {
    let paths = exampleNames.map(examplePath)
    let forward = try assertExecuteCommand(
      ["summary", "--no-suppress"] + paths + ["--format", "csv"])
    let backward = try assertExecuteCommand(
      ["summary", "--no-suppress"] + paths.reversed() + ["--format", "csv"])
    XCTAssertEqual(forward.stdout, backward.stdout)
    let folderRun = try assertExecuteCommand([
      "summary", "--no-suppress", folder.path, "--format", "csv",
    ])
    XCTAssertEqual(folderRun.stdout, forward.stdout)
  }

  func testEveryFormat() throws {
    for format in ["text", "markdown", "csv", "json", "html"] {
      let run = try assertExecuteCommand([
        "summary", "--no-suppress", folder.path, "--format", format, "--by", "role",
      ])
      XCTAssertFalse(run.stdout.isEmpty, format)
      for secret in ["SW-0457", "MW-2231", "HV-0101", "Mother's partner", "letter", "Home visit"] {
        XCTAssertFalse(run.stdout.contains(secret), "\(format) shows \(secret)")
      }
    }
    let html = try assertExecuteCommand([
      "summary", "--no-suppress", folder.path, "--format", "html",
    ]).stdout
    XCTAssert(html.hasPrefix("<!DOCTYPE html>"))
    XCTAssertFalse(html.contains("<script"))
    XCTAssertFalse(html.contains("http"), "self-contained: no external resources")
  }

  /// Roles typed in any case in older records, or given with --set, count as one role.
  func testRolesInAnyCaseAreOneGroup() throws {
    for (name, role) in [("a", "social worker"), ("b", " SOCIAL WORKER"), ("c", "School nurse")] {
      try Data(#"{"format": "seen-review/2", "role": "\#(role)", "men": []}"#.utf8)
        .write(to: folder.appendingPathComponent("role-\(name).json"))
    }
    try assertExecuteCommand([
      "review", "--set", "role=social Worker", "--set", "father.identified=yes", "--no-input",
      "--save", folder.appendingPathComponent("role-d.json").path,
    ])
    let summary = try json(
      try assertExecuteCommand([
        "summary", "--no-suppress", folder.path, "--by", "role", "--format", "json",
      ]).stdout)
    let groups = try XCTUnwrap(summary["groups"] as? [[String: Any]])
    XCTAssertEqual(
      groups.map { $0["name"] as? String },
      ["Community midwife", "Health visitor", "School nurse", "Social worker"])
    XCTAssertEqual(groups.map { $0["reviews"] as? Int }, [1, 1, 1, 4])
  }

  func testGroupsByRole() throws {
    let summary = try json(
      try assertExecuteCommand([
        "summary", "--no-suppress", folder.path, "--by", "role", "--format", "json",
      ]).stdout)
    let groups = try XCTUnwrap(summary["groups"] as? [[String: Any]])
    XCTAssertEqual(
      groups.map { $0["name"] as? String },
      ["Community midwife", "Health visitor", "Social worker"])
    XCTAssertEqual(groups.map { $0["reviews"] as? Int }, [1, 1, 1])
  }

  func testBadFilesAreSkippedWithOneWarningEach() throws {
    try Data("{ not json".utf8).write(to: folder.appendingPathComponent("broken.json"))
    try Data(#"{"men": [{"label": "Father", "answers": {"histry": "yes"}}]}"#.utf8)
      .write(to: folder.appendingPathComponent("nested/typo.json"))
    try Data("not a review".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let run = InProcessSeen.run(["summary", "--no-suppress", folder.path, "--format", "json"])
    XCTAssertEqual(run.status, 0, run.stderr)
    let summary = try json(run.stdout)
    XCTAssertEqual(summary["reviews"] as? Int, 3)
    XCTAssertEqual(summary["skipped"] as? Int, 2)
    let warnings = run.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: skipped") }
    XCTAssertEqual(warnings.count, 2, run.stderr)
    XCTAssert(run.stderr.contains("broken.json:1:3"), run.stderr)
    XCTAssert(run.stderr.contains("an unknown checklist item; valid items"), run.stderr)
    XCTAssertFalse(run.stderr.contains("histry"), "a skipped file is not quoted")
    XCTAssert(
      run.stderr.contains(
        "2 of 5 files skipped and left out of the figures; 3 reviews were counted."), run.stderr)
  }

  func testStrictMakesABadFileAnError() throws {
    try Data("{ not json".utf8).write(to: folder.appendingPathComponent("broken.json"))
    try assertFailure(
      ["summary", folder.path, "--strict"], status: 65, messages: ["broken.json", "--strict"])
  }

  func testNoFilesAtAllIsMissingInput() throws {
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    try assertFailure(["summary", empty.path], status: 66, messages: ["no review files"])
    try assertFailure(
      ["summary", folder.appendingPathComponent("missing").path], status: 66,
      messages: ["cannot read"])
    try assertUsageError(
      ["summary"],
      messages: ["seen summary needs <path>: review files or folders", "seen summary reviews/"])
    try assertUsageError(
      ["summary", folder.path, "--by", "case"], messages: ["use one of: role, date"])
  }

  func testWritesToAFileWithOutput() throws {
    let output = folder.appendingPathComponent("out/summary.html")
    try FileManager.default.createDirectory(
      at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
    try assertExecuteCommand(
      [
        "summary", "--no-suppress", exampleNames.map(examplePath)[0], "--format", "html",
        "--output", output.path,
      ],
      expected: "")
    let attributes = try FileManager.default.attributesOfItem(atPath: output.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
  }

  /// A file given with --output is written a part at a time, as standard output is, so that a
  /// summary of many groups is never held whole: the same bytes, in every format but PDF; an
  /// existing file is kept unless --force.
  func testOutputToAFileHasTheBytesOfStandardOutputInEveryTextFormat() throws {
    let output = try makeTemporaryDirectory().appendingPathComponent("summary.out")
    for format in ["text", "markdown", "html", "json", "csv"] {
      let arguments = ["summary", folder.path, "--by", "role", "--format", format]
      let printed = try assertExecuteCommand(arguments).stdout
      try assertExecuteCommand(arguments + ["--output", output.path, "--force"], expected: "")
      XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), printed, format)
    }
    let kept = try String(contentsOf: output, encoding: .utf8)
    let run = InProcessSeen.run(["summary", folder.path, "--output", output.path])
    XCTAssertEqual(run.status, 73, run.stderr)
    XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), kept, "never overwritten")
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: output.deletingLastPathComponent().path)
    XCTAssertEqual(leftovers, ["summary.out"], "no temporary file left")
  }
}

/// The summary on paper (issue 14, acceptance 3): a PDF written from the same layout as the text.
extension SummaryCommandTests {
  func testSummaryAsPDFIsAValidFileWithTheSummarysText() throws {
    let path = try makeTemporaryDirectory().appendingPathComponent("s.pdf").path
    try assertExecuteCommand(
      ["summary", "--no-suppress", folder.path, "--by", "role", "--format", "pdf", "-o", path],
      expected: "")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertTrue(bytes.starts(with: Data("%PDF-1.4\n".utf8)))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    try assertQPDFAccepts(path)
    let text = try pdfText(path)
    for words in [
      "Team summary", "Aggregate figures from saved reviews", "Men by relationship to the baby",
      "Practice, weakest first", "Practice by tier", "What is known about the men",
      "By role, side by side", "Health visitor", "Page 1 of",
    ] {
      XCTAssertTrue(text.contains(words), words)
    }
  }

  func testSummaryPDFIsDatedOnlyBySourceDateEpochAndABadOneStopsFirst() throws {
    let dated = try assertExecuteCommand(
      ["summary", folder.path, "--format", "pdf"],
      environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    XCTAssertTrue(dated.stdout.contains("/CreationDate (D:20231114221320Z)"))
    let undated = try assertExecuteCommand(
      ["summary", folder.path, "--format", "pdf"], environment: ["SOURCE_DATE_EPOCH": ""])
    XCTAssertFalse(undated.stdout.contains("/CreationDate"))
    let output = try makeTemporaryDirectory().appendingPathComponent("s.pdf")
    let run = InProcessSeen.run(
      ["summary", folder.path, "--format", "pdf", "-o", output.path],
      environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    XCTAssertEqual(run.status, 64)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(
      run.stderr.hasPrefix("error: the environment variable SOURCE_DATE_EPOCH is 'yesterday'"),
      run.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
  }
}

/// What `seen summary` counts in a folder: links to files followed, each file once.
extension SummaryCommandTests {
  private func reviews(_ arguments: [String]) throws -> Int? {
    let run = try assertExecuteCommand(
      ["summary", "--no-suppress"] + arguments + ["--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return object?["reviews"] as? Int
  }

  func testLinksToFilesAreFollowedAndEachFileCountsOnce() throws {
    let fileManager = FileManager.default
    let outside = try makeTemporaryDirectory().appendingPathComponent("outside.json")
    // Another review than any in the folder: a copy of one would count once by its id.
    try Data(#"{"format": "seen-review/4", "id": "outside-review-1", "men": []}"#.utf8)
      .write(to: outside)
    let inside = folder.appendingPathComponent("\(exampleNames[0]).json")
    // A link to a file outside: counted. A link to a file the walk finds itself, a hard link and
    // a link to the outside file again: not counted again.
    try fileManager.createSymbolicLink(
      at: folder.appendingPathComponent("linked.json"), withDestinationURL: outside)
    try fileManager.createSymbolicLink(
      at: folder.appendingPathComponent("nested/again.json"), withDestinationURL: outside)
    try fileManager.createSymbolicLink(
      at: folder.appendingPathComponent("inside-link.json"), withDestinationURL: inside)
    // A link to a folder is not followed (a loop).
    try fileManager.createSymbolicLink(
      at: folder.appendingPathComponent("nested/loop"), withDestinationURL: folder)
    XCTAssertEqual(try reviews([folder.path]), 4, "the outside file, through its links, once")
    try fileManager.linkItem(at: inside, to: folder.appendingPathComponent("hard.json"))
    XCTAssertEqual(try reviews([folder.path]), 4, "a hard link is the same file")
    XCTAssertEqual(try reviews([folder.path, outside.path]), 4)
  }
}
