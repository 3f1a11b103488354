import Foundation
import XCTest

/// A file name that is not UTF-8 (Latin-1 "café" is the bytes 63 61 66 E9) is kept as the bytes
/// given, so the file opens; before, the argument became U+FFFD and the file could not be found.
final class RawFileNameTests: XCTestCase {
  /// Runs seen through sh, which can pass bytes that are not UTF-8 as arguments.
  private func runThroughShell(_ script: String, in folder: URL) throws -> SeenRun {
    let seen = try XCTUnwrap(SeenExecutable.url)
    return try SeenExecutable.run(
      ["-c", script, seen.path], currentDirectory: folder,
      executable: URL(fileURLWithPath: "/bin/sh"))
  }

  func testAReviewFileWhoseNameIsNotUTF8Opens() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("few-gaps")
    let run = try runThroughShell(
      "name=$(printf 'caf\\351.json'); cp '\(example)' \"$name\" && exec \"$0\" report \"$name\" --format json",
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\"format\": \"seen-gap-report/"), run.stdout)
  }

  func testASummaryFindsAFileWhoseNameIsNotUTF8() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("few-gaps")
    let run = try runThroughShell(
      "mkdir -p reviews && cp '\(example)' \"reviews/$(printf 'caf\\351.json')\" && exec \"$0\" summary reviews --format json",
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\"reviews\": 1"), run.stdout)
  }

  func testAFolderWhoseNameIsNotUTF8IsSummarised() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("few-gaps")
    let run = try runThroughShell(
      "dir=$(printf 'r\\351views'); mkdir \"$dir\" && cp '\(example)' \"$dir/a.json\" && exec \"$0\" summary \"$dir\" --format json",
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\"reviews\": 1"), run.stdout)
  }
}

extension RawFileNameTests {
  /// The bytes of a name that is not UTF-8 are shown as \xNN in a message, never as a private
  /// character; text that is not a path (a case reference) takes U+FFFD, as before.
  func testAMissingNameIsShownWithItsBytesAndTextIsNotAPath() throws {
    let folder = try makeTemporaryDirectory()
    let missing = try runThroughShell(
      "exec \"$0\" report \"$(printf 'caf\\351.json')\"", in: folder)
    XCTAssertEqual(missing.status, 66, missing.stderr)
    XCTAssertTrue(missing.stderr.contains("'caf\\xE9.json'"), missing.stderr)
    let text = try runThroughShell(
      "exec \"$0\" review --no-input --format json --case \"$(printf 'A\\351')\"", in: folder)
    XCTAssertEqual(text.status, 0, text.stderr)
    XCTAssertTrue(text.stdout.contains("\"case\": \"A\u{FFFD}\""), text.stdout)
  }
}
