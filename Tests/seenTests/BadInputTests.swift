import Foundation
import SeenTestSupport
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every bad input in `Fixtures/BadInput`, run through the built binary by one test: each ends in
/// one plain message on standard error and its sysexits code, prints nothing on standard output,
/// and loses nothing (files left as they were, no temporary file left, anything new is 0600).
/// Add a case by adding a folder with a `case.json`; see `BadInputCase` for its fields.
final class BadInputTests: XCTestCase {
  static let fixtures = PackagePaths.root.appendingPathComponent(
    "Tests/seenTests/Fixtures/BadInput")

  func testEveryBadInputEndsInOneMessageAndLosesNothing() throws {
    let cases = try BadInputCase.all(in: Self.fixtures)
    XCTAssertGreaterThanOrEqual(cases.count, 40, "the bad-input fixtures were not all found")
    for badCase in cases {
      try check(badCase)
    }
  }

  private func check(_ badCase: BadInputCase) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-bad-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    var lockHolder: PseudoTerminal?
    var chmodded: [String] = []
    defer {
      lockHolder?.terminate()
      for name in chmodded { chmod(work.appendingPathComponent(name).path, 0o700) }
      try? FileManager.default.removeItem(at: work)
    }
    let label = "\(badCase.name) (\(badCase.point))"

    for name in try FileManager.default.contentsOfDirectory(atPath: badCase.folder.path)
    where name != "case.json" {
      try FileManager.default.copyItem(
        at: badCase.folder.appendingPathComponent(name), to: work.appendingPathComponent(name))
    }
    for step in badCase.setup {
      switch step {
      case .copy(let source, let destination):
        try FileManager.default.copyItem(
          atPath: expand(source, work: work), toPath: work.appendingPathComponent(destination).path)
      case .symlink(let link, let target):
        XCTAssertEqual(symlink(target, work.appendingPathComponent(link).path), 0, label)
      case .hardlink(let link, let target):
        XCTAssertEqual(
          Glibc.link(
            work.appendingPathComponent(target).path, work.appendingPathComponent(link).path), 0,
          label)
      case .fifo(let name):
        XCTAssertEqual(mkfifo(work.appendingPathComponent(name).path, 0o600), 0, label)
      case .folder(let name):
        try FileManager.default.createDirectory(
          at: work.appendingPathComponent(name), withIntermediateDirectories: true)
      case .chmod(let name, let mode):
        XCTAssertEqual(
          chmod(work.appendingPathComponent(name).path, mode_t(mode, radix: 8) ?? 0o600), 0, label)
        chmodded.append(name)
      case .write(let name, let text):
        try Data(text.utf8).write(to: work.appendingPathComponent(name))
      case .lock(let name):
        let holder = try PseudoTerminal(["review", "--resume", name], in: work)
        try holder.waitForPrompt()
        lockHolder = holder
      }
    }

    let before = try FolderState(work)
    let run = try SeenExecutable.run(
      badCase.arguments.map { expand($0, work: work) }, stdin: badCase.stdin.map { Data($0.utf8) },
      environment: badCase.environment, currentDirectory: work)
    let after = try FolderState(work)

    XCTAssertFalse(run.crashed, "\(label) crashed:\n\(run.stderr)")
    for marker in crashMarkers where run.stderr.localizedCaseInsensitiveContains(marker) {
      XCTFail("\(label) looks like a crash (\(marker)):\n\(run.stderr)")
    }
    XCTAssertEqual(run.status, badCase.exit, "\(label): exit status; stderr:\n\(run.stderr)")
    if badCase.stdout != "*" {
      XCTAssertEqual(run.stdout, badCase.stdout ?? "", "\(label): standard output")
    }

    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertTrue(run.stderr.hasSuffix("\n"), "\(label): stderr ends a line: \(run.stderr)")
    XCTAssertLessThanOrEqual(
      lines.count - 1, badCase.allowedStderrLines, "\(label): too many lines:\n\(run.stderr)")
    XCTAssertTrue(
      run.stderr.hasPrefix("error: ") || run.stderr.hasPrefix("warning: "),
      "\(label): stderr starts with error: or warning:\n\(run.stderr)")
    XCTAssertEqual(
      HostileText.dangerousScalars(in: run.stderr), [], "\(label): controls on stderr")
    for expected in badCase.stderr.map({ expand($0, work: work) }) {
      XCTAssertTrue(
        run.stderr.contains(expected), "\(label): stderr lacks \"\(expected)\":\n\(run.stderr)")
    }
    for unwanted in badCase.stderrNot {
      XCTAssertFalse(run.stderr.contains(unwanted), "\(label): stderr shows \"\(unwanted)\"")
    }

    for (name, entry) in after.entries {
      XCTAssertFalse(name.hasSuffix(".tmp"), "\(label): a temporary file was left: \(name)")
      XCTAssertFalse(
        name.hasSuffix(".lock") && lockHolder == nil, "\(label): a lock was left: \(name)")
      if let old = before.entries[name] {
        if !badCase.changes.contains(name) {
          XCTAssertEqual(entry, old, "\(label): \(name) was changed")
        }
      } else {
        XCTAssertTrue(badCase.changes.contains(name), "\(label): \(name) was created")
        if entry.isFile {
          XCTAssertEqual(entry.mode, 0o600, "\(label): \(name) was created with another mode")
        }
      }
    }
    for name in before.entries.keys where after.entries[name] == nil {
      XCTAssertTrue(badCase.changes.contains(name), "\(label): \(name) was removed")
    }
  }

  private func expand(_ text: String, work: URL) -> String {
    text.replacingOccurrences(of: "$EXAMPLES", with: PackagePaths.examples.path)
      .replacingOccurrences(of: "$FOLDER", with: work.path)
  }
}

/// What a folder holds, read without following links or opening pipes, to show a run changed
/// nothing it should not have.
private struct FolderState {
  struct Entry: Equatable {
    var kind: mode_t
    var mode: mode_t
    var inode: ino_t
    var links: nlink_t
    var content: Data?
    var linkTarget: String?
    var isFile: Bool { kind == S_IFREG }
  }

  var entries: [String: Entry] = [:]

  init(_ folder: URL) throws {
    try read(folder.path, prefix: "")
  }

  private mutating func read(_ path: String, prefix: String) throws {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
    for name in names {
      let full = path + "/" + name
      var info = stat()
      guard lstat(full, &info) == 0 else { continue }
      let kind = info.st_mode & S_IFMT
      var entry = Entry(
        kind: kind, mode: info.st_mode & 0o7777, inode: info.st_ino, links: info.st_nlink)
      if kind == S_IFREG {
        entry.content = FileManager.default.contents(atPath: full)
      } else if kind == S_IFLNK {
        entry.linkTarget = try? FileManager.default.destinationOfSymbolicLink(atPath: full)
      }
      entries[prefix + name] = entry
      if kind == S_IFDIR {
        try read(full, prefix: prefix + name + "/")
      }
    }
  }
}
