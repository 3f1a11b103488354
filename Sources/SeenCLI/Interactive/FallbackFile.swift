import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a session's record is kept while it cannot be saved where it belongs (the folder
/// became read-only, or was taken away): a private file, mode 0600, in the folders
/// `fallbackFolders()` gives (the home folder, then the temporary folder),
/// made at the first failure and written again at each one after, removed once a save succeeds.
struct FallbackFile {
  /// "seen-supervision": the start of the file's name, which names the date, never the case
  /// reference (the home folder's listing and a log reach places a case reference does not).
  let prefix: String
  private(set) var path: String? = nil

  init(prefix: String) {
    self.prefix = prefix
  }

  /// Writes `text` to the fallback file (made now if there is none yet) and returns its path; nil
  /// when no folder takes it either.
  mutating func keep(_ text: String, date: ISODate) -> String? {
    if let path, (try? FileStore.writeAtomically(text, to: path, force: true)) != nil {
      return path
    }
    for folder in Self.fallbackFolders() {
      guard let reserved = reserve(in: folder, date: date) else { continue }
      if (try? FileStore.writeAtomically(text, to: reserved, force: true)) != nil {
        path = reserved
        return reserved
      }
      unlink(reserved)
    }
    return nil
  }

  /// Saved where it belongs again: the copy would only be a second copy of the case notes.
  mutating func remove() {
    guard let path else { return }
    unlink(path)
    self.path = nil
  }

  /// The home folder, then the temporary folder.
  static func fallbackFolders() -> [String] {
    var folders: [String] = []
    for name in ["HOME", "TMPDIR"] {
      if let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty {
        folders.append(value)
      }
    }
    folders.append("/tmp")
    var unique: [String] = []
    for folder in folders where !unique.contains(folder) { unique.append(folder) }
    return unique
  }

  /// Creates a new empty file, mode 0600, never one that exists. Named by the date, not the case
  /// reference: the home folder's listing and the error that names the file reach places (a
  /// shared folder, a log) where a case reference does not belong.
  private func reserve(in folder: String, date: ISODate) -> String? {
    let start = folder.hasSuffix("/") ? folder : folder + "/"
    var template = Array("\(start)\(prefix)-\(date)-unsaved-XXXXXX.json".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
    guard descriptor >= 0 else { return nil }
    close(descriptor)
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
