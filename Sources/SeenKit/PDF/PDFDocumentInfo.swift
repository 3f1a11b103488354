/// What the document information dictionary says about the file.
struct PDFDocumentInfo: Equatable {
  var title: String
  var producer: String
  /// Already in PDF date syntax ("D:20240131235959Z"), or nil to leave the dates out, so that the
  /// same sheet gives the same bytes unless the caller asks for a date.
  var creationDate: String?
  /// The natural language of the text, such as "en-GB", for screen readers.
  var language: String?
}
