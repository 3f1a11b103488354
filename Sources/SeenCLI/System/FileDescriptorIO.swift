#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plain reads and writes on file descriptors, with errors a person can act on.
enum FileDescriptorIO {
  /// The most seen reads from one file. A review record is a few kilobytes and content files
  /// well under one megabyte; anything near this is not a file seen wrote (or is /dev/zero),
  /// and reading it whole would only exhaust memory.
  static let maximumInputSize = 16 * 1024 * 1024

  /// - Parameter stopOnSignal: give up when Ctrl-C, SIGTERM or a hang-up has been trapped (in a
  ///   guided review): a write to a full pipe that nobody reads would otherwise block for ever.
  static func writeAll(
    _ text: String, to descriptor: Int32, name: String, stopOnSignal: Bool = false
  ) throws(CommandError) {
    var bytes = Array(text.utf8)
    try writeAll(&bytes, to: descriptor, name: name, stopOnSignal: stopOnSignal)
  }

  static func writeAll(
    _ bytes: inout [UInt8], to descriptor: Int32, name: String, stopOnSignal: Bool = false
  ) throws(CommandError) {
    var offset = 0
    while offset < bytes.count {
      if stopOnSignal, let number = SignalTrap.pending {
        let code: ExitCode =
          number == SIGINT ? .interrupted : number == SIGHUP ? .hangUp : .terminated
        throw CommandError(
          code, "stopped while writing to \(name); what was written there is incomplete.")
      }
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw CommandError(.ioError, "cannot write to \(name): \(systemMessage(errno)).")
      }
      offset += written
    }
  }

  /// Reads to the end. With the file's size as a hint, a regular file is read straight into one
  /// buffer of the right size; the loop still handles files that grow or pipes.
  static func readAll(from descriptor: Int32, name: String, sizeHint: Int = 0) throws(CommandError)
    -> [UInt8]
  {
    if sizeHint > maximumInputSize { throw tooLarge(name) }
    var result: [UInt8] = []
    if sizeHint > 0 {
      var failure: Int32 = 0
      result = [UInt8](unsafeUninitializedCapacity: sizeHint) { buffer, initialized in
        while initialized < sizeHint {
          let count = read(descriptor, buffer.baseAddress! + initialized, sizeHint - initialized)
          if count < 0 && errno == EINTR { continue }
          if count < 0 { failure = errno }
          if count <= 0 { break }
          initialized += count
        }
      }
      if failure != 0 {
        throw CommandError(.ioError, "cannot read \(name): \(systemMessage(failure)).")
      }
      // Read whole, as nearly every file is: one more read finds its end, into a few bytes on
      // the stack (a buffer made and filled with zeros for each file showed in a summary's time).
      if result.count == sizeHint {
        var probe: (UInt64, UInt64) = (0, 0)
        var count = -1
        repeat {
          count = withUnsafeMutableBytes(of: &probe) { read(descriptor, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        if count < 0 {
          throw CommandError(.ioError, "cannot read \(name): \(systemMessage(errno)).")
        }
        if count == 0 { return result }
        withUnsafeBytes(of: probe) { result.append(contentsOf: $0.prefix(count)) }
      }
    }
    var buffer = [UInt8](repeating: 0, count: sizeHint > 0 ? 4096 : 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandError(.ioError, "cannot read \(name): \(systemMessage(errno)).")
      }
      if count == 0 { return result }
      result.append(contentsOf: buffer[0..<count])
      if result.count > maximumInputSize { throw tooLarge(name) }
    }
  }

  private static func tooLarge(_ name: String) -> CommandError {
    CommandError(
      .dataError,
      "\(name) is larger than \(maximumInputSize / 1024 / 1024) MB, far larger than any review record or content file; check that it is the right file."
    )
  }

  /// strerror's text, starting lower-case to sit inside a sentence.
  static func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let message = String(cString: text)
    return message.prefix(1).lowercased() + message.dropFirst()
  }
}
