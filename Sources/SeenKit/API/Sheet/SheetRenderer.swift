/// Writes a reflection sheet as text (80 columns, ASCII boxes), Markdown (task-list tick boxes),
/// self-contained HTML (A4, printable, with real form labels) or PDF (written by seen itself).
/// Pure and deterministic: the same sheet and options give the same bytes.
public struct SheetRenderer: Sendable {
  /// What the PDF's metadata says beyond the sheet's title.
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
  public enum Warning: Equatable, Sendable, CustomStringConvertible {
    /// Characters outside the PDF font's encoding, each replaced by a visible placeholder.
    case replacedCharacters(count: Int, examples: [Character], placeholder: String)

    /// The warning for characters a PDF's font could not show: how many, and up to three of
    /// them, each once.
    static func replaced(_ characters: [Character]) -> Warning {
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

  /// The rendered sheet: text as UTF-8, or the PDF file. The PDF is plain ASCII.
  public struct Output: Equatable, Sendable {
    public var bytes: [UInt8]
    public var warnings: [Warning]
  }

  public var text: TextOptions
  public var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = PDFOptions()) {
    self.text = text
    self.pdf = pdf
  }

  public func render(_ sheet: ReflectionSheet, as format: SheetFormat) -> Output {
    switch format {
    case .text:
      return Output(
        bytes: Array(SheetTextFormatter(width: text.width, color: text.color).format(sheet).utf8),
        warnings: [])
    case .markdown:
      return Output(bytes: Array(SheetMarkdownFormatter().format(sheet).utf8), warnings: [])
    case .html:
      return Output(bytes: Array(SheetHTMLFormatter().format(sheet).utf8), warnings: [])
    case .pdf:
      var formatter = SheetPDFFormatter(
        producer: pdf.producer,
        creationDate: pdf.creationDate.map { PDFSyntax.date(secondsSince1970: $0) })
      let bytes = formatter.format(sheet)
      let warnings: [Warning] = formatter.replaced.isEmpty ? [] : [.replaced(formatter.replaced)]
      return Output(bytes: bytes, warnings: warnings)
    }
  }

  /// The sheet as text, for the text-based formats.
  public func renderText(_ sheet: ReflectionSheet, as format: SheetFormat) -> String {
    String(decoding: render(sheet, as: format).bytes, as: UTF8.self)
  }
}
