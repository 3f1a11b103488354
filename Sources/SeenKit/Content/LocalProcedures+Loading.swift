/// Reading and checking a local file (`seen-local/1`). Every problem is collected, each with its
/// JSON path, so that `seen content --check` lists them all in one run.
extension LocalProcedures {
  /// The most characters (Unicode scalars) each text may hold: enough for any real entry, and
  /// short enough that a local addition stays a line or two under the review's own text.
  /// Documented in Resources/README.md.
  public static let limits: [(field: String, most: Int)] = [
    ("partnership", 120), ("version", 40), ("role", 80), ("how", 200), ("locally", 600),
    ("locallyForSafety", 600),
    ("link title", 120), ("url", 500), ("title", 60), ("question", 400), ("why", 600),
    ("next", 600), ("nextForSafety", 600), ("document", 200), ("section", 60),
  ]
  /// The most entries each list may hold.
  public static let mostEntries = 50

  static func limit(_ field: String) -> Int {
    limits.first { $0.field == field }?.most ?? 200
  }

  static let topLevelKeys = [
    "format", "partnership", "version", "contacts", "items", "extraItems", "links", "documents",
  ]
  /// Reads a local file against `content` (its item ids): the procedures, or every problem.
  ///
  /// - Parameter file: how the file is named in problems.
  public static func check(_ bytes: [UInt8], file: String?, content: Content)
    -> (local: LocalProcedures?, problems: [DataError])
  {
    let checked = checked(bytes, file: file, content: content)
    return (checked.local, checked.problems)
  }

  /// The content's own safe step for a local item that gives no `nextForSafety`: its advice on
  /// deciding contact with a manager or safeguarding lead first (17.2), with its basis.
  static func genericSafeStep(_ content: Content) -> SafeAdvice? {
    content.safety.points.first { $0.sources.contains { $0.section.contains("17.2") } }
      ?? content.safety.points.first
  }

  /// Problems sorted by line and column, stably. One without a place (a missing key) stays
  /// after the problem found before it, which is in the same object or just before it.
  static func inLineOrder(_ errors: [DataError]) -> [DataError] {
    var last = SourcePosition(line: 0, column: 0)
    let keyed = errors.enumerated().map { offset, error -> (SourcePosition, Int, DataError) in
      if let position = error.position { last = position }
      return (last, offset, error)
    }
    return keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.2)
  }

  /// `check`, with the warnings too: texts that pass but hold words to avoid in a step for
  /// safety (`avoidInSafeSteps`), each with its JSON path. Warnings never make a file invalid.
  public static func checked(_ bytes: [UInt8], file: String?, content: Content)
    -> (local: LocalProcedures?, problems: [DataError], warnings: [DataError])
  {
    let root: JSONValue
    // A key given twice is a problem, and the check goes on past it (the first is read).
    var duplicates: [JSONParser.SyntaxError] = []
    do {
      root = try JSONParser.parse(bytes, duplicates: &duplicates)
    } catch {
      return (
        nil,
        [
          DataError(file: file, position: error.position, path: "", problem: .syntax(error.message))
        ],
        []
      )
    }
    var checker = LocalChecker(file: file, content: content)
    checker.problems = duplicates.map {
      DataError(file: file, position: $0.position, path: "", problem: .syntax($0.message))
    }
    let local = checker.read(root)
    // In line order, as the file reads (a missing key, which has no place, first); warnings too.
    checker.problems = LocalProcedures.inLineOrder(checker.problems)
    checker.warnings = LocalProcedures.inLineOrder(checker.warnings)
    if var local, checker.problems.isEmpty {
      local.path = file
      return (local, [], checker.warnings)
    }
    return (nil, checker.problems, checker.warnings)
  }
}
