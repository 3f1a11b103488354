/// A document written in one of the formats every product gets from its layout: the one place
/// that picks the writer for a format, so that each product's renderer only builds its layout.
enum DocumentOutput {
  /// The document in `format` (not JSON, which is a data export of the domain model, written
  /// by each renderer), with any warning for the reader.
  static func render(
    _ document: Document, as format: OutputFormat, text: TextOptions,
    pdf: PDFOptions = .init(), bodyClass: String? = nil
  ) -> RenderedOutput {
    switch format {
    case .text, .csv:  // CSV is a data export of the domain model and never comes here.
      return utf8(TextWriter(width: text.width, color: text.color).write(document))
    case .markdown, .json:  // JSON is each renderer's own export and never comes here.
      return utf8(MarkdownWriter().write(document))
    case .html:
      return utf8(HTMLWriter(bodyClass: bodyClass).write(document))
    case .pdf:
      let written = PDFDocumentWriter(
        producer: pdf.producer,
        creationDate: pdf.creationDate.map { PDFSyntax.date(secondsSince1970: $0) }
      ).write(document)
      return RenderedOutput(
        bytes: written.bytes,
        warnings: written.replaced.isEmpty ? [] : [.replaced(written.replaced)])
    }
  }

  private static func utf8(_ text: String) -> RenderedOutput {
    RenderedOutput(bytes: Array(text.utf8), warnings: [])
  }
}
