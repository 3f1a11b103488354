/// A problem with a file a person wrote: where it is and what is wrong, in one sentence.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong. Each case reads as one plain sentence.
  public enum Problem: Equatable, Sendable {
    case syntax(String)
    case wrongType(expected: String, found: String)
    case missingKey(String)
    case unknownKey(String, valid: [String])
    case unknownItem(String, valid: [String])
    case unknownQuestion(String, valid: [String])
    case invalidValue(String, valid: [String])
    case unsupportedFormat(String, expected: String)
    /// A record written by a newer seen: `found` is its format, `newest` the newest this reads.
    case newerFormat(String, newest: String)
    case emptyText
    case duplicateId(String)
    /// Two men in a record share a label (typed text).
    case duplicateLabel(String)
    case unresolvedReference(String, kind: String)
    case other(String)
  }

  /// The file as the user named it ("-" or nil for standard input or a command-line value).
  var file: String?
  var position: SourcePosition?
  /// Where in the JSON the problem is, such as `men[0].answers.history`; empty for the whole file.
  var path: String
  public var problem: Problem
  /// For a syntax error that quotes the file (a key), the same sentence without the quotation.
  var syntaxWithoutFileText: String?

  init(file: String?, position: SourcePosition?, path: String, problem: Problem) {
    self.file = file
    self.position = position
    self.path = path
    self.problem = problem
  }

  /// `file:line:column: at path: sentence`, the shape editors and people both recognise. One
  /// line whatever the file name or values hold: line breaks, controls and invisible characters
  /// in them are shown as escapes (`\n`, `\u{202E}`), and every value from the file is quoted
  /// through `quotedInMessage` (at most 40 characters).
  public var description: String {
    located(sentence)
  }

  /// The description without any text taken from inside the file (keys, values, labels, the
  /// format): for a file that `seen summary` skips, where the reason is wanted but a note or case
  /// reference must not be echoed. The file's name, the position and the key path remain; the
  /// key path names only keys seen itself defines.
  public var descriptionWithoutFileText: String {
    located(sentenceWithoutFileText)
  }

  private func located(_ sentence: String) -> String {
    var location = ""
    if let file { location += file == "-" ? "<stdin>" : file }
    if let position, position.line > 0 {
      location +=
        location.isEmpty
        ? "line \(position.line), column \(position.column)"
        : ":\(position.line):\(position.column)"
    }
    var parts: [String] = []
    if !location.isEmpty { parts.append(location) }
    if !path.isEmpty { parts.append("at \(path)") }
    parts.append(sentence)
    return parts.joined(separator: ": ").shownInMessage
  }

  /// `sentence`, but for what it would quote from the file.
  var sentenceWithoutFileText: String {
    switch problem {
    case .syntax(let message):
      if isNotJSONAtAll { return Self.notJSONAtAll + "; check it is the right file." }
      return syntaxWithoutFileText.map { "this is not valid JSON: \($0)." }
        ?? "this is not valid JSON: \(message)."
    case .unknownKey(_, let valid):
      return "an unknown key; expected one of: \(valid.joined(separator: ", "))."
    case .unknownItem(_, let valid):
      return "an unknown checklist item; valid items here: \(valid.joined(separator: ", "))."
    case .unknownQuestion(_, let valid):
      return "an unknown reflective question; valid questions: \(valid.joined(separator: ", "))."
    case .invalidValue(_, let valid):
      return "this value is not allowed here; use one of: \(valid.joined(separator: ", "))."
    case .unsupportedFormat(let found, let expected):
      // Another of seen's own formats (a gap report, a summary) is named: it is seen's words,
      // not text typed into the file, and says what the file is.
      if expected.hasPrefix("seen-review/"), Self.isSeenFormat(found) {
        return "format '\(found)' is not a review record (a review's is \"\(expected)\")."
      }
      return "this file's format is not one this version of seen reads (\"\(expected)\")."
    case .newerFormat(_, let newest):
      return
        "this record was written by a newer seen; this version reads up to \"\(newest)\": update seen to open it."
    case .duplicateLabel:
      return "two men have the same label; give each man a different label."
    case .wrongType, .missingKey, .emptyText, .duplicateId, .unresolvedReference, .other:
      return sentence
    }
  }

  /// Whether `format` is shaped like one of seen's own formats ("seen-gap-report/1"): short,
  /// "seen-", lower-case letters, digits and dashes, a slash and a number.
  static func isSeenFormat(_ format: String) -> Bool {
    guard format.hasPrefix("seen-"), format.utf8.count <= 40,
      let slash = format.firstIndex(of: "/")
    else { return false }
    let name = format[..<slash].utf8
    let version = format[format.index(after: slash)...].utf8
    return !version.isEmpty
      && name.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
      && version.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// A syntax error at the very first character: the file is not JSON at all (a document, a
  /// PDF, a text file), which a person names better than the parser does.
  private var isNotJSONAtAll: Bool {
    // Only a plain unexpected character: a NUL byte, UTF-16 or a byte-order mark keep the
    // parser's own, more exact, words.
    guard case .syntax(let message) = problem, let position,
      message.hasPrefix("found the character")
    else { return false }
    return position.line == 1 && position.column == 1
  }

  private static let notJSONAtAll =
    "this is not a file seen saved or reads (seen's files are JSON text that starts with '{')"

  var sentence: String {
    switch problem {
    case .syntax(let message):
      if message == "the file is empty" {
        return "the file is empty, with nothing saved in it; check it is the right file."
      }
      if isNotJSONAtAll { return Self.notJSONAtAll + "; check it is the right file." }
      return "this is not valid JSON: \(message)."
    case .wrongType(let expected, let found):
      return "expected \(expected), found \(found)."
    case .missingKey(let key):
      return "the key \(key.quotedInMessage) is required."
    case .unknownKey(let key, let valid):
      return
        "unknown key \(key.quotedInMessage); expected one of: \(valid.joined(separator: ", "))."
    case .unknownItem(let id, let valid):
      return
        "unknown checklist item \(id.quotedInMessage); valid items here: \(valid.joined(separator: ", "))."
    case .unknownQuestion(let id, let valid):
      return
        "unknown reflective question \(id.quotedInMessage); valid questions: \(valid.joined(separator: ", "))."
    case .invalidValue(let value, let valid):
      return
        "\(value.quotedInMessage) is not allowed here; use one of: \(valid.joined(separator: ", "))."
    case .unsupportedFormat(let found, let expected):
      return
        "this file's format is \(found.quotedInMessage), but this version of seen reads \"\(expected)\"."
    case .newerFormat(let found, let newest):
      return
        "this record is \(found.quotedInMessage), written by a newer seen; this version reads up to \"\(newest)\": update seen to open it."
    case .emptyText:
      return "this text must not be empty."
    case .duplicateId(let id):
      return "the id \(id.quotedInMessage) is used more than once."
    case .duplicateLabel(let message):
      // The whole sentence (ManLabel.duplicateMessage), which names both labels.
      return message
    case .unresolvedReference(let id, let kind):
      return "\(id.quotedInMessage) does not name any \(kind)."
    case .other(let message):
      return message
    }
  }
}
