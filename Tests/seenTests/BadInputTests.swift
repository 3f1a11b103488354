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
    // Each case's folder is made in order, the binary then runs on them all, two or more at a
    // time (each in its own folder), and the results are checked in order: the same messages
    // as one at a time, in about half the time on two cores.
    var prepared: [Prepared] = []
    defer { for each in prepared { each.cleanUp() } }
    for badCase in cases { prepared.append(try prepare(badCase)) }
    let runs = Self.runAll(prepared)
    for (each, run) in zip(prepared, runs) {
      try check(each, run: run.get(), after: FolderState(each.work))
    }
  }

  /// A case's working folder, set up and looked at before the run.
  private struct Prepared {
    var badCase: BadInputCase
    var work: URL
    var lockHolder: PseudoTerminal?
    var chmodded: [String]
    var before: FolderState
    var label: String { "\(badCase.name) (\(badCase.point))" }

    func cleanUp() {
      lockHolder?.terminate()
      for name in chmodded { chmod(work.appendingPathComponent(name).path, 0o700) }
      try? FileManager.default.removeItem(at: work)
    }
  }

  /// What one run of the binary gave, put in its place by whichever thread ran it.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Result<SeenRun, Error>?]
    init(count: Int) { runs = Array(repeating: nil, count: count) }
    subscript(index: Int) -> Result<SeenRun, Error>? {
      get { lock.withLock { runs[index] } }
      set { lock.withLock { runs[index] = newValue } }
    }
  }

  /// Runs the binary for every prepared case, as many at a time as there are processors (at
  /// least two); the results come back in the cases' order.
  private static func runAll(_ prepared: [Prepared]) -> [Result<SeenRun, Error>] {
    let commands = prepared.map { each in
      (
        arguments: each.badCase.arguments.map { expand($0, work: each.work) },
        stdin: each.badCase.stdin.map { Data($0.utf8) }, environment: each.badCase.environment,
        work: each.work
      )
    }
    let results = Results(count: commands.count)
    let queue = DispatchQueue(label: "bad-input", attributes: .concurrent)
    let slots = DispatchSemaphore(value: max(2, ProcessInfo.processInfo.activeProcessorCount))
    let group = DispatchGroup()
    for (index, command) in commands.enumerated() {
      slots.wait()
      queue.async(group: group) {
        defer { slots.signal() }
        results[index] = Result {
          try SeenExecutable.run(
            command.arguments, stdin: command.stdin, environment: command.environment,
            currentDirectory: command.work)
        }
      }
    }
    group.wait()
    return (0..<commands.count).map { results[$0]! }
  }

  private func prepare(_ badCase: BadInputCase) throws -> Prepared {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-bad-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    var prepared = Prepared(
      badCase: badCase, work: work, lockHolder: nil, chmodded: [], before: FolderState())
    let label = prepared.label
    do {
      for name in try FileManager.default.contentsOfDirectory(atPath: badCase.folder.path)
      where name != "case.json" {
        try FileManager.default.copyItem(
          at: badCase.folder.appendingPathComponent(name), to: work.appendingPathComponent(name))
      }
      for step in badCase.setup {
        switch step {
        case .copy(let source, let destination):
          try FileManager.default.copyItem(
            atPath: Self.expand(source, work: work),
            toPath: work.appendingPathComponent(destination).path)
        case .symlink(let link, let target):
          XCTAssertEqual(symlink(target, work.appendingPathComponent(link).path), 0, label)
        case .hardlink(let link, let target):
          XCTAssertEqual(
            Glibc.link(
              work.appendingPathComponent(target).path, work.appendingPathComponent(link).path),
            0, label)
        case .fifo(let name):
          XCTAssertEqual(mkfifo(work.appendingPathComponent(name).path, 0o600), 0, label)
        case .folder(let name):
          try FileManager.default.createDirectory(
            at: work.appendingPathComponent(name), withIntermediateDirectories: true)
        case .chmod(let name, let mode):
          XCTAssertEqual(
            chmod(work.appendingPathComponent(name).path, mode_t(mode, radix: 8) ?? 0o600), 0,
            label)
          prepared.chmodded.append(name)
        case .write(let name, let text):
          try Data(text.utf8).write(to: work.appendingPathComponent(name))
        case .lock(let name):
          let holder = try PseudoTerminal(["review", "--resume", name], in: work)
          prepared.lockHolder = holder
          try holder.waitForPrompt()
        }
      }
      prepared.before = try FolderState(work)
    } catch {
      prepared.cleanUp()
      throw error
    }
    return prepared
  }

  private func check(_ prepared: Prepared, run: SeenRun, after: FolderState) {
    let badCase = prepared.badCase
    let label = prepared.label
    let before = prepared.before
    let lockHolder = prepared.lockHolder
    let work = prepared.work

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
    for expected in badCase.stderr.map({ Self.expand($0, work: work) }) {
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

  private static func expand(_ text: String, work: URL) -> String {
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

  init() {}

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
