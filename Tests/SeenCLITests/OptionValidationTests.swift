import XCTest

@testable import SeenCLI

/// Every command refuses a bad value for every option it declares that takes a constrained
/// value, with one `error:` line and at most one hint line, exit 64; and accepts no option it
/// does not use.
final class OptionValidationTests: XCTestCase {
  final class Captured: @unchecked Sendable {
    var out = ""
    var err = ""
  }

  private func run(_ arguments: [String]) -> (ExitCode, String, String) {
    let captured = Captured()
    let console = Console(
      writeOut: { captured.out += $0 }, writeErr: { captured.err += $0 },
      readStandardInput: { [] }, environment: [:], stdinIsTerminal: false,
      stdoutIsTerminal: false, terminalWidth: nil)
    let code = SeenCommand.run(arguments, console: console)
    return (code, captured.out, captured.err)
  }

  /// Positionals that make each command otherwise valid, so that only the option is wrong.
  private let positionals: [String: [String]] = [
    "review": [], "report": ["-"], "sheet": [], "summary": ["."], "scenarios": [],
    "workshop": ["wiltshire"], "content": [], "help": [],
  ]

  /// Values that are wrong for an option with a constrained value.
  private func badValues(for option: OptionSpec) -> [String] {
    if option.choices != nil { return ["bogus", "", "TEXT "] }
    if option.range != nil { return ["abc", "", "-1", "0", "99999999999999999999", "2.5", " 3"] }
    return []
  }

  func testEveryConstrainedOptionOfEveryCommandRefusesABadValue() {
    var checked = 0
    for command in SeenCommand.commands {
      for option in command.options where !option.isFlag {
        for value in badValues(for: option) {
          var arguments = [command.name] + (positionals[command.name] ?? [])
          arguments += ["--\(option.name)", value]
          if command.name == "review" { arguments.append("--no-input") }
          if option.name == "minutes" { arguments.append("--steps") }
          let (code, out, err) = run(arguments)
          let shown = arguments.map { "'\($0)'" }.joined(separator: " ")
          XCTAssertEqual(code, .usage, "seen \(shown): \(err)")
          XCTAssertEqual(out, "", "seen \(shown)")
          let lines = err.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
          XCTAssertTrue(err.hasPrefix("error: "), "seen \(shown): \(err)")
          XCTAssertTrue(err.contains("--\(option.name)"), "names the option: \(err)")
          XCTAssertTrue(
            lines.count == 1 || (lines.count == 2 && lines.last!.hasPrefix("Run 'seen help ")),
            "one line and at most a hint: \(err)")
          checked += 1
        }
      }
    }
    XCTAssertGreaterThan(checked, 40)
  }

  /// Options every command declares that take a number have their range declared, so that the
  /// parser checks them before any work (a bad --width used to pass when the command never
  /// read it).
  func testEveryNumericOptionDeclaresItsRange() {
    for command in SeenCommand.commands {
      for option in command.options
      where ["columns", "number", "minutes"].contains(option.valueName) {
        XCTAssertTrue(
          option.range != nil || option.choices != nil,
          "seen \(command.name) --\(option.name) takes a number but declares no range")
      }
    }
  }

  func testWorkshopRefusesABadWidth() {
    XCTAssertEqual(run(["workshop", "wiltshire", "--width", "abc"]).0, .usage)
  }

  /// Each command declares exactly the options its run reads: an option it declares and never
  /// reads would be accepted and silently ignored.
  func testNoCommandDeclaresAnOptionItDoesNotRead() {
    let reads: [String: Set<String>] = [
      "review": [
        "answers", "set", "action", "case", "role", "date", "cohort", "scenario", "blank", "resume",
        "no-input",
        "interactive", "save", "fail-on-gaps", "format", "output", "force", "no-color",
        "no-pager", "width", "content", "include-sensitive", "detail", "again", "keep-earlier",
        "no-longer-in-babys-life", "local", "no-local", "quiet",
      ],
      "compare": [
        "format", "output", "force", "no-color", "no-pager", "width", "content",
        "include-sensitive", "force-pair", "local", "no-local",
      ],
      "combine": [
        "format", "match", "no-auto-match", "no-input", "interactive", "output", "force",
        "no-color", "no-pager", "width", "content", "include-sensitive", "local", "no-local",
      ],
      "report": [
        "format", "output", "force", "no-color", "no-pager", "width", "content",
        "include-sensitive", "detail", "fail-on-gaps", "local", "no-local",
      ],
      "sheet": [
        "format", "output", "force", "men", "leaders", "include-sensitive", "no-color", "content",
        "local", "no-local",
      ],
      "supervise": [
        "role", "date", "comment", "discussed", "men-discussed", "fear-raised", "fear-about",
        "support", "action", "answers", "team", "format", "output", "force", "content", "local",
        "no-local",
      ],
      "actions": [
        "format", "owner", "open", "due-before", "include-sensitive", "strict", "output", "force",
        "width", "no-color", "content", "note", "on", "reason", "all-versions", "local", "no-local",
      ],
      "summary": [
        "format", "by", "baseline", "strict", "output", "force", "content", "no-suppress",
        "all-versions", "local", "no-local",
      ],
      "scenarios": [
        "format", "output", "force", "no-color", "no-pager", "width", "content", "local",
        "no-local",
      ],
      "workshop": [
        "format", "pack", "steps", "minutes", "no-suppress", "part", "width", "output", "force",
        "no-color",
        "content", "local", "no-local",
      ],
      "content": [
        "format", "output", "force", "no-color", "no-pager", "width", "content", "local",
        "no-local", "check",
      ],
      "help": [],
      "completions": [],
      "man": [],
    ]
    for command in SeenCommand.commands {
      XCTAssertEqual(
        Set(command.options.map(\.name)), reads[command.name],
        "seen \(command.name) declares options its run does not read (or misses some)")
    }
  }

  func testUsageErrorIsOneLineAndAHint() {
    let (code, _, err) = run(["review", "--bogus"])
    XCTAssertEqual(code, .usage)
    XCTAssertEqual(
      err, "error: unknown option '--bogus'\nRun 'seen help review' for the options.\n")
    XCTAssertEqual(
      run(["bogus"]).2,
      "error: unknown command 'bogus'. Commands: review, report, sheet, supervise, actions, compare, combine, summary, scenarios, workshop, content, help, completions, man.\nRun 'seen --help' for the commands.\n"
    )
  }
}
