/// The two standard PDF fonts the sheet uses. Every PDF reader has them, so a file that names
/// them needs no embedded font and stays small; their widths are known (see
/// `StandardFont+Metrics.swift`), so text can be measured and wrapped before it is drawn.
enum StandardFont: Equatable, Hashable, Sendable, CaseIterable {
  case helvetica
  case helveticaBold

  /// The PostScript name the font dictionary gives as /BaseFont.
  var baseFont: String {
    switch self {
    case .helvetica: return "Helvetica"
    case .helveticaBold: return "Helvetica-Bold"
    }
  }

  /// The name a page's resources give the font, used by the `Tf` operator.
  var resourceName: String {
    switch self {
    case .helvetica: return "F1"
    case .helveticaBold: return "F2"
    }
  }

  /// Widths of the 256 WinAnsiEncoding codes in thousandths of the font size.
  var widths: [UInt16] {
    switch self {
    case .helvetica: return Self.helveticaWidths
    case .helveticaBold: return Self.helveticaBoldWidths
    }
  }

  /// The width in points of WinAnsi-encoded bytes set at `size` points.
  func width<Bytes: Sequence>(of bytes: Bytes, size: Double) -> Double
  where Bytes.Element == UInt8 {
    let table = widths
    var thousandths = 0
    for byte in bytes { thousandths += Int(table[Int(byte)]) }
    return Double(thousandths) * size / 1000
  }
}
