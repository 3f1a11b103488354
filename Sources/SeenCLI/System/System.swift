#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum System {
  /// Sets `handler` for a signal, without SA_RESTART (so a blocked read or write returns EINTR
  /// and the caller can look at what arrived); returns the action it had.
  @discardableResult
  static func setSignalAction(_ handler: @convention(c) (Int32) -> Void, for number: Int32)
    -> sigaction
  {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var old = sigaction()
    sigaction(number, &action, &old)
    return old
  }
}
