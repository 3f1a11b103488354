/// Something the reader of the output should know, such as characters the PDF cannot show.
public enum OutputWarning: Equatable, Sendable, CustomStringConvertible {
  /// Characters outside the PDF font's encoding, each replaced by a visible placeholder.
  case replacedCharacters(count: Int, examples: [Character], placeholder: String)

  /// The warning for characters a PDF's font could not show: how many, and up to three of
  /// them, each once.
  static func replaced(_ characters: [Character]) -> OutputWarning {
    var examples: [Character] = []
    for character in characters where !examples.contains(character) {
      examples.append(character)
      if examples.count == 3 { break }
    }
    return .replacedCharacters(
      count: characters.count, examples: examples,
      placeholder: String(decoding: WinAnsiEncoding.placeholder, as: UTF8.self))
  }

  /// Names how many characters, never which: they come from case text (notes, a case
  /// reference), and a warning goes to standard error, which may be a log.
  public var description: String {
    switch self {
    case .replacedCharacters(let count, _, let placeholder):
      let characters = count == 1 ? "1 character" : "\(count) characters"
      return "\(characters) the PDF's standard font cannot show "
        + "\(count == 1 ? "was" : "were") replaced with \(placeholder); "
        + "use --format html to keep them."
    }
  }
}
