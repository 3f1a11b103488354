/// Writes a reflection sheet or workshop handout in any sheet format, by handing its document to
/// the one writer for that format (`DocumentOutput`). Pure and deterministic: the same sheet and
/// options give the same bytes.
public struct SheetRenderer: Sendable {
  /// The names the sheet's output types had before they were shared with every product.
  public typealias PDFOptions = SeenKit.PDFOptions
  public typealias Warning = OutputWarning
  public typealias Output = RenderedOutput

  public var text: TextOptions
  public var pdf: PDFOptions

  public init(text: TextOptions = TextOptions(), pdf: PDFOptions = PDFOptions()) {
    self.text = text
    self.pdf = pdf
  }

  public func render(_ sheet: ReflectionSheet, as format: SheetFormat) -> Output {
    DocumentOutput.render(
      sheet.document, as: format.documentFormat, text: text, pdf: pdf,
      bodyClass: sheet.kind.rawValue)
  }

  /// The sheet as text, for the text-based formats.
  public func renderText(_ sheet: ReflectionSheet, as format: SheetFormat) -> String {
    String(decoding: render(sheet, as: format).bytes, as: UTF8.self)
  }
}
