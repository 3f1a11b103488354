import Foundation
import SeenTestSupport
import XCTest

@testable import SeenCLI

/// The shell completions and the manual page, written from the command declarations: golden
/// files, and a walk over every declaration that fails when one is missing from an output.
final class CompletionsTests: XCTestCase {
  private let tree = CommandTree(
    root: SeenCommand.spec, scenarios: ["father-ab", "wiltshire", "derbyshire", "care-leaver"])

  private func outputs(_ tree: CommandTree) -> Outputs {
    Outputs(
      bash: BashCompletions.script(tree), zsh: ZshCompletions.script(tree),
      fish: FishCompletions.script(tree), man: ManPage.page(tree, version: "0.1.0"))
  }

  func testEachOutputMatchesItsGoldenFile() {
    let outputs = outputs(tree)
    let snapshots = PackagePaths.snapshots()
    assertSnapshot(outputs.bash, named: "completions.bash", in: snapshots)
    assertSnapshot(outputs.zsh, named: "completions.zsh", in: snapshots)
    assertSnapshot(outputs.fish, named: "completions.fish", in: snapshots)
    assertSnapshot(outputs.man, named: "seen.1", in: snapshots)
  }

  func testTheCommandUsesTheBuiltInScenarios() throws {
    let names = try SeenCommand.tree().scenarios
    XCTAssertEqual(names, tree.scenarios, "the golden files name these scenarios")
  }

  func testEveryCommandOptionAndArgumentIsInEveryOutput() {
    XCTAssertEqual(Coverage.missing(tree, in: outputs(tree)), [])
  }

  /// The walk above is not vacuous: a command, an option, a value or an argument declared but
  /// left out of an output is named, in each of the four.
  func testTheWalkNamesWhatAnOutputLeavesOut() {
    let written = outputs(tree)
    var declared = tree
    declared.root.subcommands.append(
      CommandSpec(
        name: "extra", abstract: "A command the outputs do not have.",
        arguments: [ArgumentSpec(name: "thing", help: "x", completion: .words(["alpha"]))]))
    let report = declared.root.subcommands.firstIndex { $0.name == "report" }!
    declared.root.subcommands[report].options.append(
      .value("colour", short: "c", "name", help: "x", choices: ["red", "green"]))
    let missing = Coverage.missing(declared, in: written)
    for output in ["bash", "zsh", "fish", "man"] {
      for expected in [
        "\(output): command extra", "\(output): seen report --colour", "\(output): seen report -c",
        "\(output): seen report --colour value red",
      ] {
        XCTAssert(missing.contains(expected), "not reported: \(expected) in \(missing)")
      }
    }
    // A choice added to an existing option is caught too.
    var moreChoices = tree
    moreChoices.root.subcommands[report].options[0].choices?.append("yaml")
    XCTAssert(
      Coverage.missing(moreChoices, in: written).contains("bash: seen report --format value yaml"))
  }

  func testTheOutputsDoNotChangeFromRunToRun() {
    XCTAssertEqual(outputs(tree), outputs(tree))
  }

  func testEveryExitStatusIsInTheManPage() {
    let page = ManPage.page(tree, version: "0.1.0")
    let section = Coverage.section(of: page, from: ".Sh EXIT STATUS", to: ".Sh ")
    let listed = section.split(separator: "\n").filter { $0.hasPrefix(".It ") }
      .flatMap { $0.dropFirst(4).split(separator: " ").compactMap { Int32($0) } }
    let statuses = (Int32(0)...255).compactMap { ExitCode(rawValue: $0) }
    XCTAssertEqual(statuses.count, 11)
    for status in statuses {
      XCTAssert(listed.contains(status.rawValue), "EXIT STATUS does not give \(status)")
    }
  }

  /// Every environment variable the command line reads (an upper-case string in its sources,
  /// such as `environment["NO_COLOR"]` or `getenv("HOME")`) is in the page's ENVIRONMENT.
  func testEveryEnvironmentVariableReadIsInTheManPage() throws {
    let page = ManPage.page(tree, version: "0.1.0")
    let sources = PackagePaths.root.appendingPathComponent("Sources/SeenCLI")
    // Upper-case strings that are values, not variables.
    let notVariables: Set<String> = ["FRX"]
    let pattern = try NSRegularExpression(pattern: #""([A-Z][A-Z_]{2,})""#)
    var names: Set<String> = []
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let file = files?.nextObject() as? URL {
      guard file.pathExtension == "swift", !file.path.contains("/Completions/") else { continue }
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
      }
    }
    XCTAssert(names.contains("NO_COLOR") && names.contains("HOME"), "the scan found \(names)")
    for name in names.subtracting(notVariables).sorted() {
      XCTAssert(
        page.contains("\n.It Ev \(name)\n"),
        "\(name) is read but not in the man page's ENVIRONMENT (ManPage.environment)")
    }
  }

  func testManPageTextIsEscapedForRoff() {
    XCTAssertEqual(ManPage.escaped(".start"), "\\&.start")
    XCTAssertEqual(ManPage.escaped("'quote"), "\\&'quote")
    XCTAssertEqual(ManPage.escaped("a\\b --x"), "a\\eb \\-\\-x")
    XCTAssertEqual(ManPage.escaped("MAN.relationship=…"), "MAN.relationship=\\[u2026]")
    XCTAssertEqual(ManPage.text("One. Two? Three"), "One.\nTwo?\nThree")
    let long = String(repeating: "word ", count: 40)
    XCTAssert(ManPage.text(long).split(separator: "\n").allSatisfy { $0.utf8.count <= 80 })
  }

  func testZshAndFishQuoteHelpTexts() {
    let outputs = outputs(tree)
    // Brackets and colons would end a zsh option's description; a quote would end the string.
    XCTAssert(outputs.zsh.contains(#"MAN.ITEM=ANSWER\[\:note\]"#))
    XCTAssert(outputs.zsh.contains(#"facilitator'\''s plan"#))
    XCTAssert(outputs.fish.contains(#"the terminal\'s width"#))
  }
}

struct Outputs: Equatable {
  var bash: String
  var zsh: String
  var fish: String
  var man: String
}

/// Which declarations an output leaves out: for each command, its name among the commands, and
/// in the part of the output about it each option (by every name), each value its option offers
/// and each argument that completes.
enum Coverage {
  static func missing(_ tree: CommandTree, in outputs: Outputs) -> [String] {
    var missing: [String] = []
    let checks: [(name: String, text: String, lists: (String) -> Bool, part: (String) -> String)] =
      [
        (
          "bash", outputs.bash, { outputs.bash.contains("\n        \($0)) _seen_\($0) ;;\n") },
          { section(of: outputs.bash, from: "\n\(function($0))() {\n", to: "\n}\n") }
        ),
        (
          "zsh", outputs.zsh, { outputs.zsh.contains("\n                '\($0):") },
          { section(of: outputs.zsh, from: "\n\(function($0))() {\n", to: "\n}\n") }
        ),
        (
          "fish", outputs.fish,
          { outputs.fish.contains("complete -c seen -n __seen_needs_command -a '\($0)' ") },
          { name in
            outputs.fish.split(separator: "\n").filter {
              name == "seen"
                ? $0.hasPrefix("complete -c seen -n __seen_needs_command ")
                : $0.contains("'__seen_command \(name)'")
                  || $0.contains("'__seen_argument \(name) ")
            }.joined(separator: "\n")
          }
        ),
        (
          "man", outputs.man, { outputs.man.contains("\n.Nm\n.Cm \($0)\n") },
          { name in
            name == "seen"
              ? section(of: outputs.man, from: "\n.Sh DESCRIPTION\n", to: "\n.Sh ")
              : section(of: outputs.man, from: "\n.Ss seen \(name)\n", to: "\n.S")
          }
        ),
      ]
    for check in checks {
      for command in [tree.root] + tree.commands {
        if command.name != tree.root.name && !check.lists(command.name) {
          missing.append("\(check.name): command \(command.name)")
        }
        let part = check.part(command.name)
        for option in CommandTree.options(of: command) {
          let names =
            [("--\(option.name)", optionForm(check.name, long: option.name))]
            + (option.short.map { [("-\($0)", shortForm(check.name, $0))] } ?? [])
          for (shown, form) in names where !containsWord(part, form) {
            missing.append("\(check.name): seen \(command.name) \(shown)")
          }
          let values = CommandTree.completion(of: option).flatMap(tree.words) ?? []
          for value in values where !containsWord(part, valueForm(check.name, value)) {
            missing.append("\(check.name): seen \(command.name) --\(option.name) value \(value)")
          }
        }
        for argument in command.arguments {
          if check.name == "man" || argument.completion != nil,
            !containsWord(part, argumentForm(check.name, argument.name))
          {
            missing.append("\(check.name): seen \(command.name) <\(argument.name)>")
          }
          let values = argument.completion.flatMap(tree.words) ?? []
          for value in values where !containsWord(part, valueForm(check.name, value)) {
            missing.append("\(check.name): seen \(command.name) <\(argument.name)> value \(value)")
          }
        }
      }
    }
    return missing
  }

  /// The function that completes a command in bash and zsh: `_seen` for seen itself.
  private static func function(_ command: String) -> String {
    command == "seen" ? "_seen" : "_seen_\(command)"
  }

  /// A value as each output writes it: the man page's running text escapes hyphens.
  private static func valueForm(_ output: String, _ value: String) -> String {
    output == "man" ? ManPage.escaped(value) : value
  }

  /// How each output writes an option's long name.
  private static func optionForm(_ output: String, long: String) -> String {
    switch output {
    case "fish": return "-l \(long)"
    case "man": return "Fl -\(long)"
    default: return "--\(long)"
    }
  }

  private static func shortForm(_ output: String, _ short: Character) -> String {
    switch output {
    case "fish": return "-s \(short)"
    case "man": return "Fl \(short)"
    default: return "-\(short)"
    }
  }

  /// How each output marks an argument: bash and fish by a comment, zsh by its message, the
  /// man page by its item.
  private static func argumentForm(_ output: String, _ name: String) -> String {
    switch output {
    case "zsh": return ":\(name):"
    case "man": return ".It Ar \(name)"
    default: return "# <\(name)>"
    }
  }

  /// The text from `start` to the next `end` after it; empty when `start` is not there.
  static func section(of text: String, from start: String, to end: String) -> String {
    guard let begin = text.range(of: start) else { return "" }
    let rest = text[begin.upperBound...]
    return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
  }

  /// Whether `word` is in `text` with no letter, digit or hyphen joined to either end of it
  /// that is itself a letter, digit or hyphen (so `--format` is not found in `--formats`).
  static func containsWord(_ text: String, _ word: String) -> Bool {
    let isWordCharacter = { (character: Character?) in
      character.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false
    }
    var searchStart = text.startIndex
    while let range = text.range(of: word, range: searchStart..<text.endIndex) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let joinedBefore = isWordCharacter(word.first) && isWordCharacter(before)
      let joinedAfter = isWordCharacter(word.last) && isWordCharacter(after)
      if !joinedBefore && !joinedAfter { return true }
      searchStart = text.index(after: range.lowerBound)
    }
    return false
  }
}
