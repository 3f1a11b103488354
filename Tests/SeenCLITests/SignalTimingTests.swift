import Dispatch
import XCTest

@testable import SeenCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal that arrives at the worst moment of a guided review, made to arrive there every time
/// through the reader's test hook, in-process, instead of hoping for it in hundreds of runs.
final class SignalTimingTests: XCTestCase {
  override func tearDown() {
    _ = SignalTrap.take()
    for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { signal(number, SIG_DFL) }
    super.tearDown()
  }

  /// SignalTrap sets a flag and LineReader looks at it before it waits for a line: a signal that
  /// lands between the look and the wait was lost, and seen waited for a line (about 1 run in
  /// 100). The wake-up pipe must end the wait at once.
  func testASignalBetweenTheLastLookAndTheWaitEndsTheReadAtOnce() throws {
    SignalTrap.install()
    _ = SignalTrap.take()
    var ends: [Int32] = [-1, -1]
    XCTAssertEqual(pipe(&ends), 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    // Should the signal be lost, a line comes after 5 s, so that the test fails, not hangs.
    let writeEnd = ends[1]
    let lateLine = DispatchWorkItem {
      _ = "lost\n".withCString { write(writeEnd, $0, 5) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + 5, execute: lateLine)
    defer { lateLine.cancel() }

    var reader = LineReader(descriptor: ends[0])
    var waits = 0
    reader.beforeWaiting = {
      waits += 1
      if waits == 1 { raise(SIGTERM) }
    }
    do {
      let line = try reader.readLine()
      XCTFail("SIGTERM between the last look and the wait was lost; read \(line.debugDescription)")
    } catch {
      XCTAssertEqual(error, .signal(SIGTERM))
    }
    XCTAssertEqual(waits, 1, "the reader should stop at the signal, not wait again")
  }

  /// Ctrl-\ at that moment is taken as Ctrl-C.
  func testCtrlBackslashAtThatMomentIsTakenAsCtrlC() throws {
    SignalTrap.install()
    _ = SignalTrap.take()
    var ends: [Int32] = [-1, -1]
    XCTAssertEqual(pipe(&ends), 0)
    defer {
      close(ends[0])
      close(ends[1])
    }
    let writeEnd = ends[1]
    let lateLine = DispatchWorkItem {
      _ = "lost\n".withCString { write(writeEnd, $0, 5) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + 5, execute: lateLine)
    defer { lateLine.cancel() }

    var reader = LineReader(descriptor: ends[0])
    reader.beforeWaiting = { raise(SIGQUIT) }
    XCTAssertThrowsError(try reader.readLine()) { error in
      XCTAssertEqual(error as? LineReader.Interruption, .signal(SIGINT))
    }
  }
}
