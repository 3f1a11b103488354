/// A product written in one format: text as UTF-8, or the PDF file (plain ASCII), with what the
/// reader should know.
public struct RenderedOutput: Equatable, Sendable {
  public var bytes: [UInt8]
  public var warnings: [OutputWarning]

  init(bytes: [UInt8], warnings: [OutputWarning] = []) {
    self.bytes = bytes
    self.warnings = warnings
  }
}
