import Foundation
import SeenTestSupport
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
      "mkdir -p reviews && cp '\(example)' \"reviews/$(printf 'caf\\351.json')\" && exec \"$0\" summary reviews --format json --no-suppress",
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stdout.contains("\"reviews\": 1"), run.stdout)
  }

  func testAFolderWhoseNameIsNotUTF8IsSummarised() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("few-gaps")
    let run = try runThroughShell(
      "dir=$(printf 'r\\351views'); mkdir \"$dir\" && cp '\(example)' \"$dir/a.json\" && exec \"$0\" summary \"$dir\" --format json --no-suppress",
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

extension RawFileNameTests {
  /// Writing keeps a name's bytes too: -o, --save and --resume create or replace exactly the
  /// name given (mode 0600, no other file, no temporary file left), and a refusal shows the
  /// name with its bytes as \xNN, on one line.
  func testOutputSaveAndResumeWriteANameThatIsNotUTF8() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("two-men")
    let run = try runThroughShell(
      """
      out=$(printf 'caf\\351.txt'); rec=$(printf 'r\\351.json'); old=$(printf 'v\\351.json')
      cp '\(example)' "$old" && chmod 640 "$old"
      "$0" report '\(example)' -o "$out" || exit 1
      "$0" review --answers '\(example)' --no-input --case SAVED --save "$rec" >/dev/null || exit 2
      "$0" review --resume "$old" --no-input --case RESUMED >/dev/null || exit 3
      [ -f "$out" ] && grep -q 'Gap report' "$out" || exit 4
      grep -q '"SAVED"' "$rec" || exit 5
      grep -q '"RESUMED"' "$old" || exit 6
      ls -l "$out" "$rec" "$old" | cut -c1-10
      ls -A | wc -l
      """, in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(run.stderr, "")
    let lines = run.stdout.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    // The resumed review keeps its mode (0640); what seen creates is 0600.
    XCTAssertEqual(lines, ["-rw-------", "-rw-------", "-rw-r-----", "3"], run.stdout)
  }

  func testARefusedWriteShowsTheNameWithItsBytes() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("two-men")
    let exists = try runThroughShell(
      "out=$(printf 'caf\\351.txt'); : > \"$out\"; exec \"$0\" report '\(example)' -o \"$out\"",
      in: folder)
    XCTAssertEqual(exists.status, 73, exists.stderr)
    XCTAssertEqual(
      exists.stderr,
      "error: 'caf\\xE9.txt' already exists; add --force to replace it, or choose another name.\n")
    let linked = try runThroughShell(
      "rec=$(printf 'r\\351.json'); cp '\(example)' \"$rec\" && ln \"$rec\" b.json && exec \"$0\" review --resume \"$rec\" --no-input",
      in: folder)
    XCTAssertEqual(linked.status, 73, linked.stderr)
    XCTAssertTrue(linked.stderr.hasPrefix("error: cannot write 'r\\xE9.json': "), linked.stderr)
    XCTAssertEqual(linked.stderr.split(separator: "\n").count, 1, linked.stderr)
    let left = try names(in: folder).filter { $0.hasSuffix(".tmp") || $0.hasSuffix(".lock") }
    XCTAssertEqual(left, [])
  }
}

extension RawFileNameTests {
  /// A guided review of a record whose name is not UTF-8 names it with \xNN, and the command
  /// that continues it reads back as those bytes ($'...' in bash and zsh).
  func testAGuidedReviewShowsANameThatIsNotUTF8AndHowToResumeIt() throws {
    let folder = try makeTemporaryDirectory()
    let example = examplePath("two-men")
    let run = try runThroughShell(
      "old=$(printf 'v\\351.json'); cp '\(example)' \"$old\" && printf 'q\\n' | HOME=. exec \"$0\" review --interactive --resume \"$old\"",
      in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertTrue(run.stderr.contains("Saved to v\\xE9.json. Resume with:"), run.stderr)
    XCTAssertTrue(run.stderr.contains("seen review --resume $'v\\xE9.json'\n"), run.stderr)
    XCTAssertFalse(run.stderr.unicodeScalars.contains { $0.value >= 0x10_FC00 }, run.stderr)
  }
}
