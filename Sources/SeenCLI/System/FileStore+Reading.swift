#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading files: a regular file with no console (a folder's walk), and the check that a file
/// seen is to read and save in place can be read at all.
extension FileStore {
  /// Refuses (66) an existing file the user may not read: its owner's read permission off when
  /// it is theirs (root too, as `isReadOnly` does: a file made 000 was protected), otherwise
  /// what access(2) says. A path that does not exist is left to the read that follows.
  static func checkReadable(_ path: String) throws(CommandError) {
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0 else { return }
    let unreadable =
      info.st_uid == geteuid()
      ? info.st_mode & S_IRUSR == 0 : PathBytes.withPath(path, { access($0, R_OK) }) != 0
    if unreadable {
      // chmod is only the owner's to run: anyone else asks the owner.
      let fix =
        info.st_uid == geteuid()
        ? "make it readable (chmod u+rw \(path.shownInMessage))"
        : "it is not yours: ask its owner to let you read it"
      throw CommandError(
        .noInput,
        "cannot read '\(path.shownInMessage)': its permissions do not let you read it; \(fix)."
      )
    }
  }

  /// Reads a regular file with no console: safe to call from any thread. Anything else (a named
  /// pipe, a device, a socket) is refused rather than opened, so that a walk of a folder never
  /// waits on a pipe that nothing writes to.
  ///
  /// - Parameter regular: the caller has just seen that `path` is a regular file (a folder's
  ///   walk), so it is opened without looking again; what is opened is still checked.
  static func readFile(_ path: String, regular: Bool = false) throws(CommandError) -> [UInt8] {
    var info = stat()
    if !regular, PathBytes.withPath(path, { stat($0, &info) }) == 0 {
      try refuseIrregular(path, info)
    }
    // O_NONBLOCK: a file replaced by a pipe since the check still cannot block the open.
    let descriptor = PathBytes.withPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
    if descriptor < 0 {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    defer { close(descriptor) }
    guard fstat(descriptor, &info) == 0 else {
      throw CommandError(
        .noInput, "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
    }
    try refuseIrregular(path, info)
    // Only a regular file gets here, and O_NONBLOCK has no effect on one (open(2)): it is read
    // as it was opened.
    return try FileDescriptorIO.readAll(
      from: descriptor, name: "'\(path.shownInMessage)'", sizeHint: Int(info.st_size))
  }

  private static func refuseIrregular(_ path: String, _ info: stat) throws(CommandError) {
    let kind = info.st_mode & S_IFMT
    guard kind != S_IFREG else { return }
    let what =
      kind == S_IFIFO
      ? "a named pipe" : kind == S_IFSOCK ? "a socket" : kind == S_IFDIR ? "a folder" : "a device"
    throw CommandError(
      .noInput,
      "'\(path.shownInMessage)': it is \(what), not a regular file, so seen does not read it.")
  }
}
