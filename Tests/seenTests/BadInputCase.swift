import Foundation

/// One bad input from `Fixtures/BadInput/<name>/case.json`: what to set up, how to run `seen`,
/// and the one message, exit code and untouched files that must follow. Any other file in the
/// case's folder is copied into the run's working folder first.
struct BadInputCase: Decodable {
  /// The folder's name, which names the case in failures.
  var name = ""
  /// The folder holding `case.json` and the files copied into the working folder.
  var folder = URL(fileURLWithPath: "/")
  /// What the case proves, in one sentence.
  var point: String
  /// Arguments after `seen`; `$EXAMPLES` is the examples folder, `$FOLDER` the working folder.
  var arguments: [String]
  /// Text on standard input; nil gives /dev/null.
  var stdin: String?
  /// Variables added to the environment of the run.
  var environment: [String: String]
  var setup: [SetupStep]
  var exit: Int32
  /// Text that must appear on standard error.
  var stderr: [String]
  /// Text that must not appear on standard error (a note, a case reference).
  var stderrNot: [String]
  /// How many lines standard error may hold; nil means one, or two for a usage error (a hint).
  var stderrLines: Int?
  /// The exact standard output; nil means nothing at all, "*" anything (a summary that goes on).
  var stdout: String?
  /// Files the run may create or change; every other file must be left as it was.
  var changes: [String]

  private enum CodingKeys: String, CodingKey {
    case point, arguments, stdin, environment, setup, exit, stderr, stderrNot, stderrLines, stdout,
      changes
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    point = try container.decode(String.self, forKey: .point)
    arguments = try container.decode([String].self, forKey: .arguments)
    stdin = try container.decodeIfPresent(String.self, forKey: .stdin)
    environment =
      try container.decodeIfPresent([String: String].self, forKey: .environment) ?? [:]
    setup = try container.decodeIfPresent([SetupStep].self, forKey: .setup) ?? []
    exit = try container.decode(Int32.self, forKey: .exit)
    stderr = try container.decodeIfPresent([String].self, forKey: .stderr) ?? []
    stderrNot = try container.decodeIfPresent([String].self, forKey: .stderrNot) ?? []
    stderrLines = try container.decodeIfPresent(Int.self, forKey: .stderrLines)
    stdout = try container.decodeIfPresent(String.self, forKey: .stdout)
    changes = try container.decodeIfPresent([String].self, forKey: .changes) ?? []
  }

  /// The number of lines standard error may hold.
  var allowedStderrLines: Int { stderrLines ?? (exit == 64 ? 2 : 1) }

  /// Every case under `folder`, in the order of their names.
  static func all(in folder: URL) throws -> [BadInputCase] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    return try names.compactMap { name in
      let caseFolder = folder.appendingPathComponent(name)
      let file = caseFolder.appendingPathComponent("case.json")
      guard FileManager.default.fileExists(atPath: file.path) else { return nil }
      do {
        var badCase = try JSONDecoder().decode(BadInputCase.self, from: Data(contentsOf: file))
        badCase.name = name
        badCase.folder = caseFolder
        return badCase
      } catch {
        throw SeenExecutableError(description: "\(file.path) is not a valid case: \(error)")
      }
    }
  }
}

/// One thing done in the working folder before the run.
enum SetupStep: Decodable {
  /// Copies a file (`$EXAMPLES/...` or a path in the case folder) to `to`.
  case copy(String, to: String)
  case symlink(String, to: String)
  case hardlink(String, to: String)
  case fifo(String)
  case folder(String)
  /// Sets a file's or folder's permission bits (octal text); restored before clean-up.
  case chmod(String, mode: String)
  /// Writes `text`, or `repeat` written `count` times.
  case write(String, text: String)
  /// Another seen session holds this record's lock for the whole run.
  case lock(String)

  private enum Keys: String, CodingKey {
    case copy, to, symlink, hardlink, fifo, folder, chmod, mode, write, text, `repeat`, count, lock
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    if let source = try container.decodeIfPresent(String.self, forKey: .copy) {
      self = .copy(source, to: try container.decode(String.self, forKey: .to))
    } else if let link = try container.decodeIfPresent(String.self, forKey: .symlink) {
      self = .symlink(link, to: try container.decode(String.self, forKey: .to))
    } else if let link = try container.decodeIfPresent(String.self, forKey: .hardlink) {
      self = .hardlink(link, to: try container.decode(String.self, forKey: .to))
    } else if let name = try container.decodeIfPresent(String.self, forKey: .fifo) {
      self = .fifo(name)
    } else if let name = try container.decodeIfPresent(String.self, forKey: .folder) {
      self = .folder(name)
    } else if let name = try container.decodeIfPresent(String.self, forKey: .chmod) {
      self = .chmod(name, mode: try container.decode(String.self, forKey: .mode))
    } else if let name = try container.decodeIfPresent(String.self, forKey: .write) {
      if let text = try container.decodeIfPresent(String.self, forKey: .text) {
        self = .write(name, text: text)
      } else {
        let unit = try container.decode(String.self, forKey: .repeat)
        let count = try container.decode(Int.self, forKey: .count)
        self = .write(name, text: String(repeating: unit, count: count))
      }
    } else if let name = try container.decodeIfPresent(String.self, forKey: .lock) {
      self = .lock(name)
    } else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "an unknown setup step"))
    }
  }
}
