#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last signal received while the interactive review waits for input, and the write end of
/// the pipe that wakes the reader. Written only by the signal handler (async-signal-safe stores
/// and write(2)); read by the main thread.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0
nonisolated(unsafe) private var wakeWriteEnd: Int32 = -1

/// Catches Ctrl-C, SIGTERM and SIGHUP during the interactive review so that it can say where the
/// review is saved and exit with the conventional status, instead of dying mid-sentence.
///
/// The handler also writes a byte to a pipe (the self-pipe trick), and the reader waits on that
/// pipe and the terminal together, so a signal that arrives just before the reader blocks is
/// still seen at once rather than lost.
enum SignalTrap {
  /// The read end of the wake-up pipe, or -1 before `install()`.
  nonisolated(unsafe) private(set) static var wakeReadEnd: Int32 = -1

  static func install() {
    if wakeReadEnd < 0 {
      var ends: [Int32] = [-1, -1]
      if pipe(&ends) == 0 {
        for end in ends {
          _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
          _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeReadEnd = ends[0]
        wakeWriteEnd = ends[1]
      }
    }
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      System.setSignalAction(handleSignal, for: signalNumber)
    }
  }

  /// Gives Ctrl-C, SIGTERM, SIGHUP and SIGQUIT back their default actions, once a command's
  /// questions (`seen combine` asking which men are the same) are answered: the rest of the
  /// command is not interactive, and a signal then stops it at once, writing nothing.
  static func uninstall() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = SIG_DFL
      #else
        action.__sigaction_u.__sa_handler = SIG_DFL
      #endif
      sigemptyset(&action.sa_mask)
      sigaction(signalNumber, &action, nil)
    }
  }

  /// The signal received and not yet taken, if any, leaving it to `take()`: a write that would
  /// otherwise block for ever (a full pipe) looks here to stop.
  static var pending: Int32? { receivedSignal == 0 ? nil : receivedSignal }

  /// The signal received since the last call, if any; empties the wake-up pipe.
  static func take() -> Int32? {
    var sink = [UInt8](repeating: 0, count: 16)
    while wakeReadEnd >= 0 && read(wakeReadEnd, &sink, sink.count) > 0 {}
    let number = receivedSignal
    guard number != 0 else { return nil }
    receivedSignal = 0
    return number
  }
}

/// Ctrl-\ (SIGQUIT) ends seen as Ctrl-C does. Left to the Swift runtime, it prints a crash report
/// with a backtrace and waits at a debugger prompt that swallows what is typed next. Called once
/// by the executable; the guided review's own trap takes SIGQUIT as Ctrl-C too.
public func takeQuitAsInterrupt() {
  System.setSignalAction(quitAsInterrupt, for: SIGQUIT)
}

/// Raises SIGINT with whatever action it has: the default ends seen (130), and a write that
/// blocks SIGINT until its temporary file is renamed or removed delays it until then.
private func quitAsInterrupt(_: Int32) {
  _ = raise(SIGINT)
}

private func handleSignal(_ number: Int32) {
  receivedSignal = number == SIGQUIT ? SIGINT : number
  if wakeWriteEnd >= 0 {
    var byte: UInt8 = 1
    _ = write(wakeWriteEnd, &byte, 1)
  }
}
