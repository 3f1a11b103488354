/// Breaks runs of text into lines that fit a width, measured with the fonts' real widths. Lines
/// break at spaces; a word wider than the whole line (a long reference, a URL) is cut where it
/// must be rather than run off the page.
enum PDFLineBreaker {
  /// A word as pieces in their fonts; `spaceFont` is the font of the space before the word.
  private typealias Word = (pieces: [PDFRun], spaceFont: StandardFont?)

  private static let space = UInt8(ascii: " ")

  static func lines(_ runs: [PDFRun], size: Double, width: Double) -> [[PDFRun]] {
    var lines = Lines(size: size, width: width)
    for word in words(runs) { lines.add(word) }
    return lines.finished()
  }

  private static func words(_ runs: [PDFRun]) -> [Word] {
    var words: [Word] = []
    var current: [PDFRun] = []
    var pendingSpace: StandardFont?
    func finishWord() {
      if !current.isEmpty { words.append((current, pendingSpace)) }
      current = []
    }
    for run in runs {
      for byte in run.bytes {
        if byte == space {
          finishWord()
          pendingSpace = run.font
          continue
        }
        if let last = current.last, last.font == run.font {
          current[current.count - 1].bytes.append(byte)
        } else {
          current.append(PDFRun(font: run.font, bytes: [byte]))
        }
      }
    }
    finishWord()
    return words
  }

  /// The lines filled so far, and the one being filled.
  private struct Lines {
    let size: Double
    let width: Double
    var lines: [[PDFRun]] = []
    var line: [PDFRun] = []
    var lineWidth = 0.0

    mutating func add(_ word: Word) {
      let wordWidth = word.pieces.reduce(0) { $0 + $1.width(size: size) }
      let spaceFont = word.spaceFont ?? word.pieces[0].font
      let spaceWidth = line.isEmpty ? 0 : spaceFont.width(of: [space], size: size)
      if !line.isEmpty && lineWidth + spaceWidth + wordWidth > width {
        breakLine()
      }
      if !line.isEmpty {
        append(PDFRun(font: spaceFont, bytes: [space]))
        lineWidth += spaceWidth
      }
      if wordWidth <= width {
        for piece in word.pieces { append(piece) }
        lineWidth += wordWidth
        return
      }
      // Wider than a whole line: cut it, byte by byte, into pieces that fit.
      for piece in word.pieces {
        for byte in piece.bytes {
          let byteWidth = piece.font.width(of: [byte], size: size)
          if !line.isEmpty && lineWidth + byteWidth > width {
            breakLine()
          }
          append(PDFRun(font: piece.font, bytes: [byte]))
          lineWidth += byteWidth
        }
      }
    }

    mutating func breakLine() {
      lines.append(line)
      line = []
      lineWidth = 0
    }

    mutating func append(_ piece: PDFRun) {
      if let last = line.last, last.font == piece.font {
        line[line.count - 1].bytes += piece.bytes
      } else {
        line.append(piece)
      }
    }

    func finished() -> [[PDFRun]] {
      var lines = lines
      if !line.isEmpty || lines.isEmpty { lines.append(line) }
      return lines
    }
  }
}
