import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds review files: each path named, and every `*.json` below each folder named, walked one
/// directory entry at a time so that memory does not grow with the number of files.
enum ReviewFiles {
  /// What a walk does at a folder below a named one that it cannot read: a warning naming the
  /// folder, and the walk goes on; with --strict (`strict`), an error that stops it. `what` says
  /// what becomes of the reviews in it ("counted", "listed").
  static func folderSkipper(strict: Bool, reviewsNot what: String, console: Console)
    -> (String, String) throws(CommandError) -> Void
  {
    { (folder: String, reason: String) throws(CommandError) in
      if strict {
        throw CommandError(
          .noInput,
          "cannot read the folder '\(folder.shownInMessage)': \(reason) (--strict stops at a folder it cannot read); let seen read it, or leave --strict out to skip it."
        )
      }
      console.writeErr(
        "warning: skipped the folder '\(PathBytes.shown(folder.shownInMessage))': \(reason); the reviews in it are not \(what).\n"
      )
    }
  }

  /// A review read again to choose between two copies of it (`seen summary`, `seen actions`):
  /// it was read once already, so a failure here means the file changed while `what` ("the
  /// summary") was being made, and the message says to `rerun`.
  static func reread(_ path: String, content: Content, whileMaking what: String, rerun: String)
    throws(CommandError) -> ReviewRecord
  {
    let bytes = try FileStore.readFile(path)
    do {
      return try ReviewRecord.decode(bytes, file: path, content: content)
    } catch {
      throw CommandError(
        .dataError,
        "\(error.descriptionWithoutFileText) (it changed while \(what) was being made); \(rerun)."
      )
    }
  }

  /// Calls `visit` with each file path, each file once. Hidden files and folders (".git") are
  /// passed over; a `*.json` that is not a regular file (a named pipe, a device, a socket, or a
  /// link to one) is passed to `visit` too, which refuses to read it with a warning; links to
  /// files are followed, links to folders are not, so that a loop of links
  /// cannot trap the walk. A file reached by several paths (hard links, a link to a file the walk
  /// also finds, overlapping paths) is counted once, by its device and inode. A folder below a
  /// named one that cannot be read is passed to `skipFolder` (with the reason) and the walk goes
  /// on; `skipFolder` may throw to stop it (--strict).
  static func forEach(
    in paths: [String], skipFolder: (String, String) throws(CommandError) -> Void = { _, _ in },
    _ visit: (String) throws(CommandError) -> Void
  ) throws(CommandError) {
    try forEachFile(in: paths, skipFolder: skipFolder) { (path, _) throws(CommandError) in
      try visit(path)
    }
  }

  /// `forEach`, also saying of each path whether it was a regular file when the walk looked
  /// (`FileStore.readFile(_:regular:)` then need not look again).
  static func forEachFile(
    in paths: [String], skipFolder: (String, String) throws(CommandError) -> Void = { _, _ in },
    _ visit: (String, _ regular: Bool) throws(CommandError) -> Void
  ) throws(CommandError) {
    // Overlapping paths ("a.json" and the folder holding it) keep every file's identity; one
    // path alone keeps only files with more than one name (hard links), so that memory does not
    // grow with the number of files.
    var seen = Set<FileIdentity>()
    let keepEvery = paths.count > 1
    let roots = paths.compactMap(realFolder)
    func visitOnce(_ path: String, link: Bool) throws(CommandError) {
      var info = stat()
      if PathBytes.withPath(path, { stat($0, &info) }) == 0 {
        if (info.st_mode & S_IFMT) == S_IFDIR { return }
        // A link to a file the walk finds by itself is that file, counted there.
        if link, !keepEvery, walkFinds(path, roots: roots) { return }
        if keepEvery || link || info.st_nlink > 1 {
          let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
          if !seen.insert(identity).inserted { return }
        }
        // A named pipe, a device or a socket is not opened here, but it is one file too,
        // skipped once however many paths reach it: `visit` says why (FileStore.readFile).
        return try visit(path, (info.st_mode & S_IFMT) == S_IFREG)
      }
      // A link to nothing (or a file gone since the walk saw it): the entry itself, once.
      if keepEvery || link, PathBytes.withPath(path, { lstat($0, &info) }) == 0 {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if !seen.insert(identity).inserted { return }
      }
      try visit(path, false)
    }
    for path in paths {
      var info = stat()
      guard PathBytes.withPath(path, { stat($0, &info) }) == 0 else {
        throw CommandError(
          .noInput,
          "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        guard let directory = PathBytes.withPath(path, { opendir($0) }) else {
          throw CommandError(
            .noInput,
            "cannot read the folder '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno))."
          )
        }
        try walk(path, directory, skipFolder: skipFolder, visitOnce)
      } else if (info.st_mode & S_IFMT) == S_IFREG {
        try visitOnce(path, link: false)
      } else {
        // A device, a pipe or a socket named on the command line holds no review to count.
        throw CommandError(
          .noInput,
          "'\(path.shownInMessage)' is neither a folder nor a review file (it is \(kindName(info.st_mode))); name review files (*.json) or folders of them."
        )
      }
    }
  }

  /// What a path that is not a file or a folder is, in a user's words.
  private static func kindName(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }

  private static func walk(
    _ folder: String, _ directory: OpaquePointer,
    skipFolder: (String, String) throws(CommandError) -> Void,
    _ visit: (String, Bool) throws(CommandError) -> Void
  ) throws(CommandError) {
    defer { closedir(directory) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { PathBytes.name($0) }
      }
      if name.hasPrefix(".") { continue }
      let path = prefix + name
      var kind = entry.pointee.d_type
      if kind == UInt8(DT_UNKNOWN) {
        var info = stat()
        guard PathBytes.withPath(path, { lstat($0, &info) }) == 0 else { continue }
        let type = info.st_mode & S_IFMT
        kind =
          type == S_IFDIR
          ? UInt8(DT_DIR) : type == S_IFREG ? UInt8(DT_REG) : type == S_IFLNK ? UInt8(DT_LNK) : 0
        if kind == 0 && name.hasSuffix(".json") { kind = UInt8(DT_FIFO) }
      }
      if kind == UInt8(DT_DIR) {
        guard let subfolder = PathBytes.withPath(path, { opendir($0) }) else {
          try skipFolder(path, FileDescriptorIO.systemMessage(errno))
          continue
        }
        try walk(path, subfolder, skipFolder: skipFolder, visit)
      } else if (kind == UInt8(DT_REG) || kind == UInt8(DT_LNK)) && name.hasSuffix(".json") {
        try visit(path, kind == UInt8(DT_LNK))
      } else if kind != UInt8(DT_UNKNOWN) && name.hasSuffix(".json") {
        // A named pipe, a device or a socket: reported as skipped, never opened.
        try visit(path, false)
      }
    }
  }

  /// The other `*.json` files beside `path`, in its folder only (not below it), regular files
  /// or links to them, in name order: where a re-review is saved (`seen review --again`).
  static func siblings(of path: String) -> [String] {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? "./"
    let own = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let directory = PathBytes.withPath(folder, { opendir($0) }) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { PathBytes.name($0) }
      }
      guard !name.hasPrefix("."), name.hasSuffix(".json"), name != own else { continue }
      var info = stat()
      guard PathBytes.withPath(folder + name, { stat($0, &info) }) == 0,
        info.st_mode & S_IFMT == S_IFREG
      else { continue }
      names.append(name)
    }
    return names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      .map { slash == nil ? $0 : folder + $0 }
  }

  /// The folder's real path (links resolved), or nil when `path` is not a folder.
  private static func realFolder(_ path: String) -> String? {
    var info = stat()
    guard PathBytes.withPath(path, { stat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
      let resolved = PathBytes.withPath(path, { realpath($0, nil) })
    else { return nil }
    defer { free(resolved) }
    let real = PathBytes.name(resolved)
    return real.hasSuffix("/") ? real : real + "/"
  }

  /// Whether the walk of `roots` reaches the file a link points to by itself: it lies below a
  /// root, through no hidden folder, and is a `*.json` that is not hidden.
  private static func walkFinds(_ link: String, roots: [String]) -> Bool {
    guard let resolved = PathBytes.withPath(link, { realpath($0, nil) }) else { return false }
    defer { free(resolved) }
    let target = PathBytes.name(resolved)
    guard target.hasSuffix(".json") else { return false }
    return roots.contains { root in
      guard target.hasPrefix(root) else { return false }
      return !target.dropFirst(root.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }
  }
}

/// A file's device and inode: the same file, whatever path reached it.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64
}
