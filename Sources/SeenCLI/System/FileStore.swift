#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads input files and writes output files safely: atomically (a temporary file in the same
/// folder, then rename), private (mode 0600; a review saved in place keeps its mode, owner and
/// group), and never over an existing file without `--force`.
enum FileStore {
  /// Test hook: gives a replaced file's owner and group to the temporary file (fchown(2)), so
  /// that a test can see what happens where the process may not.
  nonisolated(unsafe) static var changeOwner: (Int32, uid_t, gid_t) -> Int32 = {
    fchown($0, $1, $2)
  }

  /// Test hook: called with the temporary file's path once it exists, while signals wait, so
  /// that a test can send one at the moment a save is half done.
  nonisolated(unsafe) static var whileWritingTemporaryFile: ((String) -> Void)? = nil

  /// How long a named pipe may stay empty, in milliseconds, before seen says what it waits for.
  /// Test hook: in-process tests shorten it; the binary always waits two seconds.
  nonisolated(unsafe) static var quietPipeDelay: Int32 = 2000

  /// Reads a file, or standard input for "-". A named pipe (a FIFO, `/dev/stdin`, `<(...)`) is
  /// read as it is written; when nothing has come after two seconds, a line on standard error
  /// says what seen is waiting for, so that a pipe no program writes to never hangs silently.
  static func read(_ path: String, console: Console) throws(CommandError) -> [UInt8] {
    if path == "-" { return try console.readStandardInput() }
    // Without O_NONBLOCK, opening a named pipe waits for a writer before seen can say anything.
    let descriptor = PathBytes.withPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
    if descriptor < 0 {
      let code = errno
      var info = stat()
      if PathBytes.withPath(path, { stat($0, &info) }) != 0 {
        throw CommandError(
          .noInput,
          "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)). Check the path."
        )
      }
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(code)).")
    }
    defer { close(descriptor) }
    var info = stat()
    _ = fstat(descriptor, &info)
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': it is a folder, not a file.")
    }
    if (info.st_mode & S_IFMT) == S_IFIFO {
      waitForData(descriptor, path: path, console: console)
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return try FileDescriptorIO.readAll(
      from: descriptor, name: "'\(path.shownInMessage)'", sizeHint: Int(info.st_size))
  }

  /// Waits until the pipe has data or its writer has gone, saying so on standard error after two
  /// seconds; Ctrl-C stops seen as usual meanwhile.
  private static func waitForData(_ descriptor: Int32, path: String, console: Console) {
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    var said = false
    while true {
      let ready = poll(&request, 1, said ? -1 : quietPipeDelay)
      if ready > 0 { return }
      if ready < 0 && errno != EINTR { return }
      if ready == 0 && !said {
        said = true
        console.writeErr(
          "waiting for something to write to '\(PathBytes.shown(path.shownInMessage))' (a named pipe); press Ctrl-C to stop.\n"
        )
      }
    }
  }

  /// Whether `path` is a folder (links followed).
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return PathBytes.withPath(path, { stat($0, &info) }) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
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

  /// Refuses, before anything is written, a path `writeAtomically` would refuse: an empty name, an
  /// existing file without `force`, a folder, anything that is not a regular file (a device, a
  /// pipe), a file with more than one name (a hard link: the rename would leave the other name
  /// holding the old version, and a second session could reach it past the record's lock), or
  /// a folder that does not exist. Returns the path to replace, links followed.
  ///
  /// A file that exists and is read-only for the user (chmod 444 or 400) is refused too, with or
  /// without `force`; `elsewhere` ends the message, saying how to write another file instead.
  @discardableResult
  static func checkWritable(
    _ path: String, force: Bool, elsewhere: String = "write to another file instead",
    elsewhereFolder: String = "write to a folder you can write to instead"
  ) throws(CommandError) -> String {
    if path.isEmpty {
      throw CommandError(.usage, "the file name to write is empty; name a file.")
    }
    if !force && exists(path) {
      throw CommandError(
        .cannotCreate,
        "'\(path.shownInMessage)' already exists; add --force to replace it, or choose another name."
      )
    }
    let chain = linkChain(path)
    let target = chain.last ?? path
    var info = stat()
    if PathBytes.withPath(target, { stat($0, &info) }) == 0 {
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
      // /dev/stderr, /dev/fd/N and /proc/.../fd/N can lead to the file a shell redirected a
      // descriptor to: never a file for seen to replace.
      if chain.contains(where: { $0.hasPrefix("/dev/") || $0.hasPrefix("/proc/") }) {
        throw CommandError(
          .cannotCreate,
          "cannot write '\(path.shownInMessage)': it is another program's open file, not a file of its own; name a file, or - for standard output."
        )
      }
      if info.st_nlink > 1 {
        throw CommandError(
          .cannotCreate,
          "cannot write '\(path.shownInMessage)': the file has another name (a hard link), which saving would leave holding the old version; copy it to a file of its own (cp) and use that, or choose another name."
        )
      }
      // A file its owner made read-only (chmod 444) is one they protected: the rename would
      // replace it all the same, so it is refused, --force or not (--force replaces a file that
      // exists; it does not undo a protection).
      if isReadOnly(target, info) {
        let fix =
          info.st_uid == geteuid()
          ? "make it writable (chmod u+w \(path.shownInMessage)) to change it"
          : "it is not yours: ask its owner to let you change it"
        throw CommandError(
          .cannotCreate,
          "'\(path.shownInMessage)' is read-only: seen does not replace a protected file; \(fix), or \(elsewhere)."
        )
      }
    }
    let folder = folderOf(target)
    if PathBytes.withPath(folder, { stat($0, &info) }) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': the folder '\(folder.shownInMessage)' does not exist."
      )
    }
    if isReadOnly(folder, info) {
      throw folderNotWritable(path, folder: folder, info: info, elsewhere: elsewhereFolder)
    }
    return target
  }

  /// Writes the text to the path through a temporary file and a rename, so that a crash, a full
  /// disk or Ctrl-C leaves either the old file or the new one, never half of one. A symbolic link
  /// is written through (its target replaced, the link kept); anything `checkWritable` refuses
  /// is refused here too, before the temporary file is made. A name that is not UTF-8 keeps its
  /// bytes (see `PathBytes`).
  ///
  /// - Returns: what became of the file (`Saved`): a warning to show where a review saved in
  ///   place belonged to another user and the process may not give it back.
  ///
  /// - Parameter inPlace: the file is a review saved in place (a resumed review, a supervision,
  ///   an action marked done): a file replaced keeps its mode (never wider than it was), and its
  ///   owner and group where the process may give them (fchown(2)), so that in a team's shared
  ///   folder a practitioner's review saved by their supervisor stays as the team could read it.
  ///   Any other file written is 0600 and the user's.
  @discardableResult
  static func writeAtomically(
    _ text: String, to path: String, force: Bool, inPlace: Bool = false,
    elsewhere: String = "write to another file instead",
    elsewhereFolder: String = "write to a folder you can write to instead"
  ) throws(CommandError) -> Saved {
    try writeAtomically(
      to: path, force: force, inPlace: inPlace, elsewhere: elsewhere,
      elsewhereFolder: elsewhereFolder
    ) {
      (write) throws(CommandError) in
      var bytes = Array(text.utf8)
      try write(&bytes)
    }
  }

  /// The same, for text made a part at a time: `produce` is given a function that writes one
  /// part to the temporary file, so that a long output (a summary of 20,000 groups) is never
  /// held whole. The first failed write, or an error `produce` throws, leaves no file behind.
  ///
  /// - Parameter stopOnSignal: a long output stops between parts when Ctrl-C (or SIGTERM, a
  ///   hang-up) is waiting, the temporary file removed; without it (a record's save) the write
  ///   completes first, and the signal is handled after the rename.
  @discardableResult
  static func writeAtomically(
    to path: String, force: Bool, inPlace: Bool = false, stopOnSignal: Bool = false,
    elsewhere: String = "write to another file instead",
    elsewhereFolder: String = "write to a folder you can write to instead",
    _ produce: (_ write: (inout [UInt8]) throws(CommandError) -> Void) throws(CommandError) -> Void
  ) throws(CommandError) -> Saved {
    let target = try checkWritable(
      path, force: force, elsewhere: elsewhere, elsewhereFolder: elsewhereFolder)
    let folder = folderOf(target)
    // A review saved in place keeps what it was: in a team's shared folder a practitioner's
    // review, saved by their supervisor, stays readable by the team as it was, never wider.
    var replaced = stat()
    let replacing = inPlace && PathBytes.withPath(target, { stat($0, &replaced) }) == 0
    // Ctrl-C, SIGTERM and a hang-up wait until the temporary file is renamed or removed, so that
    // none is left behind; with seen's own handlers installed, the review then stops as usual.
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&blocked, number) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

    // A short name, so that a file name near the longest the file system allows still fits.
    var temporary = (PathBytes.bytes(of: folder) + Array("/.seen-XXXXXX.tmp".utf8)).map {
      CChar(bitPattern: $0)
    }
    temporary.append(0)
    let descriptor = temporary.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    if descriptor < 0 {
      let code = errno
      var info = stat()
      if code == EACCES || code == EPERM || code == EROFS,
        PathBytes.withPath(folder, { stat($0, &info) }) == 0
      {
        throw folderNotWritable(path, folder: folder, info: info, elsewhere: elsewhereFolder)
      }
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(code)).")
    }
    whileWritingTemporaryFile?(
      String(decoding: temporary.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    var isOpen = true
    var ownerNotKept = false
    do throws(CommandError) {
      if replacing, replaced.st_uid != geteuid() || replaced.st_gid != getegid() {
        if changeOwner(descriptor, replaced.st_uid, replaced.st_gid) != 0 {
          ownerNotKept = replaced.st_uid != geteuid()
          // The group alone may still be kept (a member of the team's group).
          _ = changeOwner(descriptor, uid_t(bitPattern: -1), replaced.st_gid)
        }
      }
      _ = fchmod(descriptor, replacing ? replaced.st_mode & 0o666 : 0o600)
      try produce { (bytes) throws(CommandError) in
        try FileDescriptorIO.writeAll(&bytes, to: descriptor, name: "'\(path.shownInMessage)'")
        // Ctrl-C waits while the signals are blocked: a long output stops at the next part,
        // the temporary file removed, rather than run on to its end.
        var pending = sigset_t()
        sigpending(&pending)
        if stopOnSignal,
          [SIGINT, SIGTERM, SIGHUP].contains(where: { sigismember(&pending, $0) == 1 })
        {
          throw CommandError(.interrupted, "interrupted; nothing was written.")
        }
      }
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
    if PathBytes.withPath(target, { rename(temporary, $0) }) != 0 {
      let code = errno
      unlink(temporary)
      throw CommandError(
        .cannotCreate,
        "cannot create '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(code)).")
    }
    // The rename itself reaches the disk with the folder.
    let folderDescriptor = PathBytes.withPath(folder) { open($0, O_RDONLY | O_CLOEXEC) }
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
    guard ownerNotKept else { return Saved() }
    return Saved(
      ownerWarning:
        "warning: '\(PathBytes.shown(path.shownInMessage))' belonged to another user, and seen may not give it back: it is now owned by you (its mode is kept). Ask its owner or your IT team to change its owner back if they need it."
    )
  }

  /// What a save did beyond writing the file: a non-optional value, so that `try?` around a
  /// save is nil only when it failed.
  struct Saved {
    /// Where a review saved in place belonged to another user and seen may not give it back:
    /// the warning to show, once (it is the user's from then on).
    var ownerWarning: String? = nil
  }

  /// Whether the user may not write the file: its owner's write permission is off when it is
  /// theirs (root too: root may write anything, but a file root made 0444 was still protected),
  /// otherwise what access(2) says.
  static func isReadOnly(_ path: String, _ info: stat) -> Bool {
    if info.st_uid == geteuid() { return info.st_mode & S_IWUSR == 0 }
    return PathBytes.withPath(path, { access($0, W_OK) }) != 0
  }

  /// The path with symbolic links at its end followed (at most 40, as the kernel allows); a
  /// link to a file that does not exist yet gives that file's path.
  static func followingLinks(_ path: String) -> String {
    linkChain(path).last ?? path
  }

  /// The path, then each path its symbolic links lead to, in order (at most 40 links).
  static func linkChain(_ path: String) -> [String] {
    var current = path
    var chain = [path]
    for _ in 0..<40 {
      var info = stat()
      guard PathBytes.withPath(current, { lstat($0, &info) }) == 0,
        (info.st_mode & S_IFMT) == S_IFLNK
      else { break }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = PathBytes.withPath(current) { readlink($0, &buffer, buffer.count - 1) }
      guard count > 0 else { break }
      let target = PathBytes.string(from: buffer[0..<count].map { UInt8(bitPattern: $0) })
      current = target.hasPrefix("/") ? target : folderOf(current) + "/" + target
      chain.append(current)
    }
    return chain
  }

  /// The absolute path the file has, or would have, once links are followed: the same for two
  /// paths that name the same file, whether it exists or not.
  static func canonical(_ path: String) -> String {
    let target = followingLinks(path)
    let name = target.split(separator: "/").last.map(String.init) ?? target
    guard let real = PathBytes.withPath(folderOf(target), { realpath($0, nil) }) else {
      return target
    }
    defer { free(real) }
    let folder = PathBytes.name(real)
    return (folder == "/" ? "" : folder) + "/" + name
  }

  /// Whether two paths name the same file: the same device and inode, or the same path once
  /// links and the folders are resolved.
  static func isSameFile(_ first: String, _ second: String) -> Bool {
    var one = stat()
    var other = stat()
    if PathBytes.withPath(first, { stat($0, &one) }) == 0
      && PathBytes.withPath(second, { stat($0, &other) }) == 0
    {
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
