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
    if PathBytes.withPath(path, { stat($0, &info) }) != 0 {
      throw CommandError(
        .noInput,
        "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)). Check the path."
      )
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': it is a folder, not a file.")
    }
    let descriptor = PathBytes.withPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
    if descriptor < 0 {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    defer { close(descriptor) }
    return try FileDescriptorIO.readAll(
      from: descriptor, name: "'\(path.shownInMessage)'", sizeHint: Int(info.st_size))
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return PathBytes.withPath(path) { lstat($0, &info) } == 0
  }

  /// Why `path` cannot be read as a folder (it does not exist, is a file, or cannot be opened),
  /// as the end of a sentence, or nil when it is a folder.
  static func folderProblem(_ path: String) -> String? {
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0 else {
      return errno == ENOENT || errno == ENOTDIR
        ? "does not exist" : "cannot be read (\(FileDescriptorIO.systemMessage(errno)))"
    }
    return (info.st_mode & S_IFMT) == S_IFDIR ? nil : "is a file, not a folder"
  }

  /// Writes the text to the path through a temporary file and a rename, so that a crash, a full
  /// disk or Ctrl-C leaves either the old file or the new one, never half of one. A symbolic link
  /// is written through (its target replaced, the link kept); anything that is not a regular file
  /// (a folder, a device, a pipe) is refused rather than written into or replaced.
  static func writeAtomically(_ text: String, to path: String, force: Bool) throws(CommandError) {
    if !force && exists(path) {
      throw CommandError(
        .cannotCreate,
        "'\(path.shownInMessage)' already exists; add --force to replace it, or choose another name."
      )
    }
    let target = followingLinks(path)
    var info = stat()
    if stat(target, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if kind == S_IFDIR {
        throw CommandError(
          .cannotCreate,
          "cannot write '\(path.shownInMessage)': it is a folder; name a file inside it.")
      }
      if kind != S_IFREG {
        throw CommandError(
          .cannotCreate,
          "cannot write '\(path.shownInMessage)': it is not a regular file (a device, pipe or socket); name a file instead."
        )
      }
    }
    let folder = folderOf(target)
    if stat(folder, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': the folder '\(folder.shownInMessage)' does not exist."
      )
    }
    // Ctrl-C, SIGTERM and a hang-up wait until the temporary file is renamed or removed, so that
    // none is left behind; with seen's own handlers installed, the review then stops as usual.
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, number) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

    // A short name, so that a file name near the longest the file system allows still fits.
    var template = Array("\(folder)/.seen-XXXXXX.tmp".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    if descriptor < 0 {
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var bytes = Array(text.utf8)
    var isOpen = true
    do throws(CommandError) {
      _ = fchmod(descriptor, 0o600)
      try FileDescriptorIO.writeAll(&bytes, to: descriptor, name: "'\(path.shownInMessage)'")
      if fsync(descriptor) != 0 {
        throw CommandError(
          .ioError,
          "cannot write '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
      isOpen = false
      if close(descriptor) != 0 {
        throw CommandError(
          .ioError,
          "cannot write '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
    } catch {
      if isOpen { close(descriptor) }
      unlink(temporary)
      throw error
    }
    if rename(temporary, target) != 0 {
      let code = errno
      unlink(temporary)
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(code)).")
    }
    // The rename itself reaches the disk with the folder.
    let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// The path with symbolic links at its end followed (at most 40, as the kernel allows); a
  /// link to a file that does not exist yet gives that file's path.
  static func followingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { break }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { break }
      let target = String(
        decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : folderOf(current) + "/" + target
    }
    return current
  }

  /// The absolute path the file has, or would have, once links are followed: the same for two
  /// paths that name the same file, whether it exists or not.
  static func canonical(_ path: String) -> String {
    let target = followingLinks(path)
    let name = target.split(separator: "/").last.map(String.init) ?? target
    guard let real = realpath(folderOf(target), nil) else { return target }
    defer { free(real) }
    let folder = String(cString: real)
    return (folder == "/" ? "" : folder) + "/" + name
  }

  /// Whether two paths name the same file: the same device and inode, or the same path once
  /// links and the folders are resolved.
  static func isSameFile(_ first: String, _ second: String) -> Bool {
    var one = stat()
    var other = stat()
    if stat(first, &one) == 0 && stat(second, &other) == 0 {
      return one.st_dev == other.st_dev && one.st_ino == other.st_ino
    }
    return canonical(first) == canonical(second)
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
    let descriptor = PathBytes.withPath(path) { open($0, O_RDONLY | O_CLOEXEC) }
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
