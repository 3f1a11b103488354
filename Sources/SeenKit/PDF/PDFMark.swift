/// A run of text in one font, already encoded in WinAnsiEncoding.
struct PDFRun: Equatable {
  var font: StandardFont
  var bytes: [UInt8]

  func width(size: Double) -> Double {
    font.width(of: bytes, size: size)
  }
}

/// One thing drawn on a page. Coordinates are in points from the left edge and down from the top,
/// the way a page is read; the content stream turns them round to PDF's bottom-up y axis.
enum PDFMark: Equatable {
  case text(PDFRun, x: Double, baseline: Double, size: Double)
  case line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
  /// A stroked rectangle; `y` is its top edge.
  case rectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double)
  /// A rectangle filled with a grey (0 black, 1 white); `y` is its top edge.
  case fill(x: Double, y: Double, width: Double, height: Double, gray: Double)

  /// The highest point the mark reaches, measured down from the top.
  var top: Double {
    switch self {
    case .text(_, _, let baseline, let size): return baseline - size
    case .line(_, let y1, _, let y2, let width): return min(y1, y2) - width / 2
    case .rectangle(_, let y, _, _, let lineWidth): return y - lineWidth / 2
    case .fill(_, let y, _, _, _): return y
    }
  }

  /// The lowest point the mark reaches, with room for descenders below a baseline.
  var bottom: Double {
    switch self {
    case .text(_, _, let baseline, let size): return baseline + size * 0.25
    case .line(_, let y1, _, let y2, let width): return max(y1, y2) + width / 2
    case .rectangle(_, let y, _, let height, let lineWidth): return y + height + lineWidth / 2
    case .fill(_, let y, _, let height, _): return y + height
    }
  }

  /// The same mark moved down by `dy` points.
  func moved(down dy: Double) -> PDFMark {
    switch self {
    case .text(let run, let x, let baseline, let size):
      return .text(run, x: x, baseline: baseline + dy, size: size)
    case .line(let x1, let y1, let x2, let y2, let width):
      return .line(x1: x1, y1: y1 + dy, x2: x2, y2: y2 + dy, width: width)
    case .rectangle(let x, let y, let width, let height, let lineWidth):
      return .rectangle(x: x, y: y + dy, width: width, height: height, lineWidth: lineWidth)
    case .fill(let x, let y, let width, let height, let gray):
      return .fill(x: x, y: y + dy, width: width, height: height, gray: gray)
    }
  }
}

/// A piece of a page laid out once, its marks relative to its own top, and placed on a page
/// wherever it fits. Measuring and drawing are then one and the same, so they cannot disagree.
struct PDFBlock: Equatable {
  var height: Double = 0
  var marks: [PDFMark] = []

  /// Draws a line of runs side by side from `x`, on the baseline `baseline` below the top.
  mutating func text(_ runs: [PDFRun], x: Double, baseline: Double, size: Double) {
    var left = x
    for run in runs where !run.bytes.isEmpty {
      marks.append(.text(run, x: left, baseline: baseline, size: size))
      left += run.width(size: size)
    }
  }

  /// The marks that end above `cut`, and the rest moved up to start at the top of a new block.
  /// Text is kept whole: a line whose descenders would cross the cut goes to the second part.
  func split(at cut: Double) -> (head: PDFBlock, tail: PDFBlock) {
    var head = PDFBlock(height: cut)
    var tailMarks: [PDFMark] = []
    for mark in marks {
      if mark.bottom <= cut { head.marks.append(mark) } else { tailMarks.append(mark) }
    }
    // The tail starts where its highest mark starts, so no space is lost or doubled.
    let start = min(cut, tailMarks.map(\.top).min() ?? cut)
    let tail = PDFBlock(
      height: max(0, height - start), marks: tailMarks.map { $0.moved(down: -start) })
    return (head, tail)
  }

  /// Adds another block's marks `dy` below this block's top, growing it to hold them.
  mutating func append(_ block: PDFBlock, at dy: Double) {
    marks += block.marks.map { $0.moved(down: dy) }
    height = max(height, dy + block.height)
  }
}
