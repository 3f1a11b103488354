extension String {
  /// Without white space at either end, scalar by scalar: a space that a combining mark
  /// follows makes one Character with it, and trimming Characters would drop the mark too.
  func trimmingWhitespace() -> String {
    // Text that starts and ends with an ASCII character that is not whitespace (nearly every
    // note) has nothing to trim: said from two bytes, without looking up Unicode properties.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last)
    {
      return self
    }
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// The ASCII characters that are Unicode whitespace: tab to carriage return, and space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }
}
