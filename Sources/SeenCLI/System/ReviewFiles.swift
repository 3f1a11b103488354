#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds review files: each path named, and every `*.json` below each folder named, walked one
/// directory entry at a time so that memory does not grow with the number of files.
enum ReviewFiles {
  /// Calls `visit` with each file path. Hidden files and folders (".git") are passed over, and
  /// links to folders are not followed, so that a loop of links cannot trap the walk.
  static func forEach(in paths: [String], _ visit: (String) throws(CommandError) -> Void)
    throws(CommandError)
  {
    // Paths that overlap ("a.json" and the folder holding it) must not count a file twice; one
    // path alone never visits a file twice, so only then is no set of files kept.
    var seen = Set<FileIdentity>()
    func visitOnce(_ path: String) throws(CommandError) {
      if paths.count > 1 {
        var info = stat()
        if stat(path, &info) == 0,
          !seen.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
            .inserted
        {
          return
        }
      }
      try visit(path)
    }
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        throw CommandError(
          .noInput,
          "cannot read '\(path.shownInMessage)': \(FileDescriptorIO.systemMessage(errno)).")
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        try walk(path, visitOnce)
      } else {
        try visitOnce(path)
      }
    }
  }

  private static func walk(_ folder: String, _ visit: (String) throws(CommandError) -> Void)
    throws(CommandError)
  {
    guard let directory = opendir(folder) else {
      throw CommandError(
        .noInput,
        "cannot read the folder '\(folder.shownInMessage)': \(FileDescriptorIO.systemMessage(errno))."
      )
    }
    defer { closedir(directory) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name.hasPrefix(".") { continue }
      let path = prefix + name
      var kind = entry.pointee.d_type
      if kind == UInt8(DT_UNKNOWN) {
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        kind =
          (info.st_mode & S_IFMT) == S_IFDIR
          ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
      }
      if kind == UInt8(DT_DIR) {
        try walk(path, visit)
      } else if kind == UInt8(DT_REG) && name.hasSuffix(".json") {
        try visit(path)
      }
    }
  }
}

/// A file's device and inode: the same file, whatever path reached it.
private struct FileIdentity: Hashable {
  var device: UInt64
  var inode: UInt64
}
