/// Turns a page's marks into the operators of a PDF content stream.
enum PDFContentStream {
  static func operators(for marks: [PDFMark], pageHeight: Double) -> String {
    var lines: [String] = []
    func n(_ value: Double) -> String { PDFSyntax.number(value) }
    for mark in marks {
      switch mark {
      case .text(let run, let x, let baseline, let size):
        lines.append(
          "BT /\(run.font.resourceName) \(n(size)) Tf \(n(x)) \(n(pageHeight - baseline)) Td "
            + PDFSyntax.literal(run.bytes) + " Tj ET")
      case .line(let x1, let y1, let x2, let y2, let width):
        lines.append(
          "\(n(width)) w \(n(x1)) \(n(pageHeight - y1)) m \(n(x2)) \(n(pageHeight - y2)) l S")
      case .rectangle(let x, let y, let width, let height, let lineWidth):
        lines.append(
          "\(n(lineWidth)) w \(n(x)) \(n(pageHeight - y - height)) \(n(width)) \(n(height)) re S")
      case .fill(let x, let y, let width, let height, let gray):
        lines.append(
          "\(n(gray)) g \(n(x)) \(n(pageHeight - y - height)) \(n(width)) \(n(height)) re f 0 g")
      }
    }
    return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
  }
}
