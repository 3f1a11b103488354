#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock on a review record while a session may write it, so that two sessions never
/// save over each other's answers. The record itself is replaced by a rename at every save, so the
/// lock is held on a small hidden file beside it (`.seen-<hash>.lock`, short whatever the record's
/// name), with flock(2): the system releases it however seen ends, a signal or a crash included,
/// and seen removes the file on the way out. The lock is keyed by the record's path, so a record
/// with a second name (a hard link) would escape it: such a record is never saved over
/// (`FileStore.checkWritable`).
final class RecordLock {
  /// The lock file.
  let path: String
  private var descriptor: Int32

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  /// Locks the record at `recordPath` (which need not exist yet). Nil when no lock file can be
  /// made there (a read-only or missing folder: then no session can save there either). Throws
  /// `tempFail` when another session holds it.
  static func acquire(_ recordPath: String) throws(CommandError) -> RecordLock? {
    let target = FileStore.canonical(recordPath)
    let name = target.split(separator: "/").last.map(String.init) ?? target
    let lockPath = FileStore.folderOf(target) + "/.seen-" + hash(name) + ".lock"
    // Another session may remove the lock file between open and flock; then lock the new one.
    for _ in 0..<10 {
      var descriptor = PathBytes.withPath(lockPath) {
        open($0, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
      }
      if descriptor >= 0 {
        // Readable by the team whatever the umask, so that a colleague's session on the same
        // review in a shared folder finds it held. It holds nothing: its name is a hash.
        _ = fchmod(descriptor, 0o644)
      } else if errno == EACCES {
        // Another user's lock file: flock(2) needs only a descriptor open for reading.
        descriptor = PathBytes.withPath(lockPath) { open($0, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        if descriptor < 0, errno == EACCES {
          throw CommandError(
            .tempFail,
            "'\(recordPath.shownInMessage)' may be open in another user's seen session: its lock file '\(lockPath.shownInMessage)' belongs to someone else and cannot be read. Ask them to finish that session; if none is open, they (or your IT team) can remove that lock file."
          )
        }
      }
      if descriptor < 0 { return nil }
      if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        let code = errno
        close(descriptor)
        if code == EWOULDBLOCK || code == EAGAIN {
          throw CommandError(
            .tempFail,
            "'\(recordPath.shownInMessage)' is open in another seen session; finish or quit that session, then try again."
          )
        }
        return nil
      }
      var held = stat()
      var current = stat()
      if fstat(descriptor, &held) == 0,
        PathBytes.withPath(lockPath, { stat($0, &current) }) == 0,
        held.st_dev == current.st_dev, held.st_ino == current.st_ino
      {
        return RecordLock(path: lockPath, descriptor: descriptor)
      }
      close(descriptor)
    }
    return nil
  }

  /// Removes the lock file and lets the lock go; safe to call twice.
  func release() {
    guard descriptor >= 0 else { return }
    // Removed while still held, so that no other session can lock a file about to disappear.
    PathBytes.withPath(path) { _ = unlink($0) }
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }

  /// FNV-1a, 64 bits, in hex: a short, stable name for any file name.
  private static func hash(_ name: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in PathBytes.bytes(of: name) {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
