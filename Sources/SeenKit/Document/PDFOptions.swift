/// What the PDF's metadata says beyond the document's title; shared by every product that
/// prints a PDF (reports, sheets, handouts).
public struct PDFOptions: Equatable, Sendable {
  /// /Producer, the program that wrote the file.
  var producer: String
  /// The creation date in seconds since 1970 (from SOURCE_DATE_EPOCH); nil leaves the dates out.
  var creationDate: Int?

  public init(producer: String = "seen", creationDate: Int? = nil) {
    self.producer = producer
    self.creationDate = creationDate
  }
}
