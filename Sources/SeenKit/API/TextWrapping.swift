/// Wraps plain text to a width without cutting words, with a first-line and a hanging indent.
public enum TextWrapping {
  public static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil)
    -> String
  {
    let hangingIndent = hanging ?? indent
    var lines: [String] = []
    var line = indent
    var lineHasWord = false
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    for word in words {
      let candidateLength = line.count + (lineHasWord ? 1 : 0) + word.count
      if lineHasWord && candidateLength > width {
        lines.append(line)
        line = hangingIndent
        lineHasWord = false
      }
      if lineHasWord { line += " " }
      line += word
      lineHasWord = true
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n")
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
