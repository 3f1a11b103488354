import Foundation
import XCTest

@testable import SeenCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal sent while a save is half done, made to arrive there every time through FileStore's
/// test hook, in-process (it was five runs of seen on a 16 MB record, hoping to catch the
/// temporary file, about 19 s).
final class SaveSignalTests: XCTestCase {
  override func tearDown() {
    FileStore.whileWritingTemporaryFile = nil
    _ = SignalTrap.take()
    for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { signal(number, SIG_DFL) }
    super.tearDown()
  }

  /// SIGTERM (and Ctrl-C, and a hang-up) sent while the temporary file exists waits until it is
  /// renamed; so that however seen then stops, no temporary file is left and the file saved is
  /// whole. Both saves of a run go this way: the record (--save) and the report (-o).
  func testASignalDuringASaveWaitsUntilTheTemporaryFileIsRenamed() throws {
    let folder = try makeTemporaryDirectory()
    SignalTrap.install()
    _ = SignalTrap.take()
    var during: [(name: String, existed: Bool, delivered: Int32?)] = []
    var signals = [SIGTERM, SIGINT, SIGHUP]
    FileStore.whileWritingTemporaryFile = { temporary in
      _ = SignalTrap.take()  // the one sent during the save before, delivered since
      raise(signals.removeFirst())
      during.append(
        (
          (temporary as NSString).lastPathComponent, access(temporary, F_OK) == 0,
          SignalTrap.pending
        ))
    }
    let run = InProcessSeen.run(
      [
        "review", "--answers", examplePath("two-men"), "--no-input", "--save", "r.json",
        "--format", "json", "-o", "report.json",
      ], in: folder)
    XCTAssertEqual(run.status, 0, run.stderr)
    XCTAssertEqual(during.count, 2, "the record and the report are each saved once")
    for save in during {
      XCTAssertTrue(save.name.hasSuffix(".tmp"), save.name)
      XCTAssertTrue(save.existed, "the hook runs while \(save.name) exists")
      XCTAssertNil(save.delivered, "a signal reached seen while \(save.name) existed")
    }
    // The last signal arrived once its temporary file was renamed.
    XCTAssertEqual(SignalTrap.take(), SIGINT)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    XCTAssertEqual(names, ["r.json", "report.json"], "temporary files left: \(names)")
    let record = try Data(contentsOf: folder.appendingPathComponent("r.json"))
    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: record), "r.json is whole")
  }
}
