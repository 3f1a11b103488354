/// Text in the standard fonts: encoding, runs and wrapped blocks, and the furniture of a page.
extension PDFLayout {
  /// Text encoded for the standard fonts (it is already safe: `SafeDocument`), counting what the
  /// fonts cannot show.
  mutating func encode(_ string: String) -> [UInt8] {
    let encoded = WinAnsiEncoding.encode(string)
    replaced += encoded.replaced
    return encoded.bytes
  }

  /// For the page furniture: the title's replacements were already counted in the body.
  func encodeQuietly(_ string: String) -> [UInt8] {
    WinAnsiEncoding.encode(string).bytes
  }

  mutating func regular(_ string: String) -> PDFRun {
    PDFRun(font: .helvetica, bytes: encode(string))
  }

  mutating func bold(_ string: String) -> PDFRun {
    PDFRun(font: .helveticaBold, bytes: encode(string))
  }

  /// A text's runs in the two fonts: strong runs (or all, with `strong`) bold, the rest regular.
  mutating func runs(_ text: RichText, strong: Bool = false) -> [PDFRun] {
    text.runs.map { run in
      if case .strong = run { return bold(run.text) }
      return strong ? bold(run.text) : regular(run.text)
    }
  }

  /// Wrapped text as one block; with `alignRight`, each line ends at the right edge (a figure,
  /// or a column heading over figures that runs to two lines).
  func text(
    _ runs: [PDFRun], size: Double, leading: Double, x: Double, width: Double, padTop: Double = 0,
    alignRight: Bool = false
  ) -> PDFBlock {
    var block = PDFBlock()
    let lines = PDFLineBreaker.lines(runs, size: size, width: width)
    for (index, line) in lines.enumerated() {
      let lineWidth = line.reduce(0) { $0 + $1.width(size: size) }
      block.text(
        line, x: alignRight ? max(x, x + width - lineWidth) : x,
        baseline: padTop + size + Double(index) * leading, size: size)
    }
    block.height = padTop + size + Double(lines.count - 1) * leading + (leading - size) + 1
    return block
  }

  /// Wrapped text as blocks a page may end between, so that a long paragraph can continue on the
  /// next page: its first two lines and its last two stay together, so that no page begins or ends
  /// with one line of it left alone (a widow or an orphan), and one of three lines or fewer is
  /// not split.
  func lines(
    _ runs: [PDFRun], size: Double, leading: Double, x: Double, width: Double
  ) -> [PDFBlock] {
    let lines = PDFLineBreaker.lines(runs, size: size, width: width).map { line in
      var block = PDFBlock(height: leading)
      block.text(line, x: x, baseline: size, size: size)
      return block
    }
    guard lines.count > 1 else { return lines }
    guard lines.count > 3 else { return [Self.stacked(lines[...])] }
    let end = lines.count - 2
    return [Self.stacked(lines[..<2])] + lines[2..<end] + [Self.stacked(lines[end...])]
  }

  /// Blocks one under another, as one block.
  static func stacked(_ blocks: ArraySlice<PDFBlock>) -> PDFBlock {
    var stack = PDFBlock()
    for block in blocks { stack.append(block, at: stack.height) }
    return stack
  }

  /// The document's title at the foot of the page, shortened to leave room for "Page 2 of 3".
  func furniture(page: Int, of count: Int, title: [UInt8]) -> [PDFMark] {
    let baseline = writer.pageHeight - 24
    let number = PDFRun(font: .helvetica, bytes: Array("Page \(page) of \(count)".utf8))
    let numberWidth = number.width(size: Size.footer)
    var titleBytes = title
    let room = width - numberWidth - 20
    while !titleBytes.isEmpty
      && StandardFont.helvetica.width(of: titleBytes, size: Size.footer) > room
    {
      titleBytes.removeLast()
    }
    return [
      .text(number, x: left + width - numberWidth, baseline: baseline, size: Size.footer),
      .text(
        PDFRun(font: .helvetica, bytes: titleBytes), x: left, baseline: baseline,
        size: Size.footer),
    ]
  }
}
