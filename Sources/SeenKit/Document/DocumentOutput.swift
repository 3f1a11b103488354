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

  /// The document and then each part's blocks, written a part at a time to `output`: the
  /// bytes of `render` for one document holding every block, which is never held whole. False,
  /// and nothing written, for a PDF, which is laid out on pages as a whole.
  static func write(
    _ document: Document, parts: some Sequence<[Block]>, as format: OutputFormat,
    text: TextOptions, bodyClass: String? = nil, to output: (String) -> Void
  ) -> Bool {
    switch format {
    case .text, .csv:
      TextWriter(width: text.width, color: text.color).write(
        SafeDocument(document, for: TextWriter.medium), parts: parts, to: output)
    case .markdown, .json:
      MarkdownWriter().write(
        SafeDocument(document, for: MarkdownWriter.medium), parts: parts, to: output)
    case .html:
      HTMLWriter(bodyClass: bodyClass).write(
        SafeDocument(document, for: HTMLWriter.medium), parts: parts, to: output)
    case .pdf: return false
    }
    return true
  }

  private static func utf8(_ text: String) -> RenderedOutput {
    RenderedOutput(bytes: Array(text.utf8), warnings: [])
  }
}
