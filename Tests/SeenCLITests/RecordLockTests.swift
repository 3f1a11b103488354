import Foundation
import XCTest

@testable import SeenCLI

#if canImport(Glibc)
  import Glibc
#endif

/// The record lock in a team's shared folder (issue 19, review round 2): the lock file is
/// readable by the team whatever the umask, and a session that can only read it still finds it
/// held, so that a supervisor's session and a practitioner's never save over each other.
final class RecordLockTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-lock-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func lockFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".lock")
    }
  }

  func testTheLockFileIsReadableByTheTeamWhateverTheUmask() throws {
    let old = umask(0o077)
    defer { umask(old) }
    let lock = try XCTUnwrap(try RecordLock.acquire(folder.appendingPathComponent("r.json").path))
    var info = stat()
    XCTAssertEqual(stat(lock.path, &info), 0)
    XCTAssertEqual(info.st_mode & 0o777, 0o644)
    lock.release()
    XCTAssertEqual(try lockFiles(), [], "released, the lock file is removed")
  }

  func testALockHeldThroughADescriptorOpenOnlyForReadingStillRefusesASecondSession() throws {
    let record = folder.appendingPathComponent("r.json").path
    let lock = try XCTUnwrap(try RecordLock.acquire(record))
    defer { lock.release() }
    // What a colleague's session can do with a lock file it may only read: flock it.
    let reader = open(lock.path, O_RDONLY)
    XCTAssertGreaterThanOrEqual(reader, 0)
    defer { close(reader) }
    XCTAssertNotEqual(flock(reader, LOCK_EX | LOCK_NB), 0, "held by the first session")
    XCTAssertThrowsError(try RecordLock.acquire(record)) { error in
      XCTAssertEqual((error as? CommandError)?.code, .tempFail)
    }
  }
}
