/// A piece of text: runs of plain, emphasised, strong, code and source-reference text, so that a
/// layout says what a run is and each writer decides how it looks.
struct RichText: Equatable, Sendable, ExpressibleByStringLiteral {
  var runs: [Inline]

  init(_ runs: [Inline]) {
    self.runs = runs
  }

  init(_ text: String) {
    self.runs = text.isEmpty ? [] : [.plain(text)]
  }

  init(stringLiteral text: String) {
    self.init(text)
  }

  /// The words without their styles, for a medium that has none.
  var plain: String { runs.map(\.text).joined() }

  var isEmpty: Bool { runs.allSatisfy(\.text.isEmpty) }

  static func + (left: RichText, right: RichText) -> RichText {
    RichText(left.runs + right.runs)
  }
}

/// A run of text and what it is.
enum Inline: Equatable, Sendable {
  case plain(String)
  case emphasis(String)
  case strong(String)
  /// Something to type, such as a command.
  case code(String)
  /// Where a statement comes from: "(Myth of Invisible Men, 17.5)".
  case source(String)

  var text: String {
    switch self {
    case .plain(let text), .emphasis(let text), .strong(let text), .code(let text),
      .source(let text):
      return text
    }
  }

  /// The same kind of run with other words.
  func with(_ text: String) -> Inline {
    switch self {
    case .plain: return .plain(text)
    case .emphasis: return .emphasis(text)
    case .strong: return .strong(text)
    case .code: return .code(text)
    case .source: return .source(text)
    }
  }
}
