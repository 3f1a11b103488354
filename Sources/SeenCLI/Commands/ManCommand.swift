import SeenKit

/// `seen man`: the manual page, in mdoc, written from the command declarations.
enum ManCommand {
  static let spec = CommandSpec(
    name: "man",
    abstract: "Print seen's manual page, for the man command.",
    discussion: """
      The page (in roff, the manual's own format) holds every command and option, the \
      environment variables seen reads, its exit statuses and what it does with your files. \
      Read it at once with: seen man | man -l -
      """,
    examples: [
      "seen man | man -l -",
      "seen man > ~/.local/share/man/man1/seen.1",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    try console.writeOut(ManPage.page(try SeenCommand.tree(), version: SeenCommand.version))
    return .success
  }
}
