/// Everything wrong with a content folder, collected before seen refuses it.
public struct ContentError: Error, Equatable, Sendable, CustomStringConvertible {
  var problems: [DataError]

  init(problems: [DataError]) {
    self.problems = problems
  }

  /// Each problem as one line, in the order found.
  public var problemLines: [String] { problems.map(\.description) }

  /// One problem is one line, like every other error; several are listed one to a line under a
  /// count, so that a partnership editing its content sees them all at once.
  public var description: String {
    if problems.count == 1, let problem = problems.first {
      return "the content has a problem: \(problem.description)"
    }
    return "the content has \(problems.count) problems:\n"
      + problems.map { "  " + $0.description }.joined(separator: "\n")
  }
}
