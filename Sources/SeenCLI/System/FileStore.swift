#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads input files and writes output files safely: atomically (a temporary file in the same
/// folder, then rename), private (mode 0600), and never over an existing file without `--force`.
enum FileStore {
  /// Reads a file, or standard input for "-".
  static func read(_ path: String, console: Console) throws(CommandError) -> [UInt8] {
    if path == "-" { return try console.readStandardInput() }
    var info = stat()
    if stat(path, &info) != 0 {
      throw CommandError(
        .noInput,
        "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)). Check the path."
      )
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': it is a folder, not a file.")
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    defer { close(descriptor) }
    return try FileDescriptorIO.readAll(
      from: descriptor, name: "'\(path.shownInMessage)'", sizeHint: Int(info.st_size))
  }

  /// Writes into an existing device or pipe without replacing it.
  private static func writeInPlace(_ text: String, to path: String) throws(CommandError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    if descriptor < 0 {
      throw CommandError(
        .cannotCreate,
        "cannot write '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    defer { close(descriptor) }
    try FileDescriptorIO.writeAll(text, to: descriptor, name: "'\(path.shownInMessage)'")
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Writes the text to the path through a temporary file and a rename, so that a crash, a full
  /// disk or Ctrl-C leaves either the old file or the new one, never half of one.
  static func writeAtomically(_ text: String, to path: String, force: Bool) throws(CommandError) {
    var target = stat()
    if stat(path, &target) == 0 {
      let kind = target.st_mode & S_IFMT
      if kind == S_IFDIR {
        throw CommandError(
          .cannotCreate,
          "cannot write '\(path.shownInMessage)': it is a folder; name a file inside it.")
      }
      if kind != S_IFREG && force {
        // A device or a pipe (/dev/null, a FIFO, /dev/stdout): write into it. Renaming a file
        // over it would replace the device itself.
        try writeInPlace(text, to: path)
        return
      }
    }
    if !force && exists(path) {
      throw CommandError(
        .cannotCreate,
        "'\(path.shownInMessage)' already exists; add --force to replace it, or choose another name."
      )
    }
    let folder = folderOf(path)
    var info = stat()
    if stat(folder, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': the folder '\(folder.shownInMessage)' does not exist."
      )
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if descriptor < 0 {
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var bytes = Array(text.utf8)
    do throws(CommandError) {
      _ = fchmod(descriptor, 0o600)
      try FileDescriptorIO.writeAll(&bytes, to: descriptor, name: "'\(path.shownInMessage)'")
      if fsync(descriptor) != 0 {
        throw CommandError(
          .ioError,
          "cannot write '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
      if close(descriptor) != 0 {
        throw CommandError(
          .ioError,
          "cannot write '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
    } catch {
      unlink(temporary)
      throw error
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(code)).")
    }
  }

  static func folderOf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }
}

extension FileStore {
  /// Reads a regular file with no console: safe to call from any thread.
  static func readFile(_ path: String) throws(CommandError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    defer { close(descriptor) }
    var info = stat()
    let size = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    return try FileDescriptorIO.readAll(
      from: descriptor, name: "'\(path.shownInMessage)'", sizeHint: size)
  }
}
