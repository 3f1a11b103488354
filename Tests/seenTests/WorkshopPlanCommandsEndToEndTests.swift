import Foundation
import SeenTestSupport
import XCTest

/// Issue 18, point 3: every command every plan prints is run through the built binary, in a
/// fresh folder per plan, in the plan's order, so that each finds the files the earlier steps
/// made. The commands come from the plan itself (`--steps --format json`), and each is checked
/// to be printed, word for word, in the plan as text and Markdown. Non-interactive ones run as
/// printed; the guided review (a blank start) runs on a pseudo-terminal, typed at like a
/// participant would, and once from a pipe with --interactive.
final class WorkshopPlanCommandsEndToEndTests: XCTestCase {
  private let scenarioIDs = ["father-ab", "wiltshire", "derbyshire", "care-leaver"]
  private let lengths = ["45", "90", "120"]

  private struct Command {
    var who: String
    var line: String
    var arguments: [String]
    var interactive: Bool
  }

  private func commands(_ id: String, minutes: String) throws -> [Command] {
    let run = try assertExecuteCommand(
      ["workshop", id, "--steps", "--minutes", minutes, "--format", "json"])
    let plan = try jsonObject(run.stdout)
    let steps = try XCTUnwrap(plan["steps"] as? [[String: Any]], run.stdout)
    let preparation = try XCTUnwrap(plan["preparation"] as? [[String: Any]], run.stdout)
    let all = preparation + steps.flatMap { $0["commands"] as? [[String: Any]] ?? [] }
    return try all.map { command in
      Command(
        who: try XCTUnwrap(command["who"] as? String),
        line: try XCTUnwrap(command["line"] as? String),
        arguments: try XCTUnwrap(command["arguments"] as? [String]),
        interactive: try XCTUnwrap(command["interactive"] as? Bool))
    }
  }

  /// The label of the scenario's first man, as its record has it.
  private func manLabel(_ id: String) throws -> String {
    let url = PackagePaths.root.appendingPathComponent("Resources/scenarios.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    let list = try XCTUnwrap((object as? [String: Any])?["scenarios"] as? [[String: Any]])
    let scenario = try XCTUnwrap(list.first { $0["id"] as? String == id })
    let men = try XCTUnwrap((scenario["record"] as? [String: Any])?["men"] as? [[String: Any]])
    return try XCTUnwrap(men.first?["label"] as? String)
  }

  /// A whole guided blank-start review of one man: the question's marker and the line typed.
  /// No confidence (the plan records it apart); role 1, Enter keeps the case reference, the date, and the man's label,
  /// relationship and whether he lives with the baby; no other man; then one letter per item.
  private func reviewSteps(man: String) -> [(marker: String, line: String)] {
    let manLetters = [
      "d", "n", "n", "p", "p", "u", "a", "a", "y", "p", "n", "", "d", "a", "u", "p", "a", "y", "p",
      "n", "d", "p",
    ]
    var steps: [(marker: String, line: String)] = [
      ("What is your role", "1"), ("[Case]", ""),
      ("Date of the review", ""), ("[Men · 1]", ""), ("How is he related", ""),
      ("Does he live with the baby", ""), ("Is there another man", ""),
    ]
    for (offset, letter) in manLetters.enumerated() {
      steps.append(("[\(man) · \(offset + 1) of \(manLetters.count)]", letter))
      if offset == 3 { steps.append(("[\(man)] What he brings", "")) }
    }
    for (offset, letter) in ["y", "p", "n", "y", "p", "n", "n"].enumerated() {
      steps.append(("[Case · \(offset + 1) of 7]", letter))
    }
    steps += (2...8).map { ("[Reflection · \($0) of 8]", "") }
    return steps + [("Your answers", ""), ("[Agreed actions]", "")]
  }

  private func runInteractive(
    _ command: Command, id: String, in folder: URL, onTerminal: Bool
  ) throws {
    let steps = reviewSteps(man: try manLabel(id))
    if onTerminal {
      let terminal = try PseudoTerminal(command.arguments, in: folder)
      for step in steps { try terminal.answer(step.line, at: step.marker) }
      XCTAssertEqual(terminal.exitStatus(), 0, "\(command.line):\n\(terminal.unread)")
      XCTAssertTrue(
        normalizingWhitespace(terminal.screen).contains(
          "Training scenario: \(id) (\(id == "care-leaver" ? "a composite, not a real case" : "a published case study")). Gap report: case SCENARIO-"
        ),
        terminal.unread)
    } else {
      let input = Data(steps.map { $0.line + "\n" }.joined().utf8)
      let run = try runSeenWithTimeout(
        command.arguments + ["--interactive"], stdin: input, currentDirectory: folder)
      XCTAssertEqual(run.status, 0, "\(command.line) --interactive:\n\(run.stderr)")
      XCTAssertTrue(
        normalizingWhitespace(run.stdout).hasPrefix(
          "Training scenario: \(id) (\(id == "care-leaver" ? "a composite, not a real case" : "a published case study")). Gap report: case SCENARIO-"
        ),
        run.stdout)
    }
  }

  /// Whether the built seen has `seen workshop debrief` (helper blank's branch, issue 18
  /// point 4); until it does, the debrief commands wait and the test says so.
  private lazy var hasDebrief: Bool = {
    (try? SeenExecutable.run(["help", "workshop"]).stdout.contains("debrief")) ?? false
  }()

  func testEveryCommandOfEveryPlanRunsAsPrinted() throws {
    var waiting: [String] = []
    for id in scenarioIDs {
      for minutes in lengths {
        let label = "\(id), \(minutes) minutes"
        let commands = try commands(id, minutes: minutes)
        XCTAssertGreaterThanOrEqual(commands.count, minutes == "45" ? 4 : 6, label)
        for format in ["text", "markdown"] {
          var printed = try assertExecuteCommand(
            ["workshop", id, "--steps", "--minutes", minutes, "--format", format]
          ).stdout
          if format == "markdown" {
            printed = printed.replacingOccurrences(of: "`", with: "")
              .replacingOccurrences(of: "\\", with: "")
          }
          printed = typed(printed)
          for command in commands {
            XCTAssertTrue(printed.contains(command.line), "\(label), \(format): \(command.line)")
          }
        }
        // The participant pack prints every command participants type, as the plan does: the
        // same lines, run below.
        let pack = typed(try assertExecuteCommand(["workshop", id]).stdout)
        for command in commands where command.who == "participant" {
          XCTAssertTrue(pack.contains(command.line), "\(id) participant pack: \(command.line)")
        }

        let folder = try makeTemporaryDirectory()
        for command in commands {
          XCTAssertEqual(
            command.line, (["seen"] + command.arguments).map(shellWord).joined(separator: " "),
            "\(label): the printed line is the arguments")
          if command.arguments.starts(with: ["workshop", "debrief"]) && !hasDebrief {
            waiting.append(command.line)
            continue
          }
          if command.interactive {
            // On a terminal for the 45-minute plans, from a pipe for the others.
            try runInteractive(command, id: id, in: folder, onTerminal: minutes == "45")
            continue
          }
          let run = try SeenExecutable.run(command.arguments, currentDirectory: folder)
          XCTAssertFalse(run.crashed, "\(label): \(command.line)")
          XCTAssertEqual(run.status, 0, "\(label): \(command.line)\n\(run.stderr)")
          XCTAssertFalse(run.stderr.contains("error:"), "\(label): \(command.line)\n\(run.stderr)")
          if command.arguments.contains("--cohort") {
            // Confidence is recorded quietly: no gap report for a participant to scroll past.
            XCTAssertTrue(command.arguments.contains("--quiet"), "\(label): \(command.line)")
            XCTAssertEqual(run.stdout, "", "\(label): \(command.line)")
          }
        }
        try assertFilesOfTheSession(id, minutes: minutes, in: folder)
      }
    }
    if !waiting.isEmpty {
      throw XCTSkip(
        "every other command ran; these wait on seen workshop debrief: "
          + Set(waiting).sorted().joined(separator: "; "))
    }
  }

  /// The files a session leaves: the packs, the confidence before and after in their cohorts,
  /// and the blank-start review, all private.
  private func assertFilesOfTheSession(_ id: String, minutes: String, in folder: URL) throws {
    // The 45-minute plan measures confidence on paper only: no confidence files.
    let measured = minutes != "45"
    var expected = [
      "\(id)-participant.pdf", "\(id)-facilitator.pdf", "\(id)-key.pdf", "\(id)-review-1.json",
    ]
    if measured { expected += ["\(id)-before-1.json", "\(id)-after-1.json"] }
    if minutes == "120" { expected.append("partnership.pdf") }
    XCTAssertEqual(try names(in: folder), Set(expected), "\(id), \(minutes)")
    for name in expected {
      XCTAssertEqual(permissions(of: folder.appendingPathComponent(name).path), 0o600, name)
    }
    for (when, file) in [("before", "\(id)-before-1.json"), ("after", "\(id)-after-1.json")]
    where measured {
      let record = try jsonObject(
        String(decoding: Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self))
      XCTAssertEqual(record["cohort"] as? String, "\(id) \(when)")
      XCTAssertEqual(record["confidence"] as? String, "somewhat")
    }
    let review = try jsonObject(
      String(
        decoding: Data(contentsOf: folder.appendingPathComponent("\(id)-review-1.json")),
        as: UTF8.self))
    let workshop = review["workshop"] as? [String: Any]
    XCTAssertEqual(workshop?["scenario"] as? String, id)
    XCTAssertEqual(workshop?["start"] as? String, "blank")
    let men = review["men"] as? [[String: Any]] ?? []
    XCTAssertEqual((men.first?["answers"] as? [String: Any])?.count, 22, "the review was answered")
  }

  /// Printed text as typed: a command's continuations (" \\" at a line's end) joined again,
  /// white space folded.
  private func typed(_ text: String) -> String {
    normalizingWhitespace(text.replacingOccurrences(of: " \\\n", with: " "))
  }

  /// An argument as a shell needs it: in double quotes when it holds a space.
  private func shellWord(_ argument: String) -> String {
    argument.contains(" ") ? "\"\(argument)\"" : argument
  }
}
