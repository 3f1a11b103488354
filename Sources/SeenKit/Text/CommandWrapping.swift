/// Sets a command to type on lines of its own: broken only between its arguments, never inside
/// one (nor inside a double-quoted argument such as "wiltshire before"), each line but the last
/// ending with a shell's continuation " \", and the lines after the first indented, so that it
/// can be typed or copied as printed.
enum CommandWrapping {
  /// The continuation that ends every line but the last.
  static let continuation = " \\"
  /// The indent of every line after the first.
  static let indent = "  "

  /// The command's arguments as a shell reads them: split at spaces outside double quotes,
  /// each keeping its quotes.
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    for character in command {
      if character == "\"" { quoted.toggle() }
      if character == " " && !quoted {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// The command on as few lines as fit `width` as `measure` counts it (characters on a
  /// terminal, points in a PDF). An argument wider than the room has a line to itself, whole.
  static func lines(_ command: String, width: Double, measure: (String) -> Double) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words(command) {
      if line.isEmpty {
        line = (lines.isEmpty ? "" : indent) + word
        continue
      }
      // Room is kept for the continuation, which this line needs if the word goes on the next.
      let candidate = line + " " + word
      if measure(candidate + continuation) <= width {
        line = candidate
      } else {
        lines.append(line + continuation)
        line = indent + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The command as characters on a terminal or in a text file, in `width` columns.
  static func lines(_ command: String, columns width: Int) -> [String] {
    lines(command, width: Double(width), measure: { Double($0.count) })
  }

  /// The command a text holds when it is nothing else (a printed command), or nil.
  static func command(in text: RichText) -> String? {
    guard text.runs.count == 1, case .code(let command) = text.runs[0] else { return nil }
    return command
  }
}
