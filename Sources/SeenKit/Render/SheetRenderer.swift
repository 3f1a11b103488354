/// Writes a reflection sheet or workshop handout in any format it offers, by handing its
/// document to the one writer for that format (`DocumentOutput`). Pure and deterministic: the
/// same sheet and options give the same bytes.
public struct SheetRenderer: Sendable {
  /// A sheet is for paper: no JSON or CSV (the review record is the data).
  public static let formats: [OutputFormat] = [.text, .markdown, .html, .pdf]

  var text: TextOptions
  var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = PDFOptions()) {
    self.text = text
    self.pdf = pdf
  }

  /// The sheet in `format`; a format it does not offer (JSON, CSV) gives its text.
  public func render(_ sheet: ReflectionSheet, as format: OutputFormat) -> RenderedOutput {
    // On paper, a filled sheet gives back the space a remnant of a last page would waste.
    DocumentOutput.render(
      format == .pdf ? sheet.documentForPDF : sheet.document,
      as: Self.formats.contains(format) ? format : .text, text: text, pdf: pdf,
      bodyClass: sheet.kind.rawValue)
  }

  /// The sheet as text, for the text-based formats.
  func renderText(_ sheet: ReflectionSheet, as format: OutputFormat) -> String {
    String(decoding: render(sheet, as: format).bytes, as: UTF8.self)
  }
}
