#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment variables, read from `environ`, so that the executable needs no
/// Foundation: linking it for `ProcessInfo` alone made the static binary 27.9 MB instead of 9.
public enum ProcessEnvironment {
  /// Every variable, by name. A name set twice keeps its first value, as `getenv` reads it; bytes
  /// that are not UTF-8 are shown as U+FFFD, as `ProcessInfo` shows them.
  public static func current() -> [String: String] {
    var variables: [String: String] = [:]
    // Null only after `clearenv`, which leaves no variables.
    let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    guard var entry = start else { return variables }
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "="), variables[String(text[..<equals])] == nil {
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return variables
  }
}
