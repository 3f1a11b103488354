import Foundation
import SeenTestSupport
import XCTest

/// `seen sheet` in-process: the reflection sheet in every format, to standard output and to
/// files, with its errors; the PDFs checked by qpdf and pdftotext when they are installed. The
/// binary's own wiring (a pipe, a real exit status) is in seenTests/SheetCommandEndToEndTests.
final class SheetCommandTests: XCTestCase {
  private let exampleNames = ["few-gaps", "unseen-father", "two-men"]

  private let formats: [(format: String, fileExtension: String)] = [
    ("text", "txt"), ("markdown", "md"), ("html", "html"), ("pdf", "pdf"),
  ]

  // MARK: - Output

  func testBlankSheetMatchesTheGoldenFilesInEveryFormat() throws {
    for (format, fileExtension) in formats {
      try assertExecuteCommand(
        ["sheet", "--format", format], snapshot: "sheet-blank.\(fileExtension)")
    }
    try assertExecuteCommand(["sheet"], snapshot: "sheet-blank.txt")
    try assertExecuteCommand(
      ["sheet", "--men", "1", "--format", "pdf"], snapshot: "sheet-blank-1-man.pdf")
  }

  func testFilledSheetsMatchTheGoldenFiles() throws {
    for example in exampleNames {
      for (format, fileExtension) in formats {
        try assertExecuteCommand(
          ["sheet", examplePath(example), "--format", format],
          snapshot: "sheet-\(example).\(fileExtension)")
      }
    }
  }

  func testLeadersSheetMatchesTheGoldenFiles() throws {
    for (format, fileExtension) in formats {
      try assertExecuteCommand(
        ["sheet", "--leaders", "--format", format], snapshot: "sheet-leaders.\(fileExtension)")
    }
  }

  func testFilledSheetReadsStandardInput() throws {
    let record = try String(contentsOfFile: examplePath("two-men"), encoding: .utf8)
    try assertExecuteCommand(
      ["sheet", "-", "--format", "markdown"], stdin: record, snapshot: "sheet-two-men.md")
  }

  func testEveryFormatIsIdenticalOnASecondRun() throws {
    for arguments in [["sheet"], ["sheet", examplePath("two-men")], ["sheet", "--leaders"]] {
      for (format, _) in formats {
        let first = InProcessSeen.run(arguments + ["--format", format])
        let second = InProcessSeen.run(arguments + ["--format", format])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdoutData.isEmpty)
        XCTAssertEqual(first.stdoutData, second.stdoutData, "\(arguments) as \(format)")
      }
    }
  }

  func testOutputWritesAPrivateFileAndRefusesToReplaceIt() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("sheet.pdf").path
    try assertExecuteCommand(["sheet", "--format", "pdf", "--output", path], expected: "")
    XCTAssertEqual(permissions(of: path), 0o600)
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    XCTAssertEqual(written, InProcessSeen.run(["sheet", "--format", "pdf"]).stdoutData)
    try assertFailure(
      ["sheet", "--format", "pdf", "-o", path], status: 73, messages: ["already exists", "--force"])
    try assertExecuteCommand(
      ["sheet", "--format", "html", "-o", path, "--force"], expected: "")
    XCTAssertTrue(
      try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    XCTAssertEqual(try names(in: folder), ["sheet.pdf"], "no temporary file is left behind")
  }

  func testSourceDateEpochDatesThePDF() throws {
    let dated = try assertExecuteCommand(
      ["sheet", "--format", "pdf"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    XCTAssertTrue(dated.stdout.contains("/CreationDate (D:20231114221320Z)"))
    let undated = InProcessSeen.run(
      ["sheet", "--format", "pdf"], environment: ["SOURCE_DATE_EPOCH": ""])
    XCTAssertFalse(undated.stdout.contains("/CreationDate"))
  }

  func testNonLatinTextGivesOneWarningAndAValidPDF() throws {
    let folder = try makeTemporaryDirectory()
    let record = try writeEditedExample("two-men", in: folder, as: "emoji.json") { object in
      var men = object["men"] as! [[String: Any]]
      var answers = men[0]["answers"] as! [String: Any]
      answers["contacted"] = ["answer": "yes", "note": "😀🙂👍 قال إنه بخير 🎉"]
      men[0]["answers"] = answers
      object["men"] = men
      object["reflections"] = ["confidence": "مرحبا بالعالم 😀😀"]
    }
    let pdfPath = folder.appendingPathComponent("emoji.pdf").path
    let run = InProcessSeen.run(["sheet", record.path, "--format", "pdf", "-o", pdfPath])
    XCTAssertEqual(run.status, 0, run.stderr)
    let lines = run.stderr.split(separator: "\n")
    XCTAssertEqual(lines.count, 1, run.stderr)
    XCTAssertTrue(lines.first?.hasPrefix("warning: ") ?? false, run.stderr)
    XCTAssertTrue(run.stderr.contains("[?]") && run.stderr.contains("--format html"), run.stderr)
    try assertQPDFAccepts(pdfPath)
    let text = try pdfText(pdfPath)
    XCTAssertTrue(text.contains("Note: [?] [?] [?] [?] [?]"), text)

    // The other formats keep the text as it is, and say nothing.
    let html = try assertExecuteCommand(["sheet", record.path, "--format", "html"])
    XCTAssertTrue(html.stdout.contains("😀🙂👍 قال إنه بخير 🎉"))
  }

  // MARK: - The PDF as other programs read it

  func testQPDFAcceptsEveryPDF() throws {
    let folder = try makeTemporaryDirectory()
    var paths: [String] = []
    for (name, arguments) in pdfCases() {
      let path = folder.appendingPathComponent("\(name).pdf").path
      try assertExecuteCommand(arguments + ["--format", "pdf", "-o", path], expected: "")
      paths.append(path)
    }
    try assertQPDFAccepts(paths)
  }

  func testPdftotextGivesBackEveryQuestionAndPrompt() throws {
    let folder = try makeTemporaryDirectory()
    let questions = [
      "How confident are you in your work with men?",
      "What do you know about the history of the men you work with?",
      "Is there substance misuse, has this been normalised?",
      "What about domestic abuse or mental ill health?",
      "Do you routinely check in with fathers as you do with mums?",
      "What do they think?", "How do you know?", "What would you do if you had a concern?",
    ]
    let content = try jsonObject(InProcessSeen.run(["content", "--format", "json"]).stdout)
    let prompts = (content["checklist"] as? [[String: Any]] ?? []).compactMap {
      $0["prompt"] as? String
    }
    XCTAssertEqual(prompts.count, 29)
    let sheets = pdfCases().filter { $0.0 != "leaders" }
    var paths: [String] = []
    for (name, arguments) in sheets {
      let path = folder.appendingPathComponent("\(name).pdf").path
      try assertExecuteCommand(arguments + ["--format", "pdf", "-o", path], expected: "")
      paths.append(path)
    }
    let leaders = folder.appendingPathComponent("leaders.pdf").path
    try assertExecuteCommand(["sheet", "--leaders", "--format", "pdf", "-o", leaders])
    var texts = try pdfTexts(paths + [leaders])
    let text = texts.removeLast()
    for ((name, _), text) in zip(sheets, texts) {
      for question in questions {
        XCTAssertTrue(text.contains(question), "\(name): \(question)")
      }
      for prompt in prompts {
        XCTAssertTrue(text.contains(normalizingWhitespace(prompt)), "\(name): \(prompt)")
      }
    }
    let tiers = (content["tiers"] as? [[String: Any]] ?? [])
    let challenges = tiers.flatMap { $0["challenges"] as? [[String: Any]] ?? [] }
    let partnershipQuestions = challenges.flatMap { $0["questions"] as? [String] ?? [] }
    XCTAssertEqual(partnershipQuestions.count, 21)
    for question in partnershipQuestions {
      XCTAssertTrue(text.contains(normalizingWhitespace(question)), question)
    }
  }

  func testPDFPageCounts() throws {
    let folder = try makeTemporaryDirectory()
    let path = folder.appendingPathComponent("one.pdf").path
    try assertExecuteCommand(["sheet", "--men", "1", "--format", "pdf", "-o", path])
    let info = try runProgram("pdfinfo", [path])
    XCTAssertTrue(info.contains("Pages:           4"), info)
    XCTAssertTrue(info.contains("Title:           Reflection sheet for supervision"), info)
  }

  // MARK: - Errors

  func testUsageErrors() throws {
    try assertUsageError(["sheet", "--men", "0"], messages: ["--men", "1 to 6"])
    try assertUsageError(["sheet", "--men", "7"], messages: ["1 to 6"])
    try assertUsageError(["sheet", "--men", "two"], messages: ["'two'"])
    try assertUsageError(
      ["sheet", examplePath("two-men"), "--men", "3"], messages: ["column for each man"])
    try assertUsageError(["sheet", "--leaders", examplePath("two-men")], messages: ["--leaders"])
    try assertUsageError(["sheet", "--format", "docx"], messages: ["text, markdown, html, pdf"])
    try assertUsageError(["sheet", "a.json", "b.json"], messages: ["b.json"])
    let run = InProcessSeen.run(
      ["sheet", "--format", "pdf"], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    XCTAssertEqual(run.status, 64)
    XCTAssertEqual(run.stdout, "")
    XCTAssertTrue(
      run.stderr.hasPrefix("error: the environment variable SOURCE_DATE_EPOCH is 'yesterday'"),
      run.stderr)
  }

  func testMissingAndMalformedReviews() throws {
    try assertFailure(
      ["sheet", "no-such-review.json"], status: 66, messages: ["no-such-review.json"])
    try assertFailure(
      ["sheet", "-"], status: 65, messages: ["<stdin>", "not valid JSON"], stdin: "{")
    try assertFailure(
      ["sheet", "-"], status: 65, messages: ["unknown checklist item \"seen-him\""],
      stdin: #"{"men": [{"label": "Father", "answers": {"seen-him": "yes"}}]}"#)
  }

  func testOutputIntoAMissingFolderCannotCreate() throws {
    try assertFailure(
      ["sheet", "--format", "pdf", "-o", "/no/such/folder/sheet.pdf"], status: 73,
      messages: ["does not exist"])
  }

  func testHelpDescribesTheCommand() throws {
    let help = try assertExecuteCommand(["help", "sheet"])
    for text in ["seen sheet", "--format", "--men", "--leaders", "--output", "pdf", "EXAMPLES"] {
      XCTAssertTrue(help.stdout.contains(text), text)
    }
    XCTAssertTrue(InProcessSeen.run(["--help"]).stdout.contains("sheet"))
  }

  // MARK: - Helpers

  private func pdfCases() -> [(String, [String])] {
    [
      ("blank", ["sheet"]), ("blank-1-man", ["sheet", "--men", "1"]),
      ("blank-6-men", ["sheet", "--men", "6"]),
      ("few-gaps", ["sheet", examplePath("few-gaps")]),
      ("unseen-father", ["sheet", examplePath("unseen-father")]),
      ("two-men", ["sheet", examplePath("two-men")]), ("leaders", ["sheet", "--leaders"]),
    ]
  }
}
