#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum Terminal {
  /// The column count of the terminal on a file descriptor, or nil when it is not a terminal.
  static func width(of descriptor: Int32) -> Int? {
    size(of: descriptor).flatMap { $0.ws_col > 0 ? Int($0.ws_col) : nil }
  }

  /// The row count of the terminal on a file descriptor, or nil when it is not a terminal.
  static func height(of descriptor: Int32) -> Int? {
    size(of: descriptor).flatMap { $0.ws_row > 0 ? Int($0.ws_row) : nil }
  }

  /// The process's controlling terminal (/dev/tty) opened for writing, or nil when it has none.
  /// Not inherited by the programs seen starts.
  static func openControlling() -> Int32? {
    let descriptor = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    guard isatty(descriptor) == 1 else {
      close(descriptor)
      return nil
    }
    return descriptor
  }

  private static func size(of descriptor: Int32) -> winsize? {
    guard isatty(descriptor) == 1 else { return nil }
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
    return size
  }
}
