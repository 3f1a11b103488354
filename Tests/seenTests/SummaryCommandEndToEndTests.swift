import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `seen summary` through the built binary: a folder of reviews counted, and a folder it cannot
/// read, which needs a real process run as nobody when the tests run as root. The rest runs
/// in-process in SeenCLITests/SummaryCommandTests.
final class SummaryCommandEndToEndTests: XCTestCase {
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

  func testSummarisesEveryReviewUnderAFolderRecursively() throws {
    let run = try assertExecuteCommand([
      "summary", folder.path, "--format", "json", "--no-suppress",
    ])
    let summary = try jsonObject(run.stdout)
    XCTAssertEqual(summary["reviews"] as? Int, 3)
    XCTAssertEqual(summary["men"] as? Int, 4)
    XCTAssertEqual(summary["skipped"] as? Int, 0)
  }

  /// Issue 15, acceptance 2, through the binary: a copied record counts once; two records of
  /// one case with different ids count twice and are reported as one case with two reviews.
  func testACopyCountsOnceAndTwoReviewsOfOneCaseAreOneCaseWithTwoReviews() throws {
    let team = try makeTemporaryDirectory()
    let first = team.appendingPathComponent("first.json").path
    let second = team.appendingPathComponent("second.json").path
    for path in [first, second] {
      try assertExecuteCommand([
        "review", "--no-input", "--case", "HV-0193", "--set", "father.identified=yes",
        "--save", path,
      ])
    }
    try FileManager.default.copyItem(
      atPath: first, toPath: team.appendingPathComponent("copy of first.json").path)
    let run = try assertExecuteCommand(["summary", team.path, "--no-suppress"])
    XCTAssertTrue(
      normalizingWhitespace(run.stdout).contains(
        "2 reviews, 2 men. Each review counted once: 1 duplicate copy left out; 1 case has more than one review."
      ), run.stdout)
    XCTAssertFalse(run.stdout.contains("HV-0193"))
    let summary = try jsonObject(
      try assertExecuteCommand(["summary", team.path, "--format", "json", "--no-suppress"]).stdout)
    XCTAssertEqual(summary["reviews"] as? Int, 2)
    XCTAssertEqual(summary["duplicates"] as? Int, 1)
    XCTAssertEqual(summary["casesWithSeveralReviews"] as? Int, 1)
  }

  /// root reads every folder, so the unreadable folder is tried as nobody when the tests run as
  /// root (setpriv), and skipped when that cannot be done.
  func testAnUnreadableFolderIsSkippedWithAWarningAndIsAnErrorWithStrict() throws {
    let locked = folder.appendingPathComponent("nested/locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: examplePath("few-gaps")),
      to: locked.appendingPathComponent("secret-case.json"))
    chmod(locked.path, 0)
    defer { chmod(locked.path, 0o700) }
    var prefix: [String] = []
    if geteuid() == 0 {
      guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
        let seen = SeenExecutable.url
      else { throw XCTSkip("running as root without setpriv: root reads every folder") }
      // nobody must reach the folder and the binary.
      for url in [folder!, folder.deletingLastPathComponent()] { chmod(url.path, 0o755) }
      prefix = [
        "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", seen.path,
      ]
      var current = seen.deletingLastPathComponent()
      while current.path != "/" {
        var info = stat()
        if stat(current.path, &info) == 0 && info.st_mode & 0o001 == 0 {
          throw XCTSkip("nobody cannot reach the built seen at \(seen.path)")
        }
        current = current.deletingLastPathComponent()
      }
    }
    func run(_ arguments: [String]) throws -> SeenRun {
      if prefix.isEmpty { return try SeenExecutable.run(["summary"] + arguments) }
      return try SeenExecutable.run(
        Array(prefix.dropFirst()) + ["summary"] + arguments,
        executable: URL(fileURLWithPath: prefix[0]))
    }
    let warned = try run([folder.path, "--format", "json", "--no-suppress"])
    XCTAssertEqual(warned.status, 0, warned.stderr)
    XCTAssertTrue(
      warned.stderr.contains("warning: skipped the folder '\(locked.path)'"), warned.stderr)
    XCTAssertFalse(warned.stderr.contains("secret-case"), warned.stderr)
    let object = try JSONSerialization.jsonObject(with: Data(warned.stdout.utf8)) as? [String: Any]
    XCTAssertEqual(object?["reviews"] as? Int, 3)
    let strict = try run([folder.path, "--strict"])
    XCTAssertEqual(strict.status, 66, strict.stderr)
    XCTAssertTrue(
      strict.stderr.hasPrefix("error: cannot read the folder '\(locked.path)'"), strict.stderr)
    XCTAssertEqual(strict.stderr.split(separator: "\n").count, 1, strict.stderr)
  }
}
