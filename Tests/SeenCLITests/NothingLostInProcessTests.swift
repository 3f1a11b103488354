import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A review record is case work, in-process: it is never overwritten by a report or a summary,
/// never replaced through a link, and saved under the longest names allowed. Sessions, signals,
/// terminals and the places answers are kept when saving fails stay end to end in
/// Tests/seenTests/NothingLostTests.swift.
final class NothingLostInProcessTests: XCTestCase, FolderTests {
  var folder: URL!

  override func setUpWithError() throws {
    folder = try makeTemporaryDirectory()
  }

  /// A saved record of the few-gaps example, as `name`.
  private func saveExample(as name: String) throws {
    try assertExecuteCommand([
      "review", "--answers", examplePath("few-gaps"), "--no-input", "--save", path(name),
    ])
  }

  private func record(at path: String) throws -> [String: Any] {
    try jsonObject(String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
  }

  /// Runs seen in the test's folder, with nothing on standard input.
  private func seen(_ arguments: [String]) throws -> InProcessRun {
    InProcessSeen.run(arguments, in: folder)
  }

  // MARK: 1. The report never replaces the record

  func testOutputThatIsTheRecordBeingResumedOrSavedIsRefused() throws {
    try saveExample(as: "r.json")
    let before = contents("r.json")
    try FileManager.default.createSymbolicLink(
      atPath: path("link.json"), withDestinationPath: "r.json")
    try FileManager.default.createDirectory(
      atPath: path("sub"), withIntermediateDirectories: false)
    let sameFile = ["r.json", "./r.json", "sub/../r.json", path("r.json"), "link.json"]
    for output in sameFile {
      for arguments in [
        ["review", "--resume", "r.json", "--no-input", "-o", output, "--force"],
        ["review", "--resume", "r.json", "--no-input", "--output", output],
        ["review", "--answers", "r.json", "--no-input", "-o", output, "--force"],
        ["report", "r.json", "-o", output, "--force"],
      ] {
        let run = try seen(arguments)
        XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
        XCTAssertTrue(run.stderr.hasPrefix("error: --output '\(output)'"), run.stderr)
        XCTAssertEqual(contents("r.json"), before, "\(arguments) changed the record")
      }
    }
    // --save and -o naming one new file: refused before either is written.
    for arguments in [
      [
        "review", "--answers", examplePath("two-men"), "--no-input", "--save", "new.json", "-o",
        "new.json",
      ],
      [
        "review", "--answers", examplePath("two-men"), "--no-input", "--save", "new.json", "-o",
        "./new.json", "--force",
      ],
    ] {
      let run = try seen(arguments)
      XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
      XCTAssertTrue(run.stderr.contains("--save"), run.stderr)
    }
    XCTAssertEqual(try names(in: folder), ["r.json", "link.json", "sub"])
  }

  /// A summary written over one of the records it reads would replace case work.
  func testASummaryNeverReplacesAReviewItReads() throws {
    try FileManager.default.createDirectory(
      atPath: path("reviews"), withIntermediateDirectories: false)
    try saveExample(as: "reviews/a.json")
    let before = contents("reviews/a.json")
    for arguments in [
      ["summary", "reviews", "-o", "reviews/a.json", "--force"],
      ["summary", "reviews/a.json", "--format", "json", "-o", "./reviews/a.json", "--force"],
    ] {
      let run = try seen(arguments)
      XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
      XCTAssertTrue(run.stderr.hasPrefix("error: --output"), run.stderr)
    }
    XCTAssertEqual(contents("reviews/a.json"), before)
    let beside = try seen(["summary", "reviews", "-o", "summary.txt"])
    XCTAssertEqual(beside.status, 0, beside.stderr)
  }

  // MARK: 6. Links and devices

  func testResumeThroughASymbolicLinkWritesToItsTarget() throws {
    try FileManager.default.createDirectory(
      atPath: path("cases"), withIntermediateDirectories: false)
    try saveExample(as: "cases/r.json")
    try FileManager.default.createSymbolicLink(
      atPath: path("link.json"), withDestinationPath: "cases/r.json")
    let run = try seen(["review", "--resume", "link.json", "--no-input", "--case", "VIA-LINK"])
    XCTAssertEqual(run.status, 0, run.stderr)
    var info = stat()
    XCTAssertEqual(lstat(path("link.json"), &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
    XCTAssertEqual(try record(at: path("cases/r.json"))["case"] as? String, "VIA-LINK")
    XCTAssertEqual(permissions(of: path("cases/r.json")), 0o600)
    XCTAssertEqual(try names(in: folder.appendingPathComponent("cases")), ["r.json"])
  }

  func testForceNeverWritesIntoADeviceOrAPipeThroughALink() throws {
    XCTAssertEqual(mkfifo(path("pipe"), 0o600), 0)
    try FileManager.default.createSymbolicLink(
      atPath: path("report.txt"), withDestinationPath: "pipe")
    try FileManager.default.createSymbolicLink(
      atPath: path("null.txt"), withDestinationPath: "/dev/null")
    for output in ["report.txt", "null.txt", "pipe"] {
      let run = try seen(["report", examplePath("few-gaps"), "-o", output, "--force"])
      XCTAssertEqual(run.status, 73, run.stderr)
      XCTAssertTrue(run.stderr.hasPrefix("error: cannot write '\(output)'"), run.stderr)
      XCTAssertTrue(run.stderr.contains("not a regular file"), run.stderr)
      XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }
    var info = stat()
    XCTAssertEqual(lstat(path("pipe"), &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the pipe is still a pipe")
    XCTAssertEqual(lstat(path("report.txt"), &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
  }

  // MARK: 7. Long file names

  func testAFileNameNearTheLongestAllowedIsSaved() throws {
    for length in [244, 250, 255] {
      let name = String(repeating: "r", count: length - 5) + ".json"
      let run = try seen([
        "review", "--answers", examplePath("few-gaps"), "--no-input", "--save", name, "-o",
        String(repeating: "o", count: length - 4) + ".txt",
      ])
      XCTAssertEqual(run.status, 0, "a \(length)-byte name: \(run.stderr)")
      XCTAssertEqual(try record(at: path(name))["case"] as? String, "HV-0101")
      XCTAssertEqual(permissions(of: path(name)), 0o600)
    }
    XCTAssertEqual(try names(in: folder).count, 6, "no temporary or lock file left")
  }
}
