import SeenKit

/// `seen content`: the questions, risk factors, tiers, figures, checklist and recommendations,
/// with sources.
enum ContentCommand {
  static let spec = CommandSpec(
    name: "content",
    abstract: "Show the review's content that seen uses, with the source of every item.",
    discussion: """
      Prints the reflective questions, the risk factors, the four tier model, the key figures, \
      the checklist and the recommendations of the review and the Foundations briefing, each \
      citing the paragraph of the review or briefing it comes from.
      """,
    options: CommonOptions.contentOptions,
    examples: [
      "seen content", "seen content --format json > content.json",
      "seen content --format markdown -o content.md",
      "seen content --format html -o content.html",
    ])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let content = try CommonOptions.loadContent(arguments, console: console)
    let renderer = ContentRenderer(
      content: content, text: try CommonOptions.textOptions(arguments, console: console))
    try CommonOptions.emit(
      renderer.render(as: CommonOptions.format(arguments)), arguments, console: console,
      paged: true)
    return .success
  }
}
