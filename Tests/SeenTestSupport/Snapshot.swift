import Foundation
import Testing
import XCTest

/// Paths of the package, found from this file's location so tests run from any directory.
public enum PackagePaths {
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static var examples: URL { root.appendingPathComponent("examples") }

  /// `../shared/seeds` beside the checkout, present in CI and on developers' machines only.
  public static var seeds: URL {
    root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
  }

  /// The folder of golden files next to a test file.
  public static func snapshots(for testFile: StaticString = #filePath) -> URL {
    URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent().appendingPathComponent(
      "__Snapshots__")
  }
}

/// Compares text with a golden file next to the tests. Set SEEN_RECORD_SNAPSHOTS=1 to write the
/// golden files anew (that run fails, so it is never taken for a pass); otherwise a difference
/// fails with a unified diff.
public func assertSnapshot(
  _ actual: String, named name: String, in directory: URL, file: StaticString = #filePath,
  line: UInt = #line
) {
  if let failure = snapshotFailure(actual, named: name, in: directory) {
    XCTFail(failure, file: file, line: line)
  }
}

/// `assertSnapshot` for Swift Testing: the same comparison and recording, reported as an issue.
public func expectSnapshot(
  _ actual: String, named name: String, in directory: URL,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  if let failure = snapshotFailure(actual, named: name, in: directory) {
    Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
  }
}

/// Why `actual` does not pass as the golden file `name`, or nil when it does. Recording always
/// gives a reason, as swift-snapshot-testing's does, so that a re-record is never mistaken for a
/// passing run: run the tests again without the variable to check them.
func snapshotFailure(_ actual: String, named name: String, in directory: URL) -> String? {
  let url = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["SEEN_RECORD_SNAPSHOTS"] == "1" {
    let old = FileManager.default.contents(atPath: url.path)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
    } catch {
      return "could not record \(url.path): \(error)"
    }
    let change = old == Data(actual.utf8) ? "unchanged" : (old == nil ? "new" : "changed")
    return
      "recorded \(name) (\(change)); SEEN_RECORD_SNAPSHOTS=1 always fails the run that records: "
      + "review the diff, then run the tests again without it."
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    return
      "no golden file \(name); run SEEN_RECORD_SNAPSHOTS=1 swift test to record it, then review it."
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return nil }
  return
    "output differs from \(name) (re-record with SEEN_RECORD_SNAPSHOTS=1 if the change is intended):\n"
    + unifiedDiff(expected: expected, actual: actual)
}

/// A unified diff from the system's `diff`, or the first differing line when it is missing.
public func unifiedDiff(expected: String, actual: String) -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "seen-diff-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let left = folder.appendingPathComponent("expected")
    let right = folder.appendingPathComponent("actual")
    try Data(expected.utf8).write(to: left)
    try Data(actual.utf8).write(to: right)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
    process.arguments = ["-u", left.path, right.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
  } catch {
    let lhs = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let rhs = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(lhs.count, rhs.count)
    where index >= lhs.count || index >= rhs.count || lhs[index] != rhs[index] {
      return
        "first difference at line \(index + 1):\n- \(index < lhs.count ? lhs[index] : "")\n+ \(index < rhs.count ? rhs[index] : "")"
    }
    return ""
  }
}
