/// What the PDF's metadata says beyond the document's title; shared by every product that
/// prints a PDF (reports, sheets, handouts).
public struct PDFOptions: Equatable, Sendable {
  /// /Producer, the program that wrote the file.
  public var producer: String
  /// The creation date in seconds since 1970 (from SOURCE_DATE_EPOCH); nil leaves the dates out.
  public var creationDate: Int?

  public init(producer: String = "seen", creationDate: Int? = nil) {
    self.producer = producer
    self.creationDate = creationDate
  }
}

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

/// A product written in one format: text as UTF-8, or the PDF file (plain ASCII), with what the
/// reader should know.
public struct RenderedOutput: Equatable, Sendable {
  public var bytes: [UInt8]
  public var warnings: [OutputWarning]

  public init(bytes: [UInt8], warnings: [OutputWarning] = []) {
    self.bytes = bytes
    self.warnings = warnings
  }
}
