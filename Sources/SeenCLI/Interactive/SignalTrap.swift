#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last signal received while the interactive review waits for input. Written only by the
/// signal handler (an async-signal-safe store) and read by the main thread.
nonisolated(unsafe) private var receivedSignal: sig_atomic_t = 0

/// Catches Ctrl-C, SIGTERM and SIGHUP during the interactive review so that it can say where the
/// review is saved and exit with the conventional status, instead of dying mid-sentence.
///
/// The handlers are installed without SA_RESTART, so a blocked read returns EINTR at once.
enum SignalTrap {
  static func install() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { number in receivedSignal = number }
      #else
        action.__sigaction_u.__sa_handler = { number in receivedSignal = number }
      #endif
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signalNumber, &action, nil)
    }
  }

  /// The signal received since the last call, if any.
  static func take() -> Int32? {
    let number = receivedSignal
    guard number != 0 else { return nil }
    receivedSignal = 0
    return number
  }
}
