#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Saving where the folder refuses it: a review is saved through a new file beside it, so its
/// folder must be writable even where the file is.
extension FileStore {
  /// A folder seen may not write in (saving writes a new file beside the one it replaces):
  /// named, with what to do; chmod only for the folder's owner.
  static func folderNotWritable(
    _ path: String, folder: String, info: stat, elsewhere: String
  ) -> CommandError {
    let fix =
      info.st_uid == geteuid()
      ? "make it writable (chmod u+w \(folder.shownInMessage))"
      : "it is not yours: ask its owner to let you write in it"
    return CommandError(
      .cannotCreate,
      "cannot save '\(path.shownInMessage)': the folder '\(folder.shownInMessage)' is not writable for you (seen saves through a new file beside it), so nothing was changed; \(fix), or \(elsewhere)."
    )
  }
}
