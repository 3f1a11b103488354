/// A reflection sheet for supervision, a leaders' sheet, or a workshop pack or plan: laid out
/// once as a `Document` and written in any format by the one writer for it (`SheetRenderer`).
/// Blank, it is paper for a supervisor and a practitioner to fill in together; filled from a
/// review record, it shows the answers, notes and gaps and leaves room for the supervisor; the
/// leaders' sheet puts the review's questions to a partnership (18.4).
///
/// Every string in the document is plain text as the user or the content wrote it:
/// `SafeDocument` makes it safe for each writer.
public struct ReflectionSheet: Equatable, Sendable {
  enum Kind: String, Equatable, Sendable, CaseIterable {
    case blank
    case filled
    case leaders
    /// A workshop's participant pack for a training scenario: never the answer key.
    case participant
    /// A workshop's facilitator pack: the plan, the answer key and what to listen for.
    case facilitator
    /// A facilitator's plan for a workshop.
    case plan
    /// A scenario's answer key and learning points alone, for the facilitator.
    case key
  }

  /// How a gap is marked in every format: a symbol and a word, never colour alone, so that it
  /// survives black-and-white printing.
  static let gapSymbol = Mark.gap("").symbol
  static let gapWord = Mark.gap("").word

  var kind: Kind
  /// The blocks, with the sheet's title first; `document.title` is what a browser tab or a PDF
  /// reader shows, naming the case when there is one.
  var document: Document
  /// A filled sheet with one writing line fewer under each question, printed as a PDF instead
  /// where the document would leave a remnant on its last page (`documentForPDF`).
  var tighter: Document?

  init(kind: Kind, document: Document, tighter: Document? = nil) {
    self.kind = kind
    self.document = document
    self.tighter = tighter
  }

  /// The heading at the top of the sheet.
  var title: String {
    guard case .heading(let heading)? = document.blocks.first else { return document.title }
    return heading.text
  }

  /// The title a browser tab or a PDF reader shows.
  var documentTitle: String { document.title }
}
