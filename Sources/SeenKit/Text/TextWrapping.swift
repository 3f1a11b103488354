/// Wraps plain text to a width without cutting words, with a first-line and a hanging indent.
public enum TextWrapping {
  public static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil)
    -> String
  {
    let hangingIndent = hanging ?? indent
    var lines: [String] = []
    var line = indent
    // The line's length in characters, kept as it grows rather than counted again for each word.
    var lineLength = indent.count
    let hangingLength = hangingIndent.count
    var lineHasWord = false
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    for word in words {
      let wordLength = word.count
      let candidateLength = lineLength + (lineHasWord ? 1 : 0) + wordLength
      if lineHasWord && candidateLength > width {
        lines.append(line)
        line = hangingIndent
        lineLength = hangingLength
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineLength += 1
      }
      line += word
      lineLength += wordLength
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
