#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plain reads and writes on file descriptors, with errors a person can act on.
enum FileDescriptorIO {
  static func writeAll(_ text: String, to descriptor: Int32, name: String) throws(CommandError) {
    var bytes = Array(text.utf8)
    try writeAll(&bytes, to: descriptor, name: name)
  }

  static func writeAll(_ bytes: inout [UInt8], to descriptor: Int32, name: String)
    throws(CommandError)
  {
    var offset = 0
    while offset < bytes.count {
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

  static func readAll(from descriptor: Int32, name: String) throws(CommandError) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandError(.ioError, "cannot read \(name): \(systemMessage(errno)).")
      }
      if count == 0 { return result }
      result.append(contentsOf: buffer[0..<count])
    }
  }

  /// strerror's text, starting lower-case to sit inside a sentence.
  static func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let message = String(cString: text)
    return message.prefix(1).lowercased() + message.dropFirst()
  }
}
