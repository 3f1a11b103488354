import SeenKit

/// A review that a later review of the same case supersedes is not supervised
/// (`ActionsCommand.laterReview` finds one it can read). One it cannot read is not passed over
/// in silence: a file beside the review named as seen names a re-review of this case
/// (`AgainOption.savePath`) that cannot be read or read as a review stops the supervision unless
/// --force; any other file beside it that cannot be read is named in a warning.
extension SuperviseCommand {
  static func checkUnreadableLaterReview(
    of record: ReviewRecord, at path: String, content: Content, force: Bool, console: Console
  ) throws(CommandError) {
    let stem =
      "seen-review-"
      + (AgainOption.fileNamePart(record.caseReference).map { $0 + "-" } ?? "") + "again-"
    var unreadable: [String] = []
    for sibling in ReviewFiles.siblings(of: path) {
      let name = sibling.split(separator: "/").last.map(String.init) ?? sibling
      let bytes: [UInt8]
      do throws(CommandError) {
        try FileStore.checkReadable(sibling)
        bytes = try FileStore.readFile(sibling)
      } catch {
        if name.hasPrefix(stem) {
          try refuse(
            path, later: sibling, why: "cannot be read (its permissions)", force: force,
            console: console)
        } else {
          unreadable.append(sibling)
        }
        continue
      }
      if name.hasPrefix(stem),
        (try? ReviewRecord.decode(bytes, file: sibling, content: content)) == nil
      {
        try refuse(
          path, later: sibling, why: "cannot be read as a review", force: force, console: console)
      }
    }
    guard !unreadable.isEmpty else { return }
    let names = unreadable.map { "'\(PathBytes.shown($0.shownInMessage))'" }.joined(
      separator: ", ")
    console.writeErr(
      "warning: \(names) beside the review cannot be read, so seen cannot tell whether \(unreadable.count == 1 ? "it is" : "one is") a later review of this case; if one is, supervise that one instead (ask its owner to let you read it).\n"
    )
  }

  private static func refuse(
    _ path: String, later: String, why: String, force: Bool, console: Console
  ) throws(CommandError) {
    guard !force else {
      console.writeErr(
        "warning: '\(PathBytes.shown(later.shownInMessage))' is named as a re-review of the same case but \(why); with --force, '\(PathBytes.shown(path.shownInMessage))' is supervised all the same.\n"
      )
      return
    }
    throw CommandError(
      .noInput,
      "'\(PathBytes.shown(later.shownInMessage))' beside '\(PathBytes.shown(path.shownInMessage))' is named as a re-review of the same case but \(why), so seen cannot tell whether it supersedes this review; nothing was changed. Ask its owner to let you read it (or fix it) and supervise the later review; add --force only if you know this review is the one to supervise."
    )
  }
}
