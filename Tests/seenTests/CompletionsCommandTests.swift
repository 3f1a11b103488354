import Foundation
import SeenTestSupport
import XCTest

/// `seen completions SHELL` and `seen man` from the built binary: the golden files, the shells'
/// and mandoc's own checks, and Tab pressed in a real bash and fish. A check whose shell or tool
/// is not installed skips and names the Debian package to install.
final class CompletionsCommandTests: XCTestCase {
  private let snapshots = PackagePaths.root.appendingPathComponent(
    "Tests/SeenCLITests/__Snapshots__")

  func testEachScriptAndTheManPageAreTheGoldenFiles() throws {
    for (arguments, golden) in [
      (["completions", "bash"], "completions.bash"), (["completions", "zsh"], "completions.zsh"),
      (["completions", "fish"], "completions.fish"), (["man"], "seen.1"),
    ] {
      try assertExecuteCommand(arguments, snapshot: golden, in: snapshots)
    }
  }

  func testAnUnknownShellIsAUsageErrorListingTheShells() throws {
    let stderr = try assertFailure(
      ["completions", "tcsh"], status: 64, messages: ["'tcsh'", "bash, zsh, fish"])
    XCTAssertEqual(
      stderr,
      "error: the value 'tcsh' is invalid for '<shell>'; use one of: bash, zsh, fish.\nRun 'seen help completions' for the options.\n"
    )
    try assertFailure(["completions"], status: 64, messages: ["<shell>"])
    try assertFailure(["man", "page"], status: 64, messages: ["'page'"])
  }

  func testTheHelpListsBothCommands() throws {
    let help = try assertExecuteCommand(["--help"]).stdout
    XCTAssert(help.contains("\n  completions "), help)
    XCTAssert(help.contains("\n  man "), help)
  }

  func testBashAcceptsTheScript() throws {
    try check("bash", ["-n"], script: ["completions", "bash"])
  }

  func testZshAcceptsTheScript() throws {
    try check("zsh", ["-n"], script: ["completions", "zsh"])
  }

  func testFishAcceptsTheScript() throws {
    try check("fish", ["-n"], script: ["completions", "fish"])
  }

  /// mandoc's lint at warning level (style remarks, such as a manual not installed, aside).
  func testMandocFindsNoFaultInTheManPage() throws {
    let result = try check("mandoc", ["-T", "lint", "-W", "warning"], script: ["man"])
    XCTAssertEqual(result.output, "")
  }

  /// groff, which man uses on Debian, renders it without a warning, with every section
  /// (-P-cbou: plain text, without bold or underline).
  func testGroffRendersTheManPage() throws {
    let result = try check("groff", ["-mandoc", "-Tutf8", "-ww", "-P-cbou"], script: ["man"])
    for heading in [
      "NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS",
      "PRIVACY", "SEE ALSO",
    ] {
      XCTAssert(result.output.contains("\n\(heading)\n"), "no \(heading) in the rendered page")
    }
  }

  /// Tab in bash: the script's function is called as bash's completion calls it.
  func testBashCompletesCommandsValuesScenariosAndRecords() throws {
    let folder = try workFolder()
    let script = folder.appendingPathComponent("seen.bash")
    try Data(try assertExecuteCommand(["completions", "bash"]).stdout.utf8).write(to: script)
    let driver = """
      source seen.bash
      tab() {
          COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=()
          _seen
          printf '%s\\n' "${COMPREPLY[*]}"
      }
      tab seen re
      tab seen report --format ''
      tab seen report --format = ma
      tab seen scenarios show ''
      tab seen scenarios ''
      tab seen report ''
      tab seen review --content ''
      tab seen report --de
      tab seen completions ''
      complete -p seen
      """
    let result = try runTool("bash", ["-c", driver], in: folder)
    XCTAssertEqual(
      result.output.split(separator: "\n", omittingEmptySubsequences: false),
      [
        "review report", "text markdown json html pdf", "markdown",
        "father-ab wiltshire derbyshire care-leaver", "list show", "sub a.json", "sub",
        "--detail", "bash zsh fish", "complete -F _seen seen", "",
      ])
  }

  /// Tab in fish: `complete -C` prints what fish would offer for a command line.
  func testFishCompletesCommandsValuesScenariosAndRecords() throws {
    let folder = try workFolder()
    let script = folder.appendingPathComponent("seen.fish")
    try Data(try assertExecuteCommand(["completions", "fish"]).stdout.utf8).write(to: script)
    let lines = ["seen re", "seen report --format ", "seen scenarios show ", "seen report "]
    let driver =
      "source seen.fish\n"
      + lines.map { "complete -C '\($0)' | string replace -r '\\t.*' ''\necho '##'" }.joined(
        separator: "\n")
    let result = try runTool("fish", ["--no-config", "-c", driver], in: folder)
    XCTAssertEqual(
      result.output.split(separator: "\n").split(separator: "##").map { $0.joined(separator: " ") },
      [
        "report review", "html json markdown pdf text",
        "care-leaver derbyshire father-ab wiltshire",
        "a.json sub/",
      ])
  }

  // MARK: - Helpers

  /// A folder holding a review, a file that is not one and a sub-folder, for file completions.
  private func workFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seen-completions-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: folder.appendingPathComponent("a.json"))
    try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
    return folder
  }

  /// Writes what seen prints for `script` to a file and runs the tool on it; the tool must
  /// accept it (exit 0, nothing on standard error).
  @discardableResult
  private func check(
    _ tool: String, _ arguments: [String], script: [String], file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> (output: String, errors: String) {
    let folder = try workFolder()
    let path = folder.appendingPathComponent("script")
    try Data(try assertExecuteCommand(script).stdout.utf8).write(to: path)
    let result = try runTool(tool, arguments + [path.path], in: folder)
    XCTAssertEqual(result.errors, "", "\(tool) on seen \(script.joined(separator: " "))")
    return result
  }

  /// Runs an installed program; skips the test, naming the package, when it is not installed.
  private func runTool(_ name: String, _ arguments: [String], in folder: URL) throws -> (
    output: String, errors: String
  ) {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else {
      throw XCTSkip(
        "\(name) is not installed, so this check of seen's \(name == "mandoc" || name == "groff" ? "man page" : "\(name) completions") is skipped (Debian: apt-get install \(name))"
      )
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path
    environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent(".config").path
    environment["XDG_DATA_HOME"] = folder.appendingPathComponent(".local/share").path
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    let errorText = String(decoding: errorData, as: UTF8.self)
    XCTAssertEqual(
      process.terminationStatus, 0, "\(name) \(arguments.joined(separator: " ")): \(errorText)")
    return (text, errorText)
  }
}
