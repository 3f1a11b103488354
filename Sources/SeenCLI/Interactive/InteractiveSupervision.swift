import SeenKit

/// Drives a `SupervisionSession` on the terminal.
struct InteractiveSupervision {
  var session: SupervisionSession
  let console: Console
  let path: String

  mutating func run() throws(CommandError) -> ExitCode {
    throw CommandError(.usage, "not yet")
  }
}
